import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import table from "../../../src/lint/data/arbitration-commissions.json" with { type: "json" };
import { arbitrationInstitutionRule, readInstitution } from "../../../src/lint/rules/arbitration-institution.js";
import { lintDeal, spanOf } from "../lint-helpers.js";

const institution = (zh: string, en: string): Record<string, unknown> => ({ dispute: { method: "arbitration", arbitration: { institution: { zh, en } } } });

describe("arbitration-institution", () => {
  it("is an error by default", () => {
    expect(arbitrationInstitutionRule.defaultSeverity).toBe("error");
  });

  const valid: Array<[string, Record<string, unknown>]> = [
    ["the sample (上海国际仲裁中心 / Shanghai International Arbitration Center)", {}],
    ["SHIAC by its other name", institution("上海国际经济贸易仲裁委员会", "Shanghai International Economic and Trade Arbitration Commission")],
    ["two names of one commission, and its acronym", institution("上海国际经济贸易仲裁委员会（上海国际仲裁中心）", "Shanghai International Arbitration Center (SHIAC)")],
    ["SCIA under its three names", institution("华南国际经济贸易仲裁委员会", "Shenzhen Court of International Arbitration")],
    ["BAC by its second name", institution("北京国际仲裁中心", "Beijing Arbitration Commission")],
    ["CIETAC by acronym, full-width brackets and spaces", institution("中国国际经济贸易仲裁委员会", "the CIETAC")],
    ["a British spelling and a final full stop", institution("香港国际仲裁中心", "Hong Kong International Arbitration Center.")],
    ["litigation: the institution is not read", { dispute: { method: "court", court: { location: { zh: "甲方住所地", en: "the place of Party A's domicile" } }, arbitration: { institution: { zh: "当地仲裁机构", en: "a local arbitration institution" } } } }],
    ["a placeholder left in (leftover-placeholder's finding)", institution("[仲裁机构名称]", "[arbitration institution]")],
  ];
  it.each(valid)("valid: %s", (_, patch) => {
    expect(lintDeal(patch, [arbitrationInstitutionRule]).findings).toEqual([]);
  });

  // `value`: what the finding points at; `names`: commissions the message must name (both languages)
  const invalid: Array<{ name: string; patch: Record<string, unknown>; messageId: string; severity: "error" | "warning"; value: string; path: string; names?: string[] }> = [
    { name: "the commission of Party A's place", patch: institution("甲方所在地仲裁委员会", "Shanghai International Arbitration Center"), messageId: "vague", severity: "error", value: "甲方所在地仲裁委员会", path: "dispute.arbitration.institution.zh" },
    { name: "a local institution", patch: institution("当地仲裁机构", "Shanghai International Arbitration Center"), messageId: "vague", severity: "error", value: "当地仲裁机构", path: "dispute.arbitration.institution.zh" },
    { name: "a competent institution, in English", patch: institution("上海国际仲裁中心", "a competent arbitration institution"), messageId: "vague", severity: "error", value: "a competent arbitration institution", path: "dispute.arbitration.institution.en" },
    { name: "only the kind of body", patch: institution("仲裁委员会", "Shanghai International Arbitration Center"), messageId: "vague", severity: "error", value: "仲裁委员会", path: "dispute.arbitration.institution.zh" },
    { name: "two commissions in one language", patch: institution("上海国际仲裁中心（北京仲裁委员会）", "Shanghai International Arbitration Center"), messageId: "twoCommissions", severity: "error", value: "上海国际仲裁中心（北京仲裁委员会）", path: "dispute.arbitration.institution.zh", names: ["上海国际仲裁中心", "北京仲裁委员会"] },
    { name: "SHIAC in Chinese, the Shanghai Arbitration Commission in English", patch: institution("上海国际仲裁中心", "Shanghai Arbitration Commission"), messageId: "languagesDiffer", severity: "error", value: "Shanghai Arbitration Commission", path: "dispute.arbitration.institution.en", names: ["上海国际仲裁中心", "Shanghai Arbitration Commission"] },
    { name: "an unknown name, with the nearest known", patch: institution("上海市仲裁委员会", "Shanghai International Arbitration Center"), messageId: "unknown", severity: "warning", value: "上海市仲裁委员会", path: "dispute.arbitration.institution.zh", names: ["上海仲裁委员会"] },
    { name: "a sub-commission that is not a commission of its own", patch: institution("上海国际仲裁中心", "CIETAC Shanghai Sub-Commission"), messageId: "unknown", severity: "warning", value: "CIETAC Shanghai Sub-Commission", path: "dispute.arbitration.institution.en" },
  ];
  it.each(invalid)("invalid: $name", ({ patch, messageId, severity, value, path, names }) => {
    const { text, findings } = lintDeal(patch, [arbitrationInstitutionRule]);
    expect(findings).toEqual([expect.objectContaining({ ruleId: "arbitration-institution", messageId, severity, path, clause: "9.2", ...spanOf(text, value) })]);
    for (const n of names ?? []) {
      expect(findings[0]?.message.en).toContain(n);
      expect(findings[0]?.message.zh).toContain(n);
    }
  });

  it("says why, with the articles of the Arbitration Law, in both languages", () => {
    const { findings } = lintDeal(institution("甲方所在地仲裁委员会", "the arbitration commission at the place of Party A"), [arbitrationInstitutionRule]);
    expect(findings.map((f) => f.path)).toEqual(["dispute.arbitration.institution.zh", "dispute.arbitration.institution.en"]);
    expect(findings[0]?.message.zh).toMatch(/^dispute\.arbitration\.institution（仲裁机构，第9\.2条）的中文为“甲方所在地仲裁委员会”，未指明仲裁委员会.*《仲裁法》第十六条、第十八条/);
    expect(findings[1]?.message.en).toMatch(/Articles 16 and 18 of the Arbitration Law/);
  });

  it("every sample deal names a commission it knows", () => {
    for (const file of ["customer-service.yaml", "vendors/chengdu-jincheng.yaml", "vendors/hangzhou-yunxiu.yaml", "vendors/shenzhen-haiwan.yaml"]) {
      const text = readFileSync(join(import.meta.dirname, "..", "..", "..", "samples", file), "utf8");
      expect(lintDeal(text, [arbitrationInstitutionRule]).findings, file).toEqual([]);
    }
  });
});

describe("the list of commissions", () => {
  it("says where it comes from and when it was compiled", () => {
    expect(table.compiled).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(table.source.en).toMatch(/Articles 16 and 18 of the Arbitration Law/);
    expect(table.source.zh).toMatch(/《仲裁法》第十六条、第十八条/);
  });

  it("gives each name to one commission only, and each commission its own names", () => {
    const seen = new Map<string, string>();
    for (const c of table.commissions) {
      for (const alias of [...c.zh, ...c.en]) {
        expect(seen.get(alias.toLowerCase()), alias).toBeUndefined();
        seen.set(alias.toLowerCase(), c.name.en);
        expect(readInstitution(alias)).toEqual({ kind: "known", commission: c });
      }
    }
  });

  it.each([
    ["宁波仲裁委员会", "unknown"],
    ["the arbitration commission where Party A is located", "vague"],
    ["中国国际经济贸易仲裁委员会上海分会", "unknown"],
    ["Ｓｈａｎｇｈａｉ International Arbitration Center", "known"],
  ])("%s is %s", (text, kind) => {
    expect(readInstitution(text).kind).toBe(kind);
  });
});
