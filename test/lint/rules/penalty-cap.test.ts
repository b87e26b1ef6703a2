import { describe, expect, it } from "vitest";
import { dealDate } from "../../../src/lint/calendar.js";
import { penaltyCapRule, termMonths } from "../../../src/lint/rules/penalty-cap.js";
import { lineOf, lintDeal } from "../lint-helpers.js";

// The sample: RMB 5,000 per SLA failure (clause 3.2), 3 failures a quarter before further
// measures, a cap of RMB 2,000,000 (clause 6.5), RMB 186,000 a month from 2027-01-01 to
// 2027-12-31: fees of RMB 2,232,000 over the term.

const LAW = { en: ["Article 585 of the Civil Code", "Fa Shi [2023] No. 13", "30%"], zh: ["《民法典》第585条", "法释〔2023〕13号 第65条", "30%"] };

describe("penalty-cap", () => {
  it("is a warning by default", () => {
    expect(penaltyCapRule.defaultSeverity).toBe("warning");
  });

  const valid: Array<[string, Record<string, unknown>]> = [
    ["the sample: a cap below the fees of the term", {}],
    ["a cap equal to the fees of the term", { liability: { cap: 2232000 } }],
    ["a cap equal to the fees of a six-month term", { term: { start: "2027-01-01", end: "2027-06-30" }, liability: { cap: 1116000 } }],
    ["damages as a share of the monthly fee, within the cap", { sla: { penalty: { per_breach: { amount: null, percent_of_monthly_fee: 2 } } } }],
    ["damages that reach the cap exactly at the threshold", { sla: { penalty: { per_breach: { amount: 500000 }, threshold: { breaches: 4 } } } }],
    ["no damages per failure and no cap", { sla: { penalty: { per_breach: null } }, liability: { cap: null } }],
    // without a term or a fee there is nothing to compare the cap with
    ["a high cap and no end date", { term: { end: null }, liability: { cap: 9000000 } }],
    ["a high cap and a term that ends before it starts", { term: { end: "2026-06-30" }, liability: { cap: 9000000 } }],
    ["a high cap and no monthly fee", { fees: { monthly_fee: null }, liability: { cap: 9000000 } }],
  ];
  it.each(valid)("valid: %s", (_, patch) => {
    expect(lintDeal(patch, [penaltyCapRule]).findings).toEqual([]);
  });

  const invalid: Array<{ name: string; patch: Record<string, unknown>; line: string; path: string; clause: string; en: string[]; zh: string[] }> = [
    {
      name: "damages per failure with no cap",
      patch: { liability: { cap: null } },
      line: "amount: 5000",
      path: "sla.penalty.per_breach.amount",
      clause: "3.2",
      en: ["RMB 5,000.00 per SLA failure (clause 3.2)", "no overall cap", "liability.cap"],
      zh: ["人民币5,000.00元（第3.2条）", "未约定赔偿责任总额上限"],
    },
    {
      name: "a share of the monthly fee with no cap",
      patch: { sla: { penalty: { per_breach: { amount: null, percent_of_monthly_fee: 2 } } }, liability: { cap: null } },
      line: "percent_of_monthly_fee: 2",
      path: "sla.penalty.per_breach.percent_of_monthly_fee",
      clause: "3.2",
      en: ["2% of the monthly fee (RMB 3,720.00)", "no overall cap"],
      zh: ["当月服务费的2%（人民币3,720.00元）"],
    },
    {
      name: "a cap above the fees of the term",
      patch: { liability: { cap: 3000000 } },
      line: "cap: 3000000",
      path: "liability.cap",
      clause: "6.5",
      en: ["RMB 3,000,000.00 (clause 6.5)", "RMB 2,232,000.00", "RMB 186,000.00 a month × 12 months", "2027-01-01 to 2027-12-31"],
      zh: ["人民币3,000,000.00元（第6.5条）", "人民币2,232,000.00元", "12个月"],
    },
    {
      name: "a cap above the fees of a shorter term",
      patch: { term: { start: "2027-01-01", end: "2027-06-30" } },
      line: "cap: 2000000",
      path: "liability.cap",
      clause: "6.5",
      en: ["RMB 1,116,000.00", "× 6 months"],
      zh: ["人民币1,116,000.00元", "6个月"],
    },
    {
      name: "damages that use up the cap before the threshold",
      patch: { sla: { penalty: { per_breach: { amount: 800000 } } } },
      line: "amount: 800000",
      path: "sla.penalty.per_breach.amount",
      clause: "3.2",
      en: ["RMB 2,400,000.00 at the threshold of 3 failures", "cap of RMB 2,000,000.00"],
      zh: ["累计违约达到3次时合计人民币2,400,000.00元", "上限人民币2,000,000.00元"],
    },
    {
      name: "one failure above the cap, with no threshold",
      patch: { sla: { penalty: { per_breach: { amount: 2100000 }, threshold: null } } },
      line: "amount: 2100000",
      path: "sla.penalty.per_breach.amount",
      clause: "3.2",
      en: ["threshold of 1 failure,"],
      zh: ["达到1次时"],
    },
  ];
  it.each(invalid)("invalid: $name", ({ patch, line, path, clause, en, zh }) => {
    const { text, findings } = lintDeal(patch, [penaltyCapRule]);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ ruleId: "penalty-cap", severity: "warning", path, clause, line: lineOf(text, line) });
    for (const words of [...en, ...LAW.en]) expect(f?.message.en).toContain(words);
    for (const words of [...zh, ...LAW.zh]) expect(f?.message.zh).toContain(words);
  });

  it("reports a high cap and damages that pass it, each at its own line", () => {
    const { text, findings } = lintDeal({ liability: { cap: 2500000 }, term: { end: "2027-06-30" }, sla: { penalty: { per_breach: { amount: 900000 } } } }, [penaltyCapRule]);
    expect(findings.map((f) => [f.path, f.line])).toEqual([
      ["sla.penalty.per_breach.amount", lineOf(text, "amount: 900000")],
      ["liability.cap", lineOf(text, "cap: 2500000")],
    ]);
  });
});

describe("termMonths", () => {
  it.each([
    ["2027-01-01", "2027-12-31", 12],
    ["2027-01-01", "2027-06-30", 6],
    ["2027-01-01", "2027-01-31", 1],
    ["2028-02-01", "2028-02-29", 1],
    // part months count by their days, as clause 4.1 prorates the fee
    ["2027-01-16", "2027-02-28", 16 / 31 + 1],
    ["2027-03-01", "2027-03-01", 1 / 31],
    ["2026-07-01", "2029-06-30", 36],
  ])("%s to %s: %d months", (start, end, months) => {
    expect(termMonths(dealDate(start)!, dealDate(end)!)).toBeCloseTo(months, 9);
  });

  it("undefined when the term ends before it starts", () => {
    expect(termMonths(dealDate("2027-02-01")!, dealDate("2027-01-31")!)).toBeUndefined();
  });
});
