import { describe, expect, it } from "vitest";
import { formatDuration, type DurationUnit } from "../../src/wording/durations.js";

describe("formatDuration", () => {
  it.each<[number, DurationUnit, string, string]>([
    [15, "minutes", "15分钟", "15 minutes"],
    [1, "minutes", "1分钟", "1 minute"],
    [0, "minutes", "0分钟", "0 minutes"],
    [4, "hours", "4小时", "4 hours"],
    [1, "hours", "1小时", "1 hour"],
    [24, "hours", "24小时", "24 hours"],
    [30, "days", "30日", "30 days"],
    [1, "days", "1日", "1 day"],
    [10, "business-days", "10个工作日", "10 business days"],
    [1, "business-days", "1个工作日", "1 business day"],
    [1, "months", "1个月", "one month"],
    [3, "months", "3个月", "three months"],
    [6, "months", "半年", "six months"],
    [12, "months", "1年", "twelve months"],
    [18, "months", "18个月", "18 months"],
    [24, "months", "2年", "24 months"],
    [36, "months", "3年", "36 months"],
    [1, "years", "1年", "one year"],
    [2, "years", "2年", "two years"],
    [12, "years", "12年", "twelve years"],
    [20, "years", "20年", "20 years"],
  ])("%s %s → %s / %s", (n, unit, zh, en) => {
    expect(formatDuration(n, unit, "zh")).toBe(zh);
    expect(formatDuration(n, unit, "en")).toBe(en);
  });

  it.each<[number, string]>([
    [-1, "days"],
    [1.5, "hours"],
    [Number.NaN, "months"],
    [Number.POSITIVE_INFINITY, "years"],
    [3, "weeks"],
  ])("rejects %s %s", (n, unit) => {
    expect(() => formatDuration(n, unit as DurationUnit, "zh")).toThrow(RangeError);
    expect(() => formatDuration(n, unit as DurationUnit, "en")).toThrow(RangeError);
  });
});
