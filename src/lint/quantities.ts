// Reading the numbers out of a text, in Chinese or English, as a reader of that language version
// understands them: what bilingual-mismatch compares between the two versions of a clause.
import type { Lang } from "../core/bilingual.js";
import { chineseCapitalNumeral, chineseNumeral, englishNumberWords } from "../wording/numerals.js";

/**
 * A number as a reader of one language version sees it, normalised so that the two versions
 * can be compared: 人民币伍仟元整（¥5,000.00） and RMB 5,000.00 are both "5000", 半年 and
 * six months both "6", 2027年1月1日 and 1 January 2027 both "2027-01-01".
 */
export interface Quantity {
  /**
   * "5000", "99.5", "2027-01-01", "2027-01" (a month), "--01-01" (a day of a year), "9:00".
   * A period in years counts in months ("3年", "three years" → "36"), because the formatter
   * writes twelve months as 1年 in Chinese and as "twelve months" in English.
   */
  key: string;
  /** As written: "3,000", "人民币伍仟元", "six months". */
  text: string;
  /** Offset in the text it was read from. */
  start: number;
}

// ---------------------------------------------------------------------------------------------
// Chinese numerals

const ZH_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const ZH_SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const ZH_NUMERAL = "零〇一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟";
const ZH_DIGIT = "零〇一二三四五六七八九两壹贰叁肆伍陆柒捌玖";

/** 十二 → 12, 壹拾捌万陆仟 → 186000, 二〇二七 → 2027, 九十九点五 → 99.5; undefined if it is not a number. */
export function chineseNumberValue(s: string): number | undefined {
  const [whole = "", fraction, extra] = s.split("点");
  if (extra !== undefined || whole === "") return undefined;
  const chars = [...whole];
  // written digit by digit, as years are: 二〇二七
  if (chars.length > 1 && chars.every((c) => c in ZH_DIGITS)) {
    return Number(chars.map((c) => ZH_DIGITS[c]).join("")) + fractionValue(fraction);
  }
  // 十二 reads as 一十二; a number must start with a digit or 十 (万 alone is not one)
  if (!(chars[0]! in ZH_DIGITS) && chars[0] !== "十" && chars[0] !== "拾") return undefined;
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const c of chars) {
    if (c in ZH_DIGITS) digit = ZH_DIGITS[c];
    else if (c in ZH_SMALL_UNITS) {
      section += (digit ?? 1) * ZH_SMALL_UNITS[c]!;
      digit = undefined;
    } else if (c === "万") {
      total += (section + (digit ?? 0)) * 1e4;
      section = 0;
      digit = undefined;
    } else if (c === "亿") {
      total = (total + section + (digit ?? 0)) * 1e8;
      section = 0;
      digit = undefined;
    } else return undefined;
  }
  return total + section + (digit ?? 0) + fractionValue(fraction);
}

function fractionValue(fraction: string | undefined): number {
  if (!fraction) return 0;
  const digits = [...fraction].map((c) => ZH_DIGITS[c]);
  return digits.every((d) => d !== undefined) ? Number(`0.${digits.join("")}`) : 0;
}

// ---------------------------------------------------------------------------------------------
// Reading numbers out of a text

const EN_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const EN_SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };
const EN_WORD = `(?:${Object.keys(EN_WORDS).join("|")})`;
// "twenty-one", "five thousand", "one hundred and eighty-six thousand four hundred"
const EN_WORDS_PHRASE = `${EN_WORD}(?:(?:[\\s-]+|\\s+and\\s+)(?:${EN_WORD}|${Object.keys(EN_SCALES).join("|")}))*\\b`;
// Not after "the" (the two versions, the two Parties: it points back at what the text has
// counted already) nor before a hyphen ("two-factor authentication" is 双因素认证).
const EN_NUMBER_WORDS = new RegExp(`(?<!\\b(?:the|these|those)\\s+)\\b${EN_WORDS_PHRASE}(?!-[a-z])`, "gi");
// an amount in words, as the agreement writes it: "five thousand yuan", "nine yuan and fifty fen"
const EN_AMOUNT_WORDS = new RegExp(`\\b(?:(${EN_WORDS_PHRASE})\\s+yuan(?:\\s+and\\s+(${EN_WORDS_PHRASE})\\s+fen)?|(${EN_WORDS_PHRASE})\\s+fen)\\b`, "gi");

