import type { Lang } from "../../core/bilingual.js";
import type { Finding } from "../../core/finding.js";
import type { Rule } from "../rule.js";

/**
 * What a reporter reads of a rule: a lint rule, or a rule of another job (review) whose page is
 * `docs` rather than its docs/rules/ page.
 */
export type RuleMeta = Pick<Rule, "id" | "defaultSeverity" | "description"> & { messages?: Rule["messages"]; docs?: string };

/** The findings for one linted file (a finding may point into another file, e.g. a template). */
export interface LintResult {
  filePath: string;
  findings: Finding[];
}

export interface ReporterOptions {
  /** The language of messages (SARIF and JSON also carry both languages in extra keys). */
  lang: Lang;
  /** ANSI colours; only the stylish reporter uses them. */
  color: boolean;
  /** Every rule that could have run: SARIF lists them all in `tool.driver.rules`. */
  rules: readonly RuleMeta[];
  /** Relative paths in the output (SARIF URIs, GitHub annotations) are relative to this. */
  cwd: string;
  toolVersion: string;
  /**
   * Which job made the results: SARIF's `automationDetails` category, so that code scanning
   * keeps a review's results apart from a lint's (one upload would replace the other). Lint by default.
   */
  job?: "lint" | "review";
}

/** Turns the results of one lint run into the text to print. Pure: no I/O, no clock. */
export type Reporter = (results: LintResult[], options: ReporterOptions) => string;
