import { basename, dirname, extname, join, relative, resolve, sep } from "node:path";
import { UnreadableInputError } from "../load/deal-file.js";
import type { LintConfig } from "../lint/config.js";
import { lintPrepared } from "../lint/engine.js";
import { hasErrors, type Finding } from "../lint/finding.js";
import type { Layout } from "../write/layout.js";
import { writeMarkdown } from "../write/markdown.js";
import { writeFileAtomicAsync } from "../cli/common.js";
import { configFor } from "../cli/config-for.js";
import { prepareDeal } from "./prepare-deal.js";

export const RENDER_FORMATS = ["md", "docx"] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

/** One deal to render: plain data, so it can be sent to a worker thread. */
export interface RenderJob {
  file: string;
  /** Output path without extension: `<out>/<name>` */
  target: string;
  formats: RenderFormat[];
  layout: Layout;
  draft: boolean;
  templates?: string[];
  config?: LintConfig;
}

export interface RenderOutcome {
  file: string;
  status: "written" | "refused" | "unreadable";
  findings: Finding[];
  written: string[];
  error?: string;
}

/** Read, lint and (unless it has errors and this is no draft) write one deal. Never throws for bad input. */
export async function renderDeal(job: RenderJob): Promise<RenderOutcome> {
  let prepared;
  try {
    prepared = prepareDeal(job.file, undefined, job.templates);
  } catch (err) {
    if (err instanceof UnreadableInputError) return { file: job.file, status: "unreadable", findings: [], written: [], error: err.message };
    throw err;
  }
  const findings = lintPrepared(prepared, job.config ?? configFor(job.file));
  const { agreement } = prepared;
  if (!agreement || (hasErrors(findings) && !job.draft)) return { file: job.file, status: "refused", findings, written: [] };
  const outputs: [string, string | Uint8Array][] = [];
  for (const format of job.formats) {
    const target = `${job.target}.${format}`;
    if (format === "md") outputs.push([target, writeMarkdown(agreement, job.layout)]);
    else {
      // loaded only when a DOCX is asked for: lint and Markdown never pay for it
      const { writeDocx } = await import("../write/docx.js");
      outputs.push([target, await writeDocx(agreement, { layout: job.layout })]);
    }
  }
  // the files are written off the JavaScript thread: a batch renders its next deal meanwhile
  await Promise.all(
    outputs.map(([target, content]) =>
      writeFileAtomicAsync(target, content).catch((err: unknown) => {
        const why = err instanceof Error ? err.message : String(err);
        throw new Error(`cannot write ${target} (${why}): give -o a folder that can be written to`);
      }),
    ),
  );
  const written = outputs.map(([target]) => target);
  return { file: job.file, status: "written", findings, written };
}

/**
 * {@link renderDeal} for a batch: a failure the deal's file did not cause (a full disk, a folder
 * that cannot be written) is reported as that deal's failure, and the batch goes on.
 */
export function renderDealInBatch(job: RenderJob): Promise<RenderOutcome> {
  return renderDeal(job).catch((err: unknown) => ({
    file: job.file,
    status: "unreadable" as const,
    findings: [],
    written: [],
    error: err instanceof Error ? err.message : String(err),
  }));
}

/**
 * Where each deal's agreement goes: `<out>/<deal name>`, or, when two deals share a name, their
 * path below the folder they have in common, so no agreement overwrites another.
 */
export function outputTargets(files: readonly string[], out: string): string[] {
  const names = files.map((f) => basename(f, extname(f)));
  if (new Set(names).size === names.length) return names.map((n) => join(out, n));
  const dirs = files.map((f) => dirname(resolve(f)).split(sep));
  let common = dirs[0] ?? [];
  for (const d of dirs) {
    let i = 0;
    while (i < common.length && i < d.length && common[i] === d[i]) i++;
    common = common.slice(0, i);
  }
  const base = common.join(sep) || sep;
  return files.map((f) => join(out, relative(base, resolve(f)).replace(/\.[^./\\]+$/, "")));
}
