import { describe, expect, it } from "vitest";
import { chineseNumberValue, quantitiesIn, spelledIn } from "../../src/lint/quantities.js";

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
    ["counts in words", "至少两名替代人员", "at least two replacements", ["2"]],
    ["counts in 大写", "一式肆份，双方各执贰份", "in four originals, two for each Party", ["2", "4"]],
    ["counterparts in 大写", "一式肆份", "in four counterparts", ["4"]],
    ["years in 大写", "保密期限为叁年", "for three years", ["36"]],
    ["days in 大写, ten to nineteen with and without 壹", "壹拾伍日或拾伍日", "15 days", ["15"]],
    ["months in 大写", "陆个月", "six months", ["6"]],
    ["compound numbers in words", "二十一次", "twenty-one times", ["21"]],
    ["amounts in English words", "壹仟肆佰零玖元伍角", "one thousand four hundred and nine yuan and fifty fen", ["1409.5"]],
    ["half", "一半的费用", "half of the fee", ["0.5"]],
    ["a count of one is prose", "每发生一次，一项或者多项", "for each failure, any one or more", []],
    ["periods in compound words", "二十四小时", "twenty-four hours", ["24"]],
    ["a number after the points back", "两种文本", "the two versions", []],
    ["a number word in a compound word", "双因素认证", "two-factor authentication", []],
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

describe("spelledIn", () => {
  it.each([
    ["12", "科技南十二路", "zh", true],
    ["12", "Keji South 12th Road", "en", false],
    ["12", "Keji South Twelfth Road", "en", true],
    ["2", "from the second departure", "en", true],
    ["21", "the twenty-first day", "en", true],
    ["2", "第十二次", "zh", false],
    ["12", "科技南壹拾贰路", "zh", true],
    ["12", "科技南拾贰路", "zh", true],
    ["2", "科技南壹拾贰路", "zh", false],
    ["4", "一式肆份", "zh", true],
    ["0.5", "half a month", "en", false],
  ] as const)("%s in %s", (key, text, lang, found) => {
    expect(spelledIn(key, text, lang)).toBe(found);
  });
});
