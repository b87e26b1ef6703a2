import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { piplEntrustedProcessingRule } from "../../../src/lint/rules/pipl-entrusted-processing.js";
import { lineOf, lintDeal, sampleData, spanOf } from "../lint-helpers.js";

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

  // `line` and `value`: where the finding starts, at the key for an element left out; `folded`:
  // YAML writes the text over more than one line, where it ends is not checked
  const invalid: Array<{ name: string; patch: Record<string, unknown>; messageId: string; line: string | [string, string]; value: string; folded?: true; path: string; clause: string }> = [
    {
      name: "no purpose",
      patch: { data_protection: { purpose: null } },
      messageId: "leftOut",
      line: "purpose: null",
      value: "purpose",
      path: "data_protection.purpose",
      clause: "5.2(a)",
    },
    {
      name: "categories in Chinese only",
      patch: { data_protection: { categories: { en: null } } },
      messageId: "oneLanguage",
      line: "zh: 甲方终端用户的姓名或者昵称",
      value: "甲方终端用户的姓名或者昵称",
      folded: true,
      path: "data_protection.categories.zh",
      clause: "5.2(d)",
    },
    {
      name: "duration in English only",
      patch: { data_protection: { duration: { zh: null } } },
      messageId: "oneLanguage",
      line: ["duration:", "en: from the commencement of the Service Term"],
      value: "from the commencement of the Service Term",
      folded: true,
      path: "data_protection.duration.en",
      clause: "5.2(b)",
    },
    {
      name: "a method that says nothing",
      patch: { data_protection: { method: { zh: "待定", en: "TBD" } } },
      messageId: "saysNothing",
      line: "method:",
      value: "method",
      path: "data_protection.method",
      clause: "5.2(c)",
    },
    {
      name: "protection measures stated in one language, N/A in the other",
      patch: { data_protection: { protection_measures: { zh: "加密存储", en: "N/A" } } },
      messageId: "oneLanguage",
      line: "zh: 加密存储",
      value: "加密存储",
      path: "data_protection.protection_measures.zh",
      clause: "5.2(e)",
    },
  ];
  it.each(invalid)("invalid: $name", ({ patch, messageId, line, value, folded, path, clause }) => {
    const { text, findings } = lintDeal(patch, [piplEntrustedProcessingRule]);
    const span = spanOf(text, line, value);
    const at = folded ? { line: span.line, column: span.column } : span;
    expect(findings).toEqual([expect.objectContaining({ ruleId: "pipl-entrusted-processing", messageId, severity: "error", path, clause, ...at })]);
  });

  it("names the article, the element, the language it is given in and the key to add", () => {
    const { findings } = lintDeal({ data_protection: { categories: { en: null } } }, [piplEntrustedProcessingRule]);
    expect(findings[0]?.message.zh).toBe(
      "《个人信息保护法》第二十一条要求委托处理个人信息的约定载明个人信息的种类，但 data_protection.categories（第5.2条(d)项）只有中文：协议的英文文本将缺少该事项。请补充 `en:`。",
    );
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
