import { resolve } from "node:path";
import type { Lang } from "../core/bilingual.js";
import type { LintConfig } from "../lint/config.js";
import type { LintResult } from "../lint/reporters/index.js";
import { threadsFor } from "../library/batch/threads.js";
import { lintDeal, type LintJob, type LintOutcome } from "../library/lint-deal.js";
import { EXIT_FAILURE, EXIT_OK, EXIT_PROBLEMS } from "./common.js";
import { printResults, reporterFor } from "./print-results.js";
import { expandFiles } from "../library/expand-files.js";
import { Progress } from "./progress.js";

/**
 * Below this many deals `lint` works in its own thread: starting worker threads, each warming
 * its own JIT, costs more than it saves. Measured on 2 cores (best of 3 whole processes, one
 * thread against two): 200 deals 0.71 s against 0.79 s, 400 deals 1.07 s against 1.10 s, 1,000
 * deals 2.19 s against 1.84 s.
 */
export const LINT_BATCH_MIN = 400;

export interface LintOptions {
  format: string;
  maxWarnings?: number;
  lang: Lang;
  config?: LintConfig;
  templates?: string[];
  /** A policy file given with --policy: applied as the rule `policy` on top of each deal's config. */
  policy?: string;
  /** Report errors only (warnings still count for --max-warnings), and draw no progress bar. */
  quiet?: boolean;
  /** Worker threads (default: one per core from LINT_BATCH_MIN deals on; 1 lints in this process). */
  jobs?: number;
  /** One deal's text from standard input (an editor's unsaved buffer), and the file it stands for. */
  stdin?: { text: string; file: string };
}

/** The name a deal from standard input goes by when no --stdin-filename is given. */
export const STDIN_NAME = "<stdin>";

/**
 * `clausewright lint <files or globs…>`: every rule over every deal, one report in the order
 * the files were given, however many threads did the work.
 */
export async function runLint(patterns: string[], options: LintOptions): Promise<number> {
  reporterFor(options.format);
  const files = options.stdin ? [options.stdin.file] : expandFiles(patterns);
  const job = (file: string): LintJob => ({
    file,
    ...(options.stdin ? { text: options.stdin.text } : {}),
    ...(options.templates ? { templates: options.templates } : {}),
    ...(options.config ? { config: options.config } : {}),
    ...(options.policy ? { policy: options.policy } : {}),
  });
  // a finding list per deal is kept (the report needs them all); the deals themselves are not
  const outcomes: LintOutcome[] = [];
  const progress = new Progress(files.length, options.quiet === true);
  const record = (outcome: LintOutcome): void => {
    outcomes.push(outcome);
    progress.tick("error" in outcome || outcome.findings.some((f) => f.severity === "error"));
  };

  const threads = threadsFor(files.length, options.jobs, LINT_BATCH_MIN);
  try {
    if (threads <= 1) files.forEach((file) => record(lintDeal(job(file))));
    else {
      const [{ runOnWorkers }, { workerUrl }] = await Promise.all([import("../library/batch/pool.js"), import("../library/batch/worker-url.js")]);
      // results come back in the order of the files, so the report does not depend on the threads
      await runOnWorkers<LintJob, LintOutcome>(workerUrl("lint-worker"), files.map(job), record, threads);
    }
  } finally {
    // an error that stops the lint is printed on a line of its own, not after the bar
    progress.finish();
  }

  const results: LintResult[] = [];
  let failed = false;
  for (const outcome of outcomes) {
    if ("error" in outcome) {
      process.stderr.write(`clausewright: ${outcome.error}\n`);
      failed = true;
    } else results.push({ filePath: outcome.file === STDIN_NAME ? STDIN_NAME : resolve(outcome.file), findings: outcome.findings });
  }
  const shown = options.quiet ? results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === "error") })) : results;
  printResults(shown, options.format, options.lang);
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
