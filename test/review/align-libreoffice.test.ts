// Files without bookmarks saved again by LibreOffice (its own XML: run boundaries, style ids,
// its numbering.xml, REF fields whose bookmarks are gone): the rendered sample with every
// bookmark stripped, and the sample retyped with typed numbers and no lists, each unedited and
// with 3.2's damages raised and clause 7.2 deleted. All four go through one start of soffice.

import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/core/finding.js";
import { prepareDeal } from "../../src/library/prepare-deal.js";
import { review } from "../../src/library/review.js";
import { expectedClauses } from "../../src/review/expected.js";
import { editDocument, raisedAndDeleted, retyped, SAMPLE, sampleDocx, stripBookmarks, throughLibreOffice } from "./returned-docx.js";

const HAS_SOFFICE = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).status === 0;
// The CI installs LibreOffice: a missing one there is a broken build, not a reason to skip.
const SKIP = !HAS_SOFFICE && !process.env.CI;
if (SKIP) console.log("align-libreoffice: skipped, soffice is not on PATH (install libreoffice-writer)");

const kinds = (findings: readonly Finding[]): string[][] => findings.map((f) => [f.clause ?? "", f.ruleId, f.severity, f.path ?? ""]);

const EDITED = [
  ["3.2", "penalty-cap", "warning", "sla.penalty.per_breach.amount"],
  ["3.2", "value-changed", "warning", "sla.penalty.per_breach.amount"],
  ["3.2", "value-changed", "warning", "sla.penalty.per_breach.amount"],
  ["7.2", "clause-deleted", "warning", ""],
  ["7.2", "clause-deleted", "warning", ""],
];

describe("review of files without bookmarks saved by LibreOffice", () => {
  it.skipIf(SKIP)(
    "aligns the stripped and the retyped file, unedited and edited, and reports the same deviations at the same clauses",
    async () => {
      const sample = await sampleDocx();
      const expected = expectedClauses(prepareDeal(SAMPLE).agreement as NonNullable<ReturnType<typeof prepareDeal>["agreement"]>);
      const saved = throughLibreOffice({
        stripped: editDocument(sample, stripBookmarks),
        strippedEdited: editDocument(sample, (xml) => stripBookmarks(raisedAndDeleted(xml))),
        retyped: retyped(await sampleDocx("stacked"), expected),
        retypedEdited: retyped(editDocument(sample, raisedAndDeleted), expected),
      });
      const run = async (name: keyof typeof saved) => review(saved[name] as string, { deal: SAMPLE });

      // LibreOffice updates the REF fields as it saves, and with their bookmarks gone each shows
      // "Error: Reference source not found": a field's result, no change of the clause's words
      const stripped = await run("stripped");
      // the file really is LibreOffice's now, not ours
      expect(readFileSync(saved.stripped as string).equals(Buffer.from(editDocument(sample, stripBookmarks)))).toBe(false);
      expect(kinds(stripped.findings)).toEqual([["", "alignment", "warning", ""]]);
      expect(stripped.findings[0]?.message.en).toContain("Chinese version 98 by number; English version 98 by number.");
      const strippedEdited = await run("strippedEdited");
      expect(kinds(strippedEdited.findings)).toEqual([["", "alignment", "warning", ""], ...EDITED]);
      expect(strippedEdited.deal?.values.map((v) => [v.path, v.value])).toEqual([["sla.penalty.per_breach.amount", 1_000_000]]);
      expect(strippedEdited.deviations.filter((d) => d.kind === "value").map((d) => d.alignment?.method)).toEqual(["number", "number"]);

      const retypedRun = await run("retyped");
      expect(retypedRun.layout).toBe("stacked");
      expect(kinds(retypedRun.findings)).toEqual([
        ["", "deal-mismatch", "warning", ""],
        ["", "alignment", "warning", ""],
      ]);
      const retypedEdited = await run("retypedEdited");
      expect(retypedEdited.layout).toBe("parallel");
      expect(kinds(retypedEdited.findings)).toEqual([["", "deal-mismatch", "warning", ""], ["", "alignment", "warning", ""], ...EDITED]);
      expect(retypedEdited.deal?.values.map((v) => [v.path, v.value])).toEqual([["sla.penalty.per_breach.amount", 1_000_000]]);
    },
    240_000,
  );
});
