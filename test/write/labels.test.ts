import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { writeDocx } from "../../src/write/docx.js";
import { LABELS, labelled } from "../../src/write/labels.js";
import { LAYOUTS, type Layout } from "../../src/write/layout.js";
import { writeMarkdown } from "../../src/write/markdown.js";
import { agreementFixture } from "../fixtures/agreement-fixture.js";

async function docxText(layout: Layout, agreement = agreementFixture()): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(await writeDocx(agreement, { layout })) })).value;
}

const languagesOf = (layout: Layout): Array<"zh" | "en"> => (layout === "zh" ? ["zh"] : layout === "en" ? ["en"] : ["zh", "en"]);

// One table of fixed words for both writers: every label of it shows in both, in each language.
describe("the fixed labels", () => {
  it.each(["zh", "en"] as const)("%s: the Markdown and the DOCX print the same labels", async (layout) => {
    const agreement = agreementFixture();
    const markdown = writeMarkdown(agreement, layout);
    const docx = await docxText(layout);
    const expected = [
      labelled(LABELS.agreementNumber, layout),
      labelled(LABELS.address, layout),
      labelled(LABELS.creditCode, layout),
      LABELS.endOfText[layout],
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

  it("the cover names the number as the schema labels its field", async () => {
    const agreement = { ...agreementFixture(), agreementNumberLabel: { zh: "合同编号", en: "Contract No." } };
    for (const layout of ["zh", "en"] as const) {
      const label = labelled(agreement.agreementNumberLabel, layout);
      expect(writeMarkdown(agreement, layout)).toContain(label);
      expect(await docxText(layout, agreement)).toContain(label);
      expect(writeMarkdown(agreement, layout)).not.toContain(labelled(LABELS.agreementNumber, layout));
    }
  });

  // （以下无正文）: once per language, after the last clause's text and before the signatures.
  it.each(LAYOUTS)("%s: the end of the text is marked once, between the last clause and the signatures", async (layout) => {
    const agreement = agreementFixture();
    const lastClause = agreement.articles.at(-1)?.clauses.at(-1);
    const lastText = lastClause?.body.at(-1);
    if (!lastText || lastText.type !== "paragraph") throw new Error("the fixture's last clause ends with no paragraph");
    const markdown = writeMarkdown(agreement, layout);
    const docx = await docxText(layout);
    for (const [name, written] of [["markdown", markdown], ["docx", docx]] as const) {
      for (const lang of languagesOf(layout)) {
        const note = LABELS.endOfText[lang];
        const at = written.indexOf(note);
        expect(written.split(note), `${name} ${lang}`).toHaveLength(2);
        const last = lastText.text[lang].map((inline) => (inline.type === "text" ? inline.value : "")).join("").slice(0, 12);
        expect(written.indexOf(last), `${name} ${lang}: the last clause before the note`).toBeLessThan(at);
        expect(written.indexOf(LABELS.seal[lang]), `${name} ${lang}: the signatures after the note`).toBeGreaterThan(at);
      }
      if (layout === "zh") expect(written).not.toContain(LABELS.endOfText.en);
      if (layout === "en") expect(written).not.toContain(LABELS.endOfText.zh);
    }
  });
});
