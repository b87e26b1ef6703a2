import { describe, expect, it } from "vitest";
import type { Inline } from "../../../src/agreement/types.js";
import { lintPrepared } from "../../../src/lint/engine.js";
import { bilingualMismatchRule } from "../../../src/lint/rules/bilingual-mismatch.js";
import { prepareDeal } from "../../../src/library/prepare-deal.js";
import { expectValues, lintDeal, SAMPLE, spanOf } from "../lint-helpers.js";

describe("bilingual-mismatch", () => {
  it("is an error by default", () => {
    expect(bilingualMismatchRule.defaultSeverity).toBe("error");
  });

  const valid: Array<[string, Record<string, unknown>]> = [
    ["the sample", {}],
    ["a street name in Chinese numerals", { party_b: { address: { zh: "深圳市南山区科技南十二路28号15楼", en: "15/F, No. 28 Keji South 12th Road, Nanshan District, Shenzhen" } } }],
    ["a count in figures against words", { team: { replacement: { support: { zh: "至少2名替代人员", en: "at least two replacements" } } } }],
    ["an ordinal", { team: { replacement: { support: { zh: "第2次离职起提供替代人员", en: "a replacement from the second departure" } } } }],
    ["the same figure with and without a separator", { team: { capacity: { zh: "日均不超过3,000通来电", en: "up to 3000 calls per day" } } }],
    ["an amount in words and in figures", { team: { replacement: { support: { zh: "替代人员及人民币伍仟元的培训补贴", en: "a replacement and a training allowance of RMB 5,000" } } } }],
    ["a date each language's way", { sla: { business_hours: { zh: "自2027年1月1日起每周一至周五9:00至18:00", en: "9:00 to 18:00, Monday to Friday, from January 1, 2027" } } }],
    ["a statute article", { data_protection: { method: { zh: "依照《个人信息保护法》第二十一条约定的方式", en: "by the method agreed under Article 21 of the Personal Information Protection Law" } } }],
    ["a retraining interval of twelve months (1年)", { team: { retraining_interval_months: 12 } }],
    ["a retraining interval of one month", { team: { retraining_interval_months: 1 } }],
    ["a retraining interval of two years (2年 / 24 months)", { team: { retraining_interval_months: 24 } }],
    ["a confidentiality period of one year", { confidentiality: { years_after_termination: 1 } }],
    ["amounts with fen", { sla: { penalty: { per_breach: { amount: 1409.5 } } }, fees: { monthly_fee: 6007.14 }, liability: { cap: 100010001 } }],
    ["damages as a share of the monthly fee", { sla: { penalty: { per_breach: { amount: null, percent_of_monthly_fee: 2.5 } } } }],
    ["litigation instead of arbitration", { dispute: { method: "court", court: { location: { zh: "甲方住所地", en: "the place of Party A's domicile" } } } }],
    ["a count in words in both languages", { team: { replacement: { support: { zh: "至少两名替代人员", en: "at least two replacements" } } } }],
    ["a count of one in words, which is prose", { team: { replacement: { support: { zh: "至少一名替代人员", en: "at least one replacement" } } } }],
    ["an amount in words in both languages", { team: { replacement: { support: { zh: "五千元的培训补贴", en: "a training allowance of five thousand yuan" } } } }],
    ["counts in capital numerals against words", { team: { replacement: { support: { zh: "至少贰名替代人员，交接资料一式肆份", en: "at least two replacements, with the handover file in four counterparts" } } } }],
    ["a period in capital numerals against words", { team: { replacement: { support: { zh: "替代人员及叁个月的交接支持", en: "a replacement and three months of handover support" } } } }],
    ["a compound word", { data_protection: { protection_measures: { zh: "双因素认证", en: "two-factor authentication" } } }],
    ["other numbers and dates", { term: { start: "2026-02-01", end: "2029-01-31", cure_days: 1 }, signing: { date: "2026-01-05" }, counterparts: 2, fees: { late_payment: { daily_rate_percent: 0.03 } } }],
  ];
  it.each(valid)("valid: %s", (_, patch) => {
    expect(lintDeal(patch, [bilingualMismatchRule]).findings).toEqual([]);
  });

  // `value`: the text the finding points at; `quantities`: what the message says one language lacks
  const invalid: Array<{ name: string; patch: Record<string, unknown>; value: string; path: string; clause?: string; quantities: string[] }> = [
    {
      name: "3,000 calls in Chinese, 2,000 in English",
      patch: { team: { capacity: { zh: "日均不超过3,000通来电", en: "up to 2,000 calls per day" } } },
      value: "日均不超过3,000通来电",
      path: "team.capacity.zh",
      clause: "2.2",
      quantities: ["3,000", "2,000"],
    },
    {
      name: "a number in the English text only",
      patch: { team: { capacity: { zh: "日均不超过3,000通来电", en: "up to 3,000 calls and 500 chats per day" } } },
      value: "up to 3,000 calls and 500 chats per day",
      path: "team.capacity.en",
      clause: "2.2",
      quantities: ["500"],
    },
    {
      name: "half a year against three months",
      patch: { team: { replacement: { support: { zh: "替代人员及半年的知识交接支持", en: "a replacement and three months of knowledge-transfer support" } } } },
      value: "替代人员及半年的知识交接支持",
      path: "team.replacement.support.zh",
      clause: "2.7",
      quantities: ["半年", "three months"],
    },
    {
      name: "a date in one language only",
      patch: { sla: { business_hours: { zh: "每周一至周五9:00至18:00（2027年1月1日起）", en: "9:00 to 18:00, Monday to Friday" } } },
      value: "每周一至周五9:00至18:00（2027年1月1日起）",
      path: "sla.business_hours.zh",
      clause: "3.1(a)",
      quantities: ["2027年1月1日"],
    },
    {
      name: "a different percentage",
      patch: { data_protection: { protection_measures: { zh: "抽查不少于80%的通话录音", en: "review of at least 85% of call recordings" } } },
      value: "抽查不少于80%的通话录音",
      path: "data_protection.protection_measures.zh",
      clause: "5.2(e)",
      quantities: ["80%", "85%"],
    },
    {
      name: "an amount in words that the figure contradicts",
      patch: { team: { replacement: { support: { zh: "人民币伍仟元的培训补贴", en: "a training allowance of RMB 6,000" } } } },
      value: "人民币伍仟元的培训补贴",
      path: "team.replacement.support.zh",
      clause: "2.7",
      quantities: ["伍仟元", "6,000"],
    },
    // issue 12, item 10: number words are numbers too
    {
      name: "two replacements in English, one (一名) in Chinese",
      patch: { team: { replacement: { support: { zh: "至少一名具备同等资质的替代人员", en: "at least two replacements with equivalent qualifications" } } } },
      value: "at least two replacements with equivalent qualifications",
      path: "team.replacement.support.en",
      clause: "2.7",
      quantities: ["two"],
    },
    {
      name: "three replacements in Chinese (三名), two in English",
      patch: { team: { replacement: { support: { zh: "三名替代人员", en: "two replacements" } } } },
      value: "三名替代人员",
      path: "team.replacement.support.zh",
      clause: "2.7",
      quantities: ["三名", "two"],
    },
    // capital numerals (大写) are numbers too
    {
      name: "four counterparts in English, three (叁份) in Chinese",
      patch: { team: { replacement: { support: { zh: "交接资料一式叁份", en: "the handover file in four counterparts" } } } },
      value: "交接资料一式叁份",
      path: "team.replacement.support.zh",
      clause: "2.7",
      quantities: ["叁份", "four"],
    },
    {
      name: "a period in capitals (贰个月) against three months",
      patch: { team: { replacement: { support: { zh: "替代人员及贰个月的交接支持", en: "a replacement and three months of handover support" } } } },
      value: "替代人员及贰个月的交接支持",
      path: "team.replacement.support.zh",
      clause: "2.7",
      quantities: ["贰个月", "three months"],
    },
    {
      name: "3,500 calls in English, 3,000 in Chinese",
      patch: { team: { capacity: { zh: "日均不超过3,000通来电", en: "up to 3,500 calls per day" } } },
      value: "日均不超过3,000通来电",
      path: "team.capacity.zh",
      clause: "2.2",
      quantities: ["3,000", "3,500"],
    },
    {
      name: "an amount in English words that the Chinese figure contradicts",
      patch: { team: { replacement: { support: { zh: "人民币5,000元的培训补贴", en: "a training allowance of six thousand yuan" } } } },
      value: "人民币5,000元的培训补贴",
      path: "team.replacement.support.zh",
      clause: "2.7",
      quantities: ["5,000", "six thousand yuan"],
    },
    {
      name: "a party's address",
      patch: { party_a: { address: { zh: "上海市浦东新区张杨路1588号12楼", en: "12/F, No. 1589 Zhangyang Road, Pudong New Area, Shanghai" } } },
      value: "上海市浦东新区张杨路1588号12楼",
      path: "party_a.address.zh",
      quantities: ["1588", "1589"],
    },
  ];
  it.each(invalid)("invalid: $name", ({ patch, value, path, clause, quantities }) => {
    const { text, findings } = lintDeal(patch, [bilingualMismatchRule]);
    expect(findings).toEqual([expect.objectContaining({ ruleId: "bilingual-mismatch", messageId: "fieldDiffers", severity: "error", path, ...spanOf(text, value) })]);
    expect(findings[0]?.clause).toBe(clause);
    expectValues(findings[0], quantities);
  });

  it("says what each language states that the other does not, and which field to correct", () => {
    const { findings } = lintDeal({ team: { capacity: { zh: "日均不超过3,000通来电", en: "up to 2,000 calls per day" } } }, [bilingualMismatchRule]);
    expect(findings[0]?.message.en).toBe(
      'Clause 2.2: the Chinese text states "3,000", which the English text does not; the English text states "2,000", which the Chinese text does not. Correct team.capacity (Service volume or number of customers) so that both languages state the same figures.',
    );
  });

  it("reports a value printed in several places once", () => {
    const { findings } = lintDeal({ service: { description: { zh: "7×24小时客户服务", en: "customer service 5 days a week" } } }, [bilingualMismatchRule]);
    expect(findings.map((f) => f.path)).toEqual(["service.description.zh"]);
  });

  it("points at the clause in the template when the template's own wording differs", () => {
    const prepared = prepareDeal(SAMPLE);
    const clause = prepared.agreement!.articles[1]!.clauses[0]!; // 2.1
    const paragraph = clause.body[0]!;
    if (paragraph.type !== "paragraph") throw new Error("2.1 is a paragraph");
    const extra: Inline = { type: "text", value: "客服团队不少于20人。" };
    paragraph.text.zh.push(extra);
    const findings = lintPrepared(prepared, undefined, [bilingualMismatchRule]);
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: "bilingual-mismatch", messageId: "templateDiffers", clause: "2.1", file: clause.position.file, line: clause.position.line, column: clause.position.column }),
    ]);
    expectValues(findings[0], ["20"]);
  });
});

describe("bilingual-mismatch and gaps", () => {
  it("a text missing in one language is the gap, reported once by missing-translation, not as a mismatch", () => {
    const { findings } = lintDeal({ team: { capacity: { zh: "日均不超过3,000通来电", en: null } } });
    expect(findings.map((f) => f.ruleId)).toContain("missing-translation");
    expect(findings.map((f) => f.ruleId)).not.toContain("bilingual-mismatch");
  });
});
