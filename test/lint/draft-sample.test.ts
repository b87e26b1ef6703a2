import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintPrepared } from "../../src/lint/engine.js";
import { prepareDeal } from "../../src/library/prepare-deal.js";

const DRAFT = join(import.meta.dirname, "..", "..", "samples", "customer-service-draft.yaml");

describe("samples/customer-service-draft.yaml, the deal a new user lints first", () => {
  it("shows the problems the README lists, each at its line", () => {
    const findings = lintPrepared(prepareDeal(DRAFT));
    expect(findings.map((f) => `${f.line} ${f.severity} ${f.ruleId}`)).toEqual([
      "29 error credit-code",
      "48 error missing-translation",
      "60 error leftover-placeholder",
      "71 error sla-consistency",
      "76 warning availability-100",
      "83 warning penalty-cap",
      "87 error dangling-reference",
      "103 error missing-value",
      "103 error pipl-entrusted-processing",
      "122 error missing-value",
      "156 warning date-order",
    ]);
  });
});
