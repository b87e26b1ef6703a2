// The stacked layout is one order in every writer: each clause whole in Chinese (its own
// paragraphs and items), then whole in English, clause after clause, as bilingual agreements
// are drafted (issue 12).

import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inlineText } from "../../src/agreement/walk.js";
import type { Agreement, Inline } from "../../src/agreement/types.js";
import type { Lang } from "../../src/core/bilingual.js";
import { prepareDeal } from "../../src/library/prepare-deal.js";
import { writeDocx } from "../../src/write/docx.js";
import { writeMarkdown } from "../../src/write/markdown.js";
import { partsOf, shownText, withListNumbers } from "./docx-read.js";

const SAMPLE = join(import.meta.dirname, "..", "..", "samples", "customer-service.yaml");
const plain = (inlines: readonly Inline[]): string => inlineText([...inlines]);

/** Every paragraph text of the clauses in the order a stacked agreement gives them. */
function stackedOrder(agreement: Agreement): string[] {
  return agreement.articles.flatMap((article) =>
    article.clauses.flatMap((clause) =>
      (["zh", "en"] as const satisfies readonly Lang[]).flatMap((lang) =>
        clause.body.flatMap((element) =>
          element.type === "paragraph" ? [plain(element.text[lang])] : element.paragraphs.map((p) => plain(p.text[lang])),
        ),
      ),
    ),
  );
}

/** Fails at the first text that is missing or out of order. */
function expectInOrder(written: string, texts: string[]): void {
  let from = 0;
  for (const text of texts) {
    const at = written.indexOf(text, from);
    expect(at, `"${text.slice(0, 40)}…" after offset ${from}`).toBeGreaterThanOrEqual(0);
    from = at + text.length;
  }
}

describe("the stacked layout", () => {
  const agreement = prepareDeal(SAMPLE).agreement;
  if (!agreement) throw new Error("the sample does not build");
  const order = stackedOrder(agreement);

  it("Markdown: each clause in Chinese, then in English", () => {
    // the text as a reader sees it: no escapes, no bold marks
    const markdown = writeMarkdown(agreement, "stacked").replace(/\*\*/g, "").replace(/\\(.)/g, "$1");
    expectInOrder(markdown, order);
  });

  it("DOCX: each clause in Chinese, then in English", async () => {
    const parts = partsOf(await writeDocx(agreement, { layout: "stacked" }));
    const shown = shownText(withListNumbers(parts["word/document.xml"] ?? "", parts["word/numbering.xml"] ?? ""));
    expectInOrder(shown, order);
  });
});
