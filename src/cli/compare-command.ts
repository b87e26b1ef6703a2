import type { Command } from "commander";
import { example, type Cli } from "./cli.js";
import type { Lang } from "../core/bilingual.js";
import { sortFindings } from "../core/finding.js";
import { writeFileAtomic } from "../library/atomic-write.js";
import { CliError, EXIT_OK, EXIT_PROBLEMS, localeLang, parseLang } from "./common.js";
import { printable } from "../load/printable.js";
import { processIo, type Io } from "./io.js";

export interface CompareFlags {
  policy?: string;
  format: string;
  /** Write here (whole, or not at all) instead of stdout; required for xlsx. */
  out?: string;
  lang: Lang;
  templates?: string[];
  /** The deal returned agreements (.docx) among the offers were rendered from. */
  deal?: string;
}

/**
 * `clausewright compare <deals…>`: the offers side by side. Deals that cannot be compared are
 * reported on stderr as file:line:column and left out; the rest is still written, exit code 1.
 */
export async function runCompare(files: string[], flags: CompareFlags, io: Io = processIo()): Promise<number> {
  const [{ compare }, { COMPARE_FORMATS, isCompareFormat }] = await Promise.all([import("../library/compare.js"), import("../compare/index.js")]);
  const format = flags.format;
  if (!isCompareFormat(format)) throw new CliError(`--format takes ${COMPARE_FORMATS.join(", ")}, not \`${format}\``);
  if (format === "xlsx" && !flags.out) throw new CliError("--format xlsx writes a workbook: give the file with -o <file.xlsx>");
  const run = await compare(files, {
    format,
    lang: flags.lang,
    ...(flags.policy ? { policy: flags.policy } : {}),
    ...(flags.templates ? { templates: flags.templates } : {}),
    ...(flags.deal !== undefined ? { deal: flags.deal } : {}),
  });
  const lang = flags.lang;
  for (const file of run.skipped) io.stderr.write(lang === "zh" ? `clausewright: 已跳过 ${printable(file)}：它不是交易文件\n` : `clausewright: skipped ${printable(file)}: it is not a deal\n`);
  for (const ex of run.excluded) {
    for (const f of sortFindings(ex.findings)) io.stderr.write(`${printable(f.file)}:${f.line}:${f.column}: ${f.severity}: ${printable(f.message[lang])} (${f.ruleId})\n`);
    io.stderr.write(
      lang === "zh"
        ? `clausewright: ${printable(ex.file)} 未纳入比较（${ex.findings.length} 个错误）\n`
        : `clausewright: ${printable(ex.file)} is left out of the comparison (${ex.findings.length} error${ex.findings.length === 1 ? "" : "s"})\n`,
    );
  }
  if (run.output === undefined) {
    io.stderr.write(lang === "zh" ? "clausewright: 没有可比较的交易文件\n" : "clausewright: no deal could be compared\n");
    return EXIT_PROBLEMS;
  }
  if (flags.out) writeFileAtomic(flags.out, run.output);
  else io.stdout.write(typeof run.output === "string" ? run.output : Buffer.from(run.output).toString("utf8"));
  return run.excluded.length > 0 ? EXIT_PROBLEMS : EXIT_OK;
}

/** The `compare` command's flags and help, and what it runs. */
export function registerCompare(program: Command, cli: Cli): void {
  program
    .command("compare")
    .description("compare vendors' offers side by side, optionally against a procurement policy")
    .argument("<deals...>", "two or more deal files, folders or globs, or returned agreements (.docx, with --deal)")
    .option("--deal <file>", "the deal the returned agreements (.docx) among the offers were rendered from")
    .option("--policy <file>", "a procurement policy (YAML): flag breaches, score and rank the vendors")
    .option("--format <format>", "md | csv | json | xlsx", "md")
    .option("-o, --out <file>", "write to a file instead of standard output (required for xlsx)")
    .option("--lang <lang>", "language of the table: zh or en (default: from the locale)")
    .option("--templates <dir...>", "folders of your own templates, looked up before the bundled ones")
    .addHelpText("after", example("clausewright compare samples/vendors/ --policy samples/policy.yaml --format xlsx -o offers.xlsx"))
    .action(async (deals: string[], opts: { policy?: string; format: string; out?: string; lang?: string; templates?: string[]; deal?: string }) => {
      cli.setCode(await runCompare(
        deals,
        {
          format: opts.format,
          lang: parseLang(opts.lang) ?? localeLang(cli.io.env),
          ...(opts.policy ? { policy: opts.policy } : {}),
          ...(opts.out ? { out: opts.out } : {}),
          ...(opts.templates ? { templates: opts.templates } : {}),
          ...(opts.deal !== undefined ? { deal: opts.deal } : {}),
        },
        cli.io,
      ));
    });
}
