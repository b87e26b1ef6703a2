// Returned files saved again by a real word processor: LibreOffice opens each edited DOCX and
// saves it as DOCX (its own XML: other run boundaries, style ids, attribute order, its way of
// writing tracked changes), and review still finds the same deviations at the same clauses.

import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { review } from "../../src/library/review.js";
import { editDocument, editParagraph, replaceOnce, rowAt, SAMPLE, sampleDocx, throughLibreOffice } from "./returned-docx.js";
import { sampleReturned } from "./sample-returned.js";

const HAS_SOFFICE = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).status === 0;
// The CI installs LibreOffice: a missing one there is a broken build, not a reason to skip.
const SKIP = !HAS_SOFFICE && !process.env.CI;
if (SKIP) console.log("review-libreoffice: skipped, soffice is not on PATH (install libreoffice-writer)");

const kinds = async (file: string): Promise<string[][]> =>
  (await review(file, { deal: SAMPLE })).findings.map((f) => [f.clause ?? "", f.ruleId, f.severity, f.path ?? ""]);

describe("review of files saved by LibreOffice", () => {
  it.skipIf(SKIP)(
    "finds nothing in the unedited file, and the English-only edit, the deleted and the swapped clauses, and each edit of the sample returned file",
    async () => {
      const sample = await sampleDocx();
      const englishOnly = editDocument(sample, (xml) => editParagraph(xml, "cw_team_headcount_en", (p) => replaceOnce(p, ">20<", ">25<")));
      const deleted = editDocument(sample, (xml) => {
        const [start, end] = rowAt(xml, "cw_term_renewal_zh");
        return xml.slice(0, start) + xml.slice(end);
      });
      const swapped = editDocument(sample, (xml) => {
        const [a0, a1] = rowAt(xml, "cw_scope_services_zh");
        const [b0, b1] = rowAt(xml, "cw_scope_content_zh");
        return xml.slice(0, a0) + xml.slice(b0, b1) + xml.slice(a0, a1) + xml.slice(b1);
      });
      const raised = editDocument(sample, (xml) =>
        editParagraph(
          editParagraph(xml, "cw_sla_penalty_zh", (p) => replaceOnce(p, ">人民币伍仟元整（¥5,000.00）<", ">人民币壹佰万元整（¥1,000,000.00）<")),
          "cw_sla_penalty_en",
          (p) => replaceOnce(p, ">RMB 5,000.00 (five thousand yuan)<", ">RMB 1,000,000.00 (one million yuan)<"),
        ),
      );
      // the cover: Party B's English address retyped, and its preamble reworded in both versions
      const cover = editDocument(sample, (xml) => replaceOnce(xml.replace("Huqiu District", "Gusu District").replace("through friendly negotiation", "through negotiation"), "经友好协商", "经平等协商"));
      const saved = throughLibreOffice({ unedited: sample, stacked: await sampleDocx("stacked"), englishOnly, deleted, swapped, raised, cover, returned: await sampleReturned() });
      // the file really is LibreOffice's now, not ours
      expect(readFileSync(saved.unedited as string).equals(Buffer.from(sample))).toBe(false);

      expect(await kinds(saved.unedited as string)).toEqual([]);
      // LibreOffice saves the style of （以下无正文） as EndofText: still the end of the clauses, not part of 12.7
      expect(await kinds(saved.stacked as string)).toEqual([]);
      expect(await kinds(saved.englishOnly as string)).toEqual([
        ["2.2", "one-language-edit", "error", ""],
        ["2.2", "value-changed", "warning", "team.min_headcount"],
      ]);
      // LibreOffice updates the REF fields as it saves (3.2's reference to 7.4 now reads 7.3):
      // a renumbered reference is no change of 3.2
      expect(await kinds(saved.deleted as string)).toEqual([
        ["7.2", "clause-deleted", "warning", ""],
        ["7.2", "clause-deleted", "warning", ""],
      ]);
      expect(await kinds(saved.swapped as string)).toEqual([
        ["1.2", "clause-moved", "warning", ""],
        ["1.2", "clause-moved", "warning", ""],
      ]);
      expect(await kinds(saved.cover as string)).toEqual([
        ["party_b.address", "one-language-edit", "error", ""],
        ["party_b.address", "value-changed", "warning", "party_b.address"],
        ["party_b.address", "value-disagrees", "error", "party_b.address.en"],
        ["preamble", "wording-changed", "warning", ""],
        ["preamble", "wording-changed", "warning", ""],
      ]);
      const returned = await review(saved.returned as string, { deal: SAMPLE });
      expect(returned.findings.map((f) => [f.clause, f.ruleId, f.severity])).toEqual([
        ["2.2", "one-language-edit", "error"],
        ["2.2", "value-changed", "warning"],
        ["3.2", "value-changed", "warning"],
        ["3.2", "value-changed", "warning"],
        ["6.5", "conspicuous-edit", "error"],
        ["6.5", "wording-changed", "warning"],
        ["6.5", "wording-changed", "warning"],
      ]);
      // the values read back: the amount changed in both versions, not the English-only headcount
      expect(returned.deal?.values.map((v) => [v.path, v.value])).toEqual([["sla.penalty.per_breach.amount", 2000]]);
      const reLinted = await kinds(saved.raised as string);
      expect(reLinted.filter(([, rule]) => rule !== "value-changed")).toEqual([["3.2", "penalty-cap", "warning", "sla.penalty.per_breach.amount"]]);
      // LibreOffice keeps the tracked change of 2.2 a tracked change
      expect(returned.deviations.find((d) => d.kind === "value" && d.lang === "en" && d.path === "team.min_headcount")).toMatchObject({ old: "20", new: "15", tracked: true });
    },
    240_000,
  );
});
