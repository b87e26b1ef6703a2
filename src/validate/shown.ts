// How a message quotes a value from the deal: as the YAML wrote it where the deal keeps that, and
// never as JavaScript would print it (no `[object Object]`, `NaN`, `Infinity`, raw control characters).

import type { Bilingual } from "../core/bilingual.js";
import { printable } from "../load/printable.js";

export { printable } from "../load/printable.js";

const LONGEST = 60;

/** A number as YAML writes it: `.inf` and `.nan` for what is no finite number. */
export function yamlNumber(n: number): string {
  if (Number.isNaN(n)) return ".nan";
  if (n === Number.POSITIVE_INFINITY) return ".inf";
  if (n === Number.NEGATIVE_INFINITY) return "-.inf";
  return String(n);
}

/** A deal value quoted in a message, in each language: `"text"` cut at 60 characters, `1e15`, `a mapping` / `映射`. */
export function shownValue(value: unknown, source?: string): Bilingual<string> {
  const same = (s: string): Bilingual<string> => ({ en: s, zh: s });
  if (source !== undefined) return same(printable(source.length > LONGEST ? `${source.slice(0, LONGEST)}…` : source));
  if (typeof value === "number") return same(yamlNumber(value));
  if (typeof value === "string") {
    const cut = value.length > LONGEST ? `${value.slice(0, LONGEST)}…` : value;
    return same(`"${printable(cut.replace(/\\/g, "\\\\").replace(/"/g, '\\"'))}"`);
  }
  if (typeof value === "boolean" || value === null || value === undefined) return same(String(value ?? "null"));
  if (Array.isArray(value)) return { en: "a list", zh: "列表" };
  if (typeof value === "object") return { en: "a mapping", zh: "映射" };
  return same(printable(String(value)));
}
