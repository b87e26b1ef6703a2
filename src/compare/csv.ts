// The comparison as CSV (RFC 4180): CRLF line ends, fields quoted when they hold a comma, a
// quote or a line break, and a UTF-8 byte order mark so that Excel reads the Chinese right.

import type { Lang } from "../core/bilingual.js";
import type { Cell, Comparison } from "./compare.js";
import { noteText, rankText, rowHeading, scoreText, SEVERITY, WORDS } from "./labels.js";

export const BOM = "\uFEFF";

/**
 * One field. A text that a spreadsheet would take for a formula (=, +, -, @ or a tab or carriage
 * return first) gets a leading apostrophe, as OWASP advises against CSV injection: values come
 * from vendors' files.
 */
export function csvField(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const csvLine = (fields: readonly string[]): string => fields.map(csvField).join(",");

/** The cell's text, then ✓ when it is the best offer and ⚠ with its notes' numbers when it breaks the policy. */
export function plainCell(cell: Cell, lang: Lang): string {
  let text = cell.text ? cell.text[lang] : WORDS.notGiven[lang];
  if (cell.best) text += " ✓";
  if (cell.notes.length > 0) text += ` ⚠${cell.notes.join(",")}`;
  return text;
}

export function comparisonCsv(comparison: Comparison, lang: Lang): string {
  const lines: string[] = [];
  lines.push(csvLine([WORDS.term[lang], ...comparison.vendors.map((v) => v.name[lang])]));
  for (const row of comparison.rows) lines.push(csvLine([rowHeading(row, lang), ...row.cells.map((c) => plainCell(c, lang))]));
  if (comparison.policy) {
    lines.push(csvLine([WORDS.score[lang], ...comparison.vendors.map((v) => scoreText(v))]));
    lines.push(csvLine([WORDS.rank[lang], ...comparison.vendors.map((v) => rankText(v, lang))]));
  }
  if (comparison.notes.length > 0) {
    lines.push("");
    lines.push(csvLine([WORDS.note[lang], WORDS.severity[lang], WORDS.message[lang]]));
    for (const note of comparison.notes) lines.push(csvLine([`⚠${note.number}`, SEVERITY[note.severity][lang], noteText(comparison, note, lang)]));
  }
  return BOM + lines.map((l) => `${l}\r\n`).join("");
}
