import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { ToolError } from "../core/errors.js";
import { hasErrors, sortFindings, type Finding } from "../core/finding.js";
import type { LintConfig } from "../lint/config.js";
import type { LintResult } from "../lint/reporters/types.js";
import { UnreadableInputError } from "../load/deal-file.js";
import { reviewDocx, type Deviation, type Provenance } from "../review/index.js";
import type { Agreement } from "../agreement/types.js";
import type { Layout } from "../write/layout.js";
import { configFor, resolveConfig } from "./config-lookup.js";
import { prepareDeal } from "./prepare-deal.js";
import { readBackDeal, type DealReadBack } from "./review-deal.js";

export interface ReviewOptions {
  /** The deal the agreement was rendered from: what the returned file is compared with. */
  deal?: string;
  /** A config (or its file); otherwise the nearest .clausewright.yaml of the deal. */
  config?: LintConfig | string;
  templates?: readonly string[];
}

export interface ReviewRun {
  /** The findings, as lint's results: the returned file's, or the deal's own if it could not be used. */
  results: LintResult[];
  /** The same findings, in the order of the document (a finding's line is its paragraph). */
  findings: Finding[];
  /** What the findings were made from, per clause and language; empty when the deal could not be used. */
  deviations: Deviation[];
  /** What the returned file records of the template, layout and deal that produced it. */
  provenance?: Provenance;
  layout?: Layout;
  /** The deal with the values the returned file gives, read back and linted; absent when the deal could not be used. */
  deal?: DealReadBack;
  /** The agreement rendered from the deal, the file was compared with (the redline's text). */
  agreement?: Agreement;
  errorCount: number;
  warningCount: number;
}

function run(file: string, findings: Finding[], rest: Omit<ReviewRun, "results" | "findings" | "errorCount" | "warningCount"> = { deviations: [] }): ReviewRun {
  const errorCount = findings.filter((f) => f.severity === "error").length;
  const sorted = sortFindings(findings);
  return { results: [{ filePath: resolve(file), findings: sorted }], findings: sorted, ...rest, errorCount, warningCount: findings.length - errorCount };
}

function readBytes(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ToolError(`${file}: cannot read the returned file (${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : (code ?? String(err))}): give the path of a .docx`);
  }
}

/**
 * A returned agreement (DOCX) against the deal it was rendered from: every value changed,
 * clause reworded, added, deleted or moved, per clause and language. A file that is no DOCX,
 * an unreadable deal and a missing --deal are ToolErrors; a deal that does not validate comes
 * back as its findings, with nothing reviewed.
 */
export async function review(file: string, options: ReviewOptions = {}): Promise<ReviewRun> {
  const bytes = readBytes(file);
  const { deal } = options;
  if (deal === undefined) {
    throw new ToolError(`${file}: review needs the deal the agreement was rendered from, to know what it should say: give it with --deal deal.yaml`);
  }
  let prepared: ReturnType<typeof prepareDeal>;
  try {
    prepared = prepareDeal(deal, undefined, options.templates ?? []);
  } catch (err) {
    if (err instanceof UnreadableInputError) throw new ToolError(err.message);
    throw err;
  }
  if (prepared.skipped) throw new ToolError(`${deal} is a ${prepared.skipped} file, not a deal: give --deal the deal the agreement was rendered from`);
  const unusable = [...prepared.findings, ...(prepared.validation ?? []).filter((f) => f.severity === "error")];
  // an agreement rendered from a deal that does not validate is no measure of the returned file
  if (!prepared.agreement || hasErrors(unusable)) return run(deal, unusable);
  const config = resolveConfig(options.config) ?? configFor(deal);
  const reviewed = reviewDocx({ file, bytes, expected: prepared.agreement, dealFile: deal, ...(config ? { config } : {}) });
  const back = readBackDeal({
    file,
    dealFile: deal,
    prepared: { ...prepared, template: prepared.template as NonNullable<typeof prepared.template>, agreement: prepared.agreement, data: prepared.data ?? {} },
    reviewed,
    ...(config ? { config } : {}),
    ...(options.templates ? { templates: options.templates } : {}),
  });
  return run(file, [...reviewed.findings, ...back.findings], { deviations: reviewed.deviations, provenance: reviewed.provenance, layout: reviewed.layout, deal: back, agreement: prepared.agreement });
}
