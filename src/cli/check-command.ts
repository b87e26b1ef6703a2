import type { Command } from "commander";
import { example, type Cli } from "./cli.js";
import type { Lang } from "../core/bilingual.js";
import { check } from "../library/check.js";
import { formatResults, isResultFormat, RESULT_FORMATS } from "../library/results.js";
import { CliError, EXIT_OK, EXIT_PROBLEMS, localeLang, parseLang } from "./common.js";
import { processIo, useColor, type Io } from "./io.js";

export interface CheckFlags {
  format: string;
  lang: Lang;
  samples?: string[];
  templates?: string[];
}

/** `clausewright check [templates…]`: keep a repository of templates complete, for CI. */
export function runCheck(targets: string[], flags: CheckFlags, io: Io = processIo()): number {
  if (!isResultFormat(flags.format)) throw new CliError(`--format takes ${RESULT_FORMATS.join(", ")}, not \`${flags.format}\``);
  const run = check(targets, {
    ...(flags.samples ? { samples: flags.samples } : {}),
    ...(flags.templates ? { templates: flags.templates } : {}),
  });
  const output = formatResults(run.results, flags.format, { lang: flags.lang, color: useColor(io.stdout, io.env) });
  if (output) io.stdout.write(output.endsWith("\n") ? output : `${output}\n`);
  const n = run.checked.length;
  const warnings = run.results.flatMap((r) => r.findings).length - run.errorCount;
  const found = warnings === 0 ? "no problems" : `no errors, ${warnings} warning${warnings === 1 ? "" : "s"}`;
  if (run.errorCount === 0 && flags.format === "stylish") io.stdout.write(`${n} template${n === 1 ? "" : "s"} checked: ${found}\n`);
  return run.errorCount > 0 ? EXIT_PROBLEMS : EXIT_OK;
}

/** The `check` command's flags and help, and what it runs. */
export function registerCheck(program: Command, cli: Cli): void {
  program
    .command("check")
    .description("check templates for CI: fields, translations, references, and their samples")
    .argument("[templates...]", "template ids or folders (default: every bundled template)")
    .option("--format <format>", "stylish | json | json-with-metadata | sarif | github", "stylish")
    .option("--lang <lang>", "language of messages: zh or en (default: from the locale)")
    .option("--samples <dir...>", "folders of deals to lint with each template (default: the bundled samples)")
    .option("--templates <dir...>", "folders of your own templates, looked up before the bundled ones")
    .addHelpText("after", example("clausewright check customer-service --format github"))
    .action(async (targets: string[], opts: { format: string; lang?: string; samples?: string[]; templates?: string[] }) => {
      cli.setCode(runCheck(
        targets,
        {
          format: opts.format,
          lang: parseLang(opts.lang) ?? localeLang(cli.io.env),
          ...(opts.samples ? { samples: opts.samples } : {}),
          ...(opts.templates ? { templates: opts.templates } : {}),
        },
        cli.io,
      ));
    });
}
