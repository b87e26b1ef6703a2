import type { Lang } from "../core/bilingual.js";
import { KIND_NAMES } from "../load/file-kind.js";
import { expandFiles } from "../library/expand-files.js";
import { lint, lintText, type LintRun } from "../library/lint.js";
import { formatResults, isResultFormat, RESULT_FORMATS } from "../library/results.js";
import { CliError, EXIT_FAILURE, EXIT_OK, EXIT_PROBLEMS } from "./common.js";
import { processIo, useColor, type Io } from "./io.js";
import { Progress } from "./progress.js";

export interface LintFlags {
  format: string;
  maxWarnings?: number;
  lang: Lang;
  config?: string;
  templates?: string[];
  policy?: string;
  /** Report errors only (warnings still count for --max-warnings), and draw no progress bar. */
  quiet?: boolean;
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
export async function runLint(patterns: string[], flags: LintFlags, io: Io = processIo()): Promise<number> {
  if (!isResultFormat(flags.format)) throw new CliError(`--format takes ${RESULT_FORMATS.join(", ")}, not \`${flags.format}\``);
  const options = {
    ...(flags.templates ? { templates: flags.templates } : {}),
    ...(flags.config ? { config: flags.config } : {}),
    ...(flags.policy ? { policy: flags.policy } : {}),
  };
  let run: LintRun;
  if (flags.stdin) run = lintText(flags.stdin.text, flags.stdin.file, options);
  else {
    const files = expandFiles(patterns);
    const progress = new Progress(files.length, flags.quiet === true, io.stderr);
    let failed = 0;
    try {
      run = await lint(files, {
        ...options,
        ...(flags.jobs !== undefined ? { jobs: flags.jobs } : {}),
        onProgress(p) {
          progress.tick(p.failed > failed);
          failed = p.failed;
        },
      });
    } finally {
      // an error that stops the lint is printed on a line of its own, not after the bar
      progress.finish();
    }
  }
  for (const u of run.unreadable) io.stderr.write(`clausewright: ${u.error}\n`);
  if (!flags.quiet) for (const s of run.skipped) io.stderr.write(`clausewright: skipped ${s.file}: it is a ${KIND_NAMES[s.kind].en} (kind: ${s.kind}), not a deal\n`);
  const shown = flags.quiet ? run.results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === "error") })) : run.results;
  const output = formatResults(shown, flags.format, { lang: flags.lang, color: useColor(io.stdout, io.env) });
  if (output) io.stdout.write(output.endsWith("\n") ? output : `${output}\n`);
  if (run.unreadable.length > 0) return EXIT_FAILURE;
  if (run.errorCount > 0) return EXIT_PROBLEMS;
  if (flags.maxWarnings !== undefined && run.warningCount > flags.maxWarnings) {
    io.stderr.write(`clausewright: ${run.warningCount} warnings, more than --max-warnings ${flags.maxWarnings}\n`);
    return EXIT_PROBLEMS;
  }
  return EXIT_OK;
}
