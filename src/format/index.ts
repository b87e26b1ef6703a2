// How deal values are written in the agreement, by the schema's x-kind, in each language.

import type { Lang } from "../core/bilingual.js";
import { formatDate } from "./dates.js";
import { formatDuration, type DurationUnit } from "./durations.js";
import { formatMoney } from "./money.js";
import { formatPercent } from "./percent.js";

export { chineseUppercaseAmount, formatFigure, formatMoney, toFen, MAX_AMOUNT } from "./money.js";
export { chineseNumeral, englishNumberWords, MAX_ENGLISH_NUMBER } from "./numerals.js";
export { formatDate, parseDate, type CalendarDate } from "./dates.js";
export { formatDuration, DURATION_UNITS, type DurationUnit } from "./durations.js";
export { formatPercent } from "./percent.js";

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

function expectNumber(kind: ValueKind, value: unknown): number {
  if (typeof value !== "number") {
    throw new TypeError(`${kind}: expected a number, got ${describe(value)}`);
  }
  if (!Number.isFinite(value)) throw new RangeError(`${kind}: expected a finite number, got ${value}`);
  return value;
}

/**
 * A number in plain decimal digits, as it would be written: 5 → "5", 2.5 → "2.5",
 * and 1e-7 → "0.0000001" rather than JavaScript's exponent form.
 */
function plainDigits(n: number): string {
  const text = String(n);
  const e = text.indexOf("e");
  if (e < 0) return text;
  const negative = text.startsWith("-");
  const mantissa = text.slice(negative ? 1 : 0, e);
  const exponent = Number(text.slice(e + 1));
  const [whole = "", fraction = ""] = mantissa.split(".");
  const digits = whole + fraction;
  const point = whole.length + exponent;
  let out: string;
  if (point <= 0) out = `0.${"0".repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + "0".repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (negative ? "-" : "") + out;
}

/**
 * A deal value of a scalar kind, written for `lang`. TypeError for text, enum and clause
 * (formatted by the caller, which has the labels and the numbering) and for a value of the wrong
 * JS type; RangeError for a value of the right type that the kind does not allow.
 */
export function formatScalar(kind: ValueKind, value: unknown, lang: Lang): string {
  switch (kind) {
    case "plain":
      // Codes and phone numbers may come from YAML as numbers; they are still written as is.
      if (typeof value === "string") return value;
      if (typeof value === "number") return plainDigits(expectNumber(kind, value));
      throw new TypeError(`plain: expected a string, got ${describe(value)}`);
    case "integer": {
      const n = expectNumber(kind, value);
      if (!Number.isSafeInteger(n)) throw new RangeError(`integer: expected a whole number, got ${n}`);
      return String(n);
    }
    case "number":
      return plainDigits(expectNumber(kind, value));
    case "money":
      return formatMoney(expectNumber(kind, value), lang);
    case "percent":
      return formatPercent(expectNumber(kind, value), lang);
    case "minutes":
    case "hours":
    case "days":
    case "business-days":
    case "months":
    case "years":
      return formatDuration(expectNumber(kind, value), kind satisfies DurationUnit, lang);
    case "date":
      // A YAML timestamp parsed into a Date would carry a time zone: only the string is taken.
      if (typeof value !== "string") {
        throw new TypeError(`date: expected a YYYY-MM-DD string, got ${describe(value)}`);
      }
      return formatDate(value, lang);
    case "boolean":
      if (typeof value !== "boolean") throw new TypeError(`boolean: expected true or false, got ${describe(value)}`);
      return value ? (lang === "zh" ? "是" : "yes") : lang === "zh" ? "否" : "no";
    case "text":
    case "enum":
    case "clause":
      throw new TypeError(`formatScalar: ${kind} values are not scalars; format them with their labels`);
    default: {
      const unknownKind: never = kind;
      throw new TypeError(`formatScalar: unknown kind ${JSON.stringify(unknownKind)}`);
    }
  }
}
