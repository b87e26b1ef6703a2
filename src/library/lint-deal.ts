import { resolve } from "node:path";
import { configFor } from "./config-lookup.js";
import { UnreadableInputError } from "../load/deal-file.js";
import type { LintConfig, RuleSetting } from "../lint/config.js";
import { lintPrepared } from "../lint/engine.js";
import type { Finding } from "../core/finding.js";
import type { FileKind } from "../load/file-kind.js";
import { prepareDeal, prepareDealText, type PreparedDeal } from "./prepare-deal.js";
import type { Layout } from "../core/layout.js";

/** One deal to lint: plain data, so it can be sent to a worker thread. */
export interface LintJob {
  file: string;
  /** The deal's text, when it is not read from `file` (lint --stdin); `file` then names it in the report. */
  text?: string;
  templates?: string[];
  /** A config given with --config; otherwise the nearest .clausewright.yaml of the deal. */
  config?: LintConfig;
  /** A policy file given with --policy: applied as the rule `policy` on top of the config. */
  policy?: string;
  /** The layout the agreement is built for (render's): its language clause follows it. */
  layout?: Layout;
}

/** One deal linted: its findings; or why it could not be read; or the other kind of file it is. */
export type LintOutcome =
  | { file: string; findings: Finding[] }
  | { file: string; error: string }
  | { file: string; skipped: Exclude<FileKind, "deal"> };

/**
 * Read, build and lint one deal: what `lint` reports and what `render` checks before it writes.
 * Problems in the deal are findings; a file that cannot be read is an error.
 */
export function prepareAndLint(job: LintJob): { prepared: PreparedDeal; findings: Finding[] } | { error: string } | { skipped: Exclude<FileKind, "deal"> } {
  try {
    const prepared =
      job.text === undefined
        ? prepareDeal(job.file, undefined, job.templates, job.layout)
        : prepareDealText(job.text, job.file, job.templates, job.layout);
    if (prepared.skipped) return { skipped: prepared.skipped };
    const config = job.config ?? configFor(job.file);
    const withPolicy = job.policy
      ? { ...config, rules: { ...config?.rules, policy: ["error", { file: resolve(job.policy) }] as RuleSetting } }
      : config;
    return { prepared, findings: lintPrepared(prepared, withPolicy) };
  } catch (err) {
    if (!(err instanceof UnreadableInputError)) throw err;
    return { error: err.message };
  }
}

export function lintDeal(job: LintJob): LintOutcome {
  const linted = prepareAndLint(job);
  if ("error" in linted) return { file: job.file, error: linted.error };
  if ("skipped" in linted) return { file: job.file, skipped: linted.skipped };
  return { file: job.file, findings: linted.findings };
}
