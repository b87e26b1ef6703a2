import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintPrepared } from "../../../src/lint/engine.js";
import { policyRule } from "../../../src/lint/rules/policy.js";
import { prepareDeal } from "../../../src/library/prepare-deal.js";
import { MINI_DEAL } from "../../helpers.js";
import { HEAD, policyFile } from "../../policy/policy-helpers.js";
import { lintDeal, spanOf } from "../lint-helpers.js";

// The policy rule's behaviour is tested with the policy stage, in test/policy/rule.test.ts; here,
// which message it gives and where it points.

const POLICY = `${HEAD}  - field: sla.response.minutes
    max: 30
    message: { zh: 响应时间不得超过30分钟, en: Response time must be at most 30 minutes }
  - field: confidentiality.years_after_termination
    required: true
`;

function lintWithPolicy(patch: Record<string, unknown>) {
  const config = { rules: { policy: ["error", { file: policyFile(POLICY) }] as ["error", Record<string, unknown>] } };
  const { file, text } = lintDeal(patch, []); // writes the deal; the policy rule needs its config
  return { text, findings: lintPrepared(prepareDeal(file), config, [policyRule]) };
}

describe("policy", () => {
  it("passes on the policy's wording of a breach, at the value", () => {
    const { text, findings } = lintWithPolicy({ sla: { response: { minutes: 45 } } });
    expect(findings).toEqual([expect.objectContaining({ ruleId: "policy", messageId: "breach", severity: "error", path: "sla.response.minutes", ...spanOf(text, "minutes: 45", "45") })]);
    expect(findings[0]?.message.en).toMatch(/^Response time must be at most 30 minutes: sla\.response\.minutes \(Response time\) is 45 minutes/);
  });

  it("points at the key of the mapping that lacks a required field", () => {
    const { text, findings } = lintWithPolicy({ confidentiality: { years_after_termination: null } });
    expect(findings).toEqual([
      expect.objectContaining({ messageId: "breach", path: "confidentiality.years_after_termination", ...spanOf(text, "years_after_termination: null", "years_after_termination") }),
    ]);
  });

  it("warns, at the deal's template line, when the policy is for another template", () => {
    const config = { rules: { policy: ["error", { file: policyFile(POLICY) }] as ["error", Record<string, unknown>] } };
    const findings = lintPrepared(prepareDeal(MINI_DEAL, undefined, [join(import.meta.dirname, "..", "..", "fixtures")]), config, [policyRule]);
    expect(findings).toEqual([expect.objectContaining({ messageId: "otherTemplate", severity: "warning", path: "template", line: 1, column: 11, endLine: 1, endColumn: 15 })]);
  });
});
