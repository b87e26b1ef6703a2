// Reading a deal's value by its dotted path, and writing it as the agreement writes it: shared
// by the policy checks (their messages) and by compare (its cells).

import type { Bilingual, Lang } from "../core/bilingual.js";
import { formatScalar, type ValueKind } from "../wording/index.js";
import type { SchemaNode } from "../template/schema.js";

export { valueAt } from "../load/value-at.js";

/** A value counts as given unless it is left out, null, or blank text (as `withoutEmpty`). */
export function isGiven(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.some(isGiven);
  if (typeof value === "object") return Object.values(value as Record<string, unknown>).some(isGiven);
  return true;
}

/** Kinds whose values are numbers that can be compared with `min` and `max`. */
export const NUMERIC_KINDS: ReadonlySet<ValueKind> = new Set<ValueKind>([
  "integer",
  "number",
  "money",
  "percent",
  "minutes",
  "hours",
  "days",
  "business-days",
  "months",
  "years",
]);

/** Whether a field holds a number: by its x-kind, or by its JSON type when it has none. */
export function isNumericField(node: SchemaNode): boolean {
  const kind = node["x-kind"];
  if (kind) return NUMERIC_KINDS.has(kind);
  const types = Array.isArray(node.type) ? node.type : node.type ? [node.type] : [];
  return types.length > 0 && types.every((t) => t === "number" || t === "integer");
}

/** A bilingual text value: an object with a zh and/or an en string and nothing else. */
export function isBilingualValue(value: unknown): value is Partial<Bilingual<string>> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => (k === "zh" || k === "en") && typeof (value as Record<string, unknown>)[k] === "string");
}

const GIVEN: Bilingual<string> = { zh: "已约定", en: "given" };

/**
 * A deal value written for `lang` as the agreement writes it: money, percentages and periods by
 * formatScalar (人民币…元整（¥…）, 99.5%, 15分钟 / 15 minutes), an enum by its label, a bilingual
 * text in that language (the other one when it is missing). A value of the wrong type for its
 * kind (which the schema rule reports) is shown as written.
 */
export function displayValue(node: SchemaNode | undefined, value: unknown, lang: Lang): string {
  if (isBilingualValue(value)) return value[lang] ?? value[lang === "zh" ? "en" : "zh"] ?? "";
  const kind = node?.["x-kind"];
  if (kind === "enum" && (typeof value === "string" || typeof value === "number")) {
    return node?.["x-enum-labels"]?.[String(value)]?.[lang] ?? String(value);
  }
  if (value !== null && typeof value === "object") return GIVEN[lang];
  if (kind && kind !== "text" && kind !== "enum" && kind !== "clause") {
    try {
      return formatScalar(kind, value, lang);
    } catch {
      // the schema rule says what is wrong with it; here it is shown as it is written
    }
  }
  if (typeof value === "boolean") return formatScalar("boolean", value, lang);
  return typeof value === "string" ? value : JSON.stringify(value);
}
