import type { Lang } from "../agreement/types.js";
import { UnreadableInputError } from "../load/deal-file.js";
import type { LintConfig, RuleSetting } from "../lint/config.js";
import { lintPrepared } from "../lint/engine.js";
import type { LintResult } from "../lint/reporters/index.js";
import { prepareDeal } from "../pipeline/prepare-deal.js";
import { EXIT_FAILURE, EXIT_OK, EXIT_PROBLEMS } from "./common.js";
import { printResults, reporterFor } from "./print-results.js";
import { configFor } from "./config-for.js";
import { expandFiles } from "./expand-files.js";
import { resolve } from "node:path";

export interface LintOptions {
  format: string;
  maxWarnings?: number;
  lang: Lang;
  config?: LintConfig;
  templates?: string[];
  /** A policy file given with --policy: applied as the rule `policy` on top of each deal's config. */
  policy?: string;
}

/** `clausewright lint <files or globs…>`: every rule over every deal, one report. */
export function runLint(patterns: string[], options: LintOptions): number {
  reporterFor(options.format);
  const files = expandFiles(patterns);
  const results: LintResult[] = [];
  let failed = false;
  for (const file of files) {
    try {
      const prepared = prepareDeal(file, undefined, options.templates);
      const config = options.config ?? configFor(file);
      const withPolicy = options.policy ? { ...config, rules: { ...config?.rules, policy: ["error", { file: resolve(options.policy) }] as RuleSetting } } : config;
      results.push({ filePath: resolve(file), findings: lintPrepared(prepared, withPolicy) });
    } catch (err) {
      if (!(err instanceof UnreadableInputError)) throw err;
      process.stderr.write(`clausewright: ${err.message}\n`);
      failed = true;
    }
  }
  printResults(results, options.format, options.lang);
  if (failed) return EXIT_FAILURE;
  const all = results.flatMap((r) => r.findings);
  const errors = all.filter((f) => f.severity === "error").length;
  const warnings = all.length - errors;
  if (errors > 0) return EXIT_PROBLEMS;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    process.stderr.write(`clausewright: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
    return EXIT_PROBLEMS;
  }
  return EXIT_OK;
}
