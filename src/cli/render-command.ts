import { dirname, relative, resolve } from "node:path";
import type { Lang } from "../core/bilingual.js";
import type { LintConfig } from "../lint/config.js";
import { formatStylish } from "../lint/reporters/stylish.js";
import { outputTargets, renderDeal, RENDER_FORMATS, type RenderFormat, type RenderJob, type RenderOutcome } from "../library/render-deal.js";
import { LAYOUTS, type Layout } from "../write/layout.js";
import { CliError, EXIT_FAILURE, EXIT_OK, EXIT_PROBLEMS } from "./common.js";
import { removeTempFiles } from "../library/atomic-write.js";
import { expandFiles } from "../library/expand-files.js";
import { threadsFor } from "../library/batch/threads.js";
import { Progress } from "./progress.js";

/**
 * Below this many deals `render` works in its own thread. Measured on 2 cores (best of 3 whole
 * processes, md + docx, one thread against two): 100 deals 0.86 s against 1.00 s, 200 deals
 * 1.31 s against 1.38 s, 300 deals 1.86 s against 1.77 s, 500 deals 2.72 s against 2.40 s.
 */
export const RENDER_BATCH_MIN = 250;

export interface RenderOptions {
  out: string;
  format: string;
  layout: string;
  draft: boolean;
  lang?: Lang;
  /** Folders of the user's own templates, looked up before the bundled ones. */
  templates?: string[];
  /** A config given with --config; otherwise the nearest .clausewright.yaml of each deal. */
  config?: LintConfig;
  quiet?: boolean;
  /** Worker threads (default: one per core from RENDER_BATCH_MIN deals on; 1 renders in this process). */
  jobs?: number;
}

function parseFormats(value: string): RenderFormat[] {
  const formats = value.split(",").map((s) => s.trim()).filter(Boolean);
  for (const f of formats) {
    if (!(RENDER_FORMATS as readonly string[]).includes(f)) throw new CliError(`--format takes ${RENDER_FORMATS.join(", ")} (comma-separated), not \`${f}\``);
  }
  if (formats.length === 0) throw new CliError("--format needs at least one format");
  return formats as RenderFormat[];
}

const shown = (target: string): string => {
  const rel = relative(process.cwd(), target);
  return rel && !rel.startsWith("..") ? rel : resolve(target);
};

/**
 * `clausewright render <deals…>`: write each deal's agreement; refuse a deal with errors unless
 * --draft. A batch goes on past a bad deal and is spread over worker threads.
 */
export async function runRender(patterns: string[], options: RenderOptions): Promise<number> {
  const formats = parseFormats(options.format);
  if (!(LAYOUTS as readonly string[]).includes(options.layout)) throw new CliError(`--layout takes ${LAYOUTS.join(", ")}, not \`${options.layout}\``);
  const layout = options.layout as Layout;
  const files = expandFiles(patterns);
  const targets = outputTargets(files, options.out);
  const jobs = function* (): Generator<RenderJob> {
    for (const [i, file] of files.entries()) {
      yield {
        file,
        target: targets[i] as string,
        formats,
        layout,
        draft: options.draft,
        ...(options.templates ? { templates: options.templates } : {}),
        ...(options.config ? { config: options.config } : {}),
      };
    }
  };

  const progress = new Progress(files.length, options.quiet === true);
  const counts = { written: 0, refused: 0, unreadable: 0, unwritable: 0 };
  const lang = options.lang ?? "both";
  const report = (o: RenderOutcome): void => {
    counts[o.status]++;
    if (o.findings.length > 0 && (o.status === "refused" || !options.quiet)) {
      progress.say(formatStylish(o.findings, { lang, color: process.stderr.isTTY === true && !process.env.NO_COLOR }));
    }
    if (o.status === "unreadable" || o.status === "unwritable") progress.say(`clausewright: ${o.error}`);
    else if (o.status === "refused") {
      progress.say(`clausewright: ${o.file}: not rendered: fix the errors above, or render with --draft to see the gaps as placeholders.`);
    } else if (!options.quiet && !(process.stderr.isTTY && files.length > 1)) {
      const draftNote = o.findings.some((f) => f.severity === "error") ? " (draft: placeholders mark what is missing)" : "";
      process.stdout.write(`${o.file} → ${o.written.map(shown).join(", ")}${draftNote}\n`);
    }
    progress.tick(o.status !== "written");
  };

  const threads = threadsFor(files.length, options.jobs, RENDER_BATCH_MIN);
  const { runInThisThread, runOnWorkers } = await import("../library/batch/pool.js");
  // Ctrl-C (or a CI job's SIGTERM) stops the batch: what is written stays, whole; the temporary
  // files of the deals being written are removed; exit code 128 + the signal's number
  const stop = (signal: NodeJS.Signals): void => {
    progress.finish();
    removeTempFiles(new Set(targets.map((t) => dirname(t))));
    process.stderr.write(`clausewright: stopped (${signal}) after ${counts.written} of ${files.length} deals; the agreements written are whole\n`);
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    if (threads <= 1) await runInThisThread(jobs(), renderDeal, report);
    else {
      const { workerUrl } = await import("../library/batch/worker-url.js");
      await runOnWorkers<RenderJob, RenderOutcome>(workerUrl("render-worker"), jobs(), report, threads);
    }
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
    // an error that stops the batch is printed on a line of its own, not after the bar
    progress.finish();
  }
  if (files.length > 1 && !options.quiet) {
    const failed = counts.refused + counts.unreadable + counts.unwritable;
    process.stderr.write(
      `rendered ${counts.written} of ${files.length} deals into ${shown(options.out)}${failed ? ` (${failed} failed)` : ""} in ${progress.seconds().toFixed(1)} s\n`,
    );
  }
  if (counts.unreadable + counts.unwritable > 0) return EXIT_FAILURE;
  return counts.refused > 0 ? EXIT_PROBLEMS : EXIT_OK;
}
