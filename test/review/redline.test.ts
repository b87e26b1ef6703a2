// The redline of a returned file, read back as Word would show it: with every tracked change
// accepted it says what the returned file says, clause by clause and language by language; with
// every change rejected it is the agreement as rendered from the deal. Each deviation has a
// comment with its rule, and the same input gives the same bytes.

import { strFromU8, unzipSync } from "fflate";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Lang } from "../../src/core/bilingual.js";
import { ToolError } from "../../src/core/errors.js";
import { redline } from "../../src/library/redline.js";
import { review } from "../../src/library/review.js";
import { readParagraphs } from "../../src/review/document-xml.js";
import { expectedFront, returnedFront } from "../../src/review/front-matter.js";
import { prepareDeal } from "../../src/library/prepare-deal.js";
import { returnedClauses, type View } from "../../src/review/returned.js";
import { normalized } from "../../src/review/word-diff.js";
import { deletedAndAdded } from "./redline-returned.js";
import { appendRun, editDocument, editParagraph, replaceOnce, returnedFile, SAMPLE, sampleDocx } from "./returned-docx.js";
import { SAMPLE_RETURNED } from "./sample-returned.js";

/** Each language's clauses in one view: [bookmark base or "added", text], in document order. */
function clauses(bytes: Uint8Array, view: View): Record<Lang, string[][]> {
  const xml = strFromU8(unzipSync(bytes)["word/document.xml"] as Uint8Array);
  const found = returnedClauses(readParagraphs(xml, "test"), view, "test");
  const of = (lang: Lang): string[][] => found[lang].map((c) => [c.base ?? "added", normalized(c.text)]);
  return { zh: of("zh"), en: of("en") };
}

const sorted = (list: string[][]): string[][] => [...list].sort((a, b) => (a.join("\u0000") < b.join("\u0000") ? -1 : 1));

async function redlined(file: string, options: { author?: string; date?: string } = {}): Promise<Uint8Array> {
  const { docx } = await redline(file, { deal: SAMPLE, ...options });
  if (!docx) throw new Error("no redline");
  return docx;
}

const part = (bytes: Uint8Array, name: string): string => strFromU8(unzipSync(bytes)[name] as Uint8Array);

