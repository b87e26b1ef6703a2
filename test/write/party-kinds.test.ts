import { join } from "node:path";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import type { Agreement } from "../../src/agreement/types.js";
import { prepareDeal } from "../../src/library/prepare-deal.js";
import { lintPrepared } from "../../src/lint/engine.js";
import { loadTemplate } from "../../src/template/template.js";
import { writeDocx } from "../../src/write/docx.js";
import { LABELS } from "../../src/write/labels.js";
import { LAYOUTS, type Layout } from "../../src/write/layout.js";
import { writeMarkdown } from "../../src/write/markdown.js";
import { partsOf, textOf } from "./docx-read.js";

// A company of another country (party A) and a person (party B): neither has a credit code
// or a company seal, and each signs as its kind does.
const FIXTURE = join(import.meta.dirname, "..", "fixtures", "parties");

function prepared(): { agreement: Agreement; findings: ReturnType<typeof lintPrepared> } {
  const p = prepareDeal(join(FIXTURE, "deal.yaml"), loadTemplate(FIXTURE));
  return { agreement: p.agreement as Agreement, findings: lintPrepared(p) };
}

const langsOf = (layout: Layout): Array<"zh" | "en"> => (layout === "zh" ? ["zh"] : layout === "en" ? ["en"] : ["zh", "en"]);

/** The signature table's rows, each a list of its cells' text. */
function docxSignatureRows(document: string): string[][] {
  const tables = [...document.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map((m) => m[0]);
  const signatures = tables.at(-1) ?? "";
  return [...signatures.matchAll(/<w:tr[ >].*?<\/w:tr>/gs)].map((row) => [...row[0].matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((c) => textOf(c[0])));
}

describe("a party's kind in the rendered agreement", () => {
  it("builds each party with its kind and the identifier its kind has", () => {
    const { agreement, findings } = prepared();
    expect(findings).toEqual([]);
    expect(agreement.parties.map((p) => [p.field, p.kind, p.identifier.zh])).toEqual([
      ["party_a", "foreign-company", [expect.objectContaining({ type: "value", path: "party_a.registration_number", text: "7281934" })]],
      ["party_b", "individual", [expect.objectContaining({ type: "value", path: "party_b.id_number", text: "310104199001011234" })]],
    ]);
  });

  it.each(LAYOUTS)("%s Markdown: the registration and ID numbers, no credit code, no seal, each party's signature line", (layout) => {
    const md = writeMarkdown(prepared().agreement, layout);
    for (const lang of langsOf(layout)) {
      expect(md).toContain(`${LABELS.registrationNumber[lang]}`);
      expect(md).toContain(`${LABELS.idNumber[lang]}`);
      expect(md).not.toContain(LABELS.creditCode[lang]);
      expect(md).not.toContain(LABELS.seal[lang]);
      expect(md).not.toContain(LABELS.signature[lang]);
      expect(md).toContain(LABELS.signatureForeign[lang]);
    }
    expect(md).toContain("7281934");
    if (layout !== "zh") expect(md).toContain("Wilmington, Delaware, USA");
    expect(md).toContain("310104199001011234");
    // the signature table: names, then signature and date rows with both parties' cells
    const table = md.slice(md.lastIndexOf("\n## ")).split("\n").filter((l) => l.startsWith("|"));
    const lang = langsOf(layout);
    const label = (l: { zh: string; en: string }): string => lang.map((x) => l[x]).join(" / ");
    expect(table.slice(2)).toEqual([
      `| ${label(LABELS.signatureForeign)}${layout === "en" ? ":" : "："} | ${label(LABELS.signatureIndividual)}${layout === "en" ? ":" : "："} |`,
      `| ${label(LABELS.date)}${layout === "en" ? ":" : "："} | ${label(LABELS.date)}${layout === "en" ? ":" : "："} |`,
    ]);
  });

  it.each(LAYOUTS)("%s DOCX: the same lines, and the signature rows level", async (layout) => {
    const document = partsOf(await writeDocx(prepared().agreement, { layout }))["word/document.xml"] as string;
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(await writeDocx(prepared().agreement, { layout })) })).value;
    for (const lang of langsOf(layout)) {
      expect(text).toContain(LABELS.registrationNumber[lang]);
      expect(text).toContain(LABELS.idNumber[lang]);
      expect(text).not.toContain(LABELS.creditCode[lang]);
      expect(text).not.toContain(LABELS.seal[lang]);
      expect(text).not.toContain(LABELS.signature[lang]);
    }
    const rows = docxSignatureRows(document);
    // the names, the signatory's and the person's signature, the date: two cells each
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toHaveLength(2);
    const [foreign, person] = [rows[1]?.[0] ?? "", rows[1]?.[1] ?? ""];
    for (const lang of langsOf(layout)) {
      expect(foreign).toContain(LABELS.signatureForeign[lang]);
      expect(person).toContain(LABELS.signatureIndividual[lang]);
      expect(rows[2]?.every((c) => c.includes(LABELS.date[lang]))).toBe(true);
    }
  });

  it("a company beside a person: the person's cell in the seal row is empty, so the lines stay level", async () => {
    const { agreement } = prepared();
    const company = { ...agreement.parties[0]!, kind: "company" as const };
    const mixed = { ...agreement, parties: [company, agreement.parties[1]!] };
    const rows = docxSignatureRows(partsOf(await writeDocx(mixed, { layout: "zh" }))["word/document.xml"] as string);
    expect(rows.map((r) => r.map((c) => c.replace(/\s+/g, "")))).toEqual([
      [expect.stringContaining("甲方"), expect.stringContaining("乙方")],
      ["盖章", ""],
      ["法定代表人或授权代表（签字）", "签字"],
      ["日期", "日期"],
    ]);
    // the cells end at their foot, so a label that wraps does not push its line below the other's
    const document = partsOf(await writeDocx(mixed, { layout: "stacked" }))["word/document.xml"] as string;
    const signatureTable = [...document.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].at(-1)?.[0] ?? "";
    const lineCells = [...signatureTable.matchAll(/<w:tr[ >].*?<\/w:tr>/gs)].slice(1).flatMap((r) => [...r[0].matchAll(/<w:tc>.*?<\/w:tc>/gs)]);
    expect(lineCells.map((c) => c[0].includes('<w:vAlign w:val="bottom"/>'))).toEqual([true, true, true, true, true, true]);
    const md = writeMarkdown(mixed, "zh").split("\n").filter((l) => l.startsWith("|")).slice(-3);
    expect(md).toEqual(["| 盖章： |   |", "| 法定代表人或授权代表（签字）： | 签字： |", "| 日期： | 日期： |"]);
  });
});
