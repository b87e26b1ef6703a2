import { describe, expect, it } from "vitest";
import { availability100Rule } from "../../../src/lint/rules/availability-100.js";
import { lintDeal, spanOf } from "../lint-helpers.js";

// The sample promises 99.5% availability, in clause 3.1(c).

describe("availability-100", () => {
  it("is a warning by default", () => {
    expect(availability100Rule.defaultSeverity).toBe("warning");
  });

  const valid: Array<[string, Record<string, unknown>]> = [
    ["the sample's 99.5%", {}],
    ["99.9%", { sla: { availability_percent: 99.9 } }],
    ["99.999%", { sla: { availability_percent: 99.999 } }],
    // a value left out is missing-value's finding
    ["no availability", { sla: { availability_percent: null } }],
  ];
  it.each(valid)("valid: %s", (_, patch) => {
    expect(lintDeal(patch, [availability100Rule]).findings).toEqual([]);
  });

  const invalid: Array<{ name: string; patch: Record<string, unknown>; value: string }> = [
    { name: "100%", patch: { sla: { availability_percent: 100 } }, value: "100" },
    // out of range too: sla-consistency and schema say so as errors
    { name: "more than 100%", patch: { sla: { availability_percent: 100.5 } }, value: "100.5" },
  ];
  it.each(invalid)("invalid: $name", ({ patch, value }) => {
    const { text, findings } = lintDeal(patch, [availability100Rule]);
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: "availability-100",
        messageId: "noDowntime",
        severity: "warning",
        path: "sla.availability_percent",
        clause: "3.1(c)",
        ...spanOf(text, `availability_percent: ${value}`, value),
      }),
    ]);
  });

  it("names the field, its clause and what to write instead", () => {
    const { findings } = lintDeal({ sla: { availability_percent: 100 } }, [availability100Rule]);
    expect(findings[0]?.message.en).toBe(
      "sla.availability_percent (Service availability, clause 3.1(c)) is 100%: that allows not one minute of downtime, not even for maintenance, so Party B would be in breach at its first outage and the promise carries no real standard. Write 99.9 (about 43 minutes a month), or 99.5 as in the sample.",
    );
  });
});
