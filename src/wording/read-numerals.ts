// Numbers read back from the words an agreement writes them in: Chinese numerals, plain (一二三)
// or capital (壹贰叁), and English words. The inverse of numerals.ts, for a returned agreement
// whose values were retyped. A text that is no well-formed number gives undefined: a value that
// cannot be read is reported, never guessed.

const ZH_DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const ZH_SMALL_UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const ZH_BIG_UNIT: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/**
 * 叁佰零伍 → 305, 十一 → 11, 壹亿零壹万零壹 → 100010001. Each unit must be smaller than the one
 * before it inside a group of four digits (贰佰叁拾, never 贰拾叁佰), and two digits never stand
 * side by side without a unit between them (一二 is no number), except a 零 that marks a gap.
 */
export function readChineseNumeral(text: string): number | undefined {
  if (text === "") return undefined;
  let total = 0;
  let group = 0;
  let digit: number | undefined;
  let lastSmall = Infinity;
  let lastBig = Infinity;
  for (const c of text) {
    if (c in ZH_DIGIT) {
      const d = ZH_DIGIT[c] as number;
      if (digit !== undefined && digit !== 0 && d !== 0) return undefined;
      digit = d;
    } else if (c in ZH_SMALL_UNIT) {
      const unit = ZH_SMALL_UNIT[c] as number;
      if (unit >= lastSmall || digit === 0) return undefined;
      // 十 alone stands for 一十 only at the start of the number: 十一; 壹万拾伍 is ill-formed
      if (digit === undefined && !(unit === 10 && group === 0 && total === 0)) return undefined;
      group += (digit ?? 1) * unit;
      digit = undefined;
      lastSmall = unit;
    } else if (c in ZH_BIG_UNIT) {
      const unit = ZH_BIG_UNIT[c] as number;
      const value = group + (digit ?? 0);
      if (unit >= lastBig || value === 0) return undefined;
      total += value * unit;
      group = 0;
      digit = undefined;
      lastSmall = Infinity;
      lastBig = unit;
    } else return undefined;
  }
  return total + group + (digit ?? 0);
}

const EN_SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const EN_SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** "one thousand four hundred and nine" → 1409, "twenty-one" → 21; British "and" and hyphens optional. */
export function readEnglishNumber(text: string): number | undefined {
  const words = text.toLowerCase().replace(/-/g, " ").split(/\s+/).filter((w) => w !== "" && w !== "and");
  if (words.length === 0) return undefined;
  let total = 0;
  let group = 0;
  let lastScale = Infinity;
  // what the group may take next: a hundred after a unit, tens before units, no two units in a row
  let last: "none" | "unit" | "teen" | "tens" | "hundred" = "none";
  for (const word of words) {
    if (word in EN_SMALL) {
      const n = EN_SMALL[word] as number;
      const tens = n >= 20 && n % 10 === 0;
      if (last === "unit" || last === "teen" || (last === "tens" && (tens || n >= 10))) return undefined;
      if (n === 0 && (words.length > 1)) return undefined;
      group += n;
      last = tens ? "tens" : n >= 10 ? "teen" : "unit";
    } else if (word === "hundred") {
      if (last !== "unit" || group >= 10) return undefined;
      group *= 100;
      last = "hundred";
    } else if (word in EN_SCALE) {
      const scale = EN_SCALE[word] as number;
      if (group === 0 || scale >= lastScale) return undefined;
      total += group * scale;
      group = 0;
      lastScale = scale;
      last = "none";
    } else return undefined;
  }
  return total + group;
}

/** "2,000" or "2000" → 2000, "99.5" → 99.5: figures as the agreement writes them, thousands grouped by commas or not. */
export function readFigure(text: string): number | undefined {
  const t = text.replace(/[\s\u00a0]/g, "");
  if (!/^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(t)) return undefined;
  const n = Number(t.replace(/,/g, ""));
  return Number.isFinite(n) ? n : undefined;
}

/** A whole number in figures, Chinese numerals or English words. */
export function readCount(text: string): number | undefined {
  const t = text.trim();
  const n = readFigure(t) ?? readChineseNumeral(t) ?? readEnglishNumber(t);
  return n !== undefined && Number.isSafeInteger(n) ? n : undefined;
}
