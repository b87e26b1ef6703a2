import { describe, expect, it } from "vitest";
import { comparableTerms, markBest, rankScores, ranking, termPoints } from "../../src/compare/index.js";
import { figureCell } from "../../src/compare/figures.js";
import { loadTemplate } from "../../src/template/template.js";
import { compareFiles, supplier, writeDeals, writePolicy } from "./compare-helpers.js";

const row = (c: ReturnType<typeof compareFiles>, path: string) => {
  const r = c.rows.find((x) => x.path === path);
  if (!r) throw new Error(`no row ${path}`);
  return r;
};

describe("markBest", () => {
  it("marks the lowest when lower is better, the highest when higher is", () => {
    expect(markBest([15, 10, 30], "lower")).toEqual([false, true, false]);
    expect(markBest([15, 10, 30], "higher")).toEqual([false, false, true]);
  });

  it("marks nothing when every offer is the same", () => {
    expect(markBest([20, 20, 20], "lower")).toEqual([false, false, false]);
    expect(markBest([20, undefined, 20], "higher")).toEqual([false, false, false]);
  });

  it("marks every offer tied for best when another is worse", () => {
    expect(markBest([30, 30, 60], "lower")).toEqual([true, true, false]);
    expect(markBest([3, 2, 3], "higher")).toEqual([true, false, true]);
  });

  it("never marks a missing value, and marks nothing when only one offer gives the term", () => {
    expect(markBest([undefined, 10, 30], "lower")).toEqual([false, true, false]);
    expect(markBest([undefined, 10, undefined], "lower")).toEqual([false, false, false]);
    expect(markBest([undefined, undefined], "higher")).toEqual([false, false]);
    expect(markBest([5], "higher")).toEqual([false]);
  });
});

describe("termPoints and rankScores", () => {
  it("scores 1 for the best, 0 for the worst, in between linearly; missing scores 0", () => {
    expect(termPoints([10, 20, 30], "lower")).toEqual([1, 0.5, 0]);
    expect(termPoints([10, 20, 30], "higher")).toEqual([0, 0.5, 1]);
    expect(termPoints([10, undefined, 30], "lower")).toEqual([1, 0, 0]);
  });

  it("all equal: each offer that gives the term scores 1", () => {
    expect(termPoints([5, 5, undefined], "higher")).toEqual([1, 1, 0]);
  });

  it("ranks by score to one decimal; ties share a rank; unscored are unranked", () => {
    expect(rankScores([50, 80, 80.04, 20])).toEqual([3, 1, 1, 4]);
    expect(rankScores([undefined, 10, 30])).toEqual([undefined, 2, 1]);
  });
});

