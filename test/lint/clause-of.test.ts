import { describe, expect, it } from "vitest";
import { clauseName, clauseOf } from "../../src/lint/clause-of.js";
import { prepareDeal } from "../../src/library/prepare-deal.js";
import { SAMPLE } from "./lint-helpers.js";

describe("clauseOf", () => {
  const { agreement } = prepareDeal(SAMPLE);
  if (!agreement) throw new Error("the sample does not build");

  it.each([
    ["sla.response.minutes", "3.1(a)"],
    ["sla.availability_percent", "3.1(c)"],
    ["sla.penalty.threshold.period", "3.2"],
    ["term.end", "7.1"],
  ])("%s is stated in %s", (path, clause) => {
    expect(clauseOf(agreement, path)).toBe(clause);
  });

  it("undefined for a value printed only outside the clauses", () => {
    expect(clauseOf(agreement, "party_a.credit_code")).toBeUndefined();
    expect(clauseOf(agreement, "no.such.field")).toBeUndefined();
  });
});

describe("clauseName", () => {
  it.each([
    ["3.2", "clause 3.2", "第3.2条"],
    ["3.1(c)", "clause 3.1(c)", "第3.1条(c)项"],
  ])("%s", (clause, en, zh) => {
    expect(clauseName(clause)).toEqual({ en, zh });
  });
});
