// review of returned files that lost their clause bookmarks: the rendered sample with every
// w:bookmarkStart / w:bookmarkEnd taken out (its Word list numbering kept), and the sample
// retyped (numbers as typed text, no lists, no bookmarks, no document properties). Each edit is
// reported at the right clause with its kind and severity, as with bookmarks; the values read
// back re-lint; each deviation says how its clause was aligned, and one finding says the file
// was aligned without bookmarks, by which methods.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ToolError } from "../../src/core/errors.js";
import type { Finding } from "../../src/core/finding.js";
import { prepareDeal } from "../../src/library/prepare-deal.js";
import { redline } from "../../src/library/redline.js";
import { formatResults } from "../../src/library/results.js";
import { review } from "../../src/library/review.js";
import { REVIEW_RULES } from "../../src/review/rules.js";
import { ROOT } from "../cli/run-cli.js";
import { chineseNumeral, scriptOf, similarity, bagOf, typedNumber } from "../../src/review/align-text.js";
import { listLabels } from "../../src/review/align-numbering.js";
import { expectedClauses } from "../../src/review/expected.js";
import { readParagraphs } from "../../src/review/document-xml.js";
import { docxParts } from "../../src/review/docx-parts.js";
import { returnedViews } from "../../src/review/review.js";
import { normalized } from "../../src/review/word-diff.js";
import { strFromU8, unzipSync } from "fflate";
import { sampleReturned } from "./sample-returned.js";
import { asPdfLines, editDocument, editParagraph, raisedAndDeleted, replaceOnce, retyped, returnedFile, rowAt, SAMPLE, sampleDocx, stripBookmarks } from "./returned-docx.js";

const kinds = (findings: readonly Finding[]): string[][] => findings.map((f) => [f.clause ?? "", f.ruleId, f.severity, f.path ?? ""]);

const reviewed = async (bytes: Uint8Array, config?: { rules: Record<string, "off" | "warning" | "error"> }) =>
  review(returnedFile(bytes), { deal: SAMPLE, ...(config ? { config } : {}) });

const expected = () => expectedClauses(prepareDeal(SAMPLE).agreement as NonNullable<ReturnType<typeof prepareDeal>["agreement"]>);

describe("the text a file without bookmarks is aligned by", () => {
  it.each([
    ["第三条 服务水平协议（SLA）", "article", "3", 4],
    ["第十二条", "article", "12", 4],
    ["第5条：个人信息", "article", "5", 4],
    ["Article 3 Service Level Agreement (SLA)", "article", "3", 10],
    ["3.2 If Party B fails", "clause", "3.2", 4],
    ["3.2\t若乙方未能达到", "clause", "3.2", 4],
    ["１０．３　本协议", "clause", "10.3", 5],
    ["a) 响应时间：", "item", "a", 3],
    ["(c) method of processing", "item", "c", 4],
    ["（二）处理期限", "item", "b", 3],
  ] as const)("reads the typed number of %j", (text, kind, key, rest) => {
    expect(typedNumber(text)).toEqual({ label: { kind, key }, rest });
  });

  it.each(["第五条约定的个人信息，乙方应当保密。", "30 days after receipt", "2027年1月1日起", "Party B shall", "第4.1条约定的服务费", "Article 21 of the Personal Information Protection Law", "2.9 or Article 5; or"])("takes %j for words, not a number", (text) => {
    expect(typedNumber(text)).toBeUndefined();
  });

  it("reads Chinese numerals, the language of a text by its script, and similarity by words and by pairs of characters", () => {
    expect([chineseNumeral("三"), chineseNumeral("十"), chineseNumeral("十二"), chineseNumeral("二十一"), chineseNumeral("一百零五")]).toEqual([3, 10, 12, 21, 105]);
    expect([scriptOf("乙方应确保客服团队至少配备20名客服代表"), scriptOf("Party B shall ensure 20 representatives"), scriptOf("Party A: 上海澄明电子商务有限公司"), scriptOf("12/34")]).toEqual(["zh", "en", "zh", undefined]);
    expect(similarity(bagOf("Party B shall pay RMB 5,000", "en"), bagOf("Party B shall pay RMB 2,000", "en"))).toBeCloseTo(6 / 7, 5);
    expect(similarity(bagOf("乙方应当支付", "zh"), bagOf("乙方应当支付", "zh"))).toBe(1);
    expect(similarity(bagOf("乙方应当支付", "zh"), bagOf("甲方有权解除", "zh"))).toBe(0);
  });

  it("computes Word's list numbers from word/numbering.xml, a level's count starting again under the level above", () => {
    const numbering =
      '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="1">' +
      '<w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="chineseCountingThousand"/><w:lvlText w:val="第%1条"/></w:lvl>' +
      '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="3.%2"/></w:lvl>' +
      '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>' +
      '</w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="1"/></w:num></w:numbering>';
    const p = (level: number): string => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="7"/></w:numPr></w:pPr></w:p>`;
    const body = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${[0, 1, 2, 2, 1, 2].map(p).join("")}<w:p/></w:body></w:document>`;
    expect(listLabels(readParagraphs(body, "test"), numbering)).toEqual(["第3条", "3.1", "a)", "b)", "3.2", "a)", undefined]);
  });
});

