import { describe, expect, it } from "vitest";
import { formatScalar, type ValueKind } from "../../src/wording/index.js";

describe("formatScalar", () => {
  it.each<[ValueKind, unknown, string, string]>([
    ["plain", "91310000MA1FL0000X", "91310000MA1FL0000X", "91310000MA1FL0000X"],
    ["plain", "a*b#c|d", "a*b#c|d", "a*b#c|d"],
    ["plain", 13800138000, "13800138000", "13800138000"],
    ["integer", 5, "5", "5"],
    ["integer", 0, "0", "0"],
    ["number", 5, "5", "5"],
    ["number", 2.5, "2.5", "2.5"],
    ["number", 1e-6, "0.000001", "0.000001"],
    ["number", 999_999_999, "999999999", "999999999"],
    ["percent", 2.1234, "2.1234%", "2.1234%"],
    ["money", 5000, "人民币伍仟元整（¥5,000.00）", "RMB 5,000.00 (five thousand yuan)"],
    ["percent", 99.5, "99.5%", "99.5%"],
    ["minutes", 15, "15分钟", "15 minutes"],
    ["hours", 4, "4小时", "4 hours"],
    ["days", 30, "30日", "30 days"],
    ["business-days", 10, "10个工作日", "10 business days"],
    ["months", 6, "半年", "six months"],
    ["years", 2, "2年", "two years"],
    ["date", "2027-01-01", "2027年1月1日", "1 January 2027"],
  ])("%s %j → %s / %s", (kind, value, zh, en) => {
    expect(formatScalar(kind, value, "zh")).toBe(zh);
    expect(formatScalar(kind, value, "en")).toBe(en);
  });

  it.each<[ValueKind, unknown]>([
    ["text", { zh: "甲", en: "A" }],
    ["enum", "gold"],
    ["clause", "sla.penalty"],
    ["plain", null],
    ["plain", { a: 1 }],
    ["integer", "5"],
    ["number", "2.5"],
    ["money", "5000"],
    ["percent", undefined],
    ["days", "30"],
    ["date", new Date(Date.UTC(2027, 0, 1))],
    ["date", 20270101],
    ["money", 10n],
  ])("TypeError for %s %s", (kind, value) => {
    expect(() => formatScalar(kind, value, "zh")).toThrow(TypeError);
  });

  it.each<[ValueKind, unknown]>([
    ["integer", 2.5],
    ["number", Number.NaN],
    ["money", -1],
    ["money", 0.001],
    ["days", 1.5],
    ["date", "2027-02-30"],
    // what the agreement cannot state exactly is refused, never rounded or printed in figures by the thousand
    ["number", 1.5e21],
    ["number", 1e-7],
    ["percent", 2.12345],
    ["percent", 1e-7],
    ["percent", 1e15],
    ["percent", Number.POSITIVE_INFINITY],
    ["integer", 1e21],
    ["minutes", 1e300],
    ["money", 1e308],
    ["money", 5000.123],
  ])("RangeError for %s %s", (kind, value) => {
    expect(() => formatScalar(kind, value, "en")).toThrow(RangeError);
  });
});

describe("formatScalar for boolean flags", () => {
  it.each([
    [true, "zh", "是"],
    [false, "zh", "否"],
    [true, "en", "yes"],
    [false, "en", "no"],
  ] as const)("%s in %s is %s", (value, lang, expected) => {
    expect(formatScalar("boolean", value, lang)).toBe(expected);
  });
  it("refuses a string", () => {
    expect(() => formatScalar("boolean", "true", "en")).toThrow(TypeError);
  });
});
