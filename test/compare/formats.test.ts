import type { Root, Table, TableCell } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { COMPARE_FORMATS, COMPARISON_WRITERS, comparisonCsv, comparisonJson, comparisonMarkdown, isCompareFormat, writeComparison, type Comparison } from "../../src/compare/index.js";
import { compareFiles, markupSample as sample, SAMPLE_POLICY, supplier, VENDORS, writeDeals, writePolicy } from "./compare-helpers.js";

const parser = unified().use(remarkParse).use(remarkGfm);

/** The text of a Markdown node, without its markup. */
function toString(node: unknown): string {
  const n = node as { value?: unknown; children?: unknown[] };
  if (typeof n.value === "string") return n.value;
  return (n.children ?? []).map(toString).join("");
}

const tables = (md: string): Table[] => (parser.parse(md) as Root).children.filter((n): n is Table => n.type === "table");
const cellText = (c: TableCell | undefined): string => (c ? toString(c) : "");

/** A minimal RFC 4180 reader, to read the CSV back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

describe("--format md", () => {
  const c = sample();
  const md = comparisonMarkdown(c, "en");

  it("is a GFM table: a column per vendor headed by its name, a row per term, then score and rank", () => {
    const [matrix, rank] = tables(md);
    expect(matrix?.children[0]?.children.map(cellText)).toEqual(["Term", 'A|B *Co*, "Ltd."', "B Ltd.", "C Ltd."]);
    expect(matrix?.children).toHaveLength(1 + c.rows.length + 2);
    for (const r of matrix?.children ?? []) expect(r.children).toHaveLength(4);
    const response = matrix?.children.find((r) => cellText(r.children[0]).startsWith("Response time"));
    expect(response?.children.map(cellText)).toEqual(["Response time ↓ (weight 3)", "20 minutes", "10 minutes ✓", "45 minutes ⚠"]);
    expect(cellText(matrix?.children.at(-1)?.children[0])).toBe("Rank");
    expect(matrix?.children.at(-1)?.children.map(cellText)).toEqual(["Rank", "2", "1", "disqualified ⚠"]);
    expect(rank?.children.map((r) => r.children.map(cellText))).toEqual([
      ["Rank", "Vendor", "Score (0–100)"],
      ["1", "B Ltd.", expect.stringMatching(/^\d+\.\d$/)],
      ["2", 'A|B *Co*, "Ltd."', expect.stringMatching(/^\d+\.\d$/)],
      ["disqualified ⚠", "C Ltd.", expect.stringMatching(/^\d+\.\d$/)],
    ]);
  });

  it("marks the best offer bold with ✓, and the breaking cells with ⚠ and a footnote giving the message", () => {
    expect(md).toContain("| **10 minutes** ✓ |");
    expect(md).toContain("| 45 minutes ⚠[^2] |");
    expect(md).toContain("two years ⚠[^1]");
    const root = parser.parse(md) as Root;
    const definitions = root.children.filter((n) => n.type === "footnoteDefinition");
    expect(definitions.map((d) => toString(d))).toEqual([
      `⚠ Confidentiality period after termination must be at least three years (warning; ${c.policy?.file}:7)`,
      `⚠ Response time must be at most 30 minutes (error; ${c.policy?.file}:3)`,
    ]);
  });

  it("a missing value is —, never bold", () => {
    const years = tables(md)[0]?.children.find((r) => cellText(r.children[0]).startsWith("Confidentiality"));
    expect(years?.children.map(cellText)).toEqual(["Confidentiality period after termination ↑ (weight 1)", "two years ⚠", "three years ✓", "—"]);
  });

  it("in Chinese: the names, labels and values in Chinese", () => {
    const zh = comparisonMarkdown(c, "zh");
    expect(zh).toMatch(/^# 报价比较：客服外包服务及团队建设协议\n/);
    const [matrix] = tables(zh);
    expect(matrix?.children[0]?.children.map(cellText)).toEqual(["条款", "甲|乙*公司*", "B公司", "C公司"]);
    expect(zh).toContain("| 响应时限 ↓（权重3） | 20分钟 | **10分钟** ✓ | 45分钟 ⚠[^2] |");
    expect(matrix?.children.at(-1)?.children.map(cellText)).toEqual(["排名", "2", "1", "不合格 ⚠"]);
  });

  it("without a policy: no score, rank or notes", () => {
    const plain = comparisonMarkdown(compareFiles(writeDeals([supplier("A"), supplier("B")])), "en");
    expect(tables(plain)).toHaveLength(1);
    expect(plain).not.toMatch(/Score|Rank|\[\^/);
  });
});

describe("--format csv", () => {
  const c = sample();
  const csv = comparisonCsv(c, "en");

  it("starts with a UTF-8 BOM and ends every record with CRLF", () => {
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/\n/);
  });

  it("reads back as the matrix: quoted fields, best ✓, breaches ⚠ with their notes, score, rank, notes", () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(["Term", 'A|B *Co*, "Ltd."', "B Ltd.", "C Ltd."]);
    expect(csv).toContain('"A|B *Co*, ""Ltd."""');
    expect(rows.find((r) => r[0]?.startsWith("Response time"))).toEqual(["Response time ↓ (weight 3)", "20 minutes", "10 minutes ✓", "45 minutes ⚠2"]);
    expect(rows.find((r) => r[0] === "Rank")).toEqual(["Rank", "2", "1", "disqualified"]);
    expect(rows.find((r) => r[0] === "Score (0–100)")?.slice(1).every((s) => /^\d+\.\d$/.test(s))).toBe(true);
    const notes = rows.slice(rows.findIndex((r) => r[0] === "Note"));
    expect(notes).toEqual([
      ["Note", "Severity", "Message"],
      ["⚠1", "warning", `Confidentiality period after termination must be at least three years (warning; ${c.policy?.file}:7)`],
      ["⚠2", "error", `Response time must be at most 30 minutes (error; ${c.policy?.file}:3)`],
    ]);
    const money = rows.find((r) => r[0]?.startsWith("Monthly service fee"));
    expect(money?.[1]).toBe("RMB 186,000.00 (one hundred and eighty-six thousand yuan)");
  });

  it("in Chinese", () => {
    const rows = parseCsv(comparisonCsv(c, "zh").slice(1));
    expect(rows[0]).toEqual(["条款", "甲|乙*公司*", "B公司", "C公司"]);
    expect(rows.find((r) => r[0]?.startsWith("月度服务费"))?.[1]).toBe("人民币壹拾捌万陆仟元整（¥186,000.00）");
  });

  it("a value that a spreadsheet would run as a formula is written as text", () => {
    const files = writeDeals([{ party_b: { name: { zh: "=HYPERLINK(1)", en: "+1 Ltd." } } }, supplier("B")]);
    const rows = parseCsv(comparisonCsv(compareFiles(files), "en").slice(1));
    expect(rows[0]?.[1]).toBe("'+1 Ltd.");
    expect(parseCsv(comparisonCsv(compareFiles(files), "zh").slice(1))[0]?.[1]).toBe("'=HYPERLINK(1)");
  });
});

describe("--format json", () => {
  const c = sample();
  const data = JSON.parse(comparisonJson(c)) as Record<string, any>;

  it("carries the template, policy, vendors, terms, notes and excluded deals, in both languages", () => {
    expect(Object.keys(data)).toEqual(["format", "template", "policy", "vendors", "terms", "notes", "excluded"]);
    expect(data.format).toBe("clausewright-compare/1");
    expect(data.template).toEqual({ id: "customer-service", title: { zh: "客服外包服务及团队建设协议", en: "Customer Service Outsourcing and Team Building Agreement" } });
    expect(data.vendors.map((v: any) => [v.name.en, v.rank, v.disqualified])).toEqual([
      ['A|B *Co*, "Ltd."', 2, false],
      ["B Ltd.", 1, false],
      ["C Ltd.", null, true],
    ]);
    expect(data.vendors[2].breaches[0]).toMatchObject({ note: 2, field: "sla.response.minutes", check: "max", severity: "error", value: 45, line: expect.any(Number) });
    const response = data.terms.find((t: any) => t.path === "sla.response.minutes");
    expect(response).toMatchObject({ kind: "minutes", unit: { zh: "分钟", en: "minutes" }, better: "lower", weight: 3 });
    expect(response.cells).toEqual([
      { value: 20, text: { zh: "20分钟", en: "20 minutes" }, terms: null, figure: null, best: false, points: 0.7143, notes: [] },
      { value: 10, text: { zh: "10分钟", en: "10 minutes" }, terms: null, figure: null, best: true, points: 1, notes: [] },
      { value: 45, text: { zh: "45分钟", en: "45 minutes" }, terms: null, figure: null, best: false, points: 0, notes: [2] },
    ]);
    const years = data.terms.find((t: any) => t.path === "confidentiality.years_after_termination");
    expect(years.cells[2]).toEqual({ value: null, text: null, terms: null, figure: null, best: false, points: 0, notes: [] });
    expect(data.notes.map((n: any) => [n.number, n.field, n.severity, n.policyLine])).toEqual([
      [1, "confidentiality.years_after_termination", "warning", 7],
      [2, "sla.response.minutes", "error", 3],
    ]);
    expect(data.excluded).toEqual([]);
  });

  it("does not depend on --lang", async () => {
    expect(await writeComparison(c, "json", "zh")).toBe(await writeComparison(c, "json", "en"));
  });
});

describe("the sample vendors", () => {
  it("compare in every format", async () => {
    const c = compareFiles(VENDORS, SAMPLE_POLICY);
    for (const format of ["md", "csv", "json", "xlsx"] as const) expect((await writeComparison(c, format, "zh")).length).toBeGreaterThan(1000);
  });
});

describe("COMPARISON_WRITERS", () => {
  it("has one writer per format, and the formats are its keys", () => {
    expect(Object.keys(COMPARISON_WRITERS)).toEqual(["md", "csv", "json", "xlsx"]);
    expect(COMPARE_FORMATS).toEqual(["md", "csv", "json", "xlsx"]);
  });

  it.each([
    ["md", true],
    ["xlsx", true],
    ["pdf", false],
    ["toString", false],
    ["__proto__", false],
  ])("isCompareFormat(%j) is %s", (format, known) => {
    expect(isCompareFormat(format)).toBe(known);
  });
});
