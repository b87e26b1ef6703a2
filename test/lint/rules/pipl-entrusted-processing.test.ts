import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { piplEntrustedProcessingRule } from "../../../src/lint/rules/pipl-entrusted-processing.js";
import { lineOf, lintDeal, sampleData } from "../lint-helpers.js";

const ARTICLE = { en: "Article 21 of the Personal Information Protection Law", zh: "《个人信息保护法》第二十一条" };

describe("pipl-entrusted-processing", () => {
  it("is an error by default", () => {
    expect(piplEntrustedProcessingRule.defaultSeverity).toBe("error");
  });

  const valid: Array<[string, Record<string, unknown>]> = [
    ["the sample", {}],
    ["other elements", { data_protection: { purpose: { zh: "提供售后服务", en: "after-sales service" }, storage_location: null, incident_notice_hours: null } }],
  ];
  it.each(valid)("valid: %s", (_, patch) => {
    expect(lintDeal(patch, [piplEntrustedProcessingRule]).findings).toEqual([]);
  });

  const invalid: Array<{ name: string; patch: Record<string, unknown>; line: string; path: string; clause: string; en: string[]; zh: string[] }> = [
    {
      name: "no purpose",
      patch: { data_protection: { purpose: null } },
      line: "purpose: null",
      path: "data_protection.purpose",
      clause: "5.2(a)",
      en: ["the purpose of the entrusted processing", "leaves out data_protection.purpose (clause 5.2(a))"],
      zh: ["委托处理的目的", "未填写 data_protection.purpose（第5.2条(a)项）"],
    },
    {
      name: "categories in Chinese only",
      patch: { data_protection: { categories: { en: null } } },
      line: "zh: 甲方终端用户的姓名或者昵称",
      path: "data_protection.categories.zh",
      clause: "5.2(d)",
      en: ["the categories of personal information", "in Chinese only", "Add `en:`"],
      zh: ["个人信息的种类", "只有中文", "补充 `en:`"],
    },
    {
      name: "duration in English only",
      patch: { data_protection: { duration: { zh: null } } },
      line: "en: from the commencement of the Service Term",
      path: "data_protection.duration.en",
      clause: "5.2(b)",
      en: ["the duration of the entrusted processing", "in English only", "Add `zh:`"],
      zh: ["委托处理的期限", "只有英文"],
    },
    {
      name: "a method that says nothing",
      patch: { data_protection: { method: { zh: "待定", en: "TBD" } } },
      line: "method:",
      path: "data_protection.method",
      clause: "5.2(c)",
      en: ["the method of processing", "says nothing in data_protection.method"],
      zh: ["处理方式", "未作实质约定"],
    },
    {
      name: "protection measures stated in one language, N/A in the other",
      patch: { data_protection: { protection_measures: { zh: "加密存储", en: "N/A" } } },
      line: "zh: 加密存储",
      path: "data_protection.protection_measures.zh",
      clause: "5.2(e)",
      en: ["the protection measures", "in Chinese only"],
      zh: ["保护措施", "只有中文"],
    },
  ];
  it.each(invalid)("invalid: $name", ({ patch, line, path, clause, en, zh }) => {
    const { text, findings } = lintDeal(patch, [piplEntrustedProcessingRule]);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ ruleId: "pipl-entrusted-processing", severity: "error", path, clause, line: lineOf(text, line) });
    for (const words of [...en, ARTICLE.en]) expect(f?.message.en).toContain(words);
    for (const words of [...zh, ARTICLE.zh]) expect(f?.message.zh).toContain(words);
  });

  const ELEMENTS = ["purpose", "duration", "method", "categories", "protection_measures"].map((k) => `data_protection.${k}`);

  it("reports each element once when data_protection is empty, at its key", () => {
    const { text, findings } = lintDeal({ data_protection: null }, [piplEntrustedProcessingRule]);
    expect(findings.map((f) => f.path)).toEqual(ELEMENTS);
    expect(new Set(findings.map((f) => f.line))).toEqual(new Set([lineOf(text, "data_protection:")]));
  });

  it("points at the top of the deal when it has no data_protection at all", () => {
    const data = sampleData();
    delete data.data_protection;
    const { findings } = lintDeal(YAML.stringify(data), [piplEntrustedProcessingRule]);
    expect(findings.map((f) => [f.path, f.line])).toEqual(ELEMENTS.map((p) => [p, 1]));
  });
});
