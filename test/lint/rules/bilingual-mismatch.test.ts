import { describe, expect, it } from "vitest";
import type { Inline } from "../../../src/agreement/types.js";
import { lintPrepared } from "../../../src/lint/engine.js";
import { bilingualMismatchRule } from "../../../src/lint/rules/bilingual-mismatch.js";
import { chineseNumberValue, quantitiesIn } from "../../../src/lint/quantities.js";
import { prepareDeal } from "../../../src/library/prepare-deal.js";
import { lineOf, lintDeal, SAMPLE } from "../lint-helpers.js";

const keys = (text: string, lang: "zh" | "en"): string[] => [...new Set(quantitiesIn(text, lang).map((q) => q.key))].sort();

describe("quantitiesIn", () => {
  it.each([
    ["money in words and figures", "人民币伍仟元整（¥5,000.00）", "RMB 5,000.00 (Renminbi five thousand yuan)", ["5000"]],
    ["大写 with 角", "人民币壹仟肆佰零玖元伍角（¥1,409.50）", "RMB 1,409.50", ["1409.5"]],
    ["万 and million", "200万元", "RMB 2 million", ["2000000"]],
    ["thousands separators", "3,000通来电", "3000 calls", ["3000"]],
    ["percentages", "不低于80%，即百分之八十", "no less than 80 per cent", ["80"]],
    ["dates", "2027年1月1日至2027年12月31日", "from 1 January 2027 to December 31, 2027", ["2027-01-01", "2027-12-31"]],
    ["ISO dates", "自2027-01-01起", "from 1 January 2027", ["2027-01-01"]],
    ["times of day", "9:00至18:00", "9:00 to 18:00", ["18:00", "9:00"]],
    ["times of day, twelve-hour", "上午9点至下午6点半", "9 a.m. to 6:30 pm", ["18:30", "9:00"]],
    ["a date written day first", "2027年3月1日", "1/3/2027", ["2027-03-01"]],
    ["per mille and per ten thousand", "每日万分之五，上限千分之三", "0.05% a day, at most 0.3%", ["0.05", "0.3"]],
    ["half a year", "每半年一次", "once every six months", ["6"]],
    ["months in words", "不少于六个月", "at least six months", ["6"]],
    ["years count in months", "终止后3年内", "within three years after termination", ["36"]],
    ["one year is twelve months", "每1年", "every twelve months", ["12"]],
    ["a term in years and in months", "为期两年", "for a 24-month term", ["24"]],
    ["statute articles are not amounts", "《中华人民共和国个人信息保护法》第二十一条", "Article 21 of the Personal Information Protection Law", []],
    ["clause numbers are not amounts", "依照第3.2条及第一条", "under Clause 3.2 and Article 1", []],
    ["one day of delay is prose", "每逾期一日", "for each day of delay", []],
    ["one calendar month is prose", "不足一个自然月的", "for any period of less than one calendar month", []],
    ["24/7", "7×24小时", "24/7", ["24", "7"]],
    ["addresses", "张杨路1588号12楼", "12/F, No. 1588 Zhangyang Road", ["12", "1588"]],
  ])("%s", (_, zh, en, expected) => {
    expect(keys(zh, "zh")).toEqual([...expected].sort());
    expect(keys(en, "en")).toEqual([...expected].sort());
  });

  it("keeps the text as written, for the message", () => {
    expect(quantitiesIn("日均不超过3,000通来电", "zh").map((q) => q.text)).toEqual(["3,000"]);
    expect(quantitiesIn("at least six months", "en").map((q) => q.text)).toEqual(["six months"]);
  });
});

