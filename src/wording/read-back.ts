// A value read back from the text the agreement states it in: the inverse of formatScalar, for
// a returned agreement whose values the other side retyped. The text is read by the field's kind
// (the schema's x-kind) and the language it stands in; what is not a well-formed value of that
// kind is no value, with the reason, and never a guess.

import type { Lang } from "../core/bilingual.js";
import type { DurationUnit } from "./durations.js";
import type { ValueKind } from "./index.js";
import { parseDate } from "./dates.js";
import { readChineseNumeral, readCount, readEnglishNumber, readFigure } from "./read-numerals.js";

/** Why a text is no value of its kind: its form, two statements of it (figure and words) that differ, or a unit that does not convert. */
export type ReadProblem = "form" | "figure-words" | "unit";

export type ReadBack = { value: unknown } | { problem: ReadProblem };

const no = (problem: ReadProblem = "form"): ReadBack => ({ problem });

/** 人民币贰仟元整, 贰仟元, 壹佰元伍角: yuan, jiao and fen in numerals, the amount in fen. */
function zhAmountWords(text: string): number | undefined {
  const m = /^(?:人民币)?(?:(.+?)[元圆])?(?:零?(.)角)?(?:零?(.)分)?整?$/.exec(text);
  if (!m || (m[1] === undefined && m[2] === undefined && m[3] === undefined)) return undefined;
  const yuan = m[1] === undefined ? 0 : readChineseNumeral(m[1]);
  const jiao = m[2] === undefined ? 0 : readChineseNumeral(m[2]);
  const fen = m[3] === undefined ? 0 : readChineseNumeral(m[3]);
  if (yuan === undefined || jiao === undefined || fen === undefined || jiao > 9 || fen > 9) return undefined;
  return yuan * 100 + jiao * 10 + fen;
}

/** "two thousand yuan", "nine yuan and fifty fen", "fifty fen": the amount in fen. */
function enAmountWords(text: string): number | undefined {
  const m = /^(?:(.+?) yuan)?(?:(?: and)? ?(.+?) fen)?$/i.exec(text.trim());
  if (!m || (m[1] === undefined && m[2] === undefined)) return undefined;
  const yuan = m[1] === undefined ? 0 : readEnglishNumber(m[1]);
  const fen = m[2] === undefined ? 0 : readEnglishNumber(m[2]);
  if (yuan === undefined || fen === undefined || fen > 99) return undefined;
  return yuan * 100 + fen;
}

/** A figure of money with at most two decimals, in fen. */
function figureFen(text: string): number | undefined {
  const n = readFigure(text);
  if (n === undefined || n < 0 || !/^[^.]*(\.\d{1,2})?$/.test(text.trim())) return undefined;
  return Math.round(n * 100);
}

/**
 * 人民币贰仟元整（¥2,000.00） / RMB 2,000.00 (two thousand yuan), or either half alone: where
 * both the figure and the words are given they must state the same amount (the one the parties
 * meant is for them to say, not for the reader to pick).
 */
function readMoney(text: string, lang: Lang): ReadBack {
  const t = text.replace(/\s+/g, " ").trim();
  let words: string | undefined;
  let figure: string | undefined;
  const zh = /^(.*?)\s*[（(]\s*(?:¥|￥|RMB|CNY|人民币)?\s*([\d,.]+)\s*元?\s*[）)]$/.exec(t);
  const en = /^(?:RMB|CNY|¥|￥)\s*([\d,.]+)\s*(?:[（(](.*)[）)])?$/i.exec(t);
  if (lang === "zh" && zh) [words, figure] = [zh[1], zh[2]];
  else if (en) [figure, words] = [en[1], en[2]];
  else if (/^(?:¥|￥)\s*[\d,.]+$/.test(t)) figure = t.replace(/^[¥￥]\s*/, "");
  else words = t;
  const fromWords = words === undefined || words === "" ? undefined : lang === "zh" || /[\u4e00-\u9fff]/.test(words) ? zhAmountWords(words.replace(/\s/g, "")) : enAmountWords(words);
  const fromFigure = figure === undefined ? undefined : figureFen(figure);
  if ((words !== undefined && words !== "" && fromWords === undefined) || (figure !== undefined && fromFigure === undefined)) return no();
  if (fromWords !== undefined && fromFigure !== undefined && fromWords !== fromFigure) return no("figure-words");
  const fen = fromFigure ?? fromWords;
  return fen === undefined ? no() : { value: fen / 100 };
}

