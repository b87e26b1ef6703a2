// The deal as the returned file would have it: the values read back written into the deal's
// text (comments, key order and quoting kept, as `serve` edits a deal), then linted as any deal
// is. What the new values cause (findings the deal as sent did not have) is reported at the
// returned file's clause where the value was changed, by the lint rule that finds it: a penalty
// raised above the cap is penalty-cap's finding, as it would be in the deal.

import type { Lang } from "../core/bilingual.js";
import type { Finding } from "../core/finding.js";
import type { LintConfig } from "../lint/config.js";
import { lintPrepared } from "../lint/engine.js";
import { readDealText } from "../load/read-text.js";
import { readBack, type ReadValue } from "../review/read-back.js";
import type { Review } from "../review/index.js";
import type { Template } from "../template/template.js";
import type { Agreement } from "../agreement/types.js";
import { languagesOf } from "../write/layout.js";
import { editDealText, type DealEdits } from "./edit-deal.js";
import { lintText } from "./lint.js";
import type { PreparedDeal } from "./prepare-deal.js";

export interface DealReadBack {
  /** The fields the returned file gives new values, in the order of the document. */
  values: ReadValue[];
  /** The deal's text with those values: what --write-deal writes. */
  text: string;
  /** Values that cannot be read back or that disagree, and the lint findings the new values cause, at the returned file's paragraphs. */
  findings: Finding[];
}

export interface ReadBackJob {
  /** The returned file, as findings name it. */
  file: string;
  dealFile: string;
  /** The deal as sent, through the pipeline: what the returned file was compared with. */
  prepared: PreparedDeal & { template: Template; agreement: Agreement; data: Record<string, unknown> };
  reviewed: Review;
  config?: LintConfig;
  templates?: readonly string[];
}

/** What identifies a finding across two lint runs of one deal: not its message, which quotes the values. */
const keyOf = (f: Finding): string => [f.ruleId, f.messageId ?? "", f.path ?? "", f.clause ?? ""].join("|");

function lintFindings(text: string, job: ReadBackJob): Finding[] {
  const run = lintText(text, job.dealFile, { ...(job.config ? { config: job.config } : {}), ...(job.templates ? { templates: job.templates } : {}) });
  return run.results.flatMap((r) => r.findings);
}

/** The paragraph of the returned file a lint finding belongs at: where its clause's value, or its field, was changed. */
function paragraphOf(f: Finding, values: readonly ReadValue[]): { paragraph: number; clause?: string } {
  const at =
    values.find((v) => f.clause !== undefined && v.clause.number === f.clause) ??
    values.find((v) => f.path !== undefined && (v.path === f.path || v.path.startsWith(`${f.path}.`) || f.path.startsWith(`${v.path}.`))) ??
    values[0];
  return at ? { paragraph: at.paragraph, clause: f.clause ?? at.clause.number } : { paragraph: 1 };
}

/** Reads the returned file's values back into the deal and lints the deal with them. */
export function readBackDeal(job: ReadBackJob): DealReadBack {
  const langs: Lang[] = languagesOf(job.reviewed.layout);
  const read = readBack({
    file: job.file,
    expected: job.reviewed.compared,
    deviations: job.reviewed.deviations,
    langs,
    schema: job.prepared.template.schema,
    data: job.prepared.data,
    ...(job.config ? { config: job.config } : {}),
  });
  const original = readDealText(job.dealFile);
  if (read.values.length === 0) return { values: [], text: original, findings: read.findings };
  const edits: DealEdits = Object.fromEntries(read.values.map((v) => [v.path, v.value as DealEdits[string]]));
  const text = editDealText(original, edits);
  // the deal as sent is linted from the tree review already built, not read again
  const before = new Set(lintPrepared(job.prepared, job.config).map(keyOf));
  const caused = lintFindings(text, job)
    .filter((f) => !before.has(keyOf(f)))
    .map((f): Finding => {
      const { endLine: _l, endColumn: _c, ...rest } = f;
      const at = paragraphOf(f, read.values);
      return { ...rest, file: job.file, line: at.paragraph, column: 1, ...(at.clause !== undefined ? { clause: at.clause } : {}) };
    });
  return { values: read.values, text, findings: [...read.findings, ...caused] };
}
