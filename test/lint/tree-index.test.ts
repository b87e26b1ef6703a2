import { describe, expect, it } from "vitest";
import { clauseName } from "../../src/lint/clause-of.js";
import { indexTree } from "../../src/lint/tree-index.js";
import { walkInlines } from "../../src/agreement/walk.js";
import { prepareDeal } from "../../src/library/prepare-deal.js";
import { SAMPLE } from "./lint-helpers.js";

describe("the tree index: clauseOf", () => {
  const { agreement } = prepareDeal(SAMPLE);
  if (!agreement) throw new Error("the sample does not build");
  const tree = indexTree(agreement);

  it.each([
    ["sla.response.minutes", "3.1(a)"],
    ["sla.availability_percent", "3.1(c)"],
    ["sla.penalty.threshold.period", "3.2"],
    ["term.end", "7.1"],
  ])("%s is stated in %s", (path, clause) => {
    expect(tree.clauseOf(path)).toBe(clause);
  });

  it("undefined for a value printed only outside the clauses", () => {
    expect(tree.clauseOf("party_a.credit_code")).toBeUndefined();
    expect(tree.clauseOf("no.such.field")).toBeUndefined();
  });
});

describe("the tree index: inlines and printed paths", () => {
  const { agreement } = prepareDeal(SAMPLE);
  if (!agreement) throw new Error("the sample does not build");
  const tree = indexTree(agreement);

  it("holds every inline node walkInlines visits, in the same order, with where it stands", () => {
    const walked: Array<[unknown, string | undefined, string]> = [];
    walkInlines(agreement, (node, where) => walked.push([node, where.clause, where.lang]));
    expect(tree.inlines.map(({ node, where }) => [node, where.clause, where.lang])).toEqual(walked);
    expect(tree.inlines.length).toBeGreaterThan(100);
  });

  it("is built once: asked twice, the same nodes", () => {
    expect(tree.inlines).toBe(tree.inlines);
  });

  it("names every value the agreement prints, the cover's too", () => {
    expect(tree.printedPaths.has("party_a.credit_code")).toBe(true);
    expect(tree.printedPaths.has("sla.response.minutes")).toBe(true);
    expect(tree.printedPaths.has("no.such.field")).toBe(false);
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
