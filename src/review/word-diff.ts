// A word-level diff of a clause's expected and returned text. Words are what Intl.Segmenter
// finds in the clause's language: Chinese is written without spaces, so splitting at spaces
// would make a whole sentence one word; the segmenter's dictionary gives 确保|团队|至少 and
// the like. Differences in white space alone are no change: Word and LibreOffice move spaces
// between runs, and a space carries no meaning in a clause.

import type { Lang } from "../core/bilingual.js";

interface Token {
  /** What is compared: white space as one space. */
  key: string;
  start: number;
  end: number;
}

/** One difference: [oldStart, oldEnd) of the expected text became [newStart, newEnd) of the returned. */
export interface Hunk {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

const SEGMENTERS: Record<Lang, Intl.Segmenter> = {
  zh: new Intl.Segmenter("zh", { granularity: "word" }),
  en: new Intl.Segmenter("en", { granularity: "word" }),
};

function tokens(text: string, lang: Lang): Token[] {
  return [...SEGMENTERS[lang].segment(text)].map(({ segment, index }) => ({
    key: /^\s+$/.test(segment) ? " " : segment,
    start: index,
    end: index + segment.length,
  }));
}

/** The text with white space runs as one space, without leading or trailing space. */
export function normalized(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Past this many token pairs the diff does not look for the longest common run: the whole middle is one hunk. */
const MAX_CELLS = 4_000_000;

/** Pairs of equal tokens of the longest common subsequence, in order. */
function commonPairs(a: readonly Token[], b: readonly Token[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0 || n * m > MAX_CELLS) return [];
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..], one row of m + 1 per i
  const lengths = new Uint32Array((n + 1) * (m + 1));
  const at = (i: number, j: number): number => lengths[i * (m + 1) + j] as number;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * (m + 1) + j] = (a[i] as Token).key === (b[j] as Token).key ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if ((a[i] as Token).key === (b[j] as Token).key) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (at(i + 1, j) >= at(i, j + 1)) i++;
    else j++;
  }
  return pairs;
}

const blank = (text: string): boolean => text.trim() === "";

/** The differences between the expected and the returned text of one clause, word by word. */
export function wordDiff(expected: string, returned: string, lang: Lang): Hunk[] {
  const a = tokens(expected, lang);
  const b = tokens(returned, lang);
  let head = 0;
  while (head < a.length && head < b.length && (a[head] as Token).key === (b[head] as Token).key) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && (a[a.length - 1 - tail] as Token).key === (b[b.length - 1 - tail] as Token).key) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const pairs = [...commonPairs(midA, midB), [midA.length, midB.length] as [number, number]];
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  // where a token of the middle starts; past its last token, where the equal tail starts
  const endA = a[a.length - tail]?.start ?? expected.length;
  const endB = b[b.length - tail]?.start ?? returned.length;
  const atA = (index: number): number => midA[index]?.start ?? endA;
  const atB = (index: number): number => midB[index]?.start ?? endB;
  for (const [pi, pj] of pairs) {
    if (pi > i || pj > j) {
      const hunk = { oldStart: atA(i), oldEnd: atA(pi), newStart: atB(j), newEnd: atB(pj) };
      if (!(blank(expected.slice(hunk.oldStart, hunk.oldEnd)) && blank(returned.slice(hunk.newStart, hunk.newEnd)))) hunks.push(hunk);
    }
    i = pi + 1;
    j = pj + 1;
  }
  return hunks;
}

/** The hunk narrowed to the characters that differ (a hunk of words may start or end with equal characters). */
export function narrowed(hunk: Hunk, expected: string, returned: string): Hunk {
  let { oldStart, oldEnd, newStart, newEnd } = hunk;
  while (oldStart < oldEnd && newStart < newEnd && expected[oldStart] === returned[newStart]) {
    oldStart++;
    newStart++;
  }
  while (oldEnd > oldStart && newEnd > newStart && expected[oldEnd - 1] === returned[newEnd - 1]) {
    oldEnd--;
    newEnd--;
  }
  return { oldStart, oldEnd, newStart, newEnd };
}
