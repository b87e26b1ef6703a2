// The numbering forms contracts are written with: 第一条 / 第一章 articles, 1.1 clauses,
// a) / (一) / （1） items. Numbers are read to place the text and resolve references; the
// template then generates its own.

const ZH_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ZH_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export const ZH_NUMERAL = "[零〇一二两三四五六七八九十百千]+";

/** 十一 → 11, 一百零一 → 101, 12 → 12; undefined for anything else. */
export function parseNumeral(text: string): number | undefined {
  const s = text.trim();
  if (/^\d+$/.test(s)) return Number(s);
  if (!new RegExp(`^${ZH_NUMERAL}$`).test(s)) return undefined;
  let total = 0;
  let current = 0;
  for (const ch of s) {
    const d = ZH_DIGIT[ch];
    if (d !== undefined) {
      current = d;
      continue;
    }
    const unit = ZH_UNIT[ch] as number;
    total += (current === 0 ? 1 : current) * unit;
    current = 0;
  }
  return total + current;
}

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

/** An item's written label as a position: a → 1, (一) → 1, （3） → 3, ② → 2. */
export function itemPosition(label: string): number | undefined {
  const s = label.replace(/[()（）\s]/g, "");
  if (/^[a-z]$/i.test(s)) return s.toLowerCase().charCodeAt(0) - 96;
  const circled = CIRCLED.indexOf(s);
  if (s.length === 1 && circled >= 0) return circled + 1;
  return parseNumeral(s);
}

export interface ArticleLine {
  /** 第…条, 第…章, 一、, 1. or a Markdown heading */
  kind: "条" | "章" | "、" | "." | "#";
  number: number;
  written: string;
  rest: string;
  /** the text after a run-in title (1. Term. This Agreement … / 一、合作内容：乙方…) */
  text?: string;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** IV → 4; undefined for anything else. */
function parseRoman(s: string): number | undefined {
  if (!/^[IVXLC]+$/.test(s)) return undefined;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i] as string] as number;
    const next = ROMAN[s[i + 1] ?? ""] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** 第一条服务范围与内容 / 第二章 总则 / 第 3 条：… / Article 1 Scope / ARTICLE II – FEES */
export function matchArticle(text: string): ArticleLine | undefined {
  const en = /^((?:Article|ARTICLE|Chapter|CHAPTER)\s+(\d{1,3}|[IVXLC]{1,6}))(?![\d.])\s*[.:：\-–—]?\s*(.*)$/.exec(text);
  if (en) {
    const number = /^\d/.test(en[2] as string) ? Number(en[2]) : parseRoman(en[2] as string);
    if (number) return { kind: /^chapter/i.test(en[1] as string) ? "章" : "条", number, written: en[1] as string, rest: en[3] as string };
  }
  const m = new RegExp(`^(第\\s*(${ZH_NUMERAL}|\\d{1,3})\\s*(条|章))(?![款项])\\s*[:：、.．]?\\s*(.*)$`).exec(text);
  if (!m) return undefined;
  const number = parseNumeral(m[2] as string);
  if (number === undefined || number === 0) return undefined;
  return { kind: m[3] as "条" | "章", number, written: m[1] as string, rest: m[4] as string };
}

/** 一、服务内容 or 1. 服务内容 / 1、服务内容: articles in documents without 第…条. */
export function matchPlainArticle(text: string): ArticleLine | undefined {
  const zh = new RegExp(`^((${ZH_NUMERAL})\\s*、)\\s*(.+)$`).exec(text);
  if (zh) {
    const number = parseNumeral(zh[2] as string);
    if (number) return { kind: "、", number, written: zh[1] as string, rest: zh[3] as string };
  }
  const ar = /^((\d{1,2})\s*(?:[、．]|\.(?!\d)))\s*(.+)$/.exec(text);
  if (ar) return { kind: ".", number: Number(ar[2]), written: ar[1] as string, rest: ar[3] as string };
  return undefined;
}

export interface ClauseLine {
  article: number;
  clause: number;
  written: string;
  rest: string;
}

/** 1.1乙方… / 3.2 若… (not 3.5万元, not 1.1.1). */
export function matchClause(text: string): ClauseLine | undefined {
  const m = /^((\d{1,3})\s*[.．]\s*(\d{1,3}))(?![\d.．%％万千百亿元倍])\s*[、:：]?\s*(.*)$/.exec(text);
  if (!m) return undefined;
  return { article: Number(m[2]), clause: Number(m[3]), written: m[1] as string, rest: m[4] as string };
}

export interface ItemLine {
  /** the label as written: "a)", "(一)", "（1）", "1.1.1", "②" */
  written: string;
  position: number;
  rest: string;
}

const ITEM_FORMS: RegExp[] = [
  /^(([a-z])\s*[)）])\s*(.*)$/i,
  /^([(（]\s*([a-z])\s*[)）])\s*(.*)$/i,
  new RegExp(`^([(（]\\s*(${ZH_NUMERAL}|\\d{1,2})\\s*[)）])\\s*(.*)$`),
  /^((\d{1,2})\s*[)）])\s*(.*)$/,
  new RegExp(`^(([${CIRCLED}]))\\s*(.*)$`),
  /^(\d{1,3}[.．]\d{1,3}[.．](\d{1,3}))(?![\d.．])\s*(.*)$/,
  /^((\d{1,2})\.)\s+(\S.*)$/,
];

/** a) 响应时间… / (一) … / （1）… / ② … / 3.1.2 … */
export function matchItem(text: string, allowZhComma: boolean, allowDigitComma = allowZhComma): ItemLine | undefined {
  const forms = [...ITEM_FORMS, ...(allowZhComma ? [new RegExp(`^((${ZH_NUMERAL})\\s*、)\\s*(.*)$`)] : []), ...(allowDigitComma ? [/^((\d{1,2})\s*、)\s*(.*)$/] : [])];
  for (const re of forms) {
    const m = re.exec(text);
    if (!m) continue;
    const position = itemPosition(m[2] as string);
    if (position === undefined || position === 0) continue;
    return { written: (m[1] as string).replace(/\s+/g, ""), position, rest: m[3] as string };
  }
  return undefined;
}
