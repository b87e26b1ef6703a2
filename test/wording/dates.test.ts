import { describe, expect, it } from "vitest";
import { formatDate, parseDate } from "../../src/wording/dates.js";

describe("formatDate", () => {
  it.each([
    ["2027-01-01", "2027年1月1日", "1 January 2027"],
    ["2027-12-31", "2027年12月31日", "31 December 2027"],
    ["2026-06-15", "2026年6月15日", "15 June 2026"],
    ["2028-02-29", "2028年2月29日", "29 February 2028"],
    ["2000-02-29", "2000年2月29日", "29 February 2000"],
    ["2027-04-30", "2027年4月30日", "30 April 2027"],
  ])("%s → %s / %s", (iso, zh, en) => {
    expect(formatDate(iso, "zh")).toBe(zh);
    expect(formatDate(iso, "en")).toBe(en);
  });

  it.each([
    ["2027-02-30"],
    ["2027-02-29"],
    ["1900-02-29"],
    ["2027-04-31"],
    ["2027-13-01"],
    ["2027-00-10"],
    ["2027-01-00"],
    ["0000-01-01"],
    ["2027-1-1"],
    ["27-01-01"],
    ["2027/01/01"],
    ["2027-01-01T00:00:00Z"],
    [" 2027-01-01"],
    [""],
  ])("rejects %j", (iso) => {
    expect(() => formatDate(iso, "zh")).toThrow(RangeError);
    expect(() => formatDate(iso, "en")).toThrow(RangeError);
  });

  it("parses into numbers", () => {
    expect(parseDate("2027-03-09")).toEqual({ year: 2027, month: 3, day: 9 });
  });
});
