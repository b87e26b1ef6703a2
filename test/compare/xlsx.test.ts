// The workbook read back with exceljs, as a buyer's spreadsheet reads it: figures are numbers with
// number formats, the sheets print on A4 landscape one page wide, and rows are tall enough for
// their wrapped text.

import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { Lang } from "../../src/core/bilingual.js";
import { writeComparison } from "../../src/compare/index.js";
import { FILLS, sheetNames, XLSX_DATE } from "../../src/compare/xlsx.js";
import { LINE_HEIGHT, wrappedLines } from "../../src/compare/xlsx-layout.js";
import { compareFiles, markupSample, SAMPLE_POLICY, VENDORS } from "./compare-helpers.js";

async function workbook(lang: Lang, comparison = compareFiles(VENDORS, SAMPLE_POLICY)): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from((await writeComparison(comparison, "xlsx", lang)) as Uint8Array) as unknown as ArrayBuffer);
  return wb;
}

/** The matrix row whose heading starts with `label`. */
function rowOf(sheet: ExcelJS.Worksheet, label: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (!found && String(row.getCell(1).value).startsWith(label)) found = row;
  });
  if (!found) throw new Error(`no row ${label}`);
  return found;
}

/** The vendors' cells of a row: [value, type, number format]. */
const vendorCells = (row: ExcelJS.Row): Array<[unknown, ExcelJS.ValueType, string | undefined]> =>
  [2, 3, 4].map((i) => {
    const cell = row.getCell(i);
    return [cell.value, cell.type, cell.numFmt];
  });

const { Number: NUMBER, String: STRING } = ExcelJS.ValueType;

describe("--format xlsx: figures are numbers", () => {
  it.each<[Lang, string, Array<[unknown, ExcelJS.ValueType, string | undefined]>]>([
    ["zh", "月度服务费", [[178000, NUMBER, "¥#,##0.00"], [215000, NUMBER, "¥#,##0.00"], [149000, NUMBER, '¥#,##0.00" ✓"']]],
    ["en", "Overall liability cap", [[2000000, NUMBER, "¥#,##0.00"], [2500000, NUMBER, '¥#,##0.00" ✓"'], [1000000, NUMBER, "¥#,##0.00"]]],
    ["zh", "服务可用性", [[0.995, NUMBER, "0.0%"], [0.999, NUMBER, '0.0%" ✓"'], [0.995, NUMBER, "0.0%"]]],
    ["en", "Daily rate of liquidated damages for late payment", [[0.0005, NUMBER, "0.00%"], [0.0003, NUMBER, '0.00%" ✓"'], [0.0005, NUMBER, "0.00%"]]],
    ["zh", "客服代表最低人数", [[22, NUMBER, "0"], [25, NUMBER, '0" ✓"'], [18, NUMBER, "0"]]],
    ["zh", "响应时限", [[20, NUMBER, '0"分钟"'], [10, NUMBER, '0"分钟 ✓"'], [45, NUMBER, '0"分钟 ⚠2"']]],
    ["en", "Resolution time", [[4, NUMBER, '[=1]0" hour";0" hours"'], [2, NUMBER, '[=1]0" hour ✓";0" hours ✓"'], [6, NUMBER, '[=1]0" hour";0" hours"']]],
    ["en", "Payment period", [[30, NUMBER, '[=1]0" day";0" days"'], [45, NUMBER, '[=1]0" day";0" days"'], [60, NUMBER, '[=1]0" day ✓";0" days ✓"']]],
    // a percentage of the fee is compared on the amount it means, the percentage shown after it
    ["en", "Liquidated damages per failure", [[5000, NUMBER, "¥#,##0.00"], [6450, NUMBER, '¥#,##0.00" (3%) ✓"'], [3000, NUMBER, "¥#,##0.00"]]],
    ["zh", "每次违约的违约金", [[5000, NUMBER, "¥#,##0.00"], [6450, NUMBER, '¥#,##0.00"（3%） ✓"'], [3000, NUMBER, "¥#,##0.00"]]],
    ["en", "Storage location", [["mainland China", STRING, undefined], ["mainland China", STRING, undefined], ["the Hong Kong Special Administrative Region of the People's Republic of China ⚠4", STRING, undefined]]],
  ])("%s %s", async (lang, label, cells) => {
    const sheet = (await workbook(lang)).getWorksheet(sheetNames(lang).matrix)!;
    expect(vendorCells(rowOf(sheet, label))).toEqual(cells);
  });

  it("scores and ranks are numbers; a disqualified vendor's rank is the word", async () => {
    const sheet = (await workbook("en")).getWorksheet(sheetNames("en").matrix)!;
    expect(vendorCells(rowOf(sheet, "Score"))).toEqual([[49.53, NUMBER, "0.0"], [80.36, NUMBER, "0.0"], [21.43, NUMBER, "0.0"]]);
    expect(vendorCells(rowOf(sheet, "Rank"))).toEqual([[2, NUMBER, "0"], [1, NUMBER, "0"], ["disqualified", STRING, undefined]]);
  });

  it("a buyer can sum a row: the monthly fees add up", async () => {
    const sheet = (await workbook("zh")).getWorksheet(sheetNames("zh").matrix)!;
    const fees = vendorCells(rowOf(sheet, "月度服务费")).map(([v]) => v as number);
    expect(fees.reduce((a, b) => a + b, 0)).toBe(542000);
  });
});

