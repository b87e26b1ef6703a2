import { describe, expect, it } from "vitest";
import { duplicatePartyRule } from "../../../src/lint/rules/duplicate-party.js";
import { loadTemplate, type Template } from "../../../src/template/template.js";
import { expectValues, lintDeal, spanOf } from "../lint-helpers.js";
import { PARTIES_DEAL, PARTIES_FIXTURE, partiesFindings } from "./parties-fixture.js";

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

  // `value`: as the YAML writes it, where the finding is; `same`: the field of Party A it repeats
  const invalid: Array<{ name: string; patch: Record<string, unknown>; messageId: string; value: string; path: string; same: string }> = [
    {
      name: "the same Chinese name",
      patch: { party_b: { name: { zh: "上海澄明电子商务有限公司" } } },
      messageId: "sameName",
      value: "上海澄明电子商务有限公司",
      path: "party_b.name.zh",
      same: "party_a.name.zh",
    },
    {
      name: "the same English name in other capitals and with spaces around",
      patch: { party_b: { name: { en: "  shanghai chengming E-COMMERCE co., ltd. " } } },
      messageId: "sameName",
      value: '"  shanghai chengming E-COMMERCE co., ltd. "',
      path: "party_b.name.en",
      same: "party_a.name.en",
    },
    {
      name: "the same name in full-width letters",
      patch: { party_b: { name: { en: "ＳＨＡＮＧＨＡＩ Chengming E-commerce Co., Ltd." } } },
      messageId: "sameName",
      value: "ＳＨＡＮＧＨＡＩ Chengming E-commerce Co., Ltd.",
      path: "party_b.name.en",
      same: "party_a.name.en",
    },
    {
      name: "full-width and half-width brackets in a Chinese name",
      patch: {
        party_a: { name: { zh: "上海澄明电子商务（有限合伙）" } },
        party_b: { name: { zh: "上海澄明电子商务(有限合伙)" } },
      },
      messageId: "sameName",
      value: "上海澄明电子商务(有限合伙)",
      path: "party_b.name.zh",
      same: "party_a.name.zh",
    },
    {
      name: "Party A's Chinese name in Party B's English field",
      patch: { party_b: { name: { en: "上海澄明电子商务有限公司" } } },
      messageId: "sameName",
      value: "上海澄明电子商务有限公司",
      path: "party_b.name.en",
      same: "party_a.name.zh",
    },
    {
      name: "the same credit code",
      patch: { party_b: { credit_code: "91310115MA1HK7QB80" } },
      messageId: "sameCreditCode",
      value: "91310115MA1HK7QB80",
      path: "party_b.credit_code",
      same: "party_a.credit_code",
    },
    {
      name: "the same credit code in lower case",
      patch: { party_b: { credit_code: "91310115ma1hk7qb80" } },
      messageId: "sameCreditCode",
      value: "91310115ma1hk7qb80",
      path: "party_b.credit_code",
      same: "party_a.credit_code",
    },
  ];
  it.each(invalid)("invalid: $name", ({ patch, messageId, value, path, same }) => {
    const { text, findings } = lintDeal(patch, [duplicatePartyRule]);
    expect(findings).toEqual([expect.objectContaining({ ruleId: "duplicate-party", messageId, severity: "error", path, ...spanOf(text, ["party_b:", value]) })]);
    expectValues(findings[0], [same]);
  });

  it("names both parties and both fields", () => {
    const { findings } = lintDeal({ party_b: { name: { zh: "上海澄明电子商务有限公司" } } }, [duplicatePartyRule]);
    expect(findings[0]?.message.zh).toBe("乙方名称“上海澄明电子商务有限公司”（party_b.name.zh）与甲方名称（party_a.name.zh）相同：当事人不能与自己订立合同。请填写乙方营业执照上的名称。");
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

// test/fixtures/parties: party_a a foreign company (registration_number), party_b a person (id_number)
describe("duplicate-party and the parties' kinds", () => {
  it("duplicate-party: a person's ID number and a company's registration number are never the same party", () => {
    expect(partiesFindings(PARTIES_DEAL).filter((f) => f.ruleId === "duplicate-party")).toEqual([]);
  });

  it("duplicate-party: two people with one ID number are one person", () => {
    const template = loadTemplate(PARTIES_FIXTURE);
    const twoPeople: Template = { ...template, manifest: { ...template.manifest, parties: template.manifest.parties.map((p) => ({ ...p, kind: "individual" as const })) } };
    const deal = PARTIES_DEAL.replace('  registration_number: "310104199001011234"', '  id_number: "310104199001011234"');
    expect(partiesFindings(deal, twoPeople).filter((f) => f.ruleId === "duplicate-party")).toEqual([{ ruleId: "duplicate-party", messageId: "sameIdentifier", path: "party_b.id_number" }]);
  });

});
