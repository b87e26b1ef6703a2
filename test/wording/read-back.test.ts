import { describe, expect, it } from "vitest";
import { formatScalar, type ScalarKind } from "../../src/wording/index.js";
import { readScalar } from "../../src/wording/read-back.js";
import { readChineseNumeral, readEnglishNumber } from "../../src/wording/read-numerals.js";

describe("readScalar reads back what formatScalar writes", () => {
  const cases: Array<[ScalarKind, unknown[]]> = [
    ["money", [0, 0.05, 0.5, 9.5, 10, 325.04, 1409.5, 2000, 5000, 107000, 186000, 2000000, 100010001, 999999999999.99]],
    ["integer", [0, 1, 20, 1234567]],
    ["number", [80, 99.5, 0.05]],
    ["percent", [0, 0.05, 6, 80, 99.5, 100]],
    ["minutes", [1, 15, 90]],
    ["hours", [4, 24]],
    ["days", [1, 30, 365]],
    ["business-days", [1, 10]],
    ["months", [1, 6, 12, 18, 24, 30]],
    ["years", [1, 3, 12, 20]],
    ["date", ["2027-01-01", "2028-02-29", "2026-12-15"]],
    ["boolean", [true, false]],
    ["plain", ["91310115MA1HK7QB80", "021-5081 2346"]],
  ];
  for (const [kind, values] of cases) {
    it.each(values.map((v) => [v]))(`${kind} %s`, (value) => {
      for (const lang of ["zh", "en"] as const) expect(readScalar(kind, formatScalar(kind, value, lang), lang)).toEqual({ value });
    });
  }
});

describe("readScalar reads what a person types", () => {
  it.each([
    ["money", "zh", "人民币贰仟元（¥2,000.00）", 2000],
    ["money", "zh", "人民币贰仟元整", 2000],
    ["money", "zh", "¥2000", 2000],
    ["money", "en", "RMB 2000", 2000],
    ["money", "en", "RMB2,000.50", 2000.5],
    ["money", "en", "two thousand yuan", 2000],
    ["integer", "en", "twenty-five", 25],
    ["integer", "zh", "二十五", 25],
    ["integer", "zh", "1,200", 1200],
    ["percent", "zh", "百分之五", 5],
    ["percent", "en", "5 %", 5],
    ["days", "zh", "45天", 45],
    ["days", "en", "forty-five days", 45],
    ["months", "zh", "2年", 24],
    ["months", "en", "one year", 12],
    ["years", "zh", "24个月", 2],
    ["date", "en", "January 1, 2027", "2027-01-01"],
    ["date", "zh", "2027 年 3 月 5 日", "2027-03-05"],
  ] as const)("%s (%s) %s → %s", (kind, lang, text, value) => {
    expect(readScalar(kind, text, lang)).toEqual({ value });
  });

  it.each([
    ["money", "zh", "人民币贰仟元整（¥3,000.00）", "figure-words"],
    ["money", "en", "RMB 2,000.00 (three thousand yuan)", "figure-words"],
    ["money", "en", "RMB 2,000.005", "form"],
    ["money", "zh", "两千块", "form"],
    ["integer", "en", "a dozen", "form"],
    ["integer", "zh", "二二", "form"],
    ["integer", "zh", "二十百", "form"],
    ["days", "zh", "1个月", "unit"],
    ["days", "en", "10 business days", "unit"],
    ["years", "zh", "18个月", "unit"],
    ["date", "zh", "2027年2月30日", "form"],
    ["date", "en", "next Monday", "form"],
    ["percent", "en", "five", "form"],
    ["boolean", "en", "maybe", "form"],
  ] as const)("%s (%s) %s is no value (%s)", (kind, lang, text, problem) => {
    expect(readScalar(kind, text, lang)).toEqual({ problem });
  });
});

describe("number words", () => {
  it.each([["十一", 11], ["一百一十", 110], ["陆仟零柒", 6007], ["壹拾万柒仟", 107000], ["壹亿零壹万零壹", 100010001]])("%s → %s", (text, n) => {
    expect(readChineseNumeral(text)).toBe(n);
  });
  it.each(["", "万", "壹万拾伍", "贰拾叁佰", "零十"])("%s is no numeral", (text) => expect(readChineseNumeral(text)).toBeUndefined());
  it.each([["one hundred and nine", 109], ["one thousand and one", 1001], ["twenty one", 21], ["nine hundred and ninety-nine billion", 999e9]])("%s → %s", (text, n) => {
    expect(readEnglishNumber(text)).toBe(n);
  });
  it.each(["", "hundred", "one two", "twenty thirty", "thousand one", "one thousand two thousand"])("%s is no number", (text) => expect(readEnglishNumber(text)).toBeUndefined());
});
