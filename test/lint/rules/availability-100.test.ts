import { describe, expect, it } from "vitest";
import { availability100Rule } from "../../../src/lint/rules/availability-100.js";
import { lineOf, lintDeal } from "../lint-helpers.js";

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

  const invalid: Array<{ name: string; patch: Record<string, unknown>; line: string; en: string[]; zh: string[] }> = [
    {
      name: "100%",
      patch: { sla: { availability_percent: 100 } },
      line: "availability_percent: 100",
      en: ["(Service availability, clause 3.1(c)) is 100%", "not one minute of downtime", "Write 99.9"],
      zh: ["服务可用性，第3.1条(c)项", "100%", "99.9"],
    },
    {
      // out of range too: sla-consistency and schema say so as errors
      name: "more than 100%",
      patch: { sla: { availability_percent: 100.5 } },
      line: "availability_percent: 100.5",
      en: ["is 100.5%", "Write 99.9"],
      zh: ["100.5%"],
    },
  ];
  it.each(invalid)("invalid: $name", ({ patch, line, en, zh }) => {
    const { text, findings } = lintDeal(patch, [availability100Rule]);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ ruleId: "availability-100", severity: "warning", path: "sla.availability_percent", clause: "3.1(c)", line: lineOf(text, line) });
    for (const words of en) expect(f?.message.en).toContain(words);
    for (const words of zh) expect(f?.message.zh).toContain(words);
  });
});
