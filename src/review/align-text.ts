// What the alignment of a file without bookmarks reads in a paragraph's text: its language by
// its script, a number typed before its words (a retyped or converted file has no Word list
// numbering: 第三条, Article 3, 3.2, a) or (a) are then characters of the text), and how similar
// it is to a clause of the agreement.
//
// Similarity is the Dice coefficient of two bags of tokens: English by words, Chinese by pairs
// of neighbouring characters (Chinese has no spaces, and a pair of characters is close to a
// word without a dictionary; a changed amount or an added sentence then changes only the pairs
// it touches). Punctuation and white space are no tokens.

import type { Lang } from "../core/bilingual.js";

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/gu;
const LATIN = /[A-Za-z]/g;

/** The language a paragraph is written in by its script: Chinese when a third of its letters are CJK; undefined for none. */
export function scriptOf(text: string): Lang | undefined {
  const cjk = text.match(CJK)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  if (cjk + latin === 0) return undefined;
  // a Chinese character carries about a word, a Latin letter a fifth of one
  return cjk * 5 >= latin ? "zh" : "en";
}

/** The share of a text's letters that are CJK (0 for a text without letters). */
export function cjkShare(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  return cjk + latin === 0 ? 0 : cjk / (cjk + latin);
}

/** The text without the spans (a REF field's result, a reference's number): what is compared, as a field shows what Word last computed. */
export function withoutSpans(text: string, spans: ReadonlyArray<readonly [number, number]>): string {
  let out = "";
  let at = 0;
  for (const [s, e] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (s < at) continue;
    out += `${text.slice(at, s)} `;
    at = e;
  }
  return out + text.slice(at);
}

/** A text's tokens, counted, and how many there are. */
export interface Bag {
  counts: Map<string, number>;
  size: number;
}

export function bagOf(text: string, lang: Lang): Bag {
  const counts = new Map<string, number>();
  let size = 0;
  const add = (token: string): void => {
    counts.set(token, (counts.get(token) ?? 0) + 1);
    size++;
  };
  if (lang === "en") {
    for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) add(word);
    return { counts, size };
  }
  const chars = [...text.replace(/[\s\p{P}\p{S}]+/gu, "")];
  if (chars.length === 1) add(chars[0] as string);
  for (let i = 0; i + 1 < chars.length; i++) add(`${chars[i]}${chars[i + 1]}`);
  return { counts, size };
}

/** Dice's coefficient of two bags: 1 for the same tokens, 0 for none in common. */
export function similarity(a: Bag, b: Bag): number {
  const total = a.size + b.size;
  if (total === 0) return 0;
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let common = 0;
  for (const [token, count] of small.counts) common += Math.min(count, large.counts.get(token) ?? 0);
  return (2 * common) / total;
}

/** A number that stands before a paragraph's words: an article's, a clause's or an item's. */
export interface NumberLabel {
  kind: "article" | "clause" | "item";
  /** "3" (article), "3.2" (clause), "a" (item: of the clause before it). */
  key: string;
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 三, 十二, 二十一, 一百零五 as a number; undefined for anything else. */
export function chineseNumeral(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[零〇一二两三四五六七八九十百]+$/u.test(text)) return undefined;
  let total = 0;
  let digit = 0;
  for (const char of text) {
    if (char === "百") {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (char === "十") {
      total += (digit || 1) * 10;
      digit = 0;
    } else digit = DIGITS[char] as number;
  }
  return total + digit;
}

const ITEM_LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** A paragraph's typed number and where its words start; none when the text does not start with one. */
export function typedNumber(text: string): { label: NumberLabel; rest: number } | undefined {
  const fullWidth = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const found = (label: NumberLabel, length: number): { label: NumberLabel; rest: number } => ({ label, rest: length });
  // 第三条 服务范围: a heading, not a clause's reference to an article ("第五条约定的……"): the
  // number is followed by a space or a colon, or the words after it are a short title
  let m = /^\s*第\s*([0-9]+|[零〇一二两三四五六七八九十百]+)\s*条(\s+|[:：]\s*|)/u.exec(fullWidth);
  if (m) {
    const n = chineseNumeral(m[1] as string);
    const after = fullWidth.slice(m[0].length);
    if (n !== undefined && (m[2] !== "" || (after.length <= 30 && !/[，。；,;]/u.test(after)))) return found({ kind: "article", key: String(n) }, m[0].length);
  }
  // Article 3 Services, 3.2 If Party B …: a heading's or a sentence's first word is a capital (or
  // not Latin); "Article 21 of the …", "2.9 or Article 5" are a line of a sentence cut there
  const starts = (rest: string): boolean => rest === "" || !/^[a-z]/.test(rest);
  m = /^\s*Article\s+(\d+)(?:\s*[.:：—–-]\s*|\s+|$)/iu.exec(fullWidth);
  if (m && starts(fullWidth.slice(m[0].length))) return found({ kind: "article", key: String(Number(m[1])) }, m[0].length);
  m = /^\s*(\d+)\s*[.．]\s*(\d+)\.?(?:\s+|$)/u.exec(fullWidth);
  if (m && starts(fullWidth.slice(m[0].length))) return found({ kind: "clause", key: `${Number(m[1])}.${Number(m[2])}` }, m[0].length);
  m = /^\s*[(（]?([a-z])[)）]\s*/u.exec(fullWidth);
  if (m) return found({ kind: "item", key: m[1] as string }, m[0].length);
  m = /^\s*[(（]([一二三四五六七八九十]+)[)）]\s*/u.exec(fullWidth);
  const n = m ? chineseNumeral(m[1] as string) : undefined;
  if (m && n !== undefined && n >= 1 && n <= ITEM_LETTERS.length) return found({ kind: "item", key: ITEM_LETTERS[n - 1] as string }, m[0].length);
  return undefined;
}

/** The label's key as the agreement numbers its pieces: "A3" for an article, "3.2", "3.1(a)"; an item's needs its clause. */
export function numberKey(label: NumberLabel, clause: string | undefined): string | undefined {
  if (label.kind === "article") return `A${label.key}`;
  if (label.kind === "clause") return label.key;
  return clause === undefined ? undefined : `${clause}(${label.key})`;
}
