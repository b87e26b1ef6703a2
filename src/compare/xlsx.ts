// The comparison as an Excel workbook (exceljs): a sheet with the matrix (header row and term
// column frozen, figures as numbers with number formats, the best offers green, the breaking cells
// red or yellow) and a sheet with the findings, both printing on A4 landscape one page wide. Same
// comparison, same bytes: the document dates are fixed and the package is rewritten with fixed
// zip entry times.

import type { Cell as ExcelCell, Row as ExcelRow, Worksheet } from "exceljs";
import { unzipSync, zipSync, type Zippable } from "fflate";
import type { Lang } from "../core/bilingual.js";
import type { Comparison } from "./compare.js";
import { plainCell } from "./csv.js";
import { legendText, noteText, rowHeading, SEVERITY, WORDS } from "./labels.js";
import { rankCell, rowCells, scoreCell, type SheetCell } from "./xlsx-cells.js";
import { FOOTER, PAGE_SETUP, rowHeight } from "./xlsx-layout.js";

/** The document's created and modified dates: fixed, so that the bytes do not depend on the clock. */
export const XLSX_DATE = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));

export const FILLS = {
  header: "FFD9D9D9",
  best: "FFC6EFCE",
  error: "FFFFC7CE",
  warning: "FFFFEB9C",
} as const;

const FONT_COLOURS = { best: "FF006100", error: "FF9C0006", warning: "FF9C5700" } as const;

const SHEET_NAMES = {
  matrix: { zh: "比较", en: "Comparison" },
  findings: { zh: "问题", en: "Findings" },
} as const;

export function sheetNames(lang: Lang): { matrix: string; findings: string } {
  return { matrix: SHEET_NAMES.matrix[lang], findings: SHEET_NAMES.findings[lang] };
}

// fflate writes an entry's DOS time from the Date's local-time fields: built from local-time
// fields, it is the same bytes in every time zone.
const ENTRY_TIME = (): Date => new Date(1980, 0, 1, 12, 0, 0);

/** Rewrite the package with fixed entry times and without directory entries, content types first. */
function repack(packed: Uint8Array): Uint8Array {
  const entries = unzipSync(packed);
  const rank = (name: string): number => (name === "[Content_Types].xml" ? 0 : name === "_rels/.rels" ? 1 : 2);
  const out: Zippable = {};
  const mtime = ENTRY_TIME();
  for (const name of Object.keys(entries).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))) {
    const data = entries[name];
    if (data === undefined || name.endsWith("/")) continue;
    out[name] = [data, { mtime, level: 6 }];
  }
  return zipSync(out);
}

const TERM_WIDTH = 44;
const VENDOR_WIDTH = 32;
const FINDINGS_WIDTHS = [30, 34, 8, 8, 34, 10, 10, 60];

const solid = (argb: string): ExcelCell["fill"] => ({ type: "pattern", pattern: "solid", fgColor: { argb } });
const top = { vertical: "top", wrapText: true } as const;
// A font given without its name is read by LibreOffice as its own default (a serif): name it.
const font = (over: Partial<ExcelCell["font"]> = {}): Partial<ExcelCell["font"]> => ({ name: "Calibri", family: 2, size: 11, ...over });

/** Put a value and its number format into a cell. */
function put(cell: ExcelCell, content: SheetCell): void {
  cell.value = content.value;
  if (content.numFmt) cell.numFmt = content.numFmt;
}

/** Size a row to its text: each cell's text (numbers never wrap) wrapped in its column's width. */
function fitHeight(row: ExcelRow, widths: readonly number[]): void {
  const cells: { text: string; width: number }[] = [];
  row.eachCell((cell, col) => {
    if (typeof cell.value === "string") cells.push({ text: cell.value, width: widths[col - 1] ?? VENDOR_WIDTH });
  });
  row.height = rowHeight(cells);
}

/** A line of text across every column of the sheet (merged, wrapped, as tall as it needs). */
function addNote(sheet: Worksheet, text: string, widths: readonly number[]): void {
  const row = sheet.addRow([text]);
  sheet.mergeCells(row.number, 1, row.number, widths.length);
  row.getCell(1).alignment = top;
  row.height = rowHeight([{ text, width: widths.reduce((a, b) => a + b, 0) }]);
}

/** `onePage`: the matrix is read at a glance, so it is scaled to one page tall as well as wide. */
function printable(sheet: Worksheet, onePage = false): void {
  sheet.pageSetup = { ...PAGE_SETUP, ...(onePage ? { fitToHeight: 1 } : {}) };
  sheet.headerFooter = { oddFooter: FOOTER };
}

