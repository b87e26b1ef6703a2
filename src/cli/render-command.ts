import type { Command } from "commander";
import { example, type Cli } from "./cli.js";
import { relative, resolve } from "node:path";
import type { Lang } from "../core/bilingual.js";
import { formatStylish } from "../lint/reporters/stylish.js";
import { KIND_NAMES } from "../load/file-kind.js";
import { expandFiles } from "../library/expand-files.js";
import { RENDER_FORMATS, type RenderOutcome } from "../library/render-deal.js";
import { LAYOUTS } from "../write/layout.js";
import { CliError, EXIT_FAILURE, EXIT_OK, EXIT_PROBLEMS, parseJobs, parseLang } from "./common.js";
import { printable } from "../load/printable.js";
import { processIo, useColor, type Io } from "./io.js";
import { Progress } from "./progress.js";

export interface RenderFlags {
  out: string;
  format: string;
  layout: string;
  toc?: boolean;
  draft: boolean;
  lang?: Lang;
  templates?: string[];
  config?: string;
  quiet?: boolean;
  jobs?: number;
}

/** A path as the terminal shows it: relative when below the working folder, ESC and newlines escaped. */
const shown = (target: string): string => {
  const rel = relative(process.cwd(), target);
  return printable(rel && !rel.startsWith("..") ? rel : resolve(target));
};

/**
 * `clausewright render <deals…>`: write each deal's agreement; refuse a deal with errors unless
 * --draft. Ctrl-C or SIGTERM stops the batch: what is written stays whole.
 */
export async function runRender(patterns: string[], flags: RenderFlags, io: Io = processIo()): Promise<number> {
  const { render, renderSettings } = await import("../library/render.js");
  const formats = flags.format.split(",").map((s) => s.trim()).filter(Boolean);
  for (const f of formats) {
    if (!(RENDER_FORMATS as readonly string[]).includes(f)) throw new CliError(`--format takes ${RENDER_FORMATS.join(", ")} (comma-separated), not \`${f}\``);
  }
  if (formats.length === 0) throw new CliError("--format needs at least one format");
  if (!(LAYOUTS as readonly string[]).includes(flags.layout)) throw new CliError(`--layout takes ${LAYOUTS.join(", ")}, not \`${flags.layout}\``);
  const settings = renderSettings(formats, flags.layout);
  const files = expandFiles(patterns);
  const lang = flags.lang ?? "both";
  const progress = new Progress(files.length, flags.quiet === true, io.stderr);
  const report = (o: RenderOutcome): void => {
    const say = (text: string): void => progress.say(text);
    if (o.findings.length > 0 && (o.status === "refused" || !flags.quiet)) say(formatStylish(o.findings, { lang, color: useColor(io.stderr, io.env) }));
    if (o.status === "unreadable" || o.status === "unwritable") say(`clausewright: ${printable(o.error ?? "")}`);
    else if (o.status === "refused") say(`clausewright: ${printable(o.file)}: not rendered: fix the errors above, or render with --draft to see the gaps as placeholders.`);
    else if (o.status === "skipped") {
      if (!flags.quiet) say(`clausewright: skipped ${printable(o.file)}: it is a ${KIND_NAMES[o.kind ?? "policy"].en} (kind: ${o.kind}), not a deal`);
    } else if (!flags.quiet && !(io.stderr.isTTY && files.length > 1)) {
      const draftNote = o.findings.some((f) => f.severity === "error") ? " (draft: placeholders mark what is missing)" : "";
      io.stdout.write(`${printable(o.file)} → ${o.written.map(shown).join(", ")}${draftNote}\n`);
    }
    progress.tick(o.status !== "written" && o.status !== "skipped");
  };

  const controller = new AbortController();
  let stoppedBy: NodeJS.Signals | undefined;
  const stop = (signal: NodeJS.Signals): void => {
    stoppedBy = signal;
    controller.abort(new Error(`stopped by ${signal}`));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  const started = process.hrtime.bigint();
  let run;
  try {
    run = await render(files, {
      out: flags.out,
      ...settings,
      draft: flags.draft,
      ...(flags.toc ? { toc: true } : {}),
      ...(flags.templates ? { templates: flags.templates } : {}),
      ...(flags.config ? { config: flags.config } : {}),
      ...(flags.jobs !== undefined ? { jobs: flags.jobs } : {}),
      signal: controller.signal,
      onOutcome: report,
    });
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
    // an error that stops the batch is printed on a line of its own, not after the bar
    progress.finish();
  }
  const { counts, total } = run;
  if (run.aborted) {
    io.stderr.write(`clausewright: stopped (${stoppedBy}) after ${counts.written} of ${total} deals; the agreements written are whole\n`);
    return stoppedBy === "SIGINT" ? 130 : 143;
  }
  const failed = counts.refused + counts.unreadable + counts.unwritable;
  if (total > 1 && !flags.quiet) {
    const deals = total - counts.skipped;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const skipped = counts.skipped ? `; skipped ${counts.skipped} file${counts.skipped === 1 ? "" : "s"} that ${counts.skipped === 1 ? "is" : "are"} no deal` : "";
    io.stderr.write(`rendered ${counts.written} of ${deals} deals into ${shown(flags.out)}${failed ? ` (${failed} failed)` : ""}${skipped} in ${seconds.toFixed(1)} s\n`);
  }
  if (counts.unreadable + counts.unwritable > 0) return EXIT_FAILURE;
  return counts.refused > 0 ? EXIT_PROBLEMS : EXIT_OK;
}

/** The `render` command's flags and help, and what it runs. */
export function registerRender(program: Command, cli: Cli): void {
  program
    .command("render")
    .description("render deals into agreements (Markdown, DOCX)")
    .argument("<deals...>", "deal files, folders or quoted globs ('deals/**/*.yaml')")
    .option("-o, --out <dir>", "output folder", "out")
    .option("--format <formats>", "md, docx, or both comma-separated", "md,docx")
    .option("--layout <layout>", "parallel | stacked | zh | en", "parallel")
    .option("--toc", "a table of contents in the DOCX (Word's TOC field over the articles)", false)
    .option("--draft", "render missing values as visible placeholders instead of refusing", false)
    .option("--lang <lang>", "language of messages: zh or en (default: both)")
    .option("--templates <dir...>", "folders of your own templates, looked up before the bundled ones")
    .option("--config <file>", "a lint config instead of the nearest .clausewright.yaml")
    .option("-j, --jobs <n>", "worker threads (default: one per core from 250 deals on, else 1)")
    .option("-q, --quiet", "print nothing but the deals that failed", false)
    .addHelpText("after", example("clausewright render samples/customer-service.yaml -o out --layout stacked"))
    .action(async (deals: string[], opts: { out: string; format: string; layout: string; toc: boolean; draft: boolean; lang?: string; templates?: string[]; config?: string; jobs?: string; quiet: boolean }) => {
      const { lang, jobs, ...rest } = opts;
      const parsed = parseLang(lang);
      const threads = parseJobs(jobs);
      cli.setCode(await runRender(deals, { ...rest, ...(parsed ? { lang: parsed } : {}), ...(threads !== undefined ? { jobs: threads } : {}) }, cli.io));
    });
}