/** The value of number words as EN_NUMBER_WORDS reads them: "five thousand" → 5000. */
export function englishNumberValue(words: string): number {
  let total = 0;
  let group = 0;
  for (const w of words.toLowerCase().split(/[\s-]+/)) {
    if (w in EN_WORDS) group += EN_WORDS[w]!;
    else if (w === "hundred") group *= 100;
    else if (w in EN_SCALES) {
      total += group * EN_SCALES[w]!;
      group = 0;
    }
  }
  return total + group;
}

// What a count in Chinese is counted in: 两名人员, 四份, 三次, 两倍. 个 only where it is not the
// start of a period (一个自然月 is read, or skipped, with the periods). Not 种: 两种文字 names
// the languages, which the English names without counting them.
const ZH_MEASURE = "名|人|位|次|份|项|家|倍|台|套|件|页|张|批|轮|通|笔|期|个(?![自然工作]*(?:月|日|天|小时|星期|季度|年))";

/**
 * A count in words. A count of one is prose, not a term, in both languages (每发生一次 / for
 * each failure; 一项或者多项 / one or more): it is not compared, as a period of one day is not.
 */
function countKey(n: number | undefined): string | undefined {
  return n === undefined || n === 1 ? undefined : numberKey(n);
}
const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const EN_MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept|Sep", "Oct", "Nov", "Dec"];
// Capitalised only, so that the verb "may" is never read as a month.
const MONTH = `(?:${[...EN_MONTHS, ...EN_MONTH_ABBR].join("|")})`;

function monthNumber(name: string): number {
  const i = EN_MONTHS.findIndex((m) => m.startsWith(name.slice(0, 3)));
  return i + 1;
}

const pad = (n: number | string): string => String(Number(n)).padStart(2, "0");

/** A number's key: digits as written (long codes and account numbers stay exact), else the value. */
function numberKey(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}

function digitsKey(whole: string, fraction: string | undefined, multiplier: number): string {
  const digits = whole.replace(/,/g, "");
  if (!fraction && multiplier === 1) return digits.replace(/^0+(?=\d)/, "");
  return numberKey(Number(`${digits}${fraction ?? ""}`) * multiplier);
}

type TimeUnit = "year" | "other";

/**
 * A count of a unit of time. Years count in months (1年 is how twelve months is written in
 * Chinese). A count of one of a shorter unit is prose, not a term, in both languages
 * (每逾期一日 / for each day of delay; 一个自然月 / one calendar month): it is not compared.
 */
function periodKey(n: number, unit: TimeUnit): string | undefined {
  if (unit === "year") return n >= 1000 ? numberKey(n) : numberKey(n * 12);
  return n === 1 ? undefined : numberKey(n);
}

type Reader = (m: RegExpMatchArray) => string | undefined;

/** Reads quantities pass by pass; what a pass reads (or skips) is blanked out for the passes after it. */
class Scanner {
  readonly found: Quantity[] = [];
  private masked: string;

  constructor(private readonly text: string) {
    // full-width digits and signs (０-９, ％, ．, ：) read as their ASCII forms: same length, same offsets
    this.masked = text.replace(/[０-９％．：]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  }

  /** Record what `read` makes of each match (undefined: leave it out of the comparison). */
  pass(re: RegExp, read: Reader): this {
    for (const m of this.masked.matchAll(re)) {
      const key = read(m);
      const start = m.index ?? 0;
      if (key !== undefined) this.found.push({ key, text: this.text.slice(start, start + m[0].length).trim(), start });
    }
    this.masked = this.masked.replace(re, (s) => " ".repeat(s.length));
    return this;
  }

  /** Blank out what is not a quantity (article numbers, statute articles). */
  skip(re: RegExp): this {
    return this.pass(re, () => undefined);
  }
}

const ZH_TIME_UNIT = "个月|个小时|小时|分钟|个工作日|工作日|个自然日|自然日|日|天|个星期|星期|周|个季度|季度|年(?![度级月])";

function isoDate(m: RegExpMatchArray): string {
  return `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`;
}

function clock(m: RegExpMatchArray): string {
  return `${Number(m[1])}:${m[2]}`;
}

// Both languages: 2027-01-01, 2027/1/1, 1/1/2027, and times of day (9:00, 18:00).
const ISO_DATE = /(?<![\d.])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d.])/g;
const TIME = /(?<![\d:])(\d{1,2})\s*:\s*(\d{2})(?![\d:])/g;
const DAY_FIRST_DATE = /(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\d/.])/g;

