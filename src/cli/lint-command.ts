import { readFileSync } from "node:fs";
import type { Lang } from "../agreement/types.js";
import { UnreadableInputError } from "../load/deal-file.js";
import type { LintConfig, RuleSetting } from "../lint/config.js";
import { lintPrepared } from "../lint/engine.js";
import { REPORTERS, type LintResult } from "../lint/reporters/index.js";
import { RULES } from "../lint/rules/index.js";
import { prepareDeal } from "../pipeline/prepare-deal.js";
import { packageRoot } from "../template/package-root.js";
import { CliError, EXIT_FAILURE, EXIT_OK, EXIT_PROBLEMS } from "./common.js";
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

export function toolVersion(): string {
  return (JSON.parse(readFileSync(resolve(packageRoot(), "package.json"), "utf8")) as { version: string }).version;
}

/** `clausewright lint <files or globs…>`: every rule over every deal, one report. */
export function runLint(patterns: string[], options: LintOptions): number {
  const reporter = (REPORTERS as Record<string, (typeof REPORTERS)[keyof typeof REPORTERS] | undefined>)[options.format];
  if (!reporter) throw new CliError(`--format takes ${Object.keys(REPORTERS).join(", ")}, not \`${options.format}\``);
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
  const output = reporter(results, {
    lang: options.lang,
    color: options.format === "stylish" && process.stdout.isTTY === true && !process.env.NO_COLOR,
    rules: RULES,
    cwd: process.cwd(),
    toolVersion: toolVersion(),
  });
  if (output) process.stdout.write(output.endsWith("\n") ? output : `${output}\n`);
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
