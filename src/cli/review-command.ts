import { resolve } from "node:path";
import type { Command } from "commander";
import { example, type Cli } from "./cli.js";
import type { Lang } from "../core/bilingual.js";
import { writeFileAtomic } from "../library/atomic-write.js";
import { formatReview, REVIEW_REPORT_FORMATS } from "../library/results.js";
import { CliError, EXIT_OK, EXIT_PROBLEMS, localeLang, parseLang } from "./common.js";
import { processIo, useColor, type Io } from "./io.js";

/** The formats review writes: its text reports (lint's that make sense over a DOCX, and md), and the redline. */
export const REVIEW_FORMATS: readonly string[] = [...REVIEW_REPORT_FORMATS, "docx"];

export interface ReviewFlags {
  deal?: string;
  format: string;
  /** Write the report here (whole, or not at all) instead of standard output. */
  out?: string;
  lang: Lang;
  config?: string;
  templates?: string[];
  /** Write the deal with the values read back here (a new file: never the --deal itself). */
  writeDeal?: string;
  /** The redline's author and date (--format docx): from the options, else the environment. */
  author?: string;
  date?: string;
}

/** The deal the returned file is measured by is never overwritten: accepting the changes is the user's step. */
function checkWriteDeal(file: string, flags: ReviewFlags): void {
  if (flags.writeDeal === undefined) return;
  const target = resolve(flags.writeDeal);
  if (flags.deal !== undefined && target === resolve(flags.deal)) {
    throw new CliError(`--write-deal ${flags.writeDeal} is the deal the returned file is compared with: give a new file, and replace the deal with it once you accept the changes`);
  }
  if (target === resolve(file)) throw new CliError(`--write-deal ${flags.writeDeal} is the returned file itself: give a new .yaml file`);
}

function writeDeal(to: string, text: string): void {
  try {
    writeFileAtomic(to, text);
  } catch (err) {
    throw new CliError(`cannot write ${to} (${err instanceof Error ? err.message : String(err)}): give --write-deal a file in a folder that can be written to`);
  }
}

/**
 * `clausewright review <returned.docx> --deal deal.yaml`: every deviation of the returned file
 * from the agreement rendered from the deal, with lint's reporters and exit codes.
 */
export async function runReview(file: string, flags: ReviewFlags, io: Io = processIo()): Promise<number> {
  if (!REVIEW_FORMATS.includes(flags.format)) throw new CliError(`--format takes ${REVIEW_FORMATS.join(", ")}, not \`${flags.format}\``);
  checkWriteDeal(file, flags);
  if (flags.format === "docx") return (await import("./review-redline.js")).runRedline(file, flags, io);
  const { review } = await import("../library/review.js");
  const run = await review(file, {
    ...(flags.deal !== undefined ? { deal: flags.deal } : {}),
    ...(flags.config ? { config: flags.config } : {}),
    ...(flags.templates ? { templates: flags.templates } : {}),
  });
  const output = await formatReview(run, flags.format, {
    file,
    ...(flags.deal !== undefined ? { deal: flags.deal } : {}),
    lang: flags.lang,
    color: flags.out === undefined && useColor(io.stdout, io.env),
  });
  const text = output === "" || output.endsWith("\n") ? output : `${output}\n`;
  if (flags.out !== undefined) {
    try {
      writeFileAtomic(flags.out, text);
    } catch (err) {
      throw new CliError(`cannot write ${flags.out} (${err instanceof Error ? err.message : String(err)}): give -o a file in a folder that can be written to`);
    }
  } else if (text !== "") io.stdout.write(text);
  if (flags.writeDeal !== undefined) {
    if (run.deal) writeDeal(flags.writeDeal, run.deal.text);
    else {
      io.stderr.write(
        flags.lang === "zh"
          ? `clausewright: 未写入 ${flags.writeDeal}：交易文件本身有错误（见上），未读回任何取值\n`
          : `clausewright: ${flags.writeDeal} not written: the deal has errors of its own (above), so nothing was read back\n`,
      );
    }
  }
  return run.errorCount > 0 ? EXIT_PROBLEMS : EXIT_OK;
}

/** The `review` command's flags and help, and what it runs. */
export function registerReview(program: Command, cli: Cli): void {
  program
    .command("review")
    .description("read a returned agreement (DOCX) back against its deal: every value, clause and language that changed; exit 1 on errors")
    .argument("<returned.docx>", "the agreement as it came back from the other side")
    .option("--deal <file>", "the deal the agreement was rendered from")
    .option("--format <format>", REVIEW_FORMATS.join(" | "), "stylish")
    .option("-o, --out <file>", "write the report to a file instead of standard output")
    .option("--lang <lang>", "language of messages: zh or en (default: from the locale)")
    .option("--config <file>", "a config file instead of the deal's nearest .clausewright.yaml")
    .option("--templates <dir...>", "folders of your own templates, looked up before the bundled ones")
    .option("--write-deal <file>", "write the deal with the values read back from the returned file (a new file, not --deal)")
    .option("--author <name>", "--format docx: who the tracked changes and comments are by (default: $CLAUSEWRIGHT_AUTHOR, else clausewright)")
    .option("--date <time>", "--format docx: their date, ISO 8601 (default: $SOURCE_DATE_EPOCH, else none)")
    .addHelpText("after", example("clausewright review returned/customer-service.docx --deal samples/customer-service.yaml"))
    .action(async (file: string, opts: { deal?: string; format: string; out?: string; lang?: string; config?: string; templates?: string[]; writeDeal?: string; author?: string; date?: string }) => {
      cli.setCode(await runReview(
        file,
        {
          format: opts.format,
          lang: parseLang(opts.lang) ?? localeLang(cli.io.env),
          ...(opts.deal !== undefined ? { deal: opts.deal } : {}),
          ...(opts.out !== undefined ? { out: opts.out } : {}),
          ...(opts.config ? { config: opts.config } : {}),
          ...(opts.templates ? { templates: opts.templates } : {}),
          ...(opts.writeDeal !== undefined ? { writeDeal: opts.writeDeal } : {}),
          ...(opts.author !== undefined ? { author: opts.author } : {}),
          ...(opts.date !== undefined ? { date: opts.date } : {}),
        },
        cli.io,
      ));
    });
}
