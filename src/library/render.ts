import { dirname } from "node:path";
import { ToolError } from "../core/errors.js";
import type { Finding } from "../core/finding.js";
import type { LintConfig } from "../lint/config.js";
import { LAYOUTS, type Layout } from "../write/layout.js";
import { makeFolder, removeStaleTempFiles, removeTempFiles } from "./atomic-write.js";
import { resolveConfig } from "./config-lookup.js";
import { expandFiles } from "./expand-files.js";
import type { Progress } from "./lint.js";
import { outputTargets, renderDeal, RENDER_FORMATS, WRITERS, type RenderFormat, type RenderJob, type RenderOutcome } from "./render-deal.js";
import { threadsFor } from "./batch/threads.js";

/**
 * Below this many deals `render` works in its own thread. Measured on 2 cores (best of 3 whole
 * processes, md + docx, one thread against two): 100 deals 0.86 s against 1.00 s, 200 deals
 * 1.31 s against 1.38 s, 300 deals 1.86 s against 1.77 s, 500 deals 2.72 s against 2.40 s.
 */
export const RENDER_BATCH_MIN = 250;

export interface RenderOptions {
  /** Output folder (default `out`): `<out>/<deal name>.<format>`. */
  out?: string;
  formats?: readonly RenderFormat[];
  layout?: Layout;
  /** A table of contents in the DOCX (Word's TOC field over the articles); off by default. */
  toc?: boolean;
  /** Render even when values are missing, each gap a placeholder with the field's label. */
  draft?: boolean;
  templates?: readonly string[];
  /** A config (or its file) for every deal; otherwise each deal's nearest .clausewright.yaml. */
  config?: LintConfig | string;
  /** Worker threads (default: one per core from RENDER_BATCH_MIN deals on; 1 renders in this thread). */
  jobs?: number;
  /** Stops the batch: what is written stays whole, and no temporary file is left. */
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
  /** Each deal's outcome as soon as it is known, in the order of the deals. */
  onOutcome?: (outcome: RenderOutcome) => void;
}

export interface RenderRun {
  outcomes: RenderOutcome[];
  counts: Record<RenderOutcome["status"], number>;
  /** Deals given (files found from the patterns). */
  total: number;
  /** True when the signal stopped the batch before every deal was done. */
  aborted: boolean;
}

/** Check the formats and the layout a caller asks for; a wrong one is a ToolError naming the choices. */
export function renderSettings(formats: readonly string[], layout: string): { formats: RenderFormat[]; layout: Layout } {
  for (const f of formats) {
    if (!(RENDER_FORMATS as readonly string[]).includes(f)) throw new ToolError(`format takes ${RENDER_FORMATS.join(", ")}, not \`${f}\``);
  }
  if (formats.length === 0) throw new ToolError("give at least one format");
  if (!(LAYOUTS as readonly string[]).includes(layout)) throw new ToolError(`layout takes ${LAYOUTS.join(", ")}, not \`${layout}\``);
  // `md,md` is one Markdown file, written once
  return { formats: [...new Set(formats)] as RenderFormat[], layout: layout as Layout };
}

/**
 * Render deals given as files, folders or globs into agreements. A deal with errors is refused
 * unless `draft`; a batch goes on past a bad deal. Every file is written whole or not at all.
 */
export async function render(patterns: readonly string[], options: RenderOptions = {}): Promise<RenderRun> {
  const { formats, layout } = renderSettings(options.formats ?? RENDER_FORMATS, options.layout ?? "parallel");
  const files = expandFiles(patterns);
  const targets = outputTargets(files, options.out ?? "out");
  const config = resolveConfig(options.config);
  // an output folder that cannot be made is one line before any work, not one per deal
  const folders = new Set(targets.map((t) => dirname(t)));
  for (const folder of folders) {
    makeFolder(folder);
    removeStaleTempFiles(folder);
  }
  const jobs = function* (): Generator<RenderJob> {
    for (const [i, file] of files.entries()) {
      yield {
        file,
        target: targets[i] as string,
        formats,
        layout,
        ...(options.toc ? { toc: true } : {}),
        draft: options.draft === true,
        ...(options.templates ? { templates: [...options.templates] } : {}),
        ...(config ? { config } : {}),
      };
    }
  };
  const run: RenderRun = { outcomes: [], counts: { written: 0, refused: 0, unreadable: 0, unwritable: 0, skipped: 0 }, total: files.length, aborted: false };
  let failed = 0;
  const record = (outcome: RenderOutcome): void => {
    run.outcomes.push(outcome);
    run.counts[outcome.status]++;
    if (outcome.status !== "written" && outcome.status !== "skipped") failed++;
    options.onOutcome?.(outcome);
    options.onProgress?.({ done: run.outcomes.length, total: files.length, failed });
  };
  const threads = threadsFor(files.length, options.jobs, RENDER_BATCH_MIN);
  const { runInThisThread, runOnWorkers } = await import("./batch/pool.js");
  try {
    if (threads <= 1) await runInThisThread(jobs(), renderDeal, record, undefined, options.signal);
    else {
      const { workerUrl } = await import("./batch/worker-url.js");
      await runOnWorkers<RenderJob, RenderOutcome>(workerUrl("render-worker"), jobs(), record, threads, options.signal);
    }
  } catch (err) {
    if (!options.signal?.aborted) throw err;
    run.aborted = true;
  } finally {
    // the temporary files of deals being written when the batch stopped
    if (options.signal?.aborted) removeTempFiles(folders);
  }
  return run;
}

/** One deal's agreement in memory: what a web app shows, or what a caller writes itself. */
export interface RenderedAgreement {
  findings: Finding[];
  /** The agreement in each format asked for; empty when it was refused (errors, and no draft) or is no deal. */
  outputs: Partial<Record<RenderFormat, string | Uint8Array>>;
  refused: boolean;
}

/**
 * Render one deal without writing a file: from its file, or from `text` (an unsaved buffer) that
 * `file` names. The same bytes as `render` writes.
 */
export async function renderAgreement(
  file: string,
  options: Pick<RenderOptions, "formats" | "layout" | "toc" | "draft" | "templates" | "config"> & { text?: string } = {},
): Promise<RenderedAgreement> {
  const { formats, layout } = renderSettings(options.formats ?? RENDER_FORMATS, options.layout ?? "parallel");
  const config = resolveConfig(options.config);
  const { prepareAndLint } = await import("./lint-deal.js");
  const linted = prepareAndLint({
    file,
    layout,
    ...(options.text !== undefined ? { text: options.text } : {}),
    ...(options.templates ? { templates: [...options.templates] } : {}),
    ...(config ? { config } : {}),
  });
  if ("error" in linted) throw new ToolError(linted.error);
  if ("skipped" in linted) throw new ToolError(`${file} is a ${linted.skipped} file, not a deal: there is no agreement to render`);
  const { agreement } = linted.prepared;
  const refused = !agreement || (linted.findings.some((f) => f.severity === "error") && options.draft !== true);
  const outputs: RenderedAgreement["outputs"] = {};
  if (!refused && agreement) for (const format of formats) outputs[format] = await WRITERS[format](agreement, { layout, toc: options.toc === true });
  return { findings: linted.findings, outputs, refused };
}
