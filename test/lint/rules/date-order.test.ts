import { describe, expect, it } from "vitest";
import type { Severity } from "../../../src/core/finding.js";
import { dateOrderRule } from "../../../src/lint/rules/date-order.js";
import { lineOf, lintDeal } from "../lint-helpers.js";

// The sample: term 2027-01-01 to 2027-12-31 (clause 7.1), signed 2026-12-15 (clause 12.7).

describe("date-order", () => {
  it("is an error by default", () => {
    expect(dateOrderRule.defaultSeverity).toBe("error");
  });

  const valid: Array<[string, Record<string, unknown>]> = [
    ["the sample's dates", {}],
    ["a term of two days", { term: { start: "2027-01-01", end: "2027-01-02" } }],
    ["signed on the day the term starts", { signing: { date: "2027-01-01" } }],
    ["no signing date", { signing: null }],
    ["no end date", { term: { end: null } }],
    // a date that is not in the calendar is the schema rule's finding
    ["an end date that does not exist", { term: { end: "2026-02-30" } }],
  ];
  it.each(valid)("valid: %s", (_, patch) => {
    expect(lintDeal(patch, [dateOrderRule]).findings).toEqual([]);
  });

  const invalid: Array<{ name: string; patch: Record<string, unknown>; severity: Severity; line: string; clause: string; en: string[]; zh: string[] }> = [
    {
      name: "a term that ends before it starts",
      patch: { term: { end: "2026-12-31" } },
      severity: "error",
      line: "end: 2026-12-31",
      clause: "7.1",
      en: ["term.end 2026-12-31 is before term.start 2027-01-01", "clause 7.1", "e.g. 2027-12-31"],
      zh: ["早于", "第7.1条", "2027-12-31"],
    },
    {
      name: "a term that ends on the day it starts",
      patch: { term: { start: "2027-03-01", end: "2027-03-01" } },
      severity: "error",
      line: "end: 2027-03-01",
      clause: "7.1",
      en: ["the same day as term.start", "after 1 March 2027", "e.g. 2028-02-29"],
      zh: ["为同一天", "晚于2027年3月1日"],
    },
    {
      name: "signed after the term started",
      patch: { signing: { date: "2027-01-15" } },
      severity: "warning",
      line: "date: 2027-01-15",
      clause: "12.7",
      en: ["signing.date 2027-01-15 is after term.start 2027-01-01", "Move term.start to 2027-01-15 or later"],
      zh: ["晚于 term.start", "第四百九十条", "2027-01-15 或之后"],
    },
  ];
  it.each(invalid)("invalid: $name", ({ patch, severity, line, clause, en, zh }) => {
    const { text, findings } = lintDeal(patch, [dateOrderRule]);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ ruleId: "date-order", severity, clause, line: lineOf(text, line) });
    for (const words of en) expect(f?.message.en).toContain(words);
    for (const words of zh) expect(f?.message.zh).toContain(words);
  });

  it("reports both problems, each at its own line", () => {
    const { text, findings } = lintDeal({ term: { end: "2026-06-30" }, signing: { date: "2027-02-01" } }, [dateOrderRule]);
    expect(findings.map((f) => [f.path, f.severity, f.line])).toEqual([
      ["term.end", "error", lineOf(text, "end: 2026-06-30")],
      ["signing.date", "warning", lineOf(text, "date: 2027-02-01")],
    ]);
  });
});