/** 1/2/2027: day first, as the agreement writes dates, unless only the other order makes a date. */
function dayFirstDate(m: RegExpMatchArray): string {
  const [a, b] = [Number(m[1]), Number(m[2])];
  const [day, month] = b > 12 && a <= 12 ? [b, a] : [a, b];
  return `${m[3]}-${pad(month)}-${pad(day)}`;
}

/** 9 a.m. → 9:00, 6:30 pm → 18:30, 12 p.m. → 12:00. */
function twelveHourClock(hour: string, minutes: string | undefined, afternoon: boolean): string {
  const h = (Number(hour) % 12) + (afternoon ? 12 : 0);
  return `${h}:${minutes ?? "00"}`;
}

function zhQuantities(text: string): Quantity[] {
  const s = new Scanner(text);
  // statute articles (《个人信息保护法》第二十一条) and article or clause numbers (第一条, 第3.2条):
  // labels, not amounts
  s.skip(new RegExp(`《[^》]{1,60}》\\s*(?:第\\s*[0-9${ZH_NUMERAL}]+\\s*[条款项章节编]\\s*)+`, "g"));
  s.skip(new RegExp(`第\\s*[0-9${ZH_NUMERAL}]+(?:\\.[0-9]+)*\\s*[条款项章节编]`, "g"));
  s.pass(/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g, isoDate);
  s.pass(ISO_DATE, isoDate);
  s.pass(/(\d{4})\s*年\s*(\d{1,2})\s*月/g, (m) => `${m[1]}-${pad(m[2]!)}`);
  s.pass(/(?<![\d.])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g, (m) => `--${pad(m[1]!)}-${pad(m[2]!)}`);
  s.pass(DAY_FIRST_DATE, dayFirstDate);
  s.pass(TIME, clock);
  // 上午9点, 下午6点半, 18时
  s.pass(/(上午|早上|中午|下午|晚上)?\s*(?<![\d.])(\d{1,2})\s*[点时](?:\s*(\d{1,2})\s*分|(半))?/g, (m) => {
    const hour = Number(m[2]) + ((m[1] === "下午" || m[1] === "晚上") && Number(m[2]) < 12 ? 12 : 0);
    return `${hour}:${m[4] ? "30" : m[3] ? pad(m[3]) : "00"}`;
  });
  // percentages in words: 百分之八十 (80%), 千分之三 (0.3%), 万分之五 (0.05%)
  s.pass(new RegExp(`([百千万])分之([${ZH_NUMERAL}点]+)`, "g"), (m) => {
    const n = chineseNumberValue(m[2]!);
    const per = m[1] === "百" ? 1 : m[1] === "千" ? 10 : 100;
    return n === undefined ? undefined : numberKey(n / per);
  });
  // amounts in words, as 大写 or not: 人民币伍仟元整, 壹仟肆佰零玖元伍角, 五千元
  s.pass(new RegExp(`(?<![0-9.,])([${ZH_NUMERAL}]+)[元圆](?:([${ZH_DIGIT}])角)?(?:零?([${ZH_DIGIT}])分)?`, "g"), (m) => {
    const yuan = chineseNumberValue(m[1]!);
    if (yuan === undefined) return undefined;
    return numberKey(yuan + (m[2] ? ZH_DIGITS[m[2]]! / 10 : 0) + (m[3] ? ZH_DIGITS[m[3]]! / 100 : 0));
  });
  // periods in words, in ordinary or capital numerals: 半年, 六个月, 三年, 十五日, 叁年, 壹拾伍日
  s.pass(new RegExp(`(?<!第)(半|[零〇一二三四五六七八九十百两壹贰叁肆伍陆柒捌玖拾佰]+)\\s*(${ZH_TIME_UNIT})`, "g"), (m) => {
    const unit: TimeUnit = m[2] === "年" ? "year" : "other";
    if (m[1] === "半") return unit === "year" ? "6" : m[2] === "个月" ? "0.5" : undefined;
    const n = chineseNumberValue(m[1]!);
    return n === undefined ? undefined : periodKey(n, unit);
  });
  // counts in words: 两名, 一式肆份, 三次; half: 一半, 半数
  s.pass(new RegExp(`(?<![第${ZH_NUMERAL}])([${ZH_NUMERAL}]+)\\s*(?:${ZH_MEASURE})`, "g"), (m) => countKey(chineseNumberValue(m[1]!)));
  s.pass(/一半|半数/g, () => "0.5");
  // figures, with 万 and 亿 as multipliers, a per cent sign or the unit of a period: 3,000, 99.5%,
  // 1.5万, 200万元, 3年
  s.pass(new RegExp(`(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?!\\d)(?:\\s*(万|亿|千(?=元)))?(?:\\s*%)?(?:\\s*(${ZH_TIME_UNIT}))?`, "g"), (m) => {
    const multiplier = m[3] === "万" ? 1e4 : m[3] === "亿" ? 1e8 : m[3] === "千" ? 1e3 : 1;
    const key = digitsKey(m[1]!, m[2], multiplier);
    const unit = m[4];
    // 每月1日 is a day of the month, not a period of one day
    if (unit === undefined || (unit === "日" && m.input![(m.index ?? 0) - 1] === "月")) return key;
    return periodKey(Number(key), unit === "年" ? "year" : "other");
  });
  return s.found;
}