const ZH_UNITS: Record<string, DurationUnit> = { 分钟: "minutes", 小时: "hours", 日: "days", 天: "days", 个工作日: "business-days", 工作日: "business-days", 个月: "months", 月: "months", 年: "years" };
const EN_UNITS: Record<string, DurationUnit> = {
  minute: "minutes", minutes: "minutes", hour: "hours", hours: "hours", day: "days", days: "days",
  "calendar day": "days", "calendar days": "days", "business day": "business-days", "business days": "business-days",
  "working day": "business-days", "working days": "business-days", month: "months", months: "months", year: "years", years: "years",
};

/** 15分钟, 半年, 2年 (for months: 24), six months, 1 year: a count of the field's unit. */
function readDuration(text: string, kind: DurationUnit, lang: Lang): ReadBack {
  const t = text.replace(/\s+/g, " ").trim();
  let count: number | undefined;
  let unit: DurationUnit | undefined;
  if (t === "半年" || /^half a year$/i.test(t)) [count, unit] = [6, "months"];
  else {
    const m = lang === "zh" ? /^(.+?) ?(分钟|小时|个工作日|工作日|个月|月|日|天|年)$/.exec(t) : /^(.+?) ((?:calendar |business |working )?(?:minute|hour|day|month|year)s?)$/i.exec(t);
    if (m) [count, unit] = [readCount(m[1] as string), (lang === "zh" ? ZH_UNITS : EN_UNITS)[(m[2] as string).toLowerCase()]];
  }
  if (count === undefined || unit === undefined) return no();
  if (unit === kind) return { value: count };
  // years and months convert exactly; days, business days and months do not
  if (kind === "months" && unit === "years") return { value: count * 12 };
  if (kind === "years" && unit === "months" && count % 12 === 0) return { value: count / 12 };
  return no("unit");
}

const EN_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** 2027年1月1日, 1 January 2027, January 1, 2027, 2027-01-01: the date as YYYY-MM-DD. */
function readDate(text: string): ReadBack {
  const t = text.replace(/\s+/g, " ").trim();
  let ymd: [number, number, number] | undefined;
  const zh = /^(\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?日$/.exec(t);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const dmy = /^(\d{1,2}) ([a-z]+),? (\d{4})$/i.exec(t);
  const mdy = /^([a-z]+) (\d{1,2}),? (\d{4})$/i.exec(t);
  if (zh ?? iso) {
    const m = (zh ?? iso) as RegExpExecArray;
    ymd = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if (dmy) ymd = [Number(dmy[3]), EN_MONTHS.indexOf((dmy[2] as string).toLowerCase()) + 1, Number(dmy[1])];
  else if (mdy) ymd = [Number(mdy[3]), EN_MONTHS.indexOf((mdy[1] as string).toLowerCase()) + 1, Number(mdy[2])];
  if (!ymd || ymd[1] === 0) return no();
  const value = `${String(ymd[0]).padStart(4, "0")}-${String(ymd[1]).padStart(2, "0")}-${String(ymd[2]).padStart(2, "0")}`;
  try {
    parseDate(value);
    return { value };
  } catch {
    return no();
  }
}

function readPercent(text: string): ReadBack {
  const t = text.replace(/\s+/g, "").trim();
  const figure = /^(.+?)[%％]$/.exec(t);
  const words = /^百分之(.+)$/.exec(t);
  const n = figure ? readFigure(figure[1] as string) : words ? readChineseNumeral(words[1] as string) : undefined;
  return n === undefined ? no() : { value: n };
}

/**
 * The value of a scalar kind that `text` states in `lang`: a number, a YYYY-MM-DD date, a
 * boolean or a text. Text, enum and clause values need the schema and are read by the caller.
 */
export function readScalar(kind: Exclude<ValueKind, "text" | "enum" | "clause">, text: string, lang: Lang): ReadBack {
  const t = text.trim();
  switch (kind) {
    case "plain":
      return t === "" ? no() : { value: t };
    case "integer": {
      const n = readCount(t);
      return n === undefined ? no() : { value: n };
    }
    case "number": {
      const n = readFigure(t);
      return n === undefined ? no() : { value: n };
    }
    case "money":
      return readMoney(t, lang);
    case "percent":
      return readPercent(t);
    case "minutes":
    case "hours":
    case "days":
    case "business-days":
    case "months":
    case "years":
      return readDuration(t, kind, lang);
    case "date":
      return readDate(t);
    case "boolean":
      if (/^(是|yes|true)$/i.test(t)) return { value: true };
      return /^(否|no|false)$/i.test(t) ? { value: false } : no();
  }
}
