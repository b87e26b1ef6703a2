import { describe, expect, it } from "vitest";
import { policyBreaches, normalizeText } from "../../src/policy/breaches.js";
import { loadPolicy } from "../../src/policy/policy.js";
import { merge, sampleData } from "../lint/lint-helpers.js";
import { withoutEmpty } from "../../src/validate/validate.js";
import { HEAD, policyFile } from "./policy-helpers.js";

const policy = (rules: string) => loadPolicy(policyFile(HEAD + rules));
const deal = (patch: Record<string, unknown> = {}) => (withoutEmpty(merge(sampleData(), patch)) ?? {}) as Record<string, unknown>;

describe("policyBreaches", () => {
  it("max: a value above it breaks the rule; at it passes", () => {
    const p = policy("  - field: sla.response.minutes\n    max: 30\n    message: { zh: 响应时间不得超过30分钟, en: Response time must be at most 30 minutes }\n");
    expect(policyBreaches(p, deal({ sla: { response: { minutes: 30 } } }))).toEqual([]);
    const [b, ...rest] = policyBreaches(p, deal({ sla: { response: { minutes: 45 } } }));
    expect(rest).toEqual([]);
    expect(b).toMatchObject({
      check: "max",
      severity: "error",
      field: "sla.response.minutes",
      path: "sla.response.minutes",
      value: 45,
      message: { zh: "响应时间不得超过30分钟", en: "Response time must be at most 30 minutes" },
      actual: { zh: "45分钟", en: "45 minutes" },
    });
  });

  it("min: a value below it breaks the rule; at it passes; the default message is worded from the label", () => {
    const p = policy("  - field: sla.availability_percent\n    min: 99.5\n");
    expect(policyBreaches(p, deal({ sla: { availability_percent: 99.5 } }))).toEqual([]);
    const [b] = policyBreaches(p, deal({ sla: { availability_percent: 99 } }));
    expect(b).toMatchObject({ check: "min", value: 99, message: { en: "Service availability must be at least 99.5%", zh: "服务可用性不得低于99.5%" } });
  });

  it("min and max in one rule", () => {
    const p = policy("  - field: fees.payment_days\n    min: 30\n    max: 60\n    severity: warning\n");
    expect(policyBreaches(p, deal({ fees: { payment_days: 45 } }))).toEqual([]);
    expect(policyBreaches(p, deal({ fees: { payment_days: 15 } })).map((b) => [b.check, b.severity])).toEqual([["min", "warning"]]);
    expect(policyBreaches(p, deal({ fees: { payment_days: 90 } })).map((b) => b.message.en)).toEqual(["Payment period must be at most 60 days"]);
  });

  it("money thresholds are worded as the agreement writes money", () => {
    const p = policy("  - field: fees.monthly_fee\n    max: 200000\n");
    const [b] = policyBreaches(p, deal({ fees: { monthly_fee: 250000 } }));
    expect(b?.message.zh).toBe("月度服务费（含税）不得超过人民币贰拾万元整（¥200,000.00）");
  });

  it("one_of on an enum compares its key, and words the default message with its labels", () => {
    const p = policy("  - field: dispute.method\n    one_of: [arbitration]\n");
    expect(policyBreaches(p, deal())).toEqual([]);
    const [b] = policyBreaches(p, deal({ dispute: { method: "court" } }));
    expect(b).toMatchObject({ check: "one_of", value: "court", actual: { zh: "诉讼", en: "litigation" }, message: { zh: "争议解决方式须为以下之一：仲裁", en: "Dispute resolution method must be one of: arbitration" } });
  });

  it("one_of on a bilingual text: each half must be one of the listed wordings", () => {
    const p = policy(`  - field: data_protection.storage_location
    one_of:
      - 中华人民共和国境内（不包括香港特别行政区、澳门特别行政区和台湾地区）
      - 中国境内
      - mainland China
`);
    // the sample says 中华人民共和国境内（…） / mainland China
    expect(policyBreaches(p, deal())).toEqual([]);
    // spaces around, and the English in another case, are the same wording
    expect(policyBreaches(p, deal({ data_protection: { storage_location: { zh: " 中国境内 ", en: "Mainland  China" } } }))).toEqual([]);
    const zh = policyBreaches(p, deal({ data_protection: { storage_location: { zh: "新加坡", en: "mainland China" } } }));
    expect(zh.map((b) => [b.path, b.value, b.actual.zh])).toEqual([["data_protection.storage_location.zh", "新加坡", "“新加坡”"]]);
    // a Chinese text that is allowed does not cover an English one that is not
    const en = policyBreaches(p, deal({ data_protection: { storage_location: { zh: "中国境内", en: "Singapore" } } }));
    expect(en.map((b) => [b.path, b.value, b.actual.en])).toEqual([["data_protection.storage_location.en", "Singapore", '"Singapore"']]);
  });

  it("required: a field left out or empty breaks it; min, max and one_of do not apply to a value not given", () => {
    const p = policy("  - field: confidentiality.years_after_termination\n    required: true\n    min: 3\n  - field: sla.resolution.hours\n    max: 4\n");
    expect(policyBreaches(p, deal())).toEqual([]);
    const [b, ...rest] = policyBreaches(p, deal({ confidentiality: { years_after_termination: null }, sla: { resolution: { hours: null } } }));
    expect(rest).toEqual([]);
    expect(b).toMatchObject({ check: "required", value: undefined, actual: { zh: "未约定", en: "not given" }, message: { en: "Confidentiality period after termination must be given", zh: "须约定协议终止后的保密期限" } });
  });

  it("required on a group of fields: given when any field in it is", () => {
    const p = policy("  - field: liability\n    required: true\n");
    expect(policyBreaches(p, deal())).toEqual([]);
    expect(policyBreaches(p, deal({ liability: null })).map((b) => b.check)).toEqual(["required"]);
  });

  it("a value of the wrong type is left to the schema rule", () => {
    const p = policy("  - field: sla.response.minutes\n    max: 30\n");
    expect(policyBreaches(p, deal({ sla: { response: { minutes: "forty" } } }))).toEqual([]);
  });

  it("breaches come in the policy's order, one per rule", () => {
    const p = policy("  - field: sla.response.minutes\n    max: 30\n  - field: sla.availability_percent\n    min: 99.5\n    max: 99.9\n");
    const found = policyBreaches(p, deal({ sla: { response: { minutes: 45 }, availability_percent: 99 } }));
    expect(found.map((b) => b.field)).toEqual(["sla.response.minutes", "sla.availability_percent"]);
  });

  it("normalizeText: NFKC, trimmed, one space, lower case", () => {
    expect(normalizeText("  Mainland\u3000 CHINA ")).toBe("mainland china");
    expect(normalizeText("中国境内（大陆）")).toBe(normalizeText("中国境内(大陆)"));
  });
});
