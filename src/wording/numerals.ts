// Numbers written as words: Chinese article numbers (第十一条), capital numerals (大写: 一式肆份)
// and English words for amounts and durations.

const ZH_DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"] as const;
const ZH_UNITS = ["千", "百", "十", ""] as const;

/**
 * 1 → 一, 11 → 十一, 101 → 一百零一, 110 → 一百一十: the form used in 第N条.
 * Only 1..9999: no contract has ten thousand articles.
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) {
    throw new RangeError(`chineseNumeral: expected an integer from 1 to 9999, got ${n}`);
  }
  const digits = String(n).padStart(4, "0");
  let out = "";
  let pendingZero = false;
  for (let i = 0; i < 4; i++) {
    const d = Number(digits[i]);
    if (d === 0) {
      // Several zeros in a row read as one 零, and trailing zeros are not read at all.
      if (out !== "") pendingZero = true;
      continue;
    }
    if (pendingZero) out += "零";
    pendingZero = false;
    // 10–19 read 十、十一 …, not 一十: but 110 is 一百一十, the 一 is only dropped in front.
    const dropOne = d === 1 && i === 2 && out === "";
    out += (dropOne ? "" : ZH_DIGITS[d]!) + ZH_UNITS[i]!;
  }
  return out;
}

const CAPITALS: Record<string, string> = { 一: "壹", 二: "贰", 三: "叁", 四: "肆", 五: "伍", 六: "陆", 七: "柒", 八: "捌", 九: "玖", 十: "拾", 百: "佰", 千: "仟" };

/**
 * The same number in capital numerals (大写), as a Chinese contract writes counts and amounts
 * that must not be altered: 4 → 肆, 12 → 壹拾贰, 101 → 壹佰零壹. Ten to nineteen keep their 壹
 * (壹拾贰, not 拾贰), as the PBOC rules for amounts require so that nothing can be written in
 * front; a reader of capitals also meets 拾贰 (see lint/quantities.ts). Only 1..9999.
 */
export function chineseCapitalNumeral(n: number): string {
  const plain = chineseNumeral(n);
  return [...(plain.startsWith("十") ? `一${plain}` : plain)].map((c) => CAPITALS[c] ?? c).join("");
}

const EN_ONES = [
  "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
  "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
  "eighteen", "nineteen",
] as const;
const EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"] as const;
// Short scale (10^9 = billion), the usage of both British and American English today.
const EN_SCALES = ["", " thousand", " million", " billion"] as const;

export const MAX_ENGLISH_NUMBER = 999_999_999_999;

function belowHundred(n: number): string {
  if (n < 20) return EN_ONES[n]!;
  const ones = n % 10;
  return EN_TENS[Math.floor(n / 10)]! + (ones ? `-${EN_ONES[ones]}` : "");
}

function belowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 0) return belowHundred(rest);
  return `${EN_ONES[hundreds]} hundred` + (rest ? ` and ${belowHundred(rest)}` : "");
}

/**
 * 0..999 999 999 999 in words, British style: "and" before the tens and units
 * (one hundred and one; one thousand and one; one hundred million ten thousand and one),
 * hyphenated tens (twenty-one), no commas.
 */
export function englishNumberWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > MAX_ENGLISH_NUMBER) {
    throw new RangeError(
      `englishNumberWords: expected an integer from 0 to ${MAX_ENGLISH_NUMBER}, got ${n}`,
    );
  }
  if (n === 0) return "zero";
  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  const parts: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    if (g === 0) continue;
    // A last group below 100 after a larger one takes "and": "one thousand and nine".
    const and = i === 0 && g < 100 && parts.length > 0 ? "and " : "";
    parts.push(and + belowThousand(g) + EN_SCALES[i]);
  }
  return parts.join(" ");
}
