// Values read back from returned files made from the rendered sample: the new value of a field
// changed in both languages goes into the deal (typed, by the field's kind), and the deal is
// linted with it; a field the versions state differently, or in words that are no value, keeps
// the agreed value and is reported.

import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/core/finding.js";
import { review } from "../../src/library/review.js";
import type { Deviation } from "../../src/review/deviations.js";
import type { ExpectedClause } from "../../src/review/expected.js";
import { readBack } from "../../src/review/read-back.js";
import { loadTemplate } from "../../src/template/template.js";
import { editDocument, editParagraph, replaceOnce, returnedFile, SAMPLE, sampleDocx } from "./returned-docx.js";

const brief = (f: Finding): Record<string, string | number | undefined> => ({ ruleId: f.ruleId, messageId: f.messageId, severity: f.severity, clause: f.clause, path: f.path });

/** Both languages of a clause edited: each replacement made once in its paragraph. */
const both = (base: string, zh: [string, string], en: [string, string]) => (xml: string): string =>
  editParagraph(editParagraph(xml, `${base}_zh`, (p) => replaceOnce(p, `>${zh[0]}<`, `>${zh[1]}<`)), `${base}_en`, (p) => replaceOnce(p, `>${en[0]}<`, `>${en[1]}<`));

async function reviewed(edit: (xml: string) => string): Promise<Awaited<ReturnType<typeof review>>> {
  return review(returnedFile(editDocument(await sampleDocx(), edit)), { deal: SAMPLE });
}

const values = (run: Awaited<ReturnType<typeof review>>): unknown[] => (run.deal?.values ?? []).map((v) => [v.path, v.old, v.value, v.clause.number]);

describe("values read back from a returned file", () => {
  it("reads an amount changed in both languages into the deal, comments and order kept", async () => {
    const run = await reviewed(both("cw_sla_penalty", ["人民币伍仟元整（¥5,000.00）", "人民币贰仟元整（¥2,000.00）"], ["RMB 5,000.00 (five thousand yuan)", "RMB 2,000.00 (two thousand yuan)"]));
    expect(values(run)).toEqual([["sla.penalty.per_breach.amount", 5000, 2000, "3.2"]]);
    expect(run.deal?.text).toContain("      amount: 2000              # or: percent_of_monthly_fee: 2\n");
    expect(run.findings.filter((f) => f.ruleId !== "value-changed")).toEqual([]);
  });

  it("re-lints the deal with the new value: a penalty raised past the cap is penalty-cap's finding, at the clause", async () => {
    const run = await reviewed(both("cw_sla_penalty", ["人民币伍仟元整（¥5,000.00）", "人民币壹佰万元整（¥1,000,000.00）"], ["RMB 5,000.00 (five thousand yuan)", "RMB 1,000,000.00 (one million yuan)"]));
    expect(values(run)).toEqual([["sla.penalty.per_breach.amount", 5000, 1000000, "3.2"]]);
    const cap = run.findings.filter((f) => f.ruleId === "penalty-cap");
    expect(cap.map(brief)).toEqual([{ ruleId: "penalty-cap", messageId: "capUsedUp", severity: "warning", clause: "3.2", path: "sla.penalty.per_breach.amount" }]);
    const changed = run.findings.find((f) => f.ruleId === "value-changed" && f.message.en.includes("Chinese version"));
    expect([cap[0]?.file, cap[0]?.line]).toEqual([changed?.file, changed?.line]);
  });

  it("reports a field the two versions change to different values as one error, and keeps the agreed value", async () => {
    const run = await reviewed(both("cw_fees_payment", ["30日", "45日"], ["30 days", "60 days"]));
    expect(run.findings.filter((f) => f.ruleId !== "value-changed").map(brief)).toEqual([
      { ruleId: "value-disagrees", messageId: "values", severity: "error", clause: "4.4", path: "fees.payment_days" },
    ]);
    expect(run.findings.find((f) => f.ruleId === "value-disagrees")?.message.en).toContain("“45日” (clause 4.4, Chinese version); “60 days” (clause 4.4, English version)");
    expect(values(run)).toEqual([]);
    expect(run.errorCount).toBe(1);
  });

  it("reports an amount whose figure and words differ as unreadable, never picking one", async () => {
    const run = await reviewed(both("cw_sla_penalty", ["人民币伍仟元整（¥5,000.00）", "人民币贰仟元整（¥2,000.00）"], ["RMB 5,000.00 (five thousand yuan)", "RMB 2,000.00 (three thousand yuan)"]));
    const unreadable = run.findings.filter((f) => f.ruleId === "value-unreadable");
    expect(unreadable.map(brief)).toEqual([{ ruleId: "value-unreadable", messageId: "unreadable", severity: "warning", clause: "3.2", path: "sla.penalty.per_breach.amount" }]);
    expect(unreadable[0]?.message.en).toContain("“RMB 2,000.00 (three thousand yuan)”");
    expect(values(run)).toEqual([]);
  });

  it("keeps a value changed in the English only out of the deal: one-language-edit reports it, and nothing more", async () => {
    const run = await reviewed((xml) => editParagraph(xml, "cw_team_headcount_en", (p) => replaceOnce(p, ">20<", ">15<")));
    expect(run.findings.map((f) => f.ruleId)).toEqual(["one-language-edit", "value-changed"]);
    expect(values(run)).toEqual([]);
  });

  it("reads back texts per language, choices by their labels and dates in both languages", async () => {
    const run = await reviewed((xml) =>
      both("cw_team_manager", ["张敏", "李明"], ["Zhang Min", "Li Ming"])(
        both("cw_sla_satisfaction", ["季度", "月度"], ["quarterly", "monthly"])(both("cw_term_period", ["2027年12月31日", "2028年6月30日"], ["31 December 2027", "30 June 2028"])(xml)),
      ),
    );
    expect(values(run)).toEqual([
      ["team.manager.name.zh", "张敏", "李明", "2.5"],
      ["team.manager.name.en", "Zhang Min", "Li Ming", "2.5"],
      ["sla.satisfaction.period", "quarter", "month", "3.1(d)"],
      ["term.end", "2027-12-31", "2028-06-30", "7.1"],
    ]);
    expect(run.deal?.text).toMatch(/\n {4}name:\n {6}zh: 李明\n {6}en: Li Ming\n/);
    expect(run.deal?.text).toContain("\n  end: 2028-06-30\n");
    expect(run.deal?.text).toContain("\n    period: month\n");
  });
});

