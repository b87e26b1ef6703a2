// samples/returned/customer-service.docx: the sample agreement as a vendor might send it back,
// made from the rendered sample by three edits a lawyer meets in practice.
//
// - 3.2: the liquidated damages per SLA failure lowered from RMB 5,000 to RMB 2,000, in both
//   languages (大写 and figures in the Chinese);
// - 2.2: the minimum headcount lowered from 20 to 15 in the English only, as a tracked change
//   (the Chinese still says 20: the versions now differ);
// - 6.5: a sentence added to the liability cap in both languages that brings breaches of
//   Article 5 (personal information) under the cap, which 6.6(c) keeps outside it.

import { join } from "node:path";
import { appendRun, editDocument, editParagraph, replaceOnce, sampleDocx } from "./returned-docx.js";

export const SAMPLE_RETURNED = join(import.meta.dirname, "..", "..", "samples", "returned", "customer-service.docx");

const TRACKED = 'w:author="Vendor Legal" w:date="2027-01-05T09:00:00Z"';

export async function sampleReturned(): Promise<Uint8Array> {
  return editDocument(await sampleDocx(), (xml) => {
    let out = editParagraph(xml, "cw_sla_penalty_zh", (p) => replaceOnce(p, "人民币伍仟元整（¥5,000.00）", "人民币贰仟元整（¥2,000.00）"));
    out = editParagraph(out, "cw_sla_penalty_en", (p) => replaceOnce(p, "RMB 5,000.00 (five thousand yuan)", "RMB 2,000.00 (two thousand yuan)"));
    out = editParagraph(out, "cw_team_headcount_en", (p) =>
      replaceOnce(
        p,
        '<w:r><w:t xml:space="preserve">20</w:t></w:r>',
        `<w:del w:id="9001" ${TRACKED}><w:r><w:delText xml:space="preserve">20</w:delText></w:r></w:del>` +
          `<w:ins w:id="9002" ${TRACKED}><w:r><w:t xml:space="preserve">15</w:t></w:r></w:ins>`,
      ),
    );
    out = editParagraph(out, "cw_liability_cap_zh", (p) => appendRun(p, "乙方违反第五条所承担的责任亦适用前述上限。", true));
    return editParagraph(out, "cw_liability_cap_en", (p) => appendRun(p, " Party B's liability for any breach of Article 5 shall also be subject to this cap.", false));
  });
}
