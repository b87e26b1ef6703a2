import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { writeDocx } from "../../src/write/docx.js";
import { LABELS, labelled } from "../../src/write/labels.js";
import { writeMarkdown } from "../../src/write/markdown.js";
import { agreementFixture } from "../fixtures/agreement-fixture.js";

// One table of fixed words for both writers: every label of it shows in both, in each language.
describe("the fixed labels", () => {
  it.each(["zh", "en"] as const)("%s: the Markdown and the DOCX print the same labels", async (layout) => {
    const agreement = agreementFixture();
    const markdown = writeMarkdown(agreement, layout);
    const docx = (await mammoth.extractRawText({ buffer: Buffer.from(await writeDocx(agreement, { layout })) })).value;
    const expected = [
      labelled(LABELS.agreementNumber, layout),
      labelled(LABELS.address, layout),
      labelled(LABELS.creditCode, layout),
      LABELS.signatures[layout],
      LABELS.seal[layout],
      LABELS.signature[layout],
      LABELS.date[layout],
    ];
    for (const label of expected) {
      expect(markdown, label).toContain(label.trim());
      expect(docx, label).toContain(label.trim());
    }
  });
});
