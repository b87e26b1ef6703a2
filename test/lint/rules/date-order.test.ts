import { describe, expect, it } from "vitest";
import type { Severity } from "../../../src/core/finding.js";
import { dateOrderRule } from "../../../src/lint/rules/date-order.js";
import { expectValues, lineOf, lintDeal, spanOf } from "../lint-helpers.js";

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

  const invalid: Array<{ name: string; patch: Record<string, unknown>; messageId: string; severity: Severity; line: string; value: string; clause: string; values: string[] }> = [
    {
      name: "a term that ends before it starts",
      patch: { term: { end: "2026-12-31" } },
      messageId: "endsBeforeStart",
      severity: "error",
      line: "end: 2026-12-31",
      value: "2026-12-31",
      clause: "7.1",
      // a year from the start, to the day before the anniversary
      values: ["2027-12-31"],
    },
    {
      name: "a term that ends on the day it starts",
      patch: { term: { start: "2027-03-01", end: "2027-03-01" } },
      messageId: "endsOnStart",
      severity: "error",
      line: "end: 2027-03-01",
      value: "2027-03-01",
      clause: "7.1",
      values: ["2028-02-29"],
    },
    {
      name: "signed after the term started",
      patch: { signing: { date: "2027-01-15" } },
      messageId: "signedAfterStart",
      severity: "warning",
      line: "date: 2027-01-15",
      value: "2027-01-15",
      clause: "12.7",
      values: ["2027-01-15", "2027-01-01"],
    },
  ];
  it.each(invalid)("invalid: $name", ({ patch, messageId, severity, line, value, clause, values }) => {
    const { text, findings } = lintDeal(patch, [dateOrderRule]);
    expect(findings).toEqual([expect.objectContaining({ ruleId: "date-order", messageId, severity, clause, ...spanOf(text, line, value) })]);
    expectValues(findings[0], values);
  });

  it("suggests an end date a year on, with both dates, in the clause of the term", () => {
    const { findings } = lintDeal({ term: { end: "2026-12-31" } }, [dateOrderRule]);
    expect(findings[0]?.message.en).toBe(
      "term.end 2026-12-31 is before term.start 2027-01-01: the service term in clause 7.1 would end before it begins. Write an end date after 1 January 2027, e.g. 2027-12-31 for a term of one year, or correct term.start.",
    );
  });

  it("reports both problems, each at its own line", () => {
    const { text, findings } = lintDeal({ term: { end: "2026-06-30" }, signing: { date: "2027-02-01" } }, [dateOrderRule]);
    expect(findings.map((f) => [f.path, f.severity, f.line])).toEqual([
      ["term.end", "error", lineOf(text, "end: 2026-06-30")],
      ["signing.date", "warning", lineOf(text, "date: 2027-02-01")],
    ]);
  });
});
