import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { missingValueRule } from "../../../src/lint/rules/missing-value.js";
import { lintDeal, sampleData, spanOf } from "../lint-helpers.js";

describe("missing-value", () => {
  it("is an error by default", () => {
    expect(missingValueRule.defaultSeverity).toBe("error");
  });

  const valid: Array<[string, Record<string, unknown>]> = [
    ["the sample", {}],
    // optional: without it, clause 2.9 is written without one
    ["no confidentiality period", { confidentiality: { years_after_termination: null } }],
  ];
  it.each(valid)("valid: %s", (_, patch) => {
    expect(lintDeal(patch, [missingValueRule]).findings).toEqual([]);
  });

  // a field left empty is pointed at by its key, where the value is to be typed
  const invalid: Array<{ name: string; patch: Record<string, unknown>; messageId: string; key: string; path: string; clause?: string }> = [
    { name: "a value of the parties' block", patch: { party_a: { credit_code: null } }, messageId: "needed", key: "credit_code", path: "party_a.credit_code" },
    {
      name: "a value a clause prints",
      patch: { sla: { availability_percent: null } },
      messageId: "neededByClause",
      key: "availability_percent",
      path: "sla.availability_percent",
      clause: "3.1(c)",
    },
  ];
  it.each(invalid)("invalid: $name", ({ patch, messageId, key, path, clause }) => {
    const { text, findings } = lintDeal(patch, [missingValueRule]);
    expect(findings).toEqual([expect.objectContaining({ ruleId: "missing-value", messageId, severity: "error", path, ...spanOf(text, `${key}: null`, key) })]);
    expect(findings[0]?.clause).toBe(clause);
  });

  it("points at the mapping's key when the field is not written at all", () => {
    const data = sampleData();
    delete (data.sla as Record<string, unknown>).availability_percent;
    const text = YAML.stringify(data);
    const { findings } = lintDeal(text, [missingValueRule]);
    expect(findings).toEqual([expect.objectContaining({ messageId: "neededByClause", path: "sla.availability_percent", ...spanOf(text, "sla:", "sla") })]);
  });

  it("names the field, its label and the clause that needs it", () => {
    const { findings } = lintDeal({ sla: { availability_percent: null } }, [missingValueRule]);
    expect(findings[0]?.message.en).toBe("sla.availability_percent (Service availability) is needed by clause 3.1(c) but not given: add it to the deal file.");
  });
});
