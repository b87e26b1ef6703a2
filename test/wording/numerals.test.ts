import { describe, expect, it } from "vitest";
import { chineseCapitalNumeral, chineseNumeral, englishNumberWords } from "../../src/wording/numerals.js";

describe("chineseCapitalNumeral", () => {
  it.each([
    [2, "贰"],
    [4, "肆"],
    [10, "壹拾"],
    [12, "壹拾贰"],
    [20, "贰拾"],
    [101, "壹佰零壹"],
    [1010, "壹仟零壹拾"],
    [9999, "玖仟玖佰玖拾玖"],
  ])("%s → %s", (n, expected) => {
    expect(chineseCapitalNumeral(n)).toBe(expected);
  });

  it("rejects what chineseNumeral rejects", () => {
    expect(() => chineseCapitalNumeral(0)).toThrow(RangeError);
  });
});

describe("chineseNumeral", () => {
  it.each([
    [1, "一"],
    [2, "二"],
    [9, "九"],
    [10, "十"],
    [11, "十一"],
    [19, "十九"],
    [20, "二十"],
    [21, "二十一"],
    [99, "九十九"],
    [100, "一百"],
    [101, "一百零一"],
    [110, "一百一十"],
    [111, "一百一十一"],
    [200, "二百"],
    [1000, "一千"],
    [1001, "一千零一"],
    [1010, "一千零一十"],
    [1100, "一千一百"],
    [2019, "二千零一十九"],
    [9999, "九千九百九十九"],
  ])("%s → %s", (n, expected) => {
    expect(chineseNumeral(n)).toBe(expected);
  });

  it.each([[0], [-1], [10000], [1.5], [Number.NaN]])("rejects %s", (n) => {
    expect(() => chineseNumeral(n)).toThrow(RangeError);
  });
});

describe("englishNumberWords", () => {
  it.each([
    [0, "zero"],
    [1, "one"],
    [12, "twelve"],
    [15, "fifteen"],
    [20, "twenty"],
    [21, "twenty-one"],
    [99, "ninety-nine"],
    [100, "one hundred"],
    [101, "one hundred and one"],
    [110, "one hundred and ten"],
    [999, "nine hundred and ninety-nine"],
    [1000, "one thousand"],
    [1001, "one thousand and one"],
    [1100, "one thousand one hundred"],
    [1409, "one thousand four hundred and nine"],
    [5000, "five thousand"],
    [16409, "sixteen thousand four hundred and nine"],
    [100000, "one hundred thousand"],
    [1000000, "one million"],
    [1000099, "one million and ninety-nine"],
    [100000000, "one hundred million"],
    [100010001, "one hundred million ten thousand and one"],
    [1000000000, "one billion"],
    [999999999999, "nine hundred and ninety-nine billion nine hundred and ninety-nine million nine hundred and ninety-nine thousand nine hundred and ninety-nine"],
  ])("%s → %s", (n, expected) => {
    expect(englishNumberWords(n)).toBe(expected);
  });

  it.each([[-1], [1e12], [2.5], [Number.POSITIVE_INFINITY]])("rejects %s", (n) => {
    expect(() => englishNumberWords(n)).toThrow(RangeError);
  });
});