describe("--format xlsx: printing", () => {
  it.each<Lang>(["zh", "en"])("both sheets print A4 landscape, one page wide, the header row on every page; the matrix on one page (%s)", async (lang) => {
    const wb = await workbook(lang);
    for (const [i, sheet] of wb.worksheets.entries()) {
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: i === 0 ? 1 : 0, printTitlesRow: "1:1" });
      expect(sheet.headerFooter.oddFooter).toContain("&P / &N");
    }
  });

  it.each<Lang>(["zh", "en"])("every row is as tall as its wrapped text (%s)", async (lang) => {
    const sheet = (await workbook(lang)).getWorksheet(sheetNames(lang).matrix)!;
    const widths = sheet.columns.map((c) => c.width ?? 0);
    sheet.eachRow((row, n) => {
      row.eachCell((cell, col) => {
        if (typeof cell.value !== "string") return;
        // the legend and the scoring note are merged across the whole sheet
        const width = cell.isMerged ? widths.reduce((a, b) => a + b, 0) : (widths[col - 1] ?? 0);
        expect(row.height, `row ${n}: ${cell.value}`).toBeGreaterThanOrEqual(wrappedLines(cell.value, width) * LINE_HEIGHT);
      });
    });
    // the Hong Kong storage location wraps to three lines in English
    if (lang === "en") expect(rowOf(sheet, "Storage location").height).toBeGreaterThanOrEqual(3 * LINE_HEIGHT);
  });
});

describe("--format xlsx: the sheets", () => {
  const c = markupSample();

  it("has the matrix on one sheet, header row and term column frozen, best and breaking cells filled", async () => {
    const wb = await workbook("en", c);
    expect(wb.worksheets.map((w) => w.name)).toEqual([sheetNames("en").matrix, sheetNames("en").findings]);
    const sheet = wb.getWorksheet(sheetNames("en").matrix)!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1 });
    expect(sheet.getRow(1).values).toEqual([undefined, "Term", 'A|B *Co*, "Ltd."', "B Ltd.", "C Ltd."]);
    const row = rowOf(sheet, "Response time");
    expect(vendorCells(row).map(([v, , f]) => [v, f])).toEqual([
      [20, '[=1]0" minute";0" minutes"'],
      [10, '[=1]0" minute ✓";0" minutes ✓"'],
      [45, '[=1]0" minute ⚠2";0" minutes ⚠2"'],
    ]);
    const fill = (i: number) => (row.getCell(i).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
    expect(fill(2)).toBeUndefined();
    expect(fill(3)).toBe(FILLS.best);
    expect(fill(4)).toBe(FILLS.error);
    expect(row.getCell(3).font?.bold).toBe(true);
    let warned = 0;
    sheet.eachRow((r) => {
      r.eachCell((cell) => {
        if ((cell.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb === FILLS.warning) warned++;
      });
    });
    expect(warned).toBe(1);
    const values: string[] = [];
    sheet.eachRow((r) => values.push(String(r.getCell(1).value)));
    expect(values).toContain("Score (0–100)");
    expect(values).toContain("Rank");
  });

  it("lists the findings on the second sheet: vendor, file, line, field, severity, rule, message", async () => {
    const sheet = (await workbook("zh", c)).getWorksheet(sheetNames("zh").findings)!;
    expect(sheet.getRow(1).values).toEqual([undefined, "供应商", "文件", "行", "列", "字段", "严重程度", "规则", "说明"]);
    const rows: unknown[][] = [];
    sheet.eachRow((r, n) => {
      if (n > 1) rows.push((r.values as unknown[]).slice(1));
    });
    expect(rows.map((r) => [r[0], r[4], r[5], r[6]])).toEqual([
      ["甲|乙*公司*", "confidentiality.years_after_termination", "警告", "policy"],
      ["C公司", "sla.response.minutes", "错误", "policy"],
    ]);
    expect(String(rows[1]?.[7])).toContain("响应时间不得超过30分钟：sla.response.minutes（响应时限）为45分钟");
    expect(rows[1]?.[2]).toEqual(expect.any(Number));
  });

  it("is the same bytes every time, with fixed document dates", async () => {
    const a = (await writeComparison(c, "xlsx", "en")) as Uint8Array;
    await new Promise((r) => setTimeout(r, 1100));
    const b = (await writeComparison(c, "xlsx", "en")) as Uint8Array;
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const core = strFromU8(unzipSync(a)["docProps/core.xml"]!);
    expect(core).toContain(XLSX_DATE.toISOString().replace(/\.000Z$/, "Z"));
    expect(Object.keys(unzipSync(a))[0]).toBe("[Content_Types].xml");
  });
});

describe("wrappedLines", () => {
  it.each<[string, number, number]>([
    ["Rank", 44, 1],
    ["", 44, 1],
    // 43 columns of room: 48 narrow characters wrap once, at a space
    ["Share of requests resolved in time ↑ (weight 1)", 44, 2],
    // Chinese counts double: 14 characters are 28 columns
    ["成都锦程呼叫中心服务有限公司", 32, 1],
    ["中华人民共和国境内（不包括香港特别行政区、澳门特别行政区和台湾地区）", 32, 3],
    ["one\ntwo", 44, 2],
    // a word longer than the line is cut
    ["x".repeat(100), 11, 10],
  ])("%j in %i columns: %i lines", (text, width, lines) => {
    expect(wrappedLines(text, width)).toBe(lines);
  });
});
