import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MAX_AMOUNT,
  chineseUppercaseAmount,
  formatFigure,
  formatMoney,
  toFen,
} from "../../src/wording/money.js";

describe("chineseUppercaseAmount", () => {
  it.each([
    // The examples of the PBOC rules.
    [1409.5, "人民币壹仟肆佰零玖元伍角"],
    [6007.14, "人民币陆仟零柒元壹角肆分"],
    [16409.02, "人民币壹万陆仟肆佰零玖元零贰分"],
    [325.04, "人民币叁佰贰拾伍元零肆分"],
    [10000.05, "人民币壹万元零伍分"],
    [100000000, "人民币壹亿元整"],
    [10, "人民币壹拾元整"],
    [100010001, "人民币壹亿零壹万零壹元整"],
    [0, "人民币零元整"],
    [5000, "人民币伍仟元整"],
    [0.5, "人民币伍角"],
    // Boundaries.
    [1, "人民币壹元整"],
    [100, "人民币壹佰元整"],
    [1000, "人民币壹仟元整"],
    [10000, "人民币壹万元整"],
    [100000, "人民币壹拾万元整"],
    [1000000000, "人民币壹拾亿元整"],
    [0.01, "人民币壹分"],
    [0.05, "人民币伍分"],
    [0.55, "人民币伍角伍分"],
    [10.05, "人民币壹拾元零伍分"],
    [10.5, "人民币壹拾元伍角"],
    [110, "人民币壹佰壹拾元整"],
    [1010, "人民币壹仟零壹拾元整"],
    [1001, "人民币壹仟零壹元整"],
    [1680.32, "人民币壹仟陆佰捌拾元叁角贰分"],
    [107000.53, "人民币壹拾万柒仟元伍角叁分"],
    [100000001, "人民币壹亿零壹元整"],
    [101000000, "人民币壹亿零壹佰万元整"],
    [110000000, "人民币壹亿壹仟万元整"],
    [100001000, "人民币壹亿零壹仟元整"],
    [120005, "人民币壹拾贰万零伍元整"],
    [0.3, "人民币叁角"],
    [MAX_AMOUNT, "人民币玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"],
  ])("%s → %s", (amount, expected) => {
    expect(chineseUppercaseAmount(amount)).toBe(expected);
  });

  it.each([
    [-1, /negative/],
    [-0.01, /negative/],
    [Number.NaN, /finite/],
    [Number.POSITIVE_INFINITY, /finite/],
    [1.005, /2 decimals/],
    [0.001, /2 decimals/],
    [1e-7, /2 decimals/],
    [0.1 + 0.2, /2 decimals/],
    [1_000_000_000_000, /at most/],
    [MAX_AMOUNT + 0.01, /at most/],
  ])("rejects %s", (amount, message) => {
    expect(() => chineseUppercaseAmount(amount)).toThrow(RangeError);
    expect(() => chineseUppercaseAmount(amount)).toThrow(message);
  });
});

describe("chineseUppercaseAmount, any amount in fen", () => {
  // zero is its own case (人民币零元整), pinned in the table above
  it("is well formed: one 零 at a time, never last, 整 only after 元", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99999999999999 }), (fen) => {
        const text = chineseUppercaseAmount(fen / 100);
        expect(text).toMatch(/^人民币/);
        expect(text).not.toMatch(/零零|零[元角分整万亿]|零$/);
        expect(text).toMatch(/(元整|角|分)$/);
        if (fen % 100 === 0) expect(text).toMatch(/元整$/);
        else expect(text).not.toMatch(/整/);
      }),
    );
  });
});

describe("toFen", () => {
  it.each([
    [0, 0],
    [0.29, 29],
    [1.15, 115],
    [1409.5, 140950],
    [MAX_AMOUNT, 99999999999999],
  ])("%s → %s fen", (amount, fen) => {
    expect(toFen(amount)).toBe(fen);
  });
});

describe("formatFigure", () => {
  it.each([
    [0, "0.00"],
    [0.5, "0.50"],
    [0.05, "0.05"],
    [10, "10.00"],
    [999.99, "999.99"],
    [1000, "1,000.00"],
    [5000, "5,000.00"],
    [1409.5, "1,409.50"],
    [100000, "100,000.00"],
    [1234567.89, "1,234,567.89"],
    [100000000, "100,000,000.00"],
    [MAX_AMOUNT, "999,999,999,999.99"],
  ])("%s → %s", (amount, expected) => {
    expect(formatFigure(amount)).toBe(expected);
  });

  it.each([[-5], [1.234], [Number.NaN]])("rejects %s", (amount) => {
    expect(() => formatFigure(amount)).toThrow(RangeError);
  });
});

describe("formatMoney", () => {
  it.each([
    [5000, "zh", "人民币伍仟元整（¥5,000.00）"],
    [5000, "en", "RMB 5,000.00 (five thousand yuan)"],
    [1409.5, "zh", "人民币壹仟肆佰零玖元伍角（¥1,409.50）"],
    [1409.5, "en", "RMB 1,409.50 (one thousand four hundred and nine yuan and fifty fen)"],
    [16409.02, "en", "RMB 16,409.02 (sixteen thousand four hundred and nine yuan and two fen)"],
    [0, "zh", "人民币零元整（¥0.00）"],
    [0, "en", "RMB 0.00 (zero yuan)"],
    [0.5, "en", "RMB 0.50 (fifty fen)"],
    [1, "en", "RMB 1.00 (one yuan)"],
    [1.01, "en", "RMB 1.01 (one yuan and one fen)"],
    [100010001, "en", "RMB 100,010,001.00 (one hundred million ten thousand and one yuan)"],
  ] as const)("%s in %s → %s", (amount, lang, expected) => {
    expect(formatMoney(amount, lang)).toBe(expected);
  });

  it.each([["zh"], ["en"]] as const)("rejects invalid amounts in %s", (lang) => {
    expect(() => formatMoney(-1, lang)).toThrow(RangeError);
    expect(() => formatMoney(0.001, lang)).toThrow(RangeError);
  });
});