describe("readBack over clauses that state one field twice", () => {
  const clause = (number: string, text: string): ExpectedClause => ({
    id: `c${number}`,
    base: `c${number}`,
    kind: "clause",
    number,
    name: { zh: `第${number}条`, en: `clause ${number}` },
    conspicuous: false,
    text: { zh: `${text}日`, en: `${text} days` },
    values: { zh: [{ path: "fees.payment_days", start: 0, end: 3, text: `${text}日` }], en: [{ path: "fees.payment_days", start: 0, end: 7, text: `${text} days` }] },
    references: { zh: [], en: [] },
  });
  const [first, second] = [clause("4.4", "30"), clause("7.2", "30")];
  const changed = (lang: "zh" | "en", to: string): Deviation => ({ kind: "value", clause: first, path: "fees.payment_days", old: "30", new: to, lang, paragraph: 5, tracked: false });
  const template = loadTemplate("customer-service");

  it("keeps the agreed value and says where it still stands when one clause changes it and another does not", () => {
    const got = readBack({ file: "r.docx", expected: [first, second], deviations: [changed("zh", "45日"), changed("en", "45 days")], langs: ["zh", "en"], schema: template.schema, data: { fees: { payment_days: 30 } } });
    expect(got.values).toEqual([]);
    expect(got.findings.map(brief)).toEqual([{ ruleId: "value-disagrees", messageId: "partly", severity: "error", clause: "4.4", path: "fees.payment_days" }]);
    expect(got.findings[0]?.message.en).toContain("still reads as agreed in clause 7.2, Chinese version; clause 7.2, English version");
  });

  it("takes the value when every clause that states it changes it alike", () => {
    const again = (lang: "zh" | "en", to: string): Deviation => ({ ...(changed(lang, to) as Extract<Deviation, { kind: "value" }>), clause: second, paragraph: 9 });
    const got = readBack({ file: "r.docx", expected: [first, second], deviations: [changed("zh", "45日"), changed("en", "45 days"), again("zh", "45日"), again("en", "forty-five days")], langs: ["zh", "en"], schema: template.schema, data: { fees: { payment_days: 30 } } });
    expect(got.findings).toEqual([]);
    expect(got.values.map((v) => [v.path, v.value, v.clause.number, v.paragraph])).toEqual([["fees.payment_days", 45, "4.4", 5]]);
  });
});
