// Moved clauses in the redline, as Word tracks a move: the agreement's clause in w:moveFrom
// where it stood, the same paragraphs in w:moveTo where the returned file has it, the two
// halves linked by the name of their ranges. Read back with every change accepted, the redline
// says what the returned file says, in its order; rejected, it says the agreement's words in
// the agreement's order.

import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { Lang } from "../../src/core/bilingual.js";
import { redline } from "../../src/library/redline.js";
import { review } from "../../src/library/review.js";
import { readParagraphs } from "../../src/review/document-xml.js";
import { returnedClauses, type View } from "../../src/review/returned.js";
import { normalized } from "../../src/review/word-diff.js";
import { movedInEnglish, swappedClauses } from "./redline-returned.js";
import { editDocument, editParagraph, replaceOnce, returnedFile, SAMPLE, sampleDocx } from "./returned-docx.js";

function clauses(bytes: Uint8Array, view: View): Record<Lang, string[][]> {
  const xml = strFromU8(unzipSync(bytes)["word/document.xml"] as Uint8Array);
  const found = returnedClauses(readParagraphs(xml, "test"), view, "test");
  const of = (lang: Lang): string[][] => found[lang].map((c) => [c.base ?? "added", normalized(c.text)]);
  return { zh: of("zh"), en: of("en") };
}

/** The words of each clause in order, without which bookmark starts it. */
const words = (list: Record<Lang, string[][]>): Record<Lang, string[]> => ({ zh: list.zh.map(([, t]) => t as string), en: list.en.map(([, t]) => t as string) });

async function redlined(bytes: Uint8Array): Promise<Uint8Array> {
  const { docx } = await redline(returnedFile(bytes), { deal: SAMPLE, author: "Legal", date: "2027-01-06T10:00:00Z" });
  if (!docx) throw new Error("no redline");
  return docx;
}

const documentXml = (bytes: Uint8Array): string => strFromU8(unzipSync(bytes)["word/document.xml"] as Uint8Array);

/** Each move's name with the elements that carry it, and the w:moveFrom / w:moveTo wrappers' count. */
function moveRanges(xml: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of xml.matchAll(/<w:(moveFromRangeStart|moveToRangeStart) w:id="(\d+)" w:author="Legal" w:date="2027-01-06T10:00:00Z" w:name="([^"]+)"\/>/g)) {
    const [, element, id, name] = m as unknown as [string, string, string, string];
    // every range that starts ends, under its id
    expect(xml).toContain(`<w:${element.replace("Start", "End")} w:id="${id}"/>`);
    out.set(name, [...(out.get(name) ?? []), element].sort());
  }
  return out;
}

