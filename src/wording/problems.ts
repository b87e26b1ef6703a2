// What makes a value one that the agreement cannot state exactly. The validate stage asks this of
// every value before anything is formatted, and formatScalar refuses the same values: a formatter
// never rounds, clips or prints a value the deal did not give.

import type { ValueKind } from "./index.js";
import { decimalPlaces } from "./digits.js";
import { MAX_AMOUNT } from "./money.js";
import { parseDate } from "./dates.js";
import { MAX_ENGLISH_NUMBER } from "./numerals.js";

/** Why a value cannot be written as its kind; plain data, worded by the caller in both languages. */
export type ScalarProblem =
  | { problem: "type"; expected: "number" | "text" | "date" | "boolean" }
  | { problem: "not-finite" }
  | { problem: "negative" }
  | { problem: "not-whole" }
  | { problem: "too-large"; max: number }
  | { problem: "decimals"; max: number; given: number }
  | { problem: "date" };

/** The largest count (people, minutes, days, originals) an agreement states: what English words go up to. */
export const MAX_COUNT = MAX_ENGLISH_NUMBER;
/** The largest percentage or plain number: with its decimals, it stays within the 15 digits a double keeps exactly. */
export const MAX_RATE = 999_999_999;

/** Decimals each kind of number is printed with, at most: fen for money, four for rates as formatPercent prints. */
export const DECIMALS: Partial<Record<ValueKind, number>> = { money: 2, percent: 4, number: 6 };

const COUNT_KINDS = new Set<ValueKind>(["integer", "minutes", "hours", "days", "business-days", "months", "years"]);

function numberProblem(kind: ValueKind, n: number): ScalarProblem | undefined {
  if (!Number.isFinite(n)) return { problem: "not-finite" };
  if (COUNT_KINDS.has(kind)) {
    if (Math.abs(n) > MAX_COUNT) return { problem: "too-large", max: MAX_COUNT };
    if (!Number.isInteger(n)) return { problem: "not-whole" };
    if (n < 0 && kind !== "integer") return { problem: "negative" };
    return undefined;
  }
  if (kind === "money" && n < 0) return { problem: "negative" };
  const max = kind === "money" ? MAX_AMOUNT : kind === "plain" ? Number.MAX_SAFE_INTEGER : MAX_RATE;
  if (Math.abs(n) > max) return { problem: "too-large", max };
  if (kind === "plain") return undefined;
  const decimals = DECIMALS[kind];
  const given = decimalPlaces(n);
  if (decimals !== undefined && given > decimals) return { problem: "decimals", max: decimals, given };
  return undefined;
}

/**
 * Why `value` cannot be written as `kind`, or undefined when it can. Text, enum and clause values
 * are checked by the schema and the template; here only the kinds formatScalar writes.
 */
export function scalarProblem(kind: ValueKind, value: unknown): ScalarProblem | undefined {
  switch (kind) {
    case "text":
    case "enum":
    case "clause":
      return undefined;
    case "plain":
      if (typeof value === "string") return undefined;
      return typeof value === "number" ? numberProblem(kind, value) : { problem: "type", expected: "text" };
    case "date":
      if (typeof value !== "string") return { problem: "type", expected: "date" };
      try {
        parseDate(value);
        return undefined;
      } catch {
        return { problem: "date" };
      }
    case "boolean":
      return typeof value === "boolean" ? undefined : { problem: "type", expected: "boolean" };
    default:
      return typeof value === "number" ? numberProblem(kind, value) : { problem: "type", expected: "number" };
  }
}
