import { describe, expect, it } from "vitest";
import { schemaRule } from "../../../src/lint/rules/schema.js";
import { lintDeal, spanOf } from "../lint-helpers.js";

describe("schema", () => {
  it("is an error by default", () => {
    expect(schemaRule.defaultSeverity).toBe("error");
  });

  it("valid: the sample", () => {
    expect(lintDeal({}, [schemaRule]).findings).toEqual([]);
  });

  // the validate stage words the finding; the rule reports it, spanning the value or the key
  const invalid: Array<{ name: string; patch: Record<string, unknown>; line: string; at: string; path: string }> = [
    { name: "a number out of range", patch: { team: { min_headcount: 0 } }, line: "min_headcount: 0", at: "0", path: "team.min_headcount" },
    { name: "a date that does not exist", patch: { term: { start: "2027-02-30" } }, line: "start: 2027-02-30", at: "2027-02-30", path: "term.start" },
    { name: "an unknown key, at the key", patch: { team: { min_headcont: 12 } }, line: "min_headcont: 12", at: "min_headcont", path: "team.min_headcont" },
  ];
  it.each(invalid)("invalid: $name", ({ patch, line, at, path }) => {
    const { text, findings } = lintDeal(patch, [schemaRule]);
    expect(findings).toEqual([expect.objectContaining({ ruleId: "schema", messageId: "invalid", severity: "error", path, ...spanOf(text, line, at) })]);
  });

  it("gives the validate stage's message as it is", () => {
    const { findings } = lintDeal({ team: { min_headcount: 0 } }, [schemaRule]);
    expect(findings[0]?.message.en).toBe("team.min_headcount (Minimum number of customer service representatives) must be at least 1, not 0.");
  });
});
