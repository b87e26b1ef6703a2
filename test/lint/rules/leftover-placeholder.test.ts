import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { leftoverPlaceholderRule, placeholdersIn } from "../../../src/lint/rules/leftover-placeholder.js";
import { expectValues, lintDeal, SAMPLE, spanOf } from "../lint-helpers.js";

describe("placeholdersIn", () => {
  it.each([
    ["[甲方公司名称]", ["[甲方公司名称]"]],
    ["至少配备[具体人数]名客服代表", ["[具体人数]"]],
    ["[Name of Party A]", ["[Name of Party A]"]],
    ["[ ]", ["[ ]"]],
    ["第【具体条款号】条", ["【具体条款号】"]],
    ["0512-＿＿＿＿", ["＿＿＿＿"]],
    ["CS-2027-___", ["___"]],
    ["[a] and [b]", ["[a]", "[b]"]],
  ])("%s", (text, found) => {
    expect(placeholdersIn(text)).toEqual(found);
  });

  it.each([
    ["a citation in brackets", "Fa Shi [2023] No. 13"],
    ["a link", "see [the policy](https://example.com/policy)"],
    ["two underscores", "a__b"],
    ["two full-width low lines", "＿＿"],
    ["official brackets", "法释〔2023〕13号"],
  ])("not in %s", (_, text) => {
    expect(placeholdersIn(text)).toEqual([]);
  });
});

describe("leftover-placeholder", () => {
  it("is an error by default", () => {
    expect(leftoverPlaceholderRule.defaultSeverity).toBe("error");
  });

  const valid: Array<[string, Record<string, unknown>]> = [
    ["the sample", {}],
    ["a citation in brackets", { data_protection: { protection_measures: { zh: "按照法释〔2023〕13号采取保护措施", en: "measures as required by Fa Shi [2023] No. 13" } } }],
    // a value the deal leaves out is shown as 【label】 in draft mode: that is missing-value's finding
    ["a value left out", { party_a: { credit_code: null } }],
  ];
  it.each(valid)("valid: %s", (_, patch) => {
    expect(lintDeal(patch, [leftoverPlaceholderRule]).findings).toEqual([]);
  });

  // `value`: as the YAML writes it, where the finding is; `placeholders`: what the message lists
  const invalid: Array<{ name: string; patch: Record<string, unknown> | string; value: string; path: string; clause?: string; placeholders: string[] }> = [
    {
      name: "the seed's placeholder as a party's name",
      patch: { party_a: { name: { zh: "[甲方公司名称]" } } },
      value: '"[甲方公司名称]"',
      path: "party_a.name.zh",
      placeholders: ["[甲方公司名称]"],
    },
    {
      name: "【…】 inside a text, named with its clause",
      patch: { team: { capacity: { zh: "日均不超过【具体数量】通来电", en: "up to 3,000 calls per day" } } },
      value: "日均不超过【具体数量】通来电",
      path: "team.capacity.zh",
      clause: "2.2",
      placeholders: ["【具体数量】"],
    },
    {
      name: "[具体…] in the English half",
      patch: { team: { replacement: { support: { zh: "至少一名替代人员", en: "[具体支持方式]" } } } },
      value: '"[具体支持方式]"',
      path: "team.replacement.support.en",
      clause: "2.7",
      placeholders: ["[具体支持方式]"],
    },
    {
      name: "full-width low lines in a phone number",
      patch: { party_b: { contact: { phone: "0512-＿＿＿＿" } } },
      value: "0512-＿＿＿＿",
      path: "party_b.contact.phone",
      clause: "10.1(b)",
      placeholders: ["＿＿＿＿"],
    },
    {
      name: "underscores in the agreement number",
      patch: { agreement_no: "CS-2027-___" },
      value: "CS-2027-___",
      path: "agreement_no",
      placeholders: ["___"],
    },
    {
      name: "a value this deal's options do not print",
      patch: { dispute: { court: { location: { zh: "【法院所在地】", en: "the place of Party A's domicile" } } } },
      value: "【法院所在地】",
      path: "dispute.court.location.zh",
      placeholders: ["【法院所在地】"],
    },
    {
      name: "a placeholder typed without quotes (a YAML list)",
      patch: readFileSync(SAMPLE, "utf8").replace("    zh: 电子商务客户服务外包", "    zh: [服务内容描述]"),
      value: "[服务内容描述]",
      path: "service.description.zh",
      placeholders: ["[服务内容描述]"],
    },
  ];
  it.each(invalid)("invalid: $name", ({ patch, value, path, clause, placeholders }) => {
    const { text, findings } = lintDeal(patch, [leftoverPlaceholderRule]);
    expect(findings).toEqual([expect.objectContaining({ ruleId: "leftover-placeholder", messageId: "placeholder", severity: "error", path, ...spanOf(text, value) })]);
    expect(findings[0]?.clause).toBe(clause);
    expectValues(findings[0], placeholders);
  });

  it("names the field by its label, the half of a bilingual text included", () => {
    const { findings } = lintDeal({ party_a: { name: { zh: "[甲方公司名称]" } } }, [leftoverPlaceholderRule]);
    expect(findings[0]?.message.en).toBe(
      'party_a.name.zh (Name of Party A, Chinese) still contains the placeholder "[甲方公司名称]": replace it with the actual term before the agreement is signed.',
    );
  });

  it("reports each value once, with all its placeholders, each once", () => {
    const { findings } = lintDeal({ team: { capacity: { zh: "[数量]通来电及[数量]次会话", en: "[number] calls and ___ chats" } } }, [leftoverPlaceholderRule]);
    expect(findings.map((f) => [f.path, f.messageId])).toEqual([
      ["team.capacity.zh", "placeholder"],
      ["team.capacity.en", "placeholder"],
    ]);
    for (const lang of ["en", "zh"] as const) expect(findings[0]?.message[lang].split("[数量]")).toHaveLength(2);
    expectValues(findings[1], ["[number]", "___"]);
  });
});
