import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prepareDeal, type PreparedDeal } from "../src/library/prepare-deal.js";
import { loadTemplate } from "../src/template/template.js";
import { lintPrepared } from "../src/lint/engine.js";

export const MINI = join(import.meta.dirname, "fixtures", "mini");
export const MINI_DEAL = join(MINI, "deal.yaml");

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "clausewright-test-"));
}

/** Write a deal file into a fresh folder, prepare it against the mini template, and lint it. */
export function prepareMini(yaml: string): PreparedDeal {
  const file = join(tempDir(), "deal.yaml");
  writeFileSync(file, yaml);
  const prepared = prepareDeal(file, loadTemplate(MINI));
  return { ...prepared, findings: lintPrepared(prepared) };
}