describe("review of a file whose bookmarks were stripped", () => {
  it("finds no deviation in the unedited file, and says it was aligned without bookmarks, every clause by its number", async () => {
    const run = await reviewed(editDocument(await sampleDocx(), stripBookmarks));
    expect(kinds(run.findings)).toEqual([["", "alignment", "warning", ""]]);
    expect(run.findings[0]?.message.en).toContain("Chinese version 98 by number; English version 98 by number.");
    expect(run.findings[0]?.message.zh).toContain("中文文本按编号 98 条；英文文本按编号 98 条");
    expect(run.deviations).toEqual([]);
    expect(run.errorCount).toBe(0);
  });

  it("reports a value raised in both languages and a deleted clause at their clauses, and re-lints the value read back", async () => {
    const run = await reviewed(editDocument(await sampleDocx(), (xml) => stripBookmarks(raisedAndDeleted(xml))));
    expect(kinds(run.findings)).toEqual([
      ["", "alignment", "warning", ""],
      ["3.2", "penalty-cap", "warning", "sla.penalty.per_breach.amount"],
      ["3.2", "value-changed", "warning", "sla.penalty.per_breach.amount"],
      ["3.2", "value-changed", "warning", "sla.penalty.per_breach.amount"],
      ["7.2", "clause-deleted", "warning", ""],
      ["7.2", "clause-deleted", "warning", ""],
    ]);
    expect(run.deal?.values.map((v) => [v.path, v.value])).toEqual([["sla.penalty.per_breach.amount", 1_000_000]]);
    // 7.3 … 7.7 now carry the list numbers 7.2 … 7.6: their text placed them, not their numbers
    expect(run.findings[0]?.message.en).toContain("Chinese version 89 by number, 8 by text similarity (lowest score 1.00)");
    expect(run.findings[0]?.message.en).toContain("2 found no counterpart (reported as added or deleted)");
    const values = run.deviations.filter((d) => d.kind === "value");
    expect(values.map((d) => [d.lang, d.alignment?.method])).toEqual([
      ["zh", "number"],
      ["en", "number"],
    ]);
    expect(values[0]?.alignment?.score).toBeGreaterThan(0.85);
    expect(values[0]?.alignment?.score).toBeLessThan(1);
  });

  it("reports an edit in the English only as an error at its clause, and swapped clauses as moved", async () => {
    const englishOnly = await reviewed(editDocument(await sampleDocx(), (xml) => stripBookmarks(editParagraph(xml, "cw_team_headcount_en", (p) => replaceOnce(p, ">20<", ">25<")))));
    expect(kinds(englishOnly.findings)).toEqual([
      ["", "alignment", "warning", ""],
      ["2.2", "one-language-edit", "error", ""],
      ["2.2", "value-changed", "warning", "team.min_headcount"],
    ]);
    const swapped = await reviewed(
      editDocument(await sampleDocx(), (xml) => {
        const [a0, a1] = rowAt(xml, "cw_scope_services_zh");
        const [b0, b1] = rowAt(xml, "cw_scope_content_zh");
        return stripBookmarks(xml.slice(0, a0) + xml.slice(b0, b1) + xml.slice(a0, a1) + xml.slice(b1));
      }),
    );
    expect(kinds(swapped.findings)).toEqual([
      ["", "alignment", "warning", ""],
      ["1.2", "clause-moved", "warning", ""],
      ["1.2", "clause-moved", "warning", ""],
    ]);
    expect(swapped.deviations.map((d) => d.alignment)).toEqual([
      { method: "similarity", score: 1 },
      { method: "similarity", score: 1 },
    ]);
  });

  it("places an English clause rewritten beyond recognition by its row of the table: an edit in one language, of a liability clause", async () => {
    // pasted over the clause as plain text: its words far from the agreed ones, its list number gone
    const rewritten = "Neither Party shall in any event be liable to the other for more than the fees actually paid in the preceding month.";
    const paste = (p: string): string => p.replace(/<w:numPr>.*?<\/w:numPr>/s, "").replace(/(<\/w:pPr>)(?:.|\n)*(<\/w:p>)$/, `$1<w:r><w:t xml:space="preserve">${rewritten}</w:t></w:r>$2`);
    const run = await reviewed(editDocument(await sampleDocx(), (xml) => stripBookmarks(editParagraph(xml, "cw_liability_cap_en", paste))));
    expect(kinds(run.findings)).toEqual([
      ["", "alignment", "warning", ""],
      ["6.5", "conspicuous-edit", "error", ""],
      ["6.5", "one-language-edit", "error", ""],
      // the cap's amount is gone from the rewritten words: a value changed that cannot be read back
      ["6.5", "value-changed", "warning", "liability.cap"],
      ["6.5", "value-unreadable", "warning", "liability.cap"],
      ["6.5", "wording-changed", "warning", ""],
    ]);
    expect(run.deviations.find((d) => d.kind === "wording")?.alignment).toMatchObject({ method: "row" });
    // without its list number, the clauses after it in Article 6 are numbered one lower: placed by their text
    expect(run.findings[0]?.message.en).toContain("English version 92 by number, 5 by text similarity (lowest score 1.00), 1 by the other language's clause in the same row of the table.");
  });

  it("reads the sample returned file stripped of its bookmarks as with them: the tracked change of 2.2 still a tracked change", async () => {
    const withBookmarks = await reviewed(await sampleReturned());
    const stripped = await reviewed(editDocument(await sampleReturned(), stripBookmarks));
    expect(kinds(stripped.findings)).toEqual([["", "alignment", "warning", ""], ...kinds(withBookmarks.findings)]);
    expect(stripped.deviations.find((d) => d.kind === "value" && d.lang === "en" && d.path === "team.min_headcount")).toMatchObject({ old: "20", new: "15", tracked: true, alignment: { method: "number" } });
    expect(withBookmarks.deviations.find((d) => d.kind === "value")?.alignment).toEqual({ method: "bookmark" });
    // each message says how its clause was found, and how close its text is, when that was not by bookmark
    const headcount = stripped.findings.find((f) => f.ruleId === "value-changed" && f.clause === "2.2");
    expect(headcount?.message.en).toMatch(/^clause 2\.2 \(aligned by number, similarity 0\.\d\d\), English version: the value of team\.min_headcount was changed from “20” to “15” \(as a tracked change\)\.$/);
    expect(headcount?.message.zh).toMatch(/^第2\.2条（按编号对应，相似度 0\.\d\d）（英文文本）：/);
    expect(withBookmarks.findings.find((f) => f.ruleId === "value-changed")?.message.en).toMatch(/^clause 2\.2, English version/);
    expect(stripped.deal?.values).toEqual(withBookmarks.deal?.values);
    expect(stripped.deviations.find((d) => d.kind === "value" && d.clause.number === "2.2")?.alignment).toEqual({ method: "number", score: 0.99 });
    // docs/review.md shows this finding as stylish prints it
    const line = /```text\n(  34:1 [^\n]*aligned by number[^\n]*)\n```/.exec(readFileSync(join(ROOT, "docs", "review.md"), "utf8"))?.[1];
    expect(line).toBeDefined();
    expect(formatResults(stripped.results, "stylish", { lang: "en", rules: REVIEW_RULES }).split("\n")).toContain(line);
  });

  it("lets the config set the alignment finding off, and gives no such finding for a file with its bookmarks", async () => {
    const stripped = editDocument(await sampleDocx(), stripBookmarks);
    expect(kinds((await reviewed(stripped, { rules: { alignment: "off" } })).findings)).toEqual([]);
    expect((await reviewed(await sampleDocx())).findings).toEqual([]);
    expect((await reviewed(await sampleDocx())).deviations).toEqual([]);
  });

  it("makes its redline from the clauses as aligned: accepted, the redline reads as the stripped file; rejected, as the deal renders", async () => {
    const stripped = editDocument(await sampleDocx(), (xml) => stripBookmarks(raisedAndDeleted(xml)));
    const { docx } = await redline(returnedFile(stripped), { deal: SAMPLE, date: "2027-01-06" });
    if (!docx) throw new Error("no redline");
    const clauses = expected();
    const text = (bytes: Uint8Array, view: "accepted" | "original") => {
      const parts = docxParts(bytes, "test");
      const { views } = returnedViews({ paragraphs: readParagraphs(parts.document, "test"), ...(parts.numbering !== undefined ? { numbering: parts.numbering } : {}) }, "test", clauses, "parallel");
      return (["zh", "en"] as const).map((lang) => views[view][lang].map((c) => [c.base ?? "added", normalized(c.text)]));
    };
    expect(text(docx, "accepted")).toEqual(text(stripped, "accepted"));
    expect(text(docx, "original")).toEqual(text(await sampleDocx(), "accepted"));
    const xml = strFromU8(unzipSync(docx)["word/document.xml"] as Uint8Array);
    expect(xml).toMatch(/<w:delText xml:space="preserve">5,000.00<\/w:delText>/);
  });

  it("refuses a file without bookmarks whose text is not the agreement's (exit 2), rather than report every clause deleted", async () => {
    const other = editDocument(await sampleDocx(), (xml) => stripBookmarks(xml).replace(/(<w:t(?: [^>]*)?>)[^<]+/g, "$1Lorem ipsum dolor sit amet"));
    await expect(reviewed(other)).rejects.toThrow(ToolError);
    await expect(reviewed(other)).rejects.toThrow(/has none of the clause bookmarks .* and its text matches only 0 of the agreement's 98 clauses/);
  });
});

describe("review of a retyped file: numbers as typed text, no lists, no bookmarks, no properties", () => {
  it("aligns the stacked layout by script and typed numbers, and finds no deviation in the unedited text", async () => {
    const run = await reviewed(retyped(await sampleDocx("stacked"), expected()));
    expect(run.layout).toBe("stacked");
    expect(kinds(run.findings)).toEqual([
      ["", "deal-mismatch", "warning", ""],
      ["", "alignment", "warning", ""],
    ]);
    expect(run.findings[1]?.message.en).toContain("Chinese version 98 by number; English version 98 by number.");
  });

  it("aligns a PDF's text converted back, each line a paragraph: the lines after a clause's first continue it", async () => {
    const lines = (bytes: Uint8Array): Uint8Array => editDocument(bytes, (xml) => asPdfLines(xml));
    const clean = await reviewed(lines(retyped(await sampleDocx("stacked"), expected())));
    expect(kinds(clean.findings)).toEqual([
      ["", "deal-mismatch", "warning", ""],
      ["", "alignment", "warning", ""],
    ]);
    expect(clean.findings[1]?.message.en).toContain("Chinese version 98 by number; English version 98 by number.");
    const edited = await reviewed(lines(retyped(editDocument(await sampleDocx("stacked"), (xml) => {
      const out = editParagraph(xml, "cw_sla_penalty_zh", (p) => replaceOnce(p, ">人民币伍仟元整（¥5,000.00）<", ">人民币壹佰万元整（¥1,000,000.00）<"));
      return editParagraph(out, "cw_sla_penalty_en", (p) => replaceOnce(p, ">RMB 5,000.00 (five thousand yuan)<", ">RMB 1,000,000.00 (one million yuan)<"));
    }), expected())));
    expect(kinds(edited.findings)).toEqual([
      ["", "deal-mismatch", "warning", ""],
      ["", "alignment", "warning", ""],
      ["3.2", "penalty-cap", "warning", "sla.penalty.per_breach.amount"],
      ["3.2", "value-changed", "warning", "sla.penalty.per_breach.amount"],
      ["3.2", "value-changed", "warning", "sla.penalty.per_breach.amount"],
    ]);
  });

  it("places the articles' headings by their titles when their numbers were not typed either", async () => {
    const untitled = editDocument(retyped(await sampleDocx("stacked"), expected()), (xml) => xml.replace(/<w:r><w:t xml:space="preserve">(?:第[一二三四五六七八九十]+条|Article \d+) <\/w:t><\/w:r>/g, ""));
    const run = await reviewed(untitled);
    expect(kinds(run.findings)).toEqual([
      ["", "deal-mismatch", "warning", ""],
      ["", "alignment", "warning", ""],
    ]);
    expect(run.findings[1]?.message.en).toContain("Chinese version 86 by number, 12 by heading; English version 86 by number, 12 by heading.");
  });

  it("reports the value edit and the deleted clause of the parallel table, the table's columns its languages", async () => {
    const run = await reviewed(retyped(editDocument(await sampleDocx(), raisedAndDeleted), expected()));
    expect(run.layout).toBe("parallel");
    expect(kinds(run.findings)).toEqual([
      ["", "deal-mismatch", "warning", ""],
      ["", "alignment", "warning", ""],
      ["3.2", "penalty-cap", "warning", "sla.penalty.per_breach.amount"],
      ["3.2", "value-changed", "warning", "sla.penalty.per_breach.amount"],
      ["3.2", "value-changed", "warning", "sla.penalty.per_breach.amount"],
      ["7.2", "clause-deleted", "warning", ""],
      ["7.2", "clause-deleted", "warning", ""],
    ]);
    expect(run.deal?.values.map((v) => [v.path, v.value])).toEqual([["sla.penalty.per_breach.amount", 1_000_000]]);
  });
});
