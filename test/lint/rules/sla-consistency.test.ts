import { describe, expect, it } from "vitest";
import { slaConsistencyRule } from "../../../src/lint/rules/sla-consistency.js";
import { lineOf, lintDeal } from "../lint-helpers.js";

/** The line of `needle` after the line that holds `after` (`period:` is both the satisfaction's and the threshold's). */
function lineAfter(text: string, after: string, needle: string): number {
  const lines = text.split("\n");
  const from = lineOf(text, after);
  const i = lines.findIndex((l, n) => n >= from && l.includes(needle));
  if (i < 0) throw new Error(`"${needle}" is not after "${after}"`);
  return i + 1;
}

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

  // `line`: the text of the finding's line, or [a line above it, that text] when the text is not unique
  const invalid: Array<{ name: string; patch: Record<string, unknown>; line: string | [string, string]; path: string; clause: string; en: string[]; zh: string[] }> = [
    {
      name: "a response time equal to the resolution time",
      patch: { sla: { response: { minutes: 240 } } },
      line: "minutes: 240",
      path: "sla.response.minutes",
      clause: "3.1(a)",
      en: ["clause 3.1(a)", "is 240 minutes, not shorter than the resolution time of 4 hours (240 minutes", "under 240 minutes"],
      zh: ["第3.1条(a)项", "240分钟", "处理时限4小时"],
    },
    {
      name: "a response time longer than the resolution time",
      patch: { sla: { response: { minutes: 90 }, resolution: { hours: 1 } } },
      line: "minutes: 90",
      path: "sla.response.minutes",
      clause: "3.1(a)",
      en: ["is 90 minutes", "resolution time of 1 hour (60 minutes", "under 60 minutes"],
      zh: ["90分钟"],
    },
    {
      name: "an availability above 100%",
      patch: { sla: { availability_percent: 101 } },
      line: "availability_percent: 101",
      path: "sla.availability_percent",
      clause: "3.1(c)",
      en: ["(Service availability, clause 3.1(c)) is 101%", "cannot exceed 100", "e.g. 99.5 for 99.5%"],
      zh: ["服务可用性", "101%", "不能超过100%"],
    },
    {
      name: "a negative VAT rate",
      patch: { fees: { vat_rate: -6 } },
      line: "vat_rate: -6",
      path: "fees.vat_rate",
      clause: "4.2",
      en: ["-6%", "cannot be negative", "e.g. 6 for 6%"],
      zh: ["不能为负数"],
    },
    {
      name: "a late-payment cap of 500%",
      patch: { fees: { late_payment: { cap_percent: 500 } } },
      line: "cap_percent: 500",
      path: "fees.late_payment.cap_percent",
      clause: "4.6",
      en: ["500%", "clause 4.6"],
      zh: ["500%", "第4.6条"],
    },
    {
      name: "liquidated damages of 200% of the monthly fee (inside a oneOf)",
      patch: { sla: { penalty: { per_breach: { amount: null, percent_of_monthly_fee: 200 } } } },
      line: "percent_of_monthly_fee: 200",
      path: "sla.penalty.per_breach.percent_of_monthly_fee",
      clause: "3.2",
      en: ["200%", "e.g. 2 for 2%"],
      zh: ["200%"],
    },
    {
      name: "a satisfaction target above its scale",
      patch: { sla: { satisfaction: { min_score: 6, scale_max: 5 } } },
      line: "min_score: 6",
      path: "sla.satisfaction.min_score",
      clause: "3.1(d)",
      en: ["is 6, above the top of the scale, 5", "at most 5"],
      zh: ["高于满分5", "不超过5"],
    },
    {
      name: "a quarterly count in a term of one month and ten days",
      patch: { term: { end: "2027-02-10" } },
      line: ["threshold:", "period: quarter"],
      path: "sla.penalty.threshold.period",
      clause: "3.2",
      en: ["is a calendar quarter (three months)", "lasts only one month and 10 days", "per calendar month instead (period: month)"],
      zh: ["自然季度（3个月）", "仅1个月零10日", "按自然月统计"],
    },
    {
      name: "a yearly count in a term of eleven months",
      patch: { term: { end: "2027-11-30" }, sla: { penalty: { threshold: { period: "year" } } } },
      line: ["threshold:", "period: year"],
      path: "sla.penalty.threshold.period",
      clause: "3.2",
      en: ["calendar year (twelve months)", "eleven months", "per calendar quarter instead (period: quarter)"],
      zh: ["自然年度（1年）", "按自然季度统计"],
    },
    {
      name: "a monthly count in a term of twenty days",
      patch: { term: { end: "2027-01-20" }, sla: { penalty: { threshold: { period: "month" } } } },
      line: ["threshold:", "period: month"],
      path: "sla.penalty.threshold.period",
      clause: "3.2",
      en: ["lasts only 20 days", "Lengthen the term"],
      zh: ["仅20日", "请延长服务期限"],
    },
  ];
  it.each(invalid)("invalid: $name", ({ patch, line, path, clause, en, zh }) => {
    const { text, findings } = lintDeal(patch, [slaConsistencyRule]);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ ruleId: "sla-consistency", severity: "error", path, clause, line: typeof line === "string" ? lineOf(text, line) : lineAfter(text, ...line) });
    for (const words of en) expect(f?.message.en).toContain(words);
    for (const words of zh) expect(f?.message.zh).toContain(words);
  });
});