function enQuantities(text: string): Quantity[] {
  const s = new Scanner(text);
  // clause numbers (Clause 3.2, Article 5) and statute articles (Article 21 of the … Law)
  s.skip(/\b(?:Articles?|Clauses?|Sections?|Paragraphs?|Items?)\s+\d+(?:\.\d+)*(?:\s*\([a-z0-9]+\))*(?:\s*(?:,|and|or|to)\s*\d+(?:\.\d+)*(?:\s*\([a-z0-9]+\))*)*/gi);
  s.pass(ISO_DATE, isoDate);
  s.pass(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})\\.?,?\\s+(\\d{4})\\b`, "g"), (m) => `${m[3]}-${pad(monthNumber(m[2]!))}-${pad(m[1]!)}`);
  s.pass(new RegExp(`\\b(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "g"), (m) => `${m[3]}-${pad(monthNumber(m[1]!))}-${pad(m[2]!)}`);
  s.pass(new RegExp(`\\b(${MONTH})\\.?,?\\s+(\\d{4})\\b`, "g"), (m) => `${m[2]}-${pad(monthNumber(m[1]!))}`);
  s.pass(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})\\b`, "g"), (m) => `--${pad(monthNumber(m[2]!))}-${pad(m[1]!)}`);
  s.pass(new RegExp(`\\b(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, "g"), (m) => `--${pad(monthNumber(m[1]!))}-${pad(m[2]!)}`);
  s.pass(DAY_FIRST_DATE, dayFirstDate);
  s.pass(/\b(\d{1,2})(?::(\d{2}))?\s*([ap])\.?m\b\.?/gi, (m) => twelveHourClock(m[1]!, m[2], m[3]!.toLowerCase() === "p"));
  s.pass(TIME, clock);
  // periods in words: six months, three years, a half-year
  s.pass(new RegExp(`\\b(${EN_WORD}(?:[\\s-]+${EN_WORD})*|half(?:\\s+an?)?)[\\s-]+(?:(?:calendar|business|working|natural)[\\s-]+)?(minute|hour|day|week|month|quarter|year)s?\\b`, "gi"), (m) => {
    const word = m[1]!.toLowerCase();
    const unit: TimeUnit = m[2]!.toLowerCase() === "year" ? "year" : "other";
    if (word.startsWith("half")) return unit === "year" ? "6" : m[2]!.toLowerCase() === "month" ? "0.5" : undefined;
    return periodKey(englishNumberValue(word), unit);
  });
  // numbers in words: Renminbi five thousand yuan, at least two replacements; half (of)
  s.pass(EN_AMOUNT_WORDS, (m) => numberKey(englishNumberValue(m[1] ?? "") + englishNumberValue(m[2] ?? m[3] ?? "") / 100));
  s.pass(EN_NUMBER_WORDS, (m) => countKey(englishNumberValue(m[0])));
  s.pass(/\bhalf\b/gi, () => "0.5");
  // figures, with million and billion as multipliers, a per cent sign or the unit of a period:
  // 3,000, 99.5%, 80 per cent, RMB 2 million, 3 years, a 3-year term
  s.pass(/(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?!\d)(?:\s*(million|billion)\b)?(?:\s*%|\s+per\s?cent\b)?(?:(?:\s+|-)(?:(?:calendar|business|working|natural)[\s-]+)?(minute|hour|day|week|month|quarter|year)s?\b)?/gi, (m) => {
    const multiplier = m[3]?.toLowerCase() === "million" ? 1e6 : m[3]?.toLowerCase() === "billion" ? 1e9 : 1;
    const key = digitsKey(m[1]!, m[2], multiplier);
    const unit = m[4]?.toLowerCase();
    return unit === undefined ? key : periodKey(Number(key), unit === "year" ? "year" : "other");
  });
  return s.found;
}

