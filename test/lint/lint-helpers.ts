import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import YAML from "yaml";
import { lintPrepared } from "../../src/lint/engine.js";
import type { Finding } from "../../src/core/finding.js";
import type { Rule } from "../../src/lint/rule.js";
import { RULES } from "../../src/lint/rules/index.js";
import { prepareDeal } from "../../src/library/prepare-deal.js";
import { tempDir } from "../helpers.js";

export const SAMPLE = join(import.meta.dirname, "..", "..", "samples", "customer-service.yaml");

/** The sample deal's data: a complete, clean deal that each test changes a little. */
export function sampleData(): Record<string, unknown> {
  return YAML.parse(readFileSync(SAMPLE, "utf8")) as Record<string, unknown>;
}

/**
 * Merge a patch into a deal: mappings merge key by key, anything else replaces; `null` leaves
 * the value empty (which counts as not given).
 */
export function merge(base: unknown, patch: unknown): unknown {
  if (patch && typeof patch === "object" && !Array.isArray(patch) && base && typeof base === "object" && !Array.isArray(base)) {
    const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
    for (const [k, v] of Object.entries(patch as Record<string, unknown>)) out[k] = merge(out[k], v);
    return out;
  }
  return patch;
}

export interface Linted {
  file: string;
  text: string;
  findings: Finding[];
}

/** Write the deal as YAML (the sample with `patch` merged in, or a YAML text as is) and lint it. */
export function lintDeal(patch: Record<string, unknown> | string, rules: readonly Rule[] = RULES): Linted {
  const text = typeof patch === "string" ? patch : YAML.stringify(merge(sampleData(), patch));
  const file = join(tempDir(), "deal.yaml");
  writeFileSync(file, text);
  return { file, text, findings: lintPrepared(prepareDeal(file), undefined, rules) };
}

/** The 1-based line of the first line of `text` that contains `needle`, to check positions. */
export function lineOf(text: string, needle: string): number {
  const i = text.split("\n").findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`"${needle}" is not in the deal`);
  return i + 1;
}
