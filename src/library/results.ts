import type { Lang } from "../core/bilingual.js";
import { ToolError } from "../core/errors.js";
import { REPORTERS, type ReporterName } from "../lint/reporters/index.js";
import type { LintResult, RuleMeta } from "../lint/reporters/types.js";
import { RULES } from "../lint/rules/index.js";
import { toolVersion } from "../package/version.js";
import type { ReviewRun } from "./review.js";

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

/** What a review report is written from: the run, the files as the user named them, the options of every format. */
export interface ReviewFormatOptions extends Omit<FormatOptions, "rules" | "job"> {
  /** The returned file and the deal, as the user named them (the Markdown report's header). */
  file: string;
  deal?: string;
}

type ReviewReporter = (run: ReviewRun, options: ReviewFormatOptions) => Promise<string>;

/** Lint's reporter over the review's findings, listing the review rules and the lint rules (the deal is linted with the values read back). */
const lintReporter =
  (format: ReporterName): ReviewReporter =>
  async (run, options) => {
    const { REVIEW_RULES } = await import("../review/rules.js");
    return formatResults(run.results, format, { ...options, rules: [...REVIEW_RULES, ...RULES], job: "review" });
  };

/**
 * The text reports review writes, by format: lint's reporters that make sense over a DOCX, and
 * the Markdown report, review's own (it shows the deviations: old and new values, the words
 * changed), which lint's --format does not offer. The redline (docx) is no text report: the CLI
 * writes it apart.
 */
const REVIEW_REPORTERS: Record<"stylish" | "json" | "sarif" | "md", ReviewReporter> = {
  stylish: lintReporter("stylish"),
  json: lintReporter("json"),
  sarif: lintReporter("sarif"),
  md: async (run, options) => {
    // loaded only when asked for: lint and the other formats do not pay for it
    const { reviewMarkdown } = await import("../review/markdown-report.js");
    return reviewMarkdown({
      file: options.file,
      ...(options.deal !== undefined ? { deal: options.deal } : {}),
      findings: run.findings,
      deviations: run.deviations,
      ...(run.provenance ? { provenance: run.provenance } : {}),
      ...(run.layout ? { layout: run.layout } : {}),
      ...(run.agreement ? { agreement: run.agreement } : {}),
      lang: options.lang ?? "en",
    });
  },
};

export type ReviewReportFormat = keyof typeof REVIEW_REPORTERS;
export const REVIEW_REPORT_FORMATS = Object.keys(REVIEW_REPORTERS) as ReviewReportFormat[];

export function isReviewReportFormat(format: string): format is ReviewReportFormat {
  return Object.hasOwn(REVIEW_REPORTERS, format);
}

/** A review run as text in one of review's report formats. */
export async function formatReview(run: ReviewRun, format: string, options: ReviewFormatOptions): Promise<string> {
  if (!isReviewReportFormat(format)) throw new ToolError(`format takes ${REVIEW_REPORT_FORMATS.join(", ")}, not \`${format}\``);
  return REVIEW_REPORTERS[format](run, options);
}
