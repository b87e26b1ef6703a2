import { basename, extname, join, relative, resolve } from "node:path";
import type { Lang } from "../agreement/types.js";
import { UnreadableInputError } from "../load/deal-file.js";
import { hasErrors } from "../lint/finding.js";
import { formatStylish } from "../lint/reporters/stylish.js";
import { prepareDeal } from "../pipeline/prepare-deal.js";
import { LAYOUTS, type Layout } from "../write/layout.js";
import { writeMarkdown } from "../write/markdown.js";
import { CliError, EXIT_FAILURE, EXIT_OK, EXIT_PROBLEMS, writeFileAtomic } from "./common.js";

export const RENDER_FORMATS = ["md"] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

export interface RenderOptions {
  out: string;
  format: string;
  layout: string;
  draft: boolean;
  lang?: Lang;
  /** Folders of the user's own templates, looked up before the bundled ones. */
  templates?: string[];
}

function parseFormats(value: string): RenderFormat[] {
  const formats = value.split(",").map((s) => s.trim()).filter(Boolean);
  for (const f of formats) {
    if (!(RENDER_FORMATS as readonly string[]).includes(f)) throw new CliError(`--format takes ${RENDER_FORMATS.join(", ")} (comma-separated), not \`${f}\``);
  }
  if (formats.length === 0) throw new CliError("--format needs at least one format");
  return formats as RenderFormat[];
}

/** `clausewright render <deal.yaml…>`: write each deal's agreement; refuse a deal with errors unless --draft. */
export async function runRender(files: string[], options: RenderOptions): Promise<number> {
  const formats = parseFormats(options.format);
  if (!(LAYOUTS as readonly string[]).includes(options.layout)) throw new CliError(`--layout takes ${LAYOUTS.join(", ")}, not \`${options.layout}\``);
  const layout = options.layout as Layout;
  let exit = EXIT_OK;
  for (const file of files) {
    let prepared;
    try {
      prepared = prepareDeal(file, undefined, options.templates);
    } catch (err) {
      if (err instanceof UnreadableInputError) {
        process.stderr.write(`clausewright: ${err.message}\n`);
        exit = EXIT_FAILURE;
        continue;
      }
      throw err;
    }
    const { findings, agreement } = prepared;
    const lang = options.lang ?? "both";
    if (findings.length > 0) process.stderr.write(`${formatStylish(findings, { lang, color: process.stderr.isTTY === true })}\n`);
    if (!agreement || (hasErrors(findings) && !options.draft)) {
      process.stderr.write(
        agreement
          ? `clausewright: ${file}: not rendered: fix the errors above, or render with --draft to see the gaps as placeholders.\n`
          : `clausewright: ${file}: not rendered.\n`,
      );
      exit = Math.max(exit, EXIT_PROBLEMS);
      continue;
    }
    const name = basename(file, extname(file));
    const written: string[] = [];
    for (const format of formats) {
      const target = join(options.out, `${name}.${format}`);
      writeFileAtomic(target, writeMarkdown(agreement, layout));
      const rel = relative(process.cwd(), target);
      written.push(rel && !rel.startsWith("..") ? rel : resolve(target));
    }
    process.stdout.write(`${file} → ${written.join(", ")}${options.draft && hasErrors(findings) ? " (draft: placeholders mark what is missing)" : ""}\n`);
  }
  return exit;
}
