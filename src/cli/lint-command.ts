import type { Command } from "commander";
import { example, type Cli } from "./cli.js";
import type { Lang } from "../core/bilingual.js";
import { KIND_NAMES } from "../load/file-kind.js";
import { expandFiles } from "../library/expand-files.js";
import type { LintRun } from "../library/lint.js";
import { formatResults, isResultFormat, RESULT_FORMATS } from "../library/results.js";
import { CliError, EXIT_FAILURE, EXIT_OK, EXIT_PROBLEMS, localeLang, parseJobs, parseLang } from "./common.js";
import { decodeDealBytes } from "../load/read-text.js";
import { printable } from "../load/printable.js";
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
  const { lint, lintText } = await import("../library/lint.js");
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
  for (const u of run.unreadable) io.stderr.write(`clausewright: ${printable(u.error)}\n`);
  if (!flags.quiet) for (const s of run.skipped) io.stderr.write(`clausewright: skipped ${printable(s.file)}: it is a ${KIND_NAMES[s.kind].en} (kind: ${s.kind}), not a deal\n`);
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

/** The `lint` command's flags and help, and what it runs. */
export function registerLint(program: Command, cli: Cli): void {
  program
    .command("lint")
    .description("check deals with every rule; exit 1 on errors (or too many warnings)")
    .argument("[files...]", "deal files, folders or globs (quote globs: 'deals/**/*.yaml')")
    .option("--format <format>", "stylish | json | json-with-metadata | sarif | github", "stylish")
    .option("--max-warnings <n>", "exit 1 when there are more warnings than this")
    .option("--stdin", "lint the deal read from standard input (an editor's unsaved buffer)", false)
    .option("--stdin-filename <path>", "the file the text from --stdin stands for: its name in the report, its .clausewright.yaml")
    .option("--lang <lang>", "language of messages: zh or en (default: from the locale)")
    .option("--config <file>", "a config file instead of the nearest .clausewright.yaml")
    .option("--templates <dir...>", "folders of your own templates, looked up before the bundled ones")
    .option("--policy <file>", "a procurement policy (YAML) whose breaches are reported under the rule `policy`")
    .option("-j, --jobs <n>", "worker threads (default: one per core from 400 deals on, else 1)")
    .option("-q, --quiet", "report errors only, and draw no progress bar", false)
    .addHelpText("after", example("clausewright lint 'deals/**/*.yaml' --format sarif > lint.sarif"))
    .action(async (files: string[], opts: { format: string; maxWarnings?: string; lang?: string; config?: string; templates?: string[]; policy?: string; jobs?: string; quiet: boolean; stdin: boolean; stdinFilename?: string }) => {
      if (opts.stdin && files.length > 0) throw new CliError("give deal files or --stdin, not both");
      if (!opts.stdin && files.length === 0) throw new CliError("give the deals to lint (files, folders or quoted globs), or --stdin to read one from standard input");
      if (opts.stdinFilename !== undefined && !opts.stdin) throw new CliError("--stdin-filename names the text read with --stdin: add --stdin");
      const name = opts.stdinFilename ?? STDIN_NAME;
      // the same decoder as a file's: invalid UTF-8 or UTF-16 is refused, never read with U+FFFD
      const stdin = opts.stdin ? { text: decodeDealBytes(cli.io.readStdin(), name), file: name } : undefined;
      const max = opts.maxWarnings === undefined ? undefined : Number(opts.maxWarnings);
      if (max !== undefined && (!Number.isInteger(max) || max < 0)) throw new CliError(`--max-warnings takes a whole number, not \`${opts.maxWarnings}\``);
      const threads = parseJobs(opts.jobs);
      cli.setCode(await runLint(
        files,
        {
          ...(stdin ? { stdin } : {}),
          format: opts.format,
          quiet: opts.quiet,
          ...(threads !== undefined ? { jobs: threads } : {}),
          lang: parseLang(opts.lang) ?? localeLang(cli.io.env),
          ...(max !== undefined ? { maxWarnings: max } : {}),
          ...(opts.config ? { config: opts.config } : {}),
          ...(opts.templates ? { templates: opts.templates } : {}),
          ...(opts.policy ? { policy: opts.policy } : {}),
        },
        cli.io,
      ));
    });
}
