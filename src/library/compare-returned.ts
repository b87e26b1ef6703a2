// Returned agreements as offers: a vendor's edit of our paper, reviewed against the deal it was
// rendered from, becomes the deal with the values read back, and that deal is the vendor's
// column. An offer whose values the returned file does not state clearly (a value that cannot be
// read back, versions that disagree, a value changed in one language only) is left out with
// those findings: a column with the agreed value there would misstate what the vendor offers.

import { ToolError } from "../core/errors.js";
import type { Finding } from "../core/finding.js";
import type { Excluded } from "../compare/index.js";
import { review } from "./review.js";

/** What a returned file gives compare: the text of the deal it offers, or why it is left out. */
export type ReturnedOffer = { file: string; text: string } | { file: string; excluded: Excluded };

export const isReturnedFile = (file: string): boolean => /\.docx$/i.test(file);

const UNCLEAR = new Set(["value-unreadable", "value-disagrees"]);

/** Findings that leave the offer's values unclear; none when the review could read them all. */
function unclear(findings: readonly Finding[], valueClauses: ReadonlySet<string>): Finding[] {
  return findings.filter((f) => UNCLEAR.has(f.ruleId) || (f.ruleId === "one-language-edit" && f.severity === "error" && f.clause !== undefined && valueClauses.has(f.clause)));
}

/** Each returned file reviewed against `deal`, as the offer it makes. */
export async function returnedOffers(files: readonly string[], deal: string | undefined, templates?: readonly string[]): Promise<ReturnedOffer[]> {
  if (files.length === 0) return [];
  if (deal === undefined) {
    // a returned file records its template and a hash of the deal's values, never the deal itself
    throw new ToolError(`${files[0]}: a returned agreement is read against the deal it was rendered from, which the file does not record: give it with --deal deal.yaml`);
  }
  const offers: ReturnedOffer[] = [];
  for (const file of files) {
    const run = await review(file, { deal, ...(templates ? { templates } : {}) });
    if (!run.deal) {
      offers.push({ file, excluded: { file, findings: run.findings.filter((f) => f.severity === "error") } });
      continue;
    }
    const valueClauses = new Set(run.deviations.flatMap((d) => (d.kind === "value" ? [d.clause.number] : [])));
    const why = unclear(run.findings, valueClauses);
    offers.push(why.length > 0 ? { file, excluded: { file, findings: why } } : { file, text: run.deal.text });
  }
  return offers;
}
