import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import YAML from "yaml";
import { lintPrepared } from "../../src/lint/engine.js";
import { expect } from "vitest";
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

export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * Where `value` stands on the first line that contains `line` (on or after the line that
 * contains `after`, when `line` is [after, line]): the range a finding about it spans, 1-based
 * with the end exclusive. `value` defaults to the whole of `line`.
 */
export function spanOf(text: string, line: string | [string, string], value?: string): Span {
  const [after, needle] = typeof line === "string" ? [undefined, line] : line;
  const lines = text.split("\n");
  const from = after === undefined ? 0 : lineOf(text, after) - 1;
  const i = lines.findIndex((l, n) => n >= from && l.includes(needle));
  const column = i < 0 ? -1 : (lines[i] ?? "").indexOf(value ?? needle);
  if (column < 0) throw new Error(`"${value ?? needle}" is not on a line of the deal with "${needle}"`);
  return { line: i + 1, column: column + 1, endLine: i + 1, endColumn: column + 1 + (value ?? needle).length };
}

/**
 * The values a rule worked out (a suggested date, a total, a repaired code) appear in the
 * finding's message in both languages: what it computed is checked, not how it is worded.
 */
export function expectValues(finding: Finding | undefined, values: readonly string[]): void {
  for (const value of values) {
    expect(finding?.message.en).toContain(value);
    expect(finding?.message.zh).toContain(value);
  }
}
