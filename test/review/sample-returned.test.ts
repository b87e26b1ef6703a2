// The sample returned file is what sample-returned.ts makes from the rendered sample (regenerate
// after an intended change of the writer with UPDATE_GOLDEN=1 npx vitest run
// test/review/sample-returned.test.ts), and review reports each of its three edits.

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { describe, expect, it } from "vitest";
import { review } from "../../src/library/review.js";
import { SAMPLE } from "./returned-docx.js";
import { SAMPLE_RETURNED, sampleReturned } from "./sample-returned.js";

describe("samples/returned/customer-service.docx", () => {
  it("is the rendered sample with the vendor's three edits", async () => {
    const bytes = await sampleReturned();
    if (process.env.UPDATE_GOLDEN) {
      mkdirSync(dirname(SAMPLE_RETURNED), { recursive: true });
      writeFileSync(SAMPLE_RETURNED, bytes);
    }
    expect(Buffer.from(readFileSync(SAMPLE_RETURNED)).equals(Buffer.from(bytes))).toBe(true);
  });

  it("is reviewed with each edit at its clause, the two dangerous ones as errors", async () => {
    const run = await review(SAMPLE_RETURNED, { deal: SAMPLE });
    expect(run.findings.map((f) => [f.clause, f.ruleId, f.severity, f.path ?? ""])).toEqual([
      ["2.2", "one-language-edit", "error", ""],
      ["2.2", "value-changed", "warning", "team.min_headcount"],
      ["3.2", "value-changed", "warning", "sla.penalty.per_breach.amount"],
      ["3.2", "value-changed", "warning", "sla.penalty.per_breach.amount"],
      ["6.5", "conspicuous-edit", "error", ""],
      ["6.5", "wording-changed", "warning", ""],
      ["6.5", "wording-changed", "warning", ""],
    ]);
  });
});
