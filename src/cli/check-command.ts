import type { Lang } from "../core/bilingual.js";
import { check } from "../library/check.js";
import { formatResults, isResultFormat, RESULT_FORMATS } from "../library/results.js";
import { CliError, EXIT_OK, EXIT_PROBLEMS } from "./common.js";
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
  if (run.errorCount === 0 && flags.format === "stylish") io.stdout.write(`${n} template${n === 1 ? "" : "s"} checked: no problems\n`);
  return run.errorCount > 0 ? EXIT_PROBLEMS : EXIT_OK;
}
