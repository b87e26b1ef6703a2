import { readFileSync } from "node:fs";
import type { Lang } from "../core/bilingual.js";
import { ToolError } from "../core/errors.js";
import { redlineDocx, revisionDate } from "../review/redline.js";
import { configFor, resolveConfig } from "./config-lookup.js";
import { review, type ReviewOptions, type ReviewRun } from "./review.js";

export interface RedlineOptions extends ReviewOptions {
  /** Who the tracked changes and comments are by; "clausewright" if not given. */
  author?: string;
  /** When they were made, as w:date writes it (see revisionDate); none if not given. */
  date?: string;
  /** The language of the comments. */
  lang?: Lang;
}

/**
 * The review of a returned file and its redline: the agreement rendered from the deal with the
 * returned file's differences as tracked changes, a comment on each deviation. No redline when
 * the deal could not be used (the run then holds the deal's own findings).
 */
export async function redline(file: string, options: RedlineOptions): Promise<{ run: ReviewRun; docx?: Uint8Array }> {
  const date = options.date === undefined ? undefined : revisionDate(options.date);
  if (options.date !== undefined && date === undefined) {
    throw new ToolError(`the date \`${options.date}\` is no date: give an ISO 8601 date or time (2027-01-06, 2027-01-06T10:00:00Z) or seconds since 1970`);
  }
  const run = await review(file, options);
  if (!run.agreement || !run.layout || options.deal === undefined) return { run };
  const config = resolveConfig(options.config) ?? configFor(options.deal);
  const docx = await redlineDocx({
    file,
    bytes: readFileSync(file),
    expected: run.agreement,
    layout: run.layout,
    deviations: run.deviations,
    lang: options.lang ?? "en",
    ...(config ? { config } : {}),
    ...(options.author !== undefined ? { author: options.author } : {}),
    ...(date !== undefined ? { date } : {}),
  });
  return { run, docx };
}