describe("compareDeals", () => {
  it("has one row per comparable term of the schema, in its order, and one column per deal headed by Party B's name", () => {
    const files = writeDeals([supplier("甲乙"), supplier("丙丁")]);
    const c = compareFiles(files);
    const terms = comparableTerms(loadTemplate("customer-service").schema);
    expect(terms).toContain("sla.response.minutes");
    expect(terms).not.toContain("sla.satisfaction.scale_max");
    expect(c.rows.map((r) => r.path)).toEqual(terms);
    expect(c.vendors.map((v) => v.name)).toEqual([
      { zh: "甲乙公司", en: "甲乙 Ltd." },
      { zh: "丙丁公司", en: "丙丁 Ltd." },
    ]);
    const response = row(c, "sla.response.minutes");
    expect(response).toMatchObject({ better: "lower", kind: "minutes", unit: { zh: "分钟", en: "minutes" }, label: { zh: "响应时限", en: "Response time" } });
    expect(c.excluded).toEqual([]);
  });

  it("writes values as the agreement does, in both languages", () => {
    const files = writeDeals([{ ...supplier("A"), fees: { monthly_fee: 186000 } }, { ...supplier("B"), team: { retraining_interval_months: 6 } }]);
    const c = compareFiles(files);
    expect(row(c, "fees.monthly_fee").cells[0]?.text).toEqual({
      zh: "人民币壹拾捌万陆仟元整（¥186,000.00）",
      en: "RMB 186,000.00 (one hundred and eighty-six thousand yuan)",
    });
    expect(row(c, "team.retraining_interval_months").cells[1]?.text).toEqual({ zh: "半年", en: "six months" });
    expect(row(c, "sla.availability_percent").cells[0]?.text).toEqual({ zh: "99.5%", en: "99.5%" });
  });

  it("marks the best offer per term; equal offers are not marked; a tie for best marks both", () => {
    const files = writeDeals([
      { ...supplier("A"), sla: { response: { minutes: 15 } }, term: { convenience_notice_days: 30 } },
      { ...supplier("B"), sla: { response: { minutes: 10 } }, term: { convenience_notice_days: 30 } },
      { ...supplier("C"), sla: { response: { minutes: 20 } }, term: { convenience_notice_days: 60 } },
    ]);
    const c = compareFiles(files);
    expect(row(c, "sla.response.minutes").cells.map((x) => x.best)).toEqual([false, true, false]);
    expect(row(c, "term.convenience_notice_days").cells.map((x) => x.best)).toEqual([true, true, false]);
    // every sample value not patched is the same in the three: nothing marked
    expect(row(c, "team.min_headcount").cells.map((x) => x.best)).toEqual([false, false, false]);
  });

  it("a missing value shows as not given and is never best", () => {
    const files = writeDeals([
      { ...supplier("A"), confidentiality: { years_after_termination: null } },
      { ...supplier("B"), confidentiality: { years_after_termination: 2 } },
      { ...supplier("C"), confidentiality: { years_after_termination: 5 } },
    ]);
    const c = compareFiles(files);
    const r = row(c, "confidentiality.years_after_termination");
    expect(r.cells[0]).toMatchObject({ value: undefined, best: false });
    expect(r.cells[0]?.text).toBeUndefined();
    expect(r.cells.map((x) => x.best)).toEqual([false, false, true]);
  });

  // issue 12, item 13: a fixed amount and a percentage of the fee are brought to one figure
  it("compares the liquidated damages on the amount per failure each offer means: 3% of RMB 215,000 beats RMB 5,000", () => {
    const files = writeDeals([
      { ...supplier("A"), fees: { monthly_fee: 178000 }, sla: { penalty: { per_breach: { amount: 5000 } } } },
      { ...supplier("B"), fees: { monthly_fee: 215000 }, sla: { penalty: { per_breach: { amount: null, percent_of_monthly_fee: 3 } } } },
      { ...supplier("C"), fees: { monthly_fee: 149000 }, sla: { penalty: { per_breach: { amount: 3000 } } } },
    ]);
    const c = compareFiles(files);
    expect(c.rows.map((r) => r.path)).not.toContain("sla.penalty.per_breach.amount");
    expect(c.rows.map((r) => r.path)).not.toContain("sla.penalty.per_breach.percent_of_monthly_fee");
    const r = row(c, "sla.penalty.per_breach");
    expect(r).toMatchObject({ kind: "money", better: "higher", unit: { zh: "元", en: "yuan" } });
    expect(r.cells.map((x) => x.figure)).toEqual([5000, 6450, 3000]);
    expect(r.cells.map((x) => x.best)).toEqual([false, true, false]);
    // the offer's own terms, and the figure compared
    expect(r.cells[1]?.terms).toEqual({ zh: "月度服务费（含税）的3%", en: "3% of the monthly service fee (VAT inclusive)" });
    expect(r.cells[1]?.text?.zh).toBe("月度服务费（含税）的3%，即人民币陆仟肆佰伍拾元整（¥6,450.00）");
    expect(r.cells[1]?.text?.en).toBe("3% of the monthly service fee (VAT inclusive), i.e. RMB 6,450.00 (six thousand four hundred and fifty yuan)");
    expect(r.cells[0]?.text?.en).toBe("RMB 5,000.00 (five thousand yuan)");
  });

  it("a percentage of a fee that is not given has no figure and is shown as written", () => {
    // compare leaves such an offer out (missing-value is an error); the figure stays undefined, never 0
    const schema = loadTemplate("customer-service").schema;
    const cell = figureCell(schema, "sla.penalty.per_breach", { sla: { penalty: { per_breach: { percent_of_monthly_fee: 2.5 } } } });
    expect(cell).toEqual({ terms: { zh: "月度服务费（含税）的2.5%", en: "2.5% of the monthly service fee (VAT inclusive)" }, text: { zh: "月度服务费（含税）的2.5%", en: "2.5% of the monthly service fee (VAT inclusive)" }, share: "2.5%" });
    expect(figureCell(schema, "sla.penalty.per_breach", { fees: { monthly_fee: 6007.14 }, sla: { penalty: { per_breach: { percent_of_monthly_fee: 2.5 } } } })?.figure).toBe(150.18);
    expect(figureCell(schema, "sla.penalty.per_breach", {})).toBeUndefined();
  });

  it("the dispute row shows the institution and seat chosen, not just arbitration", () => {
    const files = writeDeals([
      supplier("A"),
      { ...supplier("B"), dispute: { arbitration: { institution: { zh: "深圳国际仲裁院", en: "Shenzhen Court of International Arbitration" }, seat: { zh: "深圳", en: "Shenzhen" } } } },
      { ...supplier("C"), dispute: { method: "court", arbitration: null, court: { location: { zh: "甲方住所地", en: "the place of Party A's domicile" } } } },
    ]);
    const policy = writePolicy("template: customer-service\nrules:\n  - field: dispute.method\n    one_of: [arbitration]\n    severity: warning\n");
    const r = row(compareFiles(files, policy), "dispute.method");
    expect(r.cells.map((x) => x.value)).toEqual(["arbitration", "arbitration", "court"]);
    expect(r.cells.map((x) => x.text?.en)).toEqual([
      "arbitration (Shanghai International Arbitration Center, Shanghai)",
      "arbitration (Shenzhen Court of International Arbitration, Shenzhen)",
      "litigation (the place of Party A's domicile)",
    ]);
    expect(r.cells[1]?.text?.zh).toBe("仲裁（深圳国际仲裁院，深圳）");
  });

  it("tells apart two offers of one supplier by their files", () => {
    const files = writeDeals([supplier("A"), supplier("A")], ["first", "second"]);
    const c = compareFiles(files);
    expect(c.vendors.map((v) => v.name.en)).toEqual(["A Ltd. (first.yaml)", "A Ltd. (second.yaml)"]);
    expect(c.vendors.map((v) => v.name.zh)).toEqual(["A公司（first.yaml）", "A公司（second.yaml）"]);
  });

  it("without a policy: no weights, scores, ranks or notes", () => {
    const c = compareFiles(writeDeals([supplier("A"), supplier("B")]));
    expect(c.policy).toBeUndefined();
    expect(c.vendors.every((v) => v.score === undefined && v.rank === undefined && !v.disqualified)).toBe(true);
    expect(c.rows.every((r) => r.weight === undefined)).toBe(true);
    expect(c.notes).toEqual([]);
  });
});

