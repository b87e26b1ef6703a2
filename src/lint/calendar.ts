// Calendar arithmetic on YYYY-MM-DD dates for lint rules: whole days and months, by hand, so that
// no result depends on the machine's time zone (Date would read 2027-01-01 as midnight UTC and
// show it as 31 December west of Greenwich).

import { daysInMonth, parseDate, type CalendarDate } from "../wording/dates.js";

export type { CalendarDate };

/** A deal's date, or undefined when it is not a YYYY-MM-DD date of the calendar (the schema rule says so). */
export function dealDate(value: unknown): CalendarDate | undefined {
  if (typeof value !== "string") return undefined;
  try {
    return parseDate(value);
  } catch {
    return undefined;
  }
}

export { daysInMonth };

/** Days since 1970-01-01 (proleptic Gregorian calendar; H. Hinnant's days_from_civil). */
export function dayNumber({ year, month, day }: CalendarDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(a) - dayNumber(b);
}

export function addDays(d: CalendarDate, n: number): CalendarDate {
  let { year, month, day } = d;
  day += n;
  while (day > daysInMonth(year, month)) {
    day -= daysInMonth(year, month);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  while (day < 1) {
    month -= 1;
    if (month < 1) [year, month] = [year - 1, 12];
    day += daysInMonth(year, month);
  }
  return { year, month, day };
}

/**
 * The date n months later, on the same day of the month or, when that month is shorter, on its
 * last day (as 《民法典》第二百零二条 counts periods in months: no corresponding day → month end).
 */
export function addMonths(d: CalendarDate, n: number): CalendarDate {
  const index = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** YYYY-MM-DD */
export function isoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The length of a term from `start` to `end`, both days included, in whole calendar months and
 * the days left over: 2027-01-01 to 2027-12-31 is 12 months and 0 days; 2027-01-01 to
 * 2027-02-10 is 1 month and 10 days. The months are counted with addMonths, so from the 31st a
 * month that has no 31st ends the day before its last day (2027-01-31 to 2027-04-29 is 3 months).
 * Undefined when the term ends before it starts.
 */
export function termLength(start: CalendarDate, end: CalendarDate): { months: number; days: number } | undefined {
  const after = addDays(end, 1);
  if (compareDates(after, start) <= 0) return undefined;
  let months = 0;
  while (compareDates(addMonths(start, months + 1), after) <= 0) months++;
  return { months, days: dayNumber(after) - dayNumber(addMonths(start, months)) };
}