describe("moved clauses in the redline", () => {
  it("shows two rows of the parallel table swapped as a tracked move: accepted as returned, rejected as agreed", async () => {
    const edited = await swappedClauses();
    const bytes = await redlined(edited);
    expect(clauses(bytes, "accepted")).toEqual(clauses(edited, "accepted"));
    // the bookmark went with the clause, as Word moves it: rejected, the words are the agreement's, in its order
    expect(words(clauses(bytes, "original"))).toEqual(words(clauses(await sampleDocx(), "accepted")));
    const xml = documentXml(bytes);
    // one move per language, each a source and a destination linked by its name
    expect([...moveRanges(xml).values()]).toEqual([
      ["moveFromRangeStart", "moveToRangeStart"],
      ["moveFromRangeStart", "moveToRangeStart"],
    ]);
    expect(xml).not.toMatch(/<w:delText/);
    // the moved words are in w:moveFrom where they stood and in w:moveTo where they went, with their paragraph marks
    const text = "The Services include but are not limited to: handling enquiries";
    expect(xml).toMatch(new RegExp(`<w:moveFrom w:id="\\d+" w:author="Legal" w:date="2027-01-06T10:00:00Z"><w:r><w:t xml:space="preserve">${text}`));
    expect(xml).toMatch(new RegExp(`<w:moveTo w:id="\\d+" w:author="Legal" w:date="2027-01-06T10:00:00Z"><w:r><w:t xml:space="preserve">${text}`));
    expect(xml.indexOf(`<w:moveTo `)).toBeLessThan(xml.indexOf(`<w:moveFrom `));
    // the old row goes as a row, the new one comes as a row
    const oldRow = xml.slice(xml.lastIndexOf("<w:tr>", xml.indexOf("<w:moveFromRangeStart")), xml.indexOf("<w:moveFromRangeStart"));
    expect(oldRow).toMatch(/^<w:tr><w:trPr>(<w:cantSplit\/>)?<w:del w:id="\d+" w:author="Legal" w:date="2027-01-06T10:00:00Z"\/><\/w:trPr>/);
    const newRow = xml.slice(xml.lastIndexOf("<w:tr>", xml.indexOf("<w:moveToRangeStart")), xml.indexOf("<w:moveToRangeStart"));
    expect(newRow).toMatch(/^<w:tr><w:trPr>(<w:cantSplit\/>)?<w:ins w:id="\d+" w:author="Legal" w:date="2027-01-06T10:00:00Z"\/><\/w:trPr>/);
    expect(newRow).toContain("<w:commentRangeStart ");
    // reviewed again, the redline is the returned file: the same move, no other change
    const brief = async (b: Uint8Array) => (await review(returnedFile(b), { deal: SAMPLE })).findings.map((f) => [f.clause, f.ruleId]);
    expect(await brief(bytes)).toEqual(await brief(edited));
  });

  it("moves paragraphs in the stacked layout, the Chinese and the English of the clause together", async () => {
    const edited = await swappedClauses("stacked");
    const bytes = await redlined(edited);
    expect(clauses(bytes, "accepted")).toEqual(clauses(edited, "accepted"));
    // rejected, the paragraphs read as rendered, and accepted as returned, paragraph by paragraph (by
    // clause, the rejected view's would differ: a paragraph of the stacked layout without a bookmark is read in the
    // language of the bookmark before it, and the bookmark went with the move)
    const paragraphs = (b: Uint8Array, view: View): string[] => readParagraphs(documentXml(b), "test").map((p) => normalized(p[view])).filter((t) => t !== "");
    expect(paragraphs(bytes, "original")).toEqual(paragraphs(await sampleDocx("stacked"), "accepted"));
    expect(paragraphs(bytes, "accepted")).toEqual(paragraphs(edited, "accepted"));
    expect([...moveRanges(documentXml(bytes)).values()]).toHaveLength(2);
    expect(documentXml(bytes)).not.toMatch(/<w:tr><w:trPr>[^]*?<w:(ins|del) /);
  });

  it("moves a clause in one language within its column, and the other language stays", async () => {
    const edited = await movedInEnglish();
    const run = await review(returnedFile(edited), { deal: SAMPLE });
    expect(run.findings.map((f) => [f.clause, f.ruleId])).toEqual([
      ["7.3", "clause-moved"],
      ["7.3", "one-language-edit"],
    ]);
    const bytes = await redlined(edited);
    expect(clauses(bytes, "accepted")).toEqual(clauses(edited, "accepted"));
    expect(words(clauses(bytes, "original"))).toEqual(words(clauses(await sampleDocx(), "accepted")));
    const xml = documentXml(bytes);
    expect([...moveRanges(xml).values()]).toEqual([["moveFromRangeStart", "moveToRangeStart"]]);
    // no row goes or comes: the Chinese 7.3 is still in its row
    expect(xml).not.toMatch(/<w:trPr>(<w:cantSplit\/>)?<w:(ins|del) /);
  });

  it("shows a clause moved and reworded as deleted where it stood and inserted, as returned, where it went", async () => {
    const edited = editDocument(await swappedClauses(), (xml) => editParagraph(xml, "cw_scope_content_en", (p) => replaceOnce(p, "handling enquiries", "answering enquiries")));
    const bytes = await redlined(edited);
    expect(clauses(bytes, "accepted")).toEqual(clauses(edited, "accepted"));
    expect(words(clauses(bytes, "original"))).toEqual(words(clauses(await sampleDocx(), "accepted")));
    const xml = documentXml(bytes);
    // the Chinese words moved unchanged; the English, reworded, are a deletion and an insertion
    expect([...moveRanges(xml).values()]).toEqual([["moveFromRangeStart", "moveToRangeStart"]]);
    expect(xml).toMatch(/<w:delText xml:space="preserve">The Services include but are not limited to: handling enquiries/);
    expect(xml).toMatch(/<w:ins [^>]*><w:r><w:t xml:space="preserve">The Services include but are not limited to: answering enquiries/);
  });
});
