import { describe, expect, it } from "vitest";
import { duplicatePartyRule } from "../../../src/lint/rules/duplicate-party.js";
import { lintDeal } from "../lint-helpers.js";

/** The line of `needle` within Party B's block (Party A's block, above it, may hold the same text). */
function lineInPartyB(text: string, needle: string): number {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => l.startsWith("party_b:"));
  const i = lines.findIndex((l, n) => n > start && l.includes(needle));
  if (start < 0 || i < 0) throw new Error(`"${needle}" is not in party_b`);
  return i + 1;
}

// Party A of the sample: 上海澄明电子商务有限公司 / Shanghai Chengming E-commerce Co., Ltd., 91310115MA1HK7QB80.

describe("duplicate-party", () => {
  it("is an error by default", () => {
    expect(duplicatePartyRule.defaultSeverity).toBe("error");
  });

  const valid: Array<[string, Record<string, unknown>]> = [
    ["the sample's two companies", {}],
    ["a name that contains the other's", { party_b: { name: { zh: "上海澄明电子商务有限公司苏州分公司", en: "Shanghai Chengming E-commerce Co., Ltd. Suzhou Branch" } } }],
    ["Party B's name and code left out", { party_b: { name: null, credit_code: null } }],
    ["both codes left out", { party_a: { credit_code: null }, party_b: { credit_code: null } }],
  ];
  it.each(valid)("valid: %s", (_, patch) => {
    expect(lintDeal(patch, [duplicatePartyRule]).findings).toEqual([]);
  });

  const invalid: Array<{ name: string; patch: Record<string, unknown>; line: string; path: string; en: string[]; zh: string[] }> = [
    {
      name: "the same Chinese name",
      patch: { party_b: { name: { zh: "上海澄明电子商务有限公司" } } },
      line: "上海澄明电子商务有限公司",
      path: "party_b.name.zh",
      en: ["Party B's name", "same as Party A's (party_a.name.zh)", "cannot contract with itself"],
      zh: ["乙方名称", "与甲方名称（party_a.name.zh）相同"],
    },
    {
      name: "the same English name in other capitals and with spaces around",
      patch: { party_b: { name: { en: "  shanghai chengming E-COMMERCE co., ltd. " } } },
      line: "shanghai chengming",
      path: "party_b.name.en",
      en: ["(party_b.name.en) is the same as Party A's (party_a.name.en)"],
      zh: ["与甲方名称（party_a.name.en）相同"],
    },
    {
      name: "the same name in full-width letters",
      patch: { party_b: { name: { en: "ＳＨＡＮＧＨＡＩ Chengming E-commerce Co., Ltd." } } },
      line: "ＳＨＡＮＧＨＡＩ",
      path: "party_b.name.en",
      en: ["Party A's (party_a.name.en)"],
      zh: ["甲方名称"],
    },
    {
      name: "full-width and half-width brackets in a Chinese name",
      patch: {
        party_a: { name: { zh: "上海澄明电子商务（有限合伙）" } },
        party_b: { name: { zh: "上海澄明电子商务(有限合伙)" } },
      },
      line: "上海澄明电子商务(有限合伙)",
      path: "party_b.name.zh",
      en: ["Party A's (party_a.name.zh)"],
      zh: ["甲方名称"],
    },
    {
      name: "Party A's Chinese name in Party B's English field",
      patch: { party_b: { name: { en: "上海澄明电子商务有限公司" } } },
      line: "上海澄明电子商务有限公司",
      path: "party_b.name.en",
      en: ["Party A's (party_a.name.zh)"],
      zh: ["甲方名称（party_a.name.zh）"],
    },
    {
      name: "the same credit code",
      patch: { party_b: { credit_code: "91310115MA1HK7QB80" } },
      line: "credit_code: 91310115MA1HK7QB80",
      path: "party_b.credit_code",
      en: ["Unified Social Credit Code 91310115MA1HK7QB80", "Party A's (party_a.credit_code)", "Write Party B's own code"],
      zh: ["乙方统一社会信用代码", "一个代码只对应一个主体"],
    },
    {
      name: "the same credit code in lower case",
      patch: { party_b: { credit_code: "91310115ma1hk7qb80" } },
      line: "credit_code: 91310115ma1hk7qb80",
      path: "party_b.credit_code",
      en: ["Party A's (party_a.credit_code)"],
      zh: ["甲方的（party_a.credit_code）"],
    },
  ];
  it.each(invalid)("invalid: $name", ({ patch, line, path, en, zh }) => {
    const { text, findings } = lintDeal(patch, [duplicatePartyRule]);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ ruleId: "duplicate-party", severity: "error", path, line: lineInPartyB(text, line) });
    for (const words of en) expect(f?.message.en).toContain(words);
    for (const words of zh) expect(f?.message.zh).toContain(words);
  });

  it("reports each field of Party B copied from Party A, at its own line", () => {
    const { text, findings } = lintDeal(
      {
        party_b: {
          name: { zh: "上海澄明电子商务有限公司", en: "Shanghai Chengming E-commerce Co., Ltd." },
          credit_code: "91310115MA1HK7QB80",
        },
      },
      [duplicatePartyRule],
    );
    expect(findings.map((f) => [f.path, f.line])).toEqual([
      ["party_b.name.zh", lineInPartyB(text, "上海澄明电子商务有限公司")],
      ["party_b.name.en", lineInPartyB(text, "Shanghai Chengming")],
      ["party_b.credit_code", lineInPartyB(text, "91310115MA1HK7QB80")],
    ]);
  });
});