describe("score and ranking", () => {
  const POLICY = `template: customer-service
rules:
  - field: sla.response.minutes
    max: 30
    weight: 3
    message: { zh: 响应时间不得超过30分钟, en: Response time must be at most 30 minutes }
  - field: fees.monthly_fee
    weight: 1
  - field: confidentiality.years_after_termination
    min: 3
    severity: warning
`;

  /** Every other comparable term is weighted 0, so that the score is computed here by hand. */
  function onlyTwoTerms(): string {
    const others = comparableTerms(loadTemplate("customer-service").schema).filter((t) => t !== "sla.response.minutes" && t !== "fees.monthly_fee" && t !== "confidentiality.years_after_termination");
    return POLICY + others.map((t) => `  - field: ${t}\n    weight: 0\n`).join("") + "  - field: confidentiality.years_after_termination\n    weight: 0\n";
  }

  it("is the weighted mean of each term's points, on 0–100; a rule of severity error disqualifies", () => {
    const files = writeDeals([
      { ...supplier("A"), sla: { response: { minutes: 10 } }, fees: { monthly_fee: 200000 } },
      { ...supplier("B"), sla: { response: { minutes: 20 } }, fees: { monthly_fee: 100000 } },
      { ...supplier("C"), sla: { response: { minutes: 15 } }, fees: { monthly_fee: 150000 }, confidentiality: { years_after_termination: 2 } },
      { ...supplier("D"), sla: { response: { minutes: 45 } }, fees: { monthly_fee: 50000 } },
    ]);
    const c = compareFiles(files, writePolicy(onlyTwoTerms()));
    // response, weight 3: best 10, worst 45; fee, weight 1: best 50000, worst 200000
    const expected = [
      (3 * 1 + 1 * 0) / 4,
      (3 * (25 / 35) + 1 * (100000 / 150000)) / 4,
      (3 * (30 / 35) + 1 * (50000 / 150000)) / 4,
      (3 * 0 + 1 * 1) / 4,
    ].map((x) => 100 * x);
    c.vendors.forEach((v, i) => expect(v.score).toBeCloseTo(expected[i] ?? NaN, 9));
    expect(c.vendors.map((v) => v.disqualified)).toEqual([false, false, false, true]);
    // C breaks only a warning: flagged, still ranked
    expect(c.vendors[2]?.breaches.map((b) => b.severity)).toEqual(["warning"]);
    expect(c.vendors.map((v) => v.rank)).toEqual([1, 3, 2, undefined]);
    expect(ranking(c).map((v) => v.name.en)).toEqual(["A Ltd.", "C Ltd.", "B Ltd.", "D Ltd."]);
  });

  it("a comparable term that no rule weighs counts with weight 1", () => {
    const c = compareFiles(writeDeals([supplier("A"), supplier("B")]), writePolicy(POLICY));
    expect(c.rows.find((r) => r.path === "sla.response.minutes")?.weight).toBe(3);
    expect(c.rows.find((r) => r.path === "team.min_headcount")?.weight).toBe(1);
    // the same offers: every term scores 1 for both, a shared first rank
    expect(c.vendors.map((v) => v.score)).toEqual([100, 100]);
    expect(c.vendors.map((v) => v.rank)).toEqual([1, 1]);
  });

  it("flags each cell that breaks a rule with a note per rule, numbered in the table's order", () => {
    const files = writeDeals([
      { ...supplier("A"), sla: { response: { minutes: 40 } }, confidentiality: { years_after_termination: 1 } },
      { ...supplier("B"), sla: { response: { minutes: 50 } } },
    ]);
    const c = compareFiles(files, writePolicy(POLICY));
    const years = c.rows.find((r) => r.path === "confidentiality.years_after_termination");
    const response = c.rows.find((r) => r.path === "sla.response.minutes");
    // confidentiality comes before the SLA in the schema
    expect(years?.cells.map((x) => x.notes)).toEqual([[1], []]);
    expect(years?.cells[0]?.severity).toBe("warning");
    expect(response?.cells.map((x) => x.notes)).toEqual([[2], [2]]);
    expect(response?.cells.map((x) => x.severity)).toEqual(["error", "error"]);
    expect(c.notes.map((n) => [n.number, n.rule.field, n.severity, n.message.en])).toEqual([
      [1, "confidentiality.years_after_termination", "warning", "Confidentiality period after termination must be at least three years"],
      [2, "sla.response.minutes", "error", "Response time must be at most 30 minutes"],
    ]);
    // every vendor is disqualified: none is ranked
    expect(c.vendors.map((v) => v.rank)).toEqual([undefined, undefined]);
    expect(c.vendors[0]?.breaches.map((b) => b.line)).toEqual([expect.any(Number), expect.any(Number)]);
  });

  it("a field the policy checks that is not a comparable term gets a row of its own, after the terms", () => {
    const files = writeDeals([supplier("A"), { ...supplier("B"), dispute: { method: "court", arbitration: null, court: { location: { zh: "甲方住所地", en: "the place of Party A's domicile" } } } }]);
    const c = compareFiles(files, writePolicy(`template: customer-service\nrules:\n  - field: dispute.method\n    one_of: [arbitration]\n`));
    const last = c.rows.at(-1);
    expect(last?.path).toBe("dispute.method");
    expect(last?.better).toBeUndefined();
    expect(last?.weight).toBeUndefined();
    expect(last?.cells.map((x) => x.text?.zh)).toEqual(["仲裁（上海国际仲裁中心，上海）", "诉讼（甲方住所地）"]);
    expect(last?.cells.map((x) => x.notes)).toEqual([[], [1]]);
  });
});