describe("chineseNumberValue", () => {
  it.each([
    ["十二", 12],
    ["二十一", 21],
    ["一百零五", 105],
    ["壹拾捌万陆仟", 186000],
    ["贰佰万", 2000000],
    ["一亿零一万", 100010000],
    ["二〇二七", 2027],
    ["九十九点五", 99.5],
  ])("%s → %d", (text, n) => {
    expect(chineseNumberValue(text)).toBe(n);
  });

  it.each([["万"], ["亿"], ["点五"], ["多"]])("%s is not a number", (text) => {
    expect(chineseNumberValue(text)).toBeUndefined();
  });
});

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
    ["other numbers and dates", { term: { start: "2026-02-01", end: "2029-01-31", cure_days: 1 }, signing: { date: "2026-01-05" }, counterparts: 2, fees: { late_payment: { daily_rate_percent: 0.03 } } }],
  ];
  it.each(valid)("valid: %s", (_, patch) => {
    expect(lintDeal(patch, [bilingualMismatchRule]).findings).toEqual([]);
  });

  const invalid: Array<{ name: string; patch: Record<string, unknown>; line: string; path: string; clause?: string; en: string[]; zh: string[] }> = [
    {
      name: "3,000 calls in Chinese, 2,000 in English",
      patch: { team: { capacity: { zh: "日均不超过3,000通来电", en: "up to 2,000 calls per day" } } },
      line: "zh: 日均不超过3,000通来电",
      path: "team.capacity.zh",
      clause: "2.2",
      en: ['Clause 2.2: the Chinese text states "3,000"', 'the English text states "2,000"', "team.capacity (Service volume or number of customers)"],
      zh: ["第2.2条", "中文文本中的“3,000”在英文文本中没有对应", "英文文本中的“2,000”在中文文本中没有对应"],
    },
    {
      name: "a number in the English text only",
      patch: { team: { capacity: { zh: "日均不超过3,000通来电", en: "up to 3,000 calls and 500 chats per day" } } },
      line: "en: up to 3,000 calls and 500 chats per day",
      path: "team.capacity.en",
      clause: "2.2",
      en: ['the English text states "500", which the Chinese text does not'],
      zh: ["英文文本中的“500”"],
    },
    {
      name: "half a year against three months",
      patch: { team: { replacement: { support: { zh: "替代人员及半年的知识交接支持", en: "a replacement and three months of knowledge-transfer support" } } } },
      line: "zh: 替代人员及半年的知识交接支持",
      path: "team.replacement.support.zh",
      clause: "2.7",
      en: ['"半年"', '"three months"'],
      zh: ["“半年”", "“three months”"],
    },
    {
      name: "a date in one language only",
      patch: { sla: { business_hours: { zh: "每周一至周五9:00至18:00（2027年1月1日起）", en: "9:00 to 18:00, Monday to Friday" } } },
      line: "zh: 每周一至周五9:00至18:00（2027年1月1日起）",
      path: "sla.business_hours.zh",
      clause: "3.1(a)",
      en: ["Clause 3.1(a)", '"2027年1月1日"'],
      zh: ["第3.1条(a)项", "“2027年1月1日”"],
    },
    {
      name: "a different percentage",
      patch: { data_protection: { protection_measures: { zh: "抽查不少于80%的通话录音", en: "review of at least 85% of call recordings" } } },
      line: "zh: 抽查不少于80%的通话录音",
      path: "data_protection.protection_measures.zh",
      clause: "5.2(e)",
      en: ['"80%"', '"85%"'],
      zh: ["“80%”", "“85%”"],
    },
    {
      name: "an amount in words that the figure contradicts",
      patch: { team: { replacement: { support: { zh: "人民币伍仟元的培训补贴", en: "a training allowance of RMB 6,000" } } } },
      line: "zh: 人民币伍仟元的培训补贴",
      path: "team.replacement.support.zh",
      clause: "2.7",
      en: ['"伍仟元"', '"6,000"'],
      zh: ["“伍仟元”", "“6,000”"],
    },
    {
      name: "a party's address",
      patch: { party_a: { address: { zh: "上海市浦东新区张杨路1588号12楼", en: "12/F, No. 1589 Zhangyang Road, Pudong New Area, Shanghai" } } },
      line: "zh: 上海市浦东新区张杨路1588号12楼",
      path: "party_a.address.zh",
      en: ["Party A's address", '"1588"', '"1589"'],
      zh: ["甲方地址", "“1588”", "“1589”"],
    },
  ];
  it.each(invalid)("invalid: $name", ({ patch, line, path, clause, en, zh }) => {
    const { text, findings } = lintDeal(patch, [bilingualMismatchRule]);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ ruleId: "bilingual-mismatch", severity: "error", path, line: lineOf(text, line) });
    expect(f?.clause).toBe(clause);
    for (const words of en) expect(f?.message.en).toContain(words);
    for (const words of zh) expect(f?.message.zh).toContain(words);
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
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: "bilingual-mismatch", clause: "2.1", file: clause.position.file, line: clause.position.line });
    expect(findings[0]?.message.en).toContain("the template's own wording");
    expect(findings[0]?.message.zh).toContain("差异来自模板本身的文字");
  });
});

describe("bilingual-mismatch and gaps", () => {
  it("a text missing in one language is the gap, reported once by missing-translation, not as a mismatch", () => {
    const { findings } = lintDeal({ team: { capacity: { zh: "日均不超过3,000通来电", en: null } } });
    expect(findings.map((f) => f.ruleId)).toContain("missing-translation");
    expect(findings.map((f) => f.ruleId)).not.toContain("bilingual-mismatch");
  });
});
