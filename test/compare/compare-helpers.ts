import { readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { vi } from "vitest";
import YAML from "yaml";
import { collectDeals, compareDeals, type Comparison } from "../../src/compare/index.js";
import { loadPolicy } from "../../src/policy/policy.js";
import { prepareDeal } from "../../src/library/prepare-deal.js";
import { tempDir } from "../helpers.js";
import { merge, sampleData } from "../lint/lint-helpers.js";

export const ROOT = join(import.meta.dirname, "..", "..");
// As typed at the top of the repository (samples/vendors/…), wherever the tests run from.
const fromHere = (...parts: string[]): string => relative(process.cwd(), join(ROOT, ...parts));
export const VENDORS = ["chengdu-jincheng", "hangzhou-yunxiu", "shenzhen-haiwan"].map((n) => fromHere("samples", "vendors", `${n}.yaml`));
export const SAMPLE_POLICY = fromHere("samples", "policy.yaml");

/** Deal files in a fresh folder: the sample deal with each patch merged in (null empties a value). */
export function writeDeals(patches: ReadonlyArray<Record<string, unknown>>, names?: readonly string[]): string[] {
  const dir = tempDir();
  return patches.map((patch, i) => {
    const file = join(dir, `${names?.[i] ?? `offer-${String.fromCharCode(97 + i)}`}.yaml`);
    writeFileSync(file, YAML.stringify(merge(sampleData(), patch)));
    return file;
  });
}

/** A policy file in a fresh folder. */
export function writePolicy(yaml: string): string {
  const file = join(tempDir(), "policy.yaml");
  writeFileSync(file, withKind(yaml));
  return file;
}

/** Compare deal files as the command does, without the command. */
export function compareFiles(files: readonly string[], policyFile?: string): Comparison {
  const policy = policyFile ? loadPolicy(policyFile) : undefined;
  const collected = collectDeals(files, { ...(policy ? { template: policy.forTemplate } : {}), prepare: (f, dirs) => prepareDeal(f, undefined, dirs) });
  if (!collected.template) throw new Error("no template");
  return compareDeals(collected.inputs, collected.template, policy, collected.excluded);
}

export const supplier = (name: string): Record<string, unknown> => ({ party_b: { name: { zh: `${name}公司`, en: `${name} Ltd.` } } });

/** Run a function with stdout and stderr captured (runCompare writes to both). */
export async function captured<T>(fn: () => Promise<T>): Promise<{ result: T; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    stdout += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    return true;
  });
  const err = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    stderr += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    return true;
  });
  try {
    const result = await fn();
    return { result, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

export const readText = (file: string): string => readFileSync(file, "utf8");

/** Every policy says `kind: policy`; written last, so the lines the cases point at stay where they are written. */
export function withKind(yaml: string): string {
  return /^kind:/m.test(yaml) ? yaml : `${yaml.replace(/\n?$/, "\n")}kind: policy\n`;
}

export const MARKUP_POLICY = `template: customer-service
rules:
  - field: sla.response.minutes
    max: 30
    weight: 3
    message: { zh: 响应时间不得超过30分钟, en: Response time must be at most 30 minutes }
  - field: confidentiality.years_after_termination
    min: 3
    severity: warning
`;

/** Three offers: B the fastest, C breaking the response time, A with a name full of Markdown and CSV syntax. */
export function markupSample(): Comparison {
  const files = writeDeals([
    { party_b: { name: { zh: "甲|乙*公司*", en: 'A|B *Co*, "Ltd."' } }, sla: { response: { minutes: 20 } }, confidentiality: { years_after_termination: 2 } },
    { ...supplier("B"), sla: { response: { minutes: 10 } } },
    { ...supplier("C"), sla: { response: { minutes: 45 } }, confidentiality: { years_after_termination: null } },
  ]);
  return compareFiles(files, writePolicy(MARKUP_POLICY));
}
