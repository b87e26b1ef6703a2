// What a cell of the comparison holds in the workbook: a number with a number format wherever the
// term is a figure (money, a percentage, a period, a count), so that a buyer can sort, sum and
// chart the offers; text only where the term is text (an enum, a place, a date). The marks
// (✓ best, ⚠ and the notes) are part of the number format, not of the value: the cell still
// holds 20, and shows "20分钟 ✓".

import type { Lang } from "../core/bilingual.js";
import type { ValueKind } from "../wording/index.js";
import type { Cell, Row, Vendor } from "./compare.js";
import { plainCell } from "./csv.js";
import { rankText } from "./labels.js";

export interface SheetCell {
  value: number | string;
  /** The number format (Excel's format code); undefined for text and for General. */
  numFmt?: string;
}

// The unit as the agreement words it (src/wording/durations.ts), singular and plural in English.
const PERIODS: Partial<Record<ValueKind, { zh: string; en: [singular: string, plural: string] }>> = {
  minutes: { zh: "分钟", en: ["minute", "minutes"] },
  hours: { zh: "小时", en: ["hour", "hours"] },
  days: { zh: "日", en: ["day", "days"] },
  "business-days": { zh: "个工作日", en: ["business day", "business days"] },
  months: { zh: "个月", en: ["month", "months"] },
  years: { zh: "年", en: ["year", "years"] },
};

export const MONEY_FORMAT = "¥#,##0.00";
export const COUNT_FORMAT = "0";
export const SCORE_FORMAT = "0.0";

/** One section of a number format: the digits' pattern and the text shown after them. */
interface Section {
  /** A condition such as `[=1]`, for the singular. */
  condition?: string;
  pattern: string;
  suffix: string;
}

// A literal in a format code is quoted; the suffixes are our own words and marks, never a quote.
const formatCode = (sections: readonly Section[]): string =>
  sections.map((s) => `${s.condition ?? ""}${s.pattern}${s.suffix === "" ? "" : `"${s.suffix}"`}`).join(";");

/** Decimal places of a number as written in the deal (99.5 → 1, 0.05 → 2). */
function decimals(n: number): number {
  const fraction = String(n).split(".")[1] ?? "";
  return /e/i.test(String(n)) ? 4 : fraction.length;
}

/**
 * The number format of a row's figures, before the marks; undefined when the row is text. A
 * percentage is stored as a fraction (99.5% as 0.995) and shown with as many decimals as the
 * offers use, at least one (0.0%, 0.00%), so that the offers line up in the column.
 */
function rowSections(row: Row, lang: Lang): Section[] | undefined {
  const kind = row.kind;
  if (kind === "money") return [{ pattern: MONEY_FORMAT, suffix: "" }];
  if (kind === "percent") {
    const places = Math.min(4, Math.max(1, ...row.cells.map((c) => (typeof c.value === "number" ? decimals(c.value) : 0))));
    return [{ pattern: `0.${"0".repeat(places)}%`, suffix: "" }];
  }
  if (kind === "integer") return [{ pattern: COUNT_FORMAT, suffix: "" }];
  if (kind === "number") return [{ pattern: "General", suffix: "" }];
  const period = kind ? PERIODS[kind] : undefined;
  if (!period) return undefined;
  if (lang === "zh") return [{ pattern: "0", suffix: period.zh }];
  return [
    { condition: "[=1]", pattern: "0", suffix: ` ${period.en[0]}` },
    { pattern: "0", suffix: ` ${period.en[1]}` },
  ];
}

/** " ✓", " ⚠2", " ✓ ⚠1,3": the marks plainCell writes after the text. */
function marks(cell: Cell): string {
  return `${cell.best ? " ✓" : ""}${cell.notes.length > 0 ? ` ⚠${cell.notes.join(",")}` : ""}`;
}

/** The value as stored: a percentage as a fraction, without float noise (99.9 / 100 = 0.9990000000000001). */
function stored(kind: ValueKind | undefined, value: number): number {
  return kind === "percent" ? Number((value / 100).toPrecision(12)) : value;
}

/** The cells of one row of the matrix, for the vendors' columns. */
export function rowCells(row: Row, lang: Lang): SheetCell[] {
  const sections = rowSections(row, lang);
  return row.cells.map((cell) => {
    const figure = cell.figure ?? cell.value;
    if (!sections || typeof figure !== "number") return { value: plainCell(cell, lang) };
    // a figure worked out from a percentage shows it, short, as a number cell does not wrap: ¥6,450.00 (3%)
    const share = cell.share !== undefined && cell.figure !== undefined ? (lang === "zh" ? `（${cell.share}）` : ` (${cell.share})`) : "";
    const mark = `${share}${marks(cell)}`;
    const code = formatCode(sections.map((s) => ({ ...s, suffix: s.suffix + mark })));
    return { value: stored(row.kind, figure), ...(code === "General" ? {} : { numFmt: code }) };
  });
}

/** The vendor's score, to two decimals as in the JSON, shown to one; "—" when there is none. */
export function scoreCell(vendor: Vendor): SheetCell {
  return vendor.score === undefined ? { value: "—" } : { value: Math.round(vendor.score * 100) / 100, numFmt: SCORE_FORMAT };
}

/** The vendor's rank as a number; "disqualified" (text) when it has none. */
export function rankCell(vendor: Vendor, lang: Lang): SheetCell {
  return vendor.rank === undefined ? { value: rankText(vendor, lang) } : { value: vendor.rank, numFmt: COUNT_FORMAT };
}
