import { describe, expect, it } from "vitest";
import { slaConsistencyRule } from "../../../src/lint/rules/sla-consistency.js";
import { expectValues, lintDeal, spanOf } from "../lint-helpers.js";

// The sample: response 15 minutes (3.1(a)), resolution 4 hours (3.1(b)), availability 99.5%
// (3.1(c)), satisfaction 80 of 100 (3.1(d)), failures counted per quarter (3.2), term 2027.

describe("sla-consistency", () => {
  it("is an error by default", () => {
    expect(slaConsistencyRule.defaultSeverity).toBe("error");
  });

  const valid: Array<[string, Record<string, unknown>]> = [
    ["the sample's service levels", {}],
    ["a response one minute shorter than the resolution", { sla: { response: { minutes: 239 } } }],
    ["a target at the top of the scale", { sla: { satisfaction: { min_score: 5, scale_max: 5 } } }],
    ["percentages at the ends of the range", { sla: { availability_percent: 100, resolution: { percent: 100 } }, fees: { vat_rate: 0 } }],
    ["a term of exactly one quarter, counted per quarter", { term: { start: "2027-01-01", end: "2027-03-31" } }],
    ["a term of exactly one year, counted per year", { term: { start: "2027-07-01", end: "2028-06-30" }, sla: { penalty: { threshold: { period: "year" } } } }],
    ["a term of two months, counted per month", { term: { end: "2027-02-28" }, sla: { penalty: { threshold: { period: "month" } } } }],
    // a term that ends before it starts is date-order's finding
    ["a term that ends before it starts", { term: { end: "2026-12-31" } }],
    ["no end date", { term: { end: null } }],
  ];
  it.each(valid)("valid: %s", (_, patch) => {
    expect(lintDeal(patch, [slaConsistencyRule]).findings).toEqual([]);
  });

  // `line`: the text of the finding's line, or [a line above it, that text] when the text is not
  // unique; `value`: where on it; `values`: what the rule worked out (limits, suggestions, the term)
  const invalid: Array<{ name: string; patch: Record<string, unknown>; messageId: string; line: string | [string, string]; value: string; path: string; clause: string; values: string[] }> = [
    {
      name: "a response time equal to the resolution time",
      patch: { sla: { response: { minutes: 240 } } },
      messageId: "responseNotShorter",
      line: "minutes: 240",
      value: "240",
      path: "sla.response.minutes",
      clause: "3.1(a)",
      values: ["240"],
    },
    {
      name: "a response time longer than the resolution time",
      patch: { sla: { response: { minutes: 90 }, resolution: { hours: 1 } } },
      messageId: "responseNotShorter",
      line: "minutes: 90",
      value: "90",
      path: "sla.response.minutes",
      clause: "3.1(a)",
      values: ["90", "60"],
    },
    {
      name: "an availability above 100%",
      patch: { sla: { availability_percent: 101 } },
      messageId: "percentAbove100",
      line: "availability_percent: 101",
      value: "101",
      path: "sla.availability_percent",
      clause: "3.1(c)",
      values: ["101%", "99.5"],
    },
    {
      name: "a negative VAT rate",
      patch: { fees: { vat_rate: -6 } },
      messageId: "negativePercent",
      line: "vat_rate: -6",
      value: "-6",
      path: "fees.vat_rate",
      clause: "4.2",
      values: ["-6%", "6%"],
    },
    {
      name: "a late-payment cap of 500%",
      patch: { fees: { late_payment: { cap_percent: 500 } } },
      messageId: "percentAbove100",
      line: "cap_percent: 500",
      value: "500",
      path: "fees.late_payment.cap_percent",
      clause: "4.6",
      values: ["500%"],
    },
    {
      name: "liquidated damages of 200% of the monthly fee (inside a oneOf)",
      patch: { sla: { penalty: { per_breach: { amount: null, percent_of_monthly_fee: 200 } } } },
      messageId: "percentAbove100",
      line: "percent_of_monthly_fee: 200",
      value: "200",
      path: "sla.penalty.per_breach.percent_of_monthly_fee",
      clause: "3.2",
      values: ["200%", "2%"],
    },
    {
      name: "a satisfaction target above its scale",
      patch: { sla: { satisfaction: { min_score: 6, scale_max: 5 } } },
      messageId: "targetAboveScale",
      line: "min_score: 6",
      value: "6",
      path: "sla.satisfaction.min_score",
      clause: "3.1(d)",
      // 80% of the scale, as an example of a target that can be met
      values: ["5", "4"],
    },
    {
      name: "a quarterly count in a term of one month and ten days",
      patch: { term: { end: "2027-02-10" } },
      messageId: "periodLongerThanTerm",
      line: ["threshold:", "period: quarter"],
      value: "quarter",
      path: "sla.penalty.threshold.period",
      clause: "3.2",
      values: ["2027-01-01", "2027-02-10", "period: month"],
    },
    {
      name: "a yearly count in a term of eleven months",
      patch: { term: { end: "2027-11-30" }, sla: { penalty: { threshold: { period: "year" } } } },
      messageId: "periodLongerThanTerm",
      line: ["threshold:", "period: year"],
      value: "year",
      path: "sla.penalty.threshold.period",
      clause: "3.2",
      values: ["period: quarter"],
    },
    {
      name: "a monthly count in a term of twenty days",
      patch: { term: { end: "2027-01-20" }, sla: { penalty: { threshold: { period: "month" } } } },
      messageId: "termShorterThanAnyPeriod",
      line: ["threshold:", "period: month"],
      value: "month",
      path: "sla.penalty.threshold.period",
      clause: "3.2",
      values: ["20"],
    },
  ];
  it.each(invalid)("invalid: $name", ({ patch, messageId, line, value, path, clause, values }) => {
    const { text, findings } = lintDeal(patch, [slaConsistencyRule]);
    expect(findings).toEqual([expect.objectContaining({ ruleId: "sla-consistency", messageId, severity: "error", path, clause, ...spanOf(text, line, value) })]);
    expectValues(findings[0], values);
  });

  it("names the counting period and the term's length in words, and the period that fits", () => {
    const { findings } = lintDeal({ term: { end: "2027-02-10" } }, [slaConsistencyRule]);
    expect(findings[0]?.message.en).toBe(
      "sla.penalty.threshold.period (Counting period, clause 3.2) is a calendar quarter (three months), but the term from 2027-01-01 to 2027-02-10 lasts only one month and 10 days: the failures can never be counted over a whole period, so the threshold may never be reached. Count failures per calendar month instead (period: month).",
    );
  });
});
