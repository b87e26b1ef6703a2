import type { Lang } from "../core/bilingual.js";
import { ToolError } from "../core/errors.js";
import { REPORTERS, type ReporterName } from "../lint/reporters/index.js";
import type { LintResult, RuleMeta } from "../lint/reporters/types.js";
import { RULES } from "../lint/rules/index.js";
import { toolVersion } from "../package/version.js";

export { toolVersion };

export const RESULT_FORMATS = Object.keys(REPORTERS) as ReporterName[];

export function isResultFormat(format: string): format is ReporterName {
  return Object.hasOwn(REPORTERS, format);
}

export interface FormatOptions {
  lang?: Lang;
  /** ANSI colours (stylish only). */
  color?: boolean;
  /** Relative paths in SARIF and GitHub annotations are relative to this (default: the working folder). */
  cwd?: string;
  /** The rules the run could have reported (SARIF lists them all): the lint rules unless given, as review gives its own. */
  rules?: readonly RuleMeta[];
  /** The job that made the results, for SARIF's category: lint unless given (review gives "review"). */
  job?: "lint" | "review";
}

/** Lint or check results as text in a format: stylish, json, sarif, github, …. */
export function formatResults(results: LintResult[], format: string, options: FormatOptions = {}): string {
  if (!isResultFormat(format)) throw new ToolError(`format takes ${RESULT_FORMATS.join(", ")}, not \`${format}\``);
  return REPORTERS[format](results, {
    lang: options.lang ?? "en",
    color: options.color === true && format === "stylish",
    rules: options.rules ?? RULES,
    cwd: options.cwd ?? process.cwd(),
    toolVersion: toolVersion(),
    ...(options.job ? { job: options.job } : {}),
  });
}