describe("the redline of a returned file", () => {
  it("accepted, says what the sample returned file says; rejected, what the deal renders", async () => {
    const bytes = await redlined(SAMPLE_RETURNED, { author: "Legal", date: "2027-01-06T10:00:00Z" });
    const returned = new Uint8Array(readFileSync(SAMPLE_RETURNED));
    expect(clauses(bytes, "accepted")).toEqual(clauses(returned, "accepted"));
    expect(clauses(bytes, "original")).toEqual(clauses(await sampleDocx(), "accepted"));
    const xml = part(bytes, "word/document.xml");
    // word by word: the amount's figures and the headcount, not the whole clause
    expect(xml).toContain('<w:del w:id="');
    expect(xml).toMatch(/<w:del [^>]*><w:r><w:delText xml:space="preserve">5,000.00<\/w:delText><\/w:r><\/w:del><w:ins [^>]*><w:r><w:t xml:space="preserve">2,000.00<\/w:t><\/w:r><\/w:ins>/);
    expect(xml).toMatch(/<w:delText xml:space="preserve">20<\/w:delText>/);
    expect(xml).toContain('w:author="Legal" w:date="2027-01-06T10:00:00Z"');
  });

  it("has a comment with its rule on each deviation, anchored in the clause, in a part Word finds", async () => {
    const run = await review(SAMPLE_RETURNED, { deal: SAMPLE });
    const bytes = await redlined(SAMPLE_RETURNED);
    const comments = part(bytes, "word/comments.xml");
    const texts = [...comments.matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((m) => (m[1] as string).split(" ")[0]);
    expect(texts.sort()).toEqual(run.findings.map((f) => f.ruleId).sort());
    const xml = part(bytes, "word/document.xml");
    const ids = [...comments.matchAll(/<w:comment w:id="(\d+)"/g)].map((m) => m[1]);
    for (const id of ids) {
      expect(xml).toContain(`<w:commentRangeStart w:id="${id}"/>`);
      expect(xml).toContain(`<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`);
    }
    // the one-language comment is on the English 2.2, where the change is
    const oneLanguage = ids[texts.indexOf("one-language-edit")];
    const at = xml.indexOf(`<w:commentRangeStart w:id="${oneLanguage}"/>`);
    expect(xml.slice(at, xml.indexOf("</w:p>", at))).toContain('w:name="cw_team_headcount_en"');
    expect(part(bytes, "[Content_Types].xml")).toContain('ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml" PartName="/word/comments.xml"');
    expect(part(bytes, "word/_rels/document.xml.rels")).toMatch(/Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/comments" Target="comments.xml"/);
  });

  it("is by clausewright and has no date unless told: never the clock; the same input gives the same bytes", async () => {
    const first = await redlined(SAMPLE_RETURNED);
    const xml = part(first, "word/document.xml");
    expect(xml).toContain('w:author="clausewright"');
    expect(xml).not.toContain("w:date=");
    expect(part(first, "word/comments.xml")).not.toContain("w:date=");
    expect(Buffer.from(await redlined(SAMPLE_RETURNED)).equals(Buffer.from(first))).toBe(true);
    // a date is written as Word writes one, in UTC to the second; what is no date is refused
    expect(part(await redlined(SAMPLE_RETURNED, { date: "2027-01-06 18:00+08:00" }), "word/comments.xml")).toContain('w:date="2027-01-06T10:00:00Z"');
    await expect(redline(SAMPLE_RETURNED, { deal: SAMPLE, date: "soon" })).rejects.toThrow(ToolError);
  });

  it("shows a deleted clause as deleted paragraphs and an added one as inserted; accepted, each is as returned", async () => {
    const edited = await deletedAndAdded();
    const file = returnedFile(edited);
    const bytes = await redlined(file);
    expect(clauses(bytes, "accepted")).toEqual(clauses(edited, "accepted"));
    expect(clauses(bytes, "original")).toEqual(clauses(await sampleDocx(), "accepted"));
    const xml = part(bytes, "word/document.xml");
    const deleted = xml.slice(xml.lastIndexOf("<w:p>", xml.indexOf('w:name="cw_term_renewal_en"')), xml.indexOf("</w:p>", xml.indexOf('w:name="cw_term_renewal_en"')));
    expect(deleted).toMatch(/<w:rPr><w:del w:id="\d+" w:author="clausewright"\/>/);
    expect(deleted).not.toMatch(/<w:t /);
    // and its row of the parallel table, whose last paragraph mark in each cell no editor deletes
    const row = xml.slice(xml.lastIndexOf("<w:tr>", xml.indexOf('w:name="cw_term_renewal_zh"')), xml.indexOf('w:name="cw_term_renewal_zh"'));
    expect(row).toMatch(/^<w:tr><w:trPr>(<w:cantSplit\/>)?<w:del w:id="\d+" w:author="clausewright"\/><\/w:trPr>/);
    expect(xml).toMatch(/<w:rPr><w:ins w:id="\d+" w:author="clausewright"\/>[^]*?<w:t xml:space="preserve">Party B may suspend the Services if Party A pays late.<\/w:t>/);
    // the redline reviewed is no different from the returned file: the same findings at the same clauses
    const brief = async (f: string) => (await review(f, { deal: SAMPLE })).findings.map((x) => [x.clause, x.ruleId, x.path ?? ""]);
    expect(sorted(await brief(returnedFile(bytes, "redline.docx")))).toEqual(sorted(await brief(file)));
  });

  it("marks the edits of the front matter too: accepted, the cover and the signatures read as returned", async () => {
    // Party B's English address retyped on the cover, its name changed over its signature
    const edited = editDocument(await sampleDocx(), (xml) => {
      const at = xml.lastIndexOf("苏州远帆客户服务外包有限公司");
      const renamed = `${xml.slice(0, at)}苏州远帆科技有限公司${xml.slice(at + "苏州远帆客户服务外包有限公司".length)}`;
      return renamed.replace("Huqiu District", "Gusu District");
    });
    const bytes = await redlined(returnedFile(edited));
    const agreement = prepareDeal(SAMPLE).agreement;
    if (!agreement) throw new Error("the sample gives no agreement");
    const front = expectedFront(agreement);
    const frontOf = (docx: Uint8Array, view: View): string[][] => {
      const found = returnedFront(readParagraphs(part(docx, "word/document.xml"), "test"), front, view);
      return [...found.zh, ...found.en].map((c) => [c.base ?? "added", normalized(c.text)]);
    };
    expect(frontOf(bytes, "accepted")).toEqual(frontOf(edited, "accepted"));
    expect(frontOf(bytes, "original")).toEqual(frontOf(await sampleDocx(), "accepted"));
    const xml = part(bytes, "word/document.xml");
    expect(xml).toMatch(/<w:delText xml:space="preserve">Huqiu<\/w:delText>/);
    expect(xml).toMatch(/<w:t xml:space="preserve">科技<\/w:t><\/w:r><\/w:ins>/);
    // and each has its comment
    const comments = part(bytes, "word/comments.xml");
    expect(comments).toContain("Party B&apos;s address, English version");
    expect(comments).toContain("Party B&apos;s name at the signatures, Chinese version");
  });

  it("works in the stacked layout too: each language's clause changed in its own paragraph", async () => {
    const edited = editDocument(await sampleDocx("stacked"), (xml) =>
      editParagraph(editParagraph(xml, "cw_team_headcount_en", (p) => replaceOnce(p, ">20<", ">25<")), "cw_liability_cap_zh", (p) => appendRun(p, "前述上限同样适用于违反第五条的情形。", true)),
    );
    const bytes = await redlined(returnedFile(edited));
    expect(clauses(bytes, "accepted")).toEqual(clauses(edited, "accepted"));
    expect(clauses(bytes, "original")).toEqual(clauses(await sampleDocx("stacked"), "accepted"));
    expect(part(bytes, "word/document.xml")).toMatch(/<w:ins [^>]*><w:r><w:rPr><w:rFonts w:hint="eastAsia"\/><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">前述上限同样适用于违反第五条的情形。<\/w:t>/);
  });
});
