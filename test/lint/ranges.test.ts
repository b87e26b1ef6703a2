import { describe, expect, it } from "vitest";
import { parseDealText, positionOf, rangeOf, type DealFile } from "../../src/load/deal-file.js";
import YAML from "yaml";
import { piplEntrustedProcessingRule } from "../../src/lint/rules/pipl-entrusted-processing.js";
import { lintDeal, sampleData, spanOf } from "./lint-helpers.js";

const TEXT = `template: customer-service  # a comment
party_a:
  name:
    zh: 上海澄明
    en: "Shanghai Chengming"
  contact:
  note: |
    line one
    line two

codes: [a, bc]
`;

function deal(text: string): DealFile {
  const loaded = parseDealText(text, "deal.yaml");
  if (!loaded.ok) throw new Error("the test's YAML does not parse");
  return loaded.deal;
}

describe("rangeOf: where a value or key starts and ends, the end exclusive", () => {
  const d = deal(TEXT);

  it.each([
    ["a plain scalar, without the comment after it", "template", "value", { line: 1, column: 11, endLine: 1, endColumn: 27 }],
    ["a scalar in Chinese, columns counted in characters", "party_a.name.zh", "value", { line: 4, column: 9, endLine: 4, endColumn: 13 }],
    ["a quoted scalar, quotes included", "party_a.name.en", "value", { line: 5, column: 9, endLine: 5, endColumn: 29 }],
    ["a block scalar, without the line break and blank line after it", "party_a.note", "value", { line: 7, column: 9, endLine: 9, endColumn: 13 }],
    ["a mapping, to the end of its last value", "party_a.name", "value", { line: 4, column: 5, endLine: 5, endColumn: 29 }],
    ["a flow sequence", "codes", "value", { line: 11, column: 8, endLine: 11, endColumn: 15 }],
    ["an item of a flow sequence", "codes.1", "value", { line: 11, column: 12, endLine: 11, endColumn: 14 }],
    ["a key", "party_a.name", "key", { line: 3, column: 3, endLine: 3, endColumn: 7 }],
    ["a field not written: its mapping's key", "party_a.credit_code", "key", { line: 2, column: 1, endLine: 2, endColumn: 8 }],
  ] as const)("%s", (_, path, prefer, range) => {
    expect(rangeOf(d, path, prefer)).toEqual(range);
  });

  it("a key with nothing after it: an empty range where the value is to be typed", () => {
    const r = rangeOf(d, "party_a.contact");
    expect(r).toMatchObject({ line: 6, endLine: 6 });
    expect(r?.endColumn).toBe(r?.column);
  });

  it("nothing on the path written: no range, and positionOf points at the top of the file", () => {
    expect(rangeOf(d, "sla.response.minutes")).toBeUndefined();
    expect(positionOf(d, "sla.response.minutes")).toEqual({ line: 1, column: 1 });
  });

  it("positionOf gives the start alone", () => {
    expect(positionOf(d, "party_a.name.en")).toEqual({ line: 5, column: 9 });
  });
});

describe("a finding's range", () => {
  it("spans the value the finding is about", () => {
    const { text, findings } = lintDeal({ party_b: { credit_code: "91320505MA1N3WCT7B" } });
    const f = findings.find((x) => x.ruleId === "credit-code");
    expect(f).toMatchObject(spanOf(text, "91320505MA1N3WCT7B"));
    const line = text.split("\n")[(f?.line ?? 0) - 1] ?? "";
    expect(line.slice((f?.column ?? 0) - 1, (f?.endColumn ?? 0) - 1)).toBe("91320505MA1N3WCT7B");
  });

  it("a finding about a field of which nothing is written points at the top of the file, with no range", () => {
    const data = sampleData();
    delete data.data_protection;
    const { findings } = lintDeal(YAML.stringify(data), [piplEntrustedProcessingRule]);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f).toMatchObject({ line: 1, column: 1 });
      expect(f).not.toHaveProperty("endLine");
      expect(f).not.toHaveProperty("endColumn");
    }
  });
});
