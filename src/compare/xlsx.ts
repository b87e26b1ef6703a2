// The comparison as an Excel workbook (exceljs): a sheet with the matrix (header row and term
// column frozen, the best offers green, the breaking cells red or yellow) and a sheet with the
// findings. Same comparison, same bytes: the document dates are fixed and the package is
// rewritten with fixed zip entry times.

import { unzipSync, zipSync, type Zippable } from "fflate";
import type { Lang } from "../core/bilingual.js";
import type { Comparison } from "./compare.js";
import { plainCell } from "./csv.js";
import { legendText, noteText, rankText, rowHeading, scoreText, SEVERITY, WORDS } from "./labels.js";

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

export async function comparisonXlsx(comparison: Comparison, lang: Lang): Promise<Uint8Array> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "clausewright";
  workbook.lastModifiedBy = "clausewright";
  workbook.created = XLSX_DATE;
  workbook.modified = XLSX_DATE;
  workbook.title = comparison.template.title[lang];

  const names = sheetNames(lang);
  const matrix = workbook.addWorksheet(names.matrix, { views: [{ state: "frozen", xSplit: 1, ySplit: 1 }] });
  const vendors = comparison.vendors;
  matrix.columns = [{ width: 44 }, ...vendors.map(() => ({ width: 32 }))];
  const header = matrix.addRow([WORDS.term[lang], ...vendors.map((v) => v.name[lang])]);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: FILLS.header } };
    cell.alignment = { vertical: "top", wrapText: true };
  });
  for (const row of comparison.rows) {
    const line = matrix.addRow([rowHeading(row, lang), ...row.cells.map((c) => plainCell(c, lang))]);
    line.getCell(1).font = { bold: true };
    line.eachCell((cell) => {
      cell.alignment = { vertical: "top", wrapText: true };
    });
    row.cells.forEach((c, i) => {
      const cell = line.getCell(i + 2);
      if (c.severity) {
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: FILLS[c.severity] } };
        cell.font = { bold: c.best, color: { argb: FONT_COLOURS[c.severity] } };
        cell.note = c.notes.map((n) => {
          const note = comparison.notes.find((x) => x.number === n);
          return note ? `⚠${n} ${noteText(comparison, note, lang)}` : `⚠${n}`;
        }).join("\n");
      } else if (c.best) {
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: FILLS.best } };
        cell.font = { bold: true, color: { argb: FONT_COLOURS.best } };
      }
    });
  }
  if (comparison.policy) {
    const score = matrix.addRow([WORDS.score[lang], ...vendors.map((v) => scoreText(v))]);
    const rank = matrix.addRow([WORDS.rank[lang], ...vendors.map((v) => rankText(v, lang))]);
    for (const r of [score, rank]) r.font = { bold: true };
    vendors.forEach((v, i) => {
      if (v.disqualified) rank.getCell(i + 2).fill = { type: "pattern", pattern: "solid", fgColor: { argb: FILLS.error } };
    });
  }
  matrix.addRow([]);
  matrix.addRow([legendText(comparison, lang)]);
  if (comparison.policy) matrix.addRow([WORDS.scoring[lang]]);

  const findings = workbook.addWorksheet(names.findings, { views: [{ state: "frozen", xSplit: 0, ySplit: 1 }] });
  findings.columns = [{ width: 36 }, { width: 36 }, { width: 8 }, { width: 8 }, { width: 36 }, { width: 10 }, { width: 10 }, { width: 80 }];
  const head = findings.addRow([WORDS.vendor[lang], WORDS.file[lang], WORDS.line[lang], WORDS.column[lang], WORDS.field[lang], WORDS.severity[lang], WORDS.rule[lang], WORDS.message[lang]]);
  head.font = { bold: true };
  head.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: FILLS.header } };
  });
  for (const vendor of vendors) {
    for (const b of vendor.breaches) {
      const r = findings.addRow([vendor.name[lang], vendor.file, b.line, b.column, b.path, SEVERITY[b.severity][lang], "policy", `⚠${b.note} ${b.detail[lang]}`]);
      r.getCell(6).fill = { type: "pattern", pattern: "solid", fgColor: { argb: FILLS[b.severity] } };
    }
  }
  for (const ex of comparison.excluded) {
    for (const f of ex.findings) {
      const r = findings.addRow([WORDS.leftOut[lang], f.file, f.line, f.column, f.path ?? "", SEVERITY[f.severity][lang], f.ruleId, f.message[lang]]);
      r.getCell(6).fill = { type: "pattern", pattern: "solid", fgColor: { argb: FILLS[f.severity] } };
    }
  }
  findings.eachRow((row) => {
    row.eachCell((cell) => {
      cell.alignment = { vertical: "top", wrapText: true };
    });
  });

  const written = await workbook.xlsx.writeBuffer();
  return repack(new Uint8Array(written as ArrayBuffer));
}
