import { basename, dirname, extname, join, relative, resolve, sep } from "node:path";
import { ToolError } from "../core/errors.js";
import type { LintConfig } from "../lint/config.js";
import { hasErrors, type Finding } from "../core/finding.js";
import type { Agreement } from "../agreement/types.js";
import type { Layout } from "../write/layout.js";
import { writeMarkdown } from "../write/markdown.js";
import { OutputError, writeFilesTogether } from "./atomic-write.js";
import type { FileKind } from "../load/file-kind.js";
import { prepareAndLint } from "./lint-deal.js";

export const RENDER_FORMATS = ["md", "docx"] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

/** What a writer is asked for besides the agreement: the layout, and (DOCX only) a table of contents. */
export interface WriteSettings {
  layout: Layout;
  toc?: boolean;
}

/** The writer of each format; the DOCX writer is loaded only when asked for, so lint and Markdown never pay for it. */
export const WRITERS: Record<RenderFormat, (agreement: Agreement, settings: WriteSettings) => Promise<string | Uint8Array>> = {
  md: async (agreement, { layout }) => writeMarkdown(agreement, layout),
  docx: async (agreement, { layout, toc }) => (await import("../write/docx.js")).writeDocx(agreement, { layout, toc: toc === true }),
};

/** One deal to render: plain data, so it can be sent to a worker thread. */
export interface RenderJob {
  file: string;
  /** Output path without extension: `<out>/<name>` */
  target: string;
  formats: RenderFormat[];
  layout: Layout;
  /** A table of contents in the DOCX. */
  toc?: boolean;
  draft: boolean;
  templates?: string[];
  config?: LintConfig;
}

export interface RenderOutcome {
  file: string;
  /**
   * unreadable: the deal's file could not be read; unwritable: an agreement could not be written;
   * skipped: the file is no deal (a policy, a config) and nothing was done with it
   */
  status: "written" | "refused" | "unreadable" | "unwritable" | "skipped";
  /** With status skipped: what the file is. */
  kind?: Exclude<FileKind, "deal">;
  findings: Finding[];
  written: string[];
  error?: string;
}

/**
 * Read, lint and (unless it has errors and this is no draft) write one deal. A deal's own problems
 * and a file that cannot be read or written come back in the outcome, so a batch goes on; a broken
 * config or template (a ToolError) and our own bugs are thrown, and stop the batch.
 */
export async function renderDeal(job: RenderJob): Promise<RenderOutcome> {
  const linted = prepareAndLint(job);
  if ("error" in linted) return { file: job.file, status: "unreadable", findings: [], written: [], error: linted.error };
  if ("skipped" in linted) return { file: job.file, status: "skipped", kind: linted.skipped, findings: [], written: [] };
  const { findings } = linted;
  const { agreement } = linted.prepared;
  if (!agreement || (hasErrors(findings) && !job.draft)) return { file: job.file, status: "refused", findings, written: [] };
  const outputs: [string, string | Uint8Array][] = [];
  for (const format of job.formats) outputs.push([`${job.target}.${format}`, await WRITERS[format](agreement, { layout: job.layout, toc: job.toc === true })]);
  // all or none: a deal never has its .md without its .docx, even on a full disk
  try {
    await writeFilesTogether(outputs);
  } catch (err) {
    if (!(err instanceof OutputError)) throw err;
    return { file: job.file, status: "unwritable", findings, written: [], error: err.message };
  }
  const written = outputs.map(([target]) => target);
  return { file: job.file, status: "written", findings, written };
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
  const targets = files.map((f) => join(out, relative(base, resolve(f)).replace(/\.[^./\\]+$/, "")));
  // only the extension tells them apart (a.yaml and a.yml): one agreement would overwrite the other
  const seen = new Map<string, string>();
  targets.forEach((t, i) => {
    const other = seen.get(t);
    if (other !== undefined) throw new ToolError(`${other} and ${files[i]} would both be written as ${t}.*: rename one of them`);
    seen.set(t, files[i] as string);
  });
  return targets;
}
