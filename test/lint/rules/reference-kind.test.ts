import { describe, expect, it } from "vitest";
import { referenceKindRule } from "../../../src/lint/rules/reference-kind.js";
import { loadTemplate } from "../../../src/template/template.js";
import { fieldSchema } from "../../../src/template/schema.js";
import { expectValues, lintDeal, spanOf } from "../lint-helpers.js";

const remedy = (clause: string): Record<string, unknown> => ({ sla: { penalty: { remedy_clause: clause } } });

describe("reference-kind", () => {
  it("is a warning by default: the template's kinds are a guide, and the lawyer may mean the clause", () => {
    expect(referenceKindRule.defaultSeverity).toBe("warning");
  });

  const valid: Array<[string, Record<string, unknown>]> = [
    ["the sample (term.termination_for_sla)", {}],
    ["the termination item by id", remedy("term.termination_for_sla.termination")],
    ["termination for breach by number", remedy("7.5")],
    ["liability for breach by id", remedy("liability.general")],
    ["a clause that does not exist (dangling-reference's finding)", remedy("15.2")],
  ];
  it.each(valid)("valid: %s", (_, patch) => {
    expect(lintDeal(patch, [referenceKindRule]).findings).toEqual([]);
  });

  // `kinds`: the kind names the message gives (the field's, and the target's)
  const invalid: Array<{ name: string; patch: Record<string, unknown>; messageId: string; written: string; kinds: string[] }> = [
    { name: "the signing clause, by number (issue 12, item 11)", patch: remedy("12.7"), messageId: "otherKind", written: '"12.7"', kinds: ["signing and entry into force", "remedies for breach"] },
    { name: "the dispute clause, by id", patch: remedy("law.disputes"), messageId: "otherKind", written: "law.disputes", kinds: ["governing law and dispute resolution"] },
    { name: "a clause the template gives no kind", patch: remedy("scope.services"), messageId: "noKind", written: "scope.services", kinds: ["remedies for breach"] },
  ];
  it.each(invalid)("invalid: $name", ({ patch, messageId, written, kinds }) => {
    const { text, findings } = lintDeal(patch, [referenceKindRule]);
    expect(findings).toEqual([expect.objectContaining({ ruleId: "reference-kind", messageId, severity: "warning", path: "sla.penalty.remedy_clause", clause: "3.2", ...spanOf(text, "remedy_clause:", written) })]);
    for (const k of kinds) expect(findings[0]?.message.en).toContain(k);
  });

  it("names both the clause pointed at and the kind the field needs, in both languages", () => {
    const { findings } = lintDeal(remedy("12.7"), [referenceKindRule]);
    expectValues(findings[0], ["12.7", "misc.effectiveness"]);
    expect(findings[0]?.message.zh).toContain("签署与生效");
    expect(findings[0]?.message.zh).toContain("违约救济（解除、暂停履行、违约金或者赔偿）");
  });

  it("reads the kinds from the template: the remedy clause may point at remedies only", () => {
    const template = loadTemplate("customer-service");
    expect(fieldSchema(template.schema, "sla.penalty.remedy_clause")?.["x-clause-kind"]).toEqual(["remedy"]);
    expect(template.manifest.clauses?.["misc.effectiveness"]).toEqual(["signing"]);
  });
});
