import { describe, expect, it } from "vitest";
import { dealDate } from "../../../src/lint/calendar.js";
import { penaltyCapRule, termMonths } from "../../../src/lint/rules/penalty-cap.js";
import { expectValues, lineOf, lintDeal, spanOf } from "../lint-helpers.js";

// The sample: RMB 5,000 per SLA failure (clause 3.2), 3 failures a quarter before further
// measures, a cap of RMB 2,000,000 (clause 6.5), RMB 186,000 a month from 2027-01-01 to
// 2027-12-31: fees of RMB 2,232,000 over the term.

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

  // `values`: the amounts and the term the rule worked out, figures as both languages write them
  const invalid: Array<{ name: string; patch: Record<string, unknown>; messageId: string; line: string; value: string; path: string; clause: string; values: string[] }> = [
    {
      name: "damages per failure with no cap",
      patch: { liability: { cap: null } },
      messageId: "noCap",
      line: "amount: 5000",
      value: "5000",
      path: "sla.penalty.per_breach.amount",
      clause: "3.2",
      values: ["5,000.00"],
    },
    {
      name: "a share of the monthly fee with no cap",
      patch: { sla: { penalty: { per_breach: { amount: null, percent_of_monthly_fee: 2 } } }, liability: { cap: null } },
      messageId: "noCap",
      line: "percent_of_monthly_fee: 2",
      value: "2",
      path: "sla.penalty.per_breach.percent_of_monthly_fee",
      clause: "3.2",
      values: ["2%", "3,720.00"],
    },
    {
      name: "a cap above the fees of the term",
      patch: { liability: { cap: 3000000 } },
      messageId: "capAboveFees",
      line: "cap: 3000000",
      value: "3000000",
      path: "liability.cap",
      clause: "6.5",
      values: ["3,000,000.00", "2,232,000.00", "186,000.00", "12", "2027-01-01", "2027-12-31"],
    },
    {
      name: "a cap above the fees of a shorter term",
      patch: { term: { start: "2027-01-01", end: "2027-06-30" } },
      messageId: "capAboveFees",
      line: "cap: 2000000",
      value: "2000000",
      path: "liability.cap",
      clause: "6.5",
      values: ["1,116,000.00", "× 6"],
    },
    {
      name: "damages that use up the cap before the threshold",
      patch: { sla: { penalty: { per_breach: { amount: 800000 } } } },
      messageId: "capUsedUp",
      line: "amount: 800000",
      value: "800000",
      path: "sla.penalty.per_breach.amount",
      clause: "3.2",
      values: ["2,400,000.00", "2,000,000.00"],
    },
    {
      name: "one failure above the cap, with no threshold",
      patch: { sla: { penalty: { per_breach: { amount: 2100000 }, threshold: null } } },
      messageId: "capUsedUp",
      line: "amount: 2100000",
      value: "2100000",
      path: "sla.penalty.per_breach.amount",
      clause: "3.2",
      values: ["2,100,000.00"],
    },
  ];
  it.each(invalid)("invalid: $name", ({ patch, messageId, line, value, path, clause, values }) => {
    const { text, findings } = lintDeal(patch, [penaltyCapRule]);
    expect(findings).toEqual([expect.objectContaining({ ruleId: "penalty-cap", messageId, severity: "warning", path, clause, ...spanOf(text, line, value) })]);
    expectValues(findings[0], values);
  });

  it("counts the failures to the threshold, and says on what law the warning rests", () => {
    const { findings } = lintDeal({ sla: { penalty: { per_breach: { amount: 2100000 }, threshold: null } } }, [penaltyCapRule]);
    expect(findings[0]?.message.en).toBe(
      "Liquidated damages of RMB 2,100,000.00 per SLA failure (clause 3.2) reach RMB 2,100,000.00 at the threshold of 1 failure, more than the liability cap of RMB 2,000,000.00: the cap is used up before Party A may take further measures, and under Article 585 of the Civil Code a court or arbitral tribunal may, on request, reduce liquidated damages that are excessively higher than the loss, and under Article 65 of the SPC Interpretation on the General Provisions of Contracts (Fa Shi [2023] No. 13) damages exceeding the loss by more than 30% are in general excessively high. Lower the damages per failure or raise the cap.",
    );
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