function addMatrix(sheet: Worksheet, comparison: Comparison, lang: Lang): void {
  const vendors = comparison.vendors;
  const widths = [TERM_WIDTH, ...vendors.map(() => VENDOR_WIDTH)];
  sheet.columns = widths.map((width) => ({ width }));
  const header = sheet.addRow([WORDS.term[lang], ...vendors.map((v) => v.name[lang])]);
  header.font = font({ bold: true });
  header.eachCell((cell) => {
    cell.fill = solid(FILLS.header);
    cell.alignment = top;
  });
  fitHeight(header, widths);
  for (const row of comparison.rows) {
    const line = sheet.addRow([rowHeading(row, lang)]);
    rowCells(row, lang).forEach((content, i) => put(line.getCell(i + 2), content));
    line.getCell(1).font = font({ bold: true });
    line.eachCell((cell) => {
      cell.alignment = top;
    });
    row.cells.forEach((c, i) => {
      const cell = line.getCell(i + 2);
      if (c.severity) {
        cell.fill = solid(FILLS[c.severity]);
        cell.font = font({ bold: c.best, color: { argb: FONT_COLOURS[c.severity] } });
        cell.note = c.notes.map((n) => {
          const note = comparison.notes.find((x) => x.number === n);
          return note ? `⚠${n} ${noteText(comparison, note, lang)}` : `⚠${n}`;
        }).join("\n");
      } else if (c.best) {
        cell.fill = solid(FILLS.best);
        cell.font = font({ bold: true, color: { argb: FONT_COLOURS.best } });
      }
    });
    fitHeight(line, widths);
  }
  if (comparison.policy) {
    const score = sheet.addRow([WORDS.score[lang]]);
    const rank = sheet.addRow([WORDS.rank[lang]]);
    vendors.forEach((v, i) => {
      put(score.getCell(i + 2), scoreCell(v));
      put(rank.getCell(i + 2), rankCell(v, lang));
      if (v.disqualified) rank.getCell(i + 2).fill = solid(FILLS.error);
    });
    for (const r of [score, rank]) {
      r.font = font({ bold: true });
      r.eachCell((cell) => {
        cell.alignment = top;
      });
      fitHeight(r, widths);
    }
  }
  sheet.addRow([]);
  addNote(sheet, legendText(comparison, lang), widths);
  if (comparison.policy) addNote(sheet, WORDS.scoring[lang], widths);
  printable(sheet, true);
}

function addFindings(sheet: Worksheet, comparison: Comparison, lang: Lang): void {
  sheet.columns = FINDINGS_WIDTHS.map((width) => ({ width }));
  const head = sheet.addRow([WORDS.vendor[lang], WORDS.file[lang], WORDS.line[lang], WORDS.column[lang], WORDS.field[lang], WORDS.severity[lang], WORDS.rule[lang], WORDS.message[lang]]);
  head.font = font({ bold: true });
  head.eachCell((cell) => {
    cell.fill = solid(FILLS.header);
  });
  for (const vendor of comparison.vendors) {
    for (const b of vendor.breaches) {
      const r = sheet.addRow([vendor.name[lang], vendor.file, b.line, b.column, b.path, SEVERITY[b.severity][lang], "policy", `⚠${b.note} ${b.detail[lang]}`]);
      r.getCell(6).fill = solid(FILLS[b.severity]);
    }
  }
  for (const ex of comparison.excluded) {
    for (const f of ex.findings) {
      const r = sheet.addRow([WORDS.leftOut[lang], f.file, f.line, f.column, f.path ?? "", SEVERITY[f.severity][lang], f.ruleId, f.message[lang]]);
      r.getCell(6).fill = solid(FILLS[f.severity]);
    }
  }
  sheet.eachRow((row) => {
    row.eachCell((cell) => {
      cell.alignment = top;
    });
    fitHeight(row, FINDINGS_WIDTHS);
  });
  printable(sheet);
}

export async function comparisonXlsx(comparison: Comparison, lang: Lang): Promise<Uint8Array> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "clausewright";
  workbook.lastModifiedBy = "clausewright";
  workbook.created = XLSX_DATE;
  workbook.modified = XLSX_DATE;
  workbook.title = comparison.template.title[lang];

  const names = sheetNames(lang);
  addMatrix(workbook.addWorksheet(names.matrix, { views: [{ state: "frozen", xSplit: 1, ySplit: 1 }] }), comparison, lang);
  addFindings(workbook.addWorksheet(names.findings, { views: [{ state: "frozen", xSplit: 0, ySplit: 1 }] }), comparison, lang);

  const written = await workbook.xlsx.writeBuffer();
  return repack(new Uint8Array(written as ArrayBuffer));
}
