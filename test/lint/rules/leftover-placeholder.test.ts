import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { leftoverPlaceholderRule, placeholdersIn } from "../../../src/lint/rules/leftover-placeholder.js";
import { lineOf, lintDeal, SAMPLE } from "../lint-helpers.js";

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

  const invalid: Array<{ name: string; patch: Record<string, unknown> | string; line: string; path: string; clause?: string; en: string[]; zh: string[] }> = [
    {
      name: "the seed's placeholder as a party's name",
      patch: { party_a: { name: { zh: "[甲方公司名称]" } } },
      line: "[甲方公司名称]",
      path: "party_a.name.zh",
      en: ['party_a.name.zh (Name of Party A, Chinese) still contains the placeholder "[甲方公司名称]"'],
      zh: ["party_a.name.zh（甲方名称（中文））中仍有占位文字“[甲方公司名称]”"],
    },
    {
      name: "【…】 inside a text, named with its clause",
      patch: { team: { capacity: { zh: "日均不超过【具体数量】通来电", en: "up to 3,000 calls per day" } } },
      line: "zh: 日均不超过【具体数量】通来电",
      path: "team.capacity.zh",
      clause: "2.2",
      en: ['"【具体数量】"', "printed in clause 2.2"],
      zh: ["“【具体数量】”", "（见第2.2条）"],
    },
    {
      name: "[具体…] in the English half",
      patch: { team: { replacement: { support: { zh: "至少一名替代人员", en: "[具体支持方式]" } } } },
      line: "[具体支持方式]",
      path: "team.replacement.support.en",
      clause: "2.7",
      en: ['"[具体支持方式]"', "clause 2.7"],
      zh: ["“[具体支持方式]”", "第2.7条"],
    },
    {
      name: "full-width low lines in a phone number",
      patch: { party_b: { contact: { phone: "0512-＿＿＿＿" } } },
      line: "phone: 0512-＿＿＿＿",
      path: "party_b.contact.phone",
      clause: "10.1(b)",
      en: ['"＿＿＿＿"'],
      zh: ["“＿＿＿＿”"],
    },
    {
      name: "underscores in the agreement number",
      patch: { agreement_no: "CS-2027-___" },
      line: "agreement_no: CS-2027-___",
      path: "agreement_no",
      en: ['agreement_no (Agreement No.) still contains the placeholder "___"'],
      zh: ["agreement_no（协议编号）"],
    },
    {
      name: "a value this deal's options do not print",
      patch: { dispute: { court: { location: { zh: "【法院所在地】", en: "the place of Party A's domicile" } } } },
      line: "zh: 【法院所在地】",
      path: "dispute.court.location.zh",
      en: ['"【法院所在地】"'],
      zh: ["“【法院所在地】”"],
    },
    {
      name: "a placeholder typed without quotes (a YAML list)",
      patch: readFileSync(SAMPLE, "utf8").replace("    zh: 电子商务客户服务外包", "    zh: [服务内容描述]"),
      line: "zh: [服务内容描述]",
      path: "service.description.zh",
      en: ['"[服务内容描述]"'],
      zh: ["“[服务内容描述]”"],
    },
  ];
  it.each(invalid)("invalid: $name", ({ patch, line, path, clause, en, zh }) => {
    const { text, findings } = lintDeal(patch, [leftoverPlaceholderRule]);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ ruleId: "leftover-placeholder", severity: "error", path, line: lineOf(text, line) });
    expect(f?.clause).toBe(clause);
    for (const words of en) expect(f?.message.en).toContain(words);
    for (const words of zh) expect(f?.message.zh).toContain(words);
  });

  it("reports each value once, with all its placeholders", () => {
    const { findings } = lintDeal({ team: { capacity: { zh: "[数量]通来电及[数量]次会话", en: "[number] calls and ___ chats" } } }, [leftoverPlaceholderRule]);
    expect(findings.map((f) => f.path)).toEqual(["team.capacity.zh", "team.capacity.en"]);
    expect(findings[0]?.message.en).toContain('"[数量]"');
    expect(findings[0]?.message.en).not.toContain('"[数量]", "[数量]"');
    expect(findings[1]?.message.en).toContain('"[number]", "___"');
  });
});
