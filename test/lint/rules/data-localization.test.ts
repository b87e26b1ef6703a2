import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dataLocalizationRule, placesOutsideMainland } from "../../../src/lint/rules/data-localization.js";
import { lintDeal, spanOf } from "../lint-helpers.js";

const location = (zh: string, en: string): Record<string, unknown> => ({ data_protection: { storage_location: { zh, en } } });

describe("data-localization", () => {
  it("is a warning by default: the transfer is lawful once a route is completed, and compare must still show the offer", () => {
    expect(dataLocalizationRule.defaultSeverity).toBe("warning");
  });

  const valid: Array<[string, Record<string, unknown>]> = [
    ["the sample (mainland China, Hong Kong, Macao and Taiwan excluded in words)", {}],
    ["a mainland city", location("上海市浦东新区", "Pudong New Area, Shanghai")],
    ["China's territory, Hong Kong excluded in English", location("中华人民共和国境内", "the People's Republic of China, excluding Hong Kong, Macao and Taiwan")],
    ["除…外", location("除香港特别行政区外的中华人民共和国境内", "mainland China")],
    ["no storage location", { data_protection: { storage_location: null } }],
  ];
  it.each(valid)("valid: %s", (_, patch) => {
    expect(lintDeal(patch, [dataLocalizationRule]).findings).toEqual([]);
  });

  // `value`: the half of the location the finding points at; `places`: what the message names
  const invalid: Array<{ name: string; patch: Record<string, unknown>; value: string; path: string; places: string[] }> = [
    { name: "Hong Kong in both languages", patch: location("中华人民共和国香港特别行政区", "Hong Kong"), value: "中华人民共和国香港特别行政区", path: "data_protection.storage_location.zh", places: ["香港特别行政区"] },
    { name: "Macao in English only", patch: location("中华人民共和国境内", "mainland China and Macau"), value: "mainland China and Macau", path: "data_protection.storage_location.en", places: ["Macao"] },
    { name: "Taiwan", patch: location("台湾地区", "Taiwan"), value: "台湾地区", path: "data_protection.storage_location.zh", places: ["台湾地区"] },
    { name: "abroad, in general words", patch: location("境外数据中心", "an offshore data centre"), value: "境外数据中心", path: "data_protection.storage_location.zh", places: ["境外"] },
    { name: "a foreign country with a mainland city", patch: location("上海及新加坡", "Shanghai and Singapore"), value: "上海及新加坡", path: "data_protection.storage_location.zh", places: ["新加坡"] },
    { name: "an acronym in capitals", patch: location("上海", "Shanghai, with backups in the US"), value: "Shanghai, with backups in the US", path: "data_protection.storage_location.en", places: ["the United States"] },
  ];
  it.each(invalid)("invalid: $name", ({ patch, value, path, places }) => {
    const { text, findings } = lintDeal(patch, [dataLocalizationRule]);
    expect(findings).toEqual([expect.objectContaining({ ruleId: "data-localization", messageId: "outsideMainland", severity: "warning", path, clause: "5.6", ...spanOf(text, value) })]);
    for (const place of places) expect(`${findings[0]?.message.en} ${findings[0]?.message.zh}`).toContain(place);
  });

  it("reports the storage location of samples/vendors/shenzhen-haiwan.yaml, at its line", () => {
    const text = readFileSync(join(import.meta.dirname, "..", "..", "..", "samples", "vendors", "shenzhen-haiwan.yaml"), "utf8");
    const { findings } = lintDeal(text, [dataLocalizationRule]);
    expect(findings).toEqual([expect.objectContaining({ ruleId: "data-localization", path: "data_protection.storage_location.zh", ...spanOf(text, "zh: 中华人民共和国香港特别行政区", "中华人民共和国香港特别行政区") })]);
    expect(findings[0]?.message.zh).toMatch(/^data_protection\.storage_location（存储地点，第5\.6条）将个人信息置于香港特别行政区，位于中国大陆以外。/);
  });

  it("names the routes of Articles 38–40 in both languages", () => {
    const { findings } = lintDeal(location("新加坡", "Singapore"), [dataLocalizationRule]);
    expect(findings[0]?.message.en).toMatch(/security assessment.*standard contract.*certification.*separate consent \(Article 39\)/);
    expect(findings[0]?.message.zh).toMatch(/安全评估.*标准合同.*个人信息保护认证.*单独同意（第三十九条）/);
  });
});

describe("placesOutsideMainland", () => {
  it.each([
    ["印度尼西亚", "zh", ["印度尼西亚"]],
    ["the European Union and the UK", "en", ["the European Union", "the United Kingdom"]],
    ["used by us", "en", []],
    ["中华人民共和国境内（不包括香港特别行政区、澳门特别行政区和台湾地区）", "zh", []],
    ["mainland China (excluding Hong Kong, Macao and Taiwan)", "en", []],
  ] as const)("%s", (text, lang, names) => {
    expect(placesOutsideMainland(text, lang).map((p) => p.name[lang])).toEqual(names);
  });
});