// Most paragraphs are the template's own words and read the same in every deal of a batch:
// their quantities are read once. Results are returned as read and never changed.
const read = new Map<string, readonly Quantity[]>();
const READ_LIMIT = 4096;

/** The quantities of a text, in the order they were read (not the order of the text). */
export function quantitiesIn(text: string, lang: Lang): Quantity[] {
  const key = `${lang}\u0000${text}`;
  let found = read.get(key);
  if (!found) {
    found = lang === "zh" ? zhQuantities(text) : enQuantities(text);
    if (read.size >= READ_LIMIT) read.clear();
    read.set(key, found);
  }
  return [...found];
}

const ORDINAL_ENDINGS: Record<string, string> = { one: "first", two: "second", three: "third", five: "fifth", eight: "eighth", nine: "ninth", twelve: "twelfth" };

/** 12 → "twelfth", 21 → "twenty-first", 40 → "fortieth". */
function ordinalWords(n: number): string {
  return englishNumberWords(n).replace(/([a-z]+)$/, (w) => ORDINAL_ENDINGS[w] ?? (w.endsWith("y") ? `${w.slice(0, -1)}ieth` : `${w}th`));
}

/**
 * Whether a text in `lang` writes the whole number `key` in words rather than figures: a street
 * name (科技南十二路 / Keji South 12th Road), a number in capitals (壹拾贰), an ordinal (第2次 / the
 * second failure). They are read as quantities only next to a unit, so a comparison of
 * quantities alone would miss them.
 */
export function spelledIn(key: string, text: string, lang: Lang): boolean {
  if (!/^[1-9]\d{0,3}$/.test(key)) return false;
  const n = Number(key);
  if (lang === "zh") {
    // ordinary numerals (十二) or capitals, with or without the leading 壹 of ten to nineteen (壹拾贰, 拾贰)
    const capital = chineseCapitalNumeral(n);
    const forms = [chineseNumeral(n), capital, ...(n >= 10 && n < 20 ? [capital.slice(1)] : [])];
    return forms.some((form) => new RegExp(`(?<![${ZH_NUMERAL}])${form}(?![${ZH_NUMERAL}])`).test(text));
  }
  if (n > 999) return false;
  return [englishNumberWords(n), ordinalWords(n)].some((w) => new RegExp(`\\b${w}\\b`, "i").test(text));
}
