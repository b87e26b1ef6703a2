// Calendar dates. The string is parsed by hand, not through Date, so the output never depends on
// the machine's time zone or on Date's lenient parsing (Date rolls 2027-02-30 over to March).

import type { Lang } from "../core/bilingual.js";

const EN_MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** "2027-01-01" → {year: 2027, month: 1, day: 1}; RangeError for any other form or a day that does not exist. */
export function parseDate(iso: string): CalendarDate {
  const match = typeof iso === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!match) {
    throw new RangeError(`date: expected YYYY-MM-DD, got ${JSON.stringify(iso)}`);
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`date: ${iso} is not a date in the calendar`);
  }
  return { year, month, day };
}

/** "2027-01-01" → 2027年1月1日 / 1 January 2027 (day-month-year, the British order). */
export function formatDate(iso: string, lang: Lang): string {
  const { year, month, day } = parseDate(iso);
  if (lang === "zh") return `${year}年${month}月${day}日`;
  return `${day} ${EN_MONTHS[month - 1]} ${year}`;
}
