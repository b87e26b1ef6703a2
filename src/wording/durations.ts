// Periods of time (response times, notice periods, terms).

import type { Lang } from "../core/bilingual.js";
import { englishNumberWords } from "./numerals.js";

export type DurationUnit = "minutes" | "hours" | "days" | "business-days" | "months" | "years";

export const DURATION_UNITS: readonly DurationUnit[] = [
  "minutes", "hours", "days", "business-days", "months", "years",
];

// Calendar days are 日, as in 民法典 and most Chinese contracts (“三十日内”), not 天.
const ZH_SUFFIX: Record<DurationUnit, string> = {
  minutes: "分钟",
  hours: "小时",
  days: "日",
  "business-days": "个工作日",
  months: "个月",
  years: "年",
};

const EN_UNIT: Record<DurationUnit, [singular: string, plural: string]> = {
  minutes: ["minute", "minutes"],
  hours: ["hour", "hours"],
  days: ["day", "days"],
  "business-days": ["business day", "business days"],
  months: ["month", "months"],
  years: ["year", "years"],
};

function zhDuration(n: number, unit: DurationUnit): string {
  if (unit === "months" && n > 0) {
    // A term of 6 or 12·k months reads as Chinese contracts write it: 半年, 1年, 2年.
    // Arabic numerals throughout (1年, not 一年), like every other count here (30日, 3个月).
    if (n === 6) return "半年";
    if (n % 12 === 0) return `${n / 12}年`;
  }
  return `${n}${ZH_SUFFIX[unit]}`;
}

function enDuration(n: number, unit: DurationUnit): string {
  const [singular, plural] = EN_UNIT[unit];
  const name = n === 1 ? singular : plural;
  // Months and years, the long terms, are spelt out from one to twelve (six months, two years);
  // short units stay in figures (15 minutes, 30 days), which is how SLAs state them.
  // Months are never turned into years in English: "twelve months" is the usual wording.
  const spelt = (unit === "months" || unit === "years") && n >= 1 && n <= 12;
  return `${spelt ? englishNumberWords(n) : String(n)} ${name}`;
}

/** 15 minutes → 15分钟 / 15 minutes; 6 months → 半年 / six months; 10 business days → 10个工作日. */
export function formatDuration(n: number, unit: DurationUnit, lang: Lang): string {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`duration: expected a whole number of ${unit} (0 or more), got ${n}`);
  }
  if (!Object.hasOwn(ZH_SUFFIX, unit)) {
    throw new RangeError(`duration: unknown unit ${JSON.stringify(unit)}`);
  }
  return lang === "zh" ? zhDuration(n, unit) : enDuration(n, unit);
}
