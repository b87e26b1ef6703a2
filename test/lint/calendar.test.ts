import { describe, expect, it } from "vitest";
import { addDays, addMonths, compareDates, dayNumber, dealDate, isoDate, termLength } from "../../src/lint/calendar.js";

const d = (iso: string) => {
  const date = dealDate(iso);
  if (!date) throw new Error(`not a date: ${iso}`);
  return date;
};

describe("dealDate", () => {
  it("reads YYYY-MM-DD", () => {
    expect(dealDate("2027-01-01")).toEqual({ year: 2027, month: 1, day: 1 });
  });

  it.each([["2027-02-30"], ["2027-1-1"], ["1 January 2027"], [20270101], [null]])("undefined for %j", (value) => {
    expect(dealDate(value)).toBeUndefined();
  });
});

describe("dayNumber", () => {
  it.each([
    ["1970-01-01", 0],
    ["1970-01-02", 1],
    ["1969-12-31", -1],
    ["2000-03-01", 11017],
    ["2027-01-01", 20819],
  ])("%s → %i", (iso, n) => {
    expect(dayNumber(d(iso))).toBe(n);
  });

  it("agrees with Date.UTC over four centuries", () => {
    for (let n = -80000; n < 80000; n += 97) {
      const date = new Date(n * 86_400_000);
      expect(dayNumber({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() })).toBe(n);
    }
  });
});

describe("addDays and addMonths", () => {
  it.each([
    ["2027-12-31", 1, "2028-01-01"],
    ["2028-02-28", 1, "2028-02-29"],
    ["2027-02-28", 1, "2027-03-01"],
    ["2027-01-01", -1, "2026-12-31"],
    ["2027-03-01", -1, "2027-02-28"],
    ["2027-01-01", 365, "2028-01-01"],
  ])("%s + %i days = %s", (from, n, to) => {
    expect(isoDate(addDays(d(from), n))).toBe(to);
  });

  it.each([
    ["2027-01-01", 3, "2027-04-01"],
    ["2027-01-31", 1, "2027-02-28"],
    ["2028-01-31", 1, "2028-02-29"],
    ["2027-11-15", 3, "2028-02-15"],
    ["2027-03-31", -1, "2027-02-28"],
    ["2027-01-01", 12, "2028-01-01"],
  ])("%s + %i months = %s", (from, n, to) => {
    expect(isoDate(addMonths(d(from), n))).toBe(to);
  });

  it("compares dates", () => {
    expect(compareDates(d("2027-01-01"), d("2026-12-31"))).toBeGreaterThan(0);
    expect(compareDates(d("2027-01-01"), d("2027-01-01"))).toBe(0);
  });
});

describe("termLength (both days included)", () => {
  it.each([
    ["2027-01-01", "2027-12-31", 12, 0],
    ["2027-01-01", "2027-03-31", 3, 0],
    ["2027-01-01", "2027-03-30", 2, 30],
    ["2027-01-01", "2027-02-10", 1, 10],
    ["2027-01-01", "2027-01-01", 0, 1],
    ["2027-01-15", "2027-04-14", 3, 0],
    // a month from the 31st ends, in a shorter month, on the day before its last day
    ["2027-01-31", "2027-04-29", 3, 0],
    ["2027-01-31", "2027-04-30", 3, 1],
  ])("%s to %s: %i months and %i days", (start, end, months, days) => {
    expect(termLength(d(start), d(end))).toEqual({ months, days });
  });

  it("undefined when the term ends before it starts", () => {
    expect(termLength(d("2027-01-01"), d("2026-12-31"))).toBeUndefined();
  });
});
