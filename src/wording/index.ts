// How deal values are written in the agreement, by the schema's x-kind, in each language.

import type { Lang } from "../core/bilingual.js";
import { formatDate } from "./dates.js";
import { formatDuration, type DurationUnit } from "./durations.js";
import { formatMoney } from "./money.js";
import { formatPercent } from "./percent.js";
import { plainDigits } from "./digits.js";
import { scalarProblem } from "./problems.js";

export { chineseUppercaseAmount, formatFigure, formatMoney, toFen, MAX_AMOUNT } from "./money.js";
export { chineseNumeral, englishNumberWords, MAX_ENGLISH_NUMBER } from "./numerals.js";
export { formatDate, parseDate, type CalendarDate } from "./dates.js";
export { formatDuration, DURATION_UNITS, type DurationUnit } from "./durations.js";
export { formatPercent } from "./percent.js";
export { scalarProblem, MAX_COUNT, MAX_RATE, DECIMALS, type ScalarProblem } from "./problems.js";
export { plainDigits, decimalPlaces, groupedDigits } from "./digits.js";

export type ValueKind =
  | "text"
  | "plain"
  | "integer"
  | "number"
  | "money"
  | "percent"
  | "minutes"
  | "hours"
  | "days"
  | "business-days"
  | "months"
  | "years"
  | "date"
  | "enum"
  | "clause"
  | "boolean";

/** Kinds that formatScalar writes; text, enum and clause need the schema or the template. */
export type ScalarKind = Exclude<ValueKind, "text" | "enum" | "clause">;

function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return `string ${JSON.stringify(value)}`;
  return `${typeof value} ${String(value)}`;
}

/** Refuse what scalarProblem finds: TypeError for a value of the wrong JS type, RangeError for one the kind does not allow. */
function expectWritable(kind: ValueKind, value: unknown): void {
  const p = scalarProblem(kind, value);
  if (!p) return;
  if (p.problem === "type") throw new TypeError(`${kind}: expected a ${p.expected}, got ${describe(value)}`);
  const why =
    p.problem === "too-large" ? `at most ${p.max}` :
    p.problem === "decimals" ? `at most ${p.max} decimals` :
    p.problem === "not-whole" ? "a whole number" :
    p.problem === "negative" ? "not negative" :
    p.problem === "not-finite" ? "a finite number" : "a date in the calendar (YYYY-MM-DD)";
  throw new RangeError(`${kind}: expected ${why}, got ${describe(value)}`);
}

/**
 * A deal value of a scalar kind, written for `lang`. TypeError for text, enum and clause
 * (formatted by the caller, which has the labels and the numbering) and for a value of the wrong
 * JS type; RangeError for a value of the right type that the kind does not allow.
 */
export function formatScalar(kind: ValueKind, value: unknown, lang: Lang): string {
  if (kind === "text" || kind === "enum" || kind === "clause") {
    throw new TypeError(`formatScalar: ${kind} values are not scalars; format them with their labels`);
  }
  expectWritable(kind, value);
  switch (kind) {
    case "plain":
      // Codes and phone numbers may come from YAML as numbers; they are still written as is.
      return typeof value === "string" ? value : plainDigits(value as number);
    case "integer":
      return String(value);
    case "number":
      return plainDigits(value as number);
    case "money":
      return formatMoney(value as number, lang);
    case "percent":
      return formatPercent(value as number, lang);
    case "minutes":
    case "hours":
    case "days":
    case "business-days":
    case "months":
    case "years":
      return formatDuration(value as number, kind satisfies DurationUnit, lang);
    case "date":
      // A YAML timestamp parsed into a Date would carry a time zone: only the string is taken.
      return formatDate(value as string, lang);
    case "boolean":
      return value ? (lang === "zh" ? "是" : "yes") : lang === "zh" ? "否" : "no";
    default: {
      const unknownKind: never = kind;
      throw new TypeError(`formatScalar: unknown kind ${JSON.stringify(unknownKind)}`);
    }
  }
}
