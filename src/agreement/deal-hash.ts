// A fingerprint of the deal's values, recorded in the written agreement (the DOCX's document
// properties), so a file that comes back can be matched to the values that produced it.

import { createHash } from "node:crypto";

/**
 * The values as JSON with every object's keys in code-point order: the same values give the
 * same text however the YAML ordered them. Dates become their ISO form; values JSON cannot
 * hold (undefined, functions) are left out as JSON.stringify leaves them out.
 */
function canonical(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = canonical((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

/** "sha256:" and the hex SHA-256 of the values' canonical JSON. */
export function dealHash(data: Record<string, unknown>): string {
  return `sha256:${createHash("sha256").update(JSON.stringify(canonical(data))).digest("hex")}`;
}
