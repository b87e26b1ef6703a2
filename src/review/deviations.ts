// The returned file's clauses set against the expected ones, language by language: which were
// changed (in a value of the deal, or in their wording), added, deleted or moved. The
// accepted view (every tracked change accepted) is what the returned file proposes; the
// original view tells whether a deviation was shown as a tracked change or made silently.

import type { Lang } from "../core/bilingual.js";
import type { ExpectedClause, ValueSpan } from "./expected.js";
import type { AlignedBy, ReturnedClause, ReturnedClauses } from "./returned.js";
import { narrowed, normalized, wordDiff, type Hunk } from "./word-diff.js";

/** A piece of wording that was changed: the expected words and the returned ones ("" for none). */
export interface WordChange {
  removed: string;
  added: string;
}

interface Where {
  lang: Lang;
  /** The paragraph of the returned file the deviation is at (1-based). */
  paragraph: number;
  /** Whether the returned file shows it as a tracked change. */
  tracked: boolean;
  /** How the returned clause it is about was matched to the agreement's (by bookmark, or without: by number, heading, similarity, row). */
  alignment?: AlignedBy;
}

export type Deviation =
  | ({ kind: "value"; clause: ExpectedClause; path: string; old: string; new: string } & Where)
  | ({ kind: "wording"; clause: ExpectedClause; changes: WordChange[] } & Where)
  | ({ kind: "added"; after?: ExpectedClause; text: string } & Where)
  | ({ kind: "deleted"; clause: ExpectedClause } & Where)
  | ({ kind: "moved"; clause: ExpectedClause; after?: ExpectedClause } & Where)
  /** Changed in `lang` only: a clause, or a clause added after `after` (or at the start). */
  | ({ kind: "one-language"; clause?: ExpectedClause; after?: ExpectedClause; other: Lang } & Where)
  /** A clause that limits liability, changed in these languages. */
  | { kind: "conspicuous"; clause: ExpectedClause; langs: Lang[]; paragraph: number; tracked: boolean };

/** A clause of the returned file matched to the expected one it is. */
interface Aligned {
  expected: ExpectedClause;
  returned: ReturnedClause;
}

interface Alignment {
  aligned: Aligned[];
  /** Returned clauses that are none of the expected ones, each with the aligned clause before it. */
  added: Array<{ returned: ReturnedClause; after?: ExpectedClause }>;
  deleted: ExpectedClause[];
}

/** Matches one language's returned clauses to the expected ones by their bookmarks. */
function align(expected: readonly ExpectedClause[], returned: readonly ReturnedClause[]): Alignment {
  const byBase = new Map(expected.map((clause) => [clause.base, clause]));
  const seen = new Set<string>();
  const out: Alignment = { aligned: [], added: [], deleted: [] };
  let last: ExpectedClause | undefined;
  for (const clause of returned) {
    const match = clause.base === undefined || seen.has(clause.base) ? undefined : byBase.get(clause.base);
    if (match) {
      seen.add(match.base);
      out.aligned.push({ expected: match, returned: clause });
      last = match;
    } else out.added.push({ returned: clause, ...(last ? { after: last } : {}) });
  }
  out.deleted = expected.filter((clause) => !seen.has(clause.base));
  return out;
}

/** Indexes (into `order`) of a longest increasing run: the clauses that kept their order. */
function keptOrder(order: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = [];
  order.forEach((value, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((order[tails[mid] as number] as number) < value) low = mid + 1;
      else high = mid;
    }
    previous[index] = low > 0 ? (tails[low - 1] as number) : -1;
    tails[low] = index;
  });
  const kept = new Set<number>();
  for (let index = tails.at(-1) ?? -1; index >= 0; index = previous[index] as number) kept.add(index);
  return kept;
}

function valueOf(values: readonly ValueSpan[], hunk: Hunk): ValueSpan | undefined {
  return values.find((v) => v.start <= hunk.oldStart && hunk.oldEnd <= v.end);
}

/** What a reference (or a field's result) stands as in the diff: one character, equal to any other reference. */
const SLOT = "\uE000";

/**
 * The text with each span as one SLOT (spans that touch as one: 5.2(e) is a REF field to 5.2 and
 * one to its item), and, for each offset of that text, the offset in the text it stands for.
 */
function masked(text: string, spans: ReadonlyArray<readonly [number, number]>): { text: string; at: number[] } {
  const merged: Array<[number, number]> = [];
  for (const [s, e] of [...spans].sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else if (e > s) merged.push([s, e]);
  }
  let out = "";
  const at: number[] = [];
  let i = 0;
  for (const [s, e] of [...merged, [text.length, text.length] as [number, number]]) {
    for (; i < s; i++) {
      out += text[i];
      at.push(i);
    }
    if (e > s) {
      out += SLOT;
      at.push(s);
    }
    i = Math.max(i, e);
  }
  at.push(text.length);
  return { text: out, at };
}

/**
 * A clause's changes of one language: the values of the deal that changed, and the other changed
 * words. A reference that the returned file still has as a REF field is no change, whatever the
 * field shows: Word and LibreOffice update the field when a clause before its target is added,
 * deleted or moved (and that is reported), and show an error in it when its bookmark is gone (a
 * file that lost its bookmarks, aligned without them); a number typed over the field is a change.
 */
export function textChanges(clause: ExpectedClause, lang: Lang, text: string, fields: ReadonlyArray<readonly [number, number]> = []): { values: Array<{ path: string; old: string; new: string }>; wording: WordChange[] } {
  const expected = clause.text[lang];
  const values = new Map<ValueSpan, Hunk[]>();
  const wording: WordChange[] = [];
  // the references and the fields as slots, compared as equal, then the hunks back in the texts
  // (a file without fields, retyped, has its references as typed text: compared as text)
  const before = masked(expected, fields.length > 0 ? clause.references[lang] : []);
  const after = masked(text, fields);
  for (const m of wordDiff(before.text, after.text, lang)) {
    const hunk = { oldStart: before.at[m.oldStart] as number, oldEnd: before.at[m.oldEnd] as number, newStart: after.at[m.newStart] as number, newEnd: after.at[m.newEnd] as number };
    // a reference's field against its number typed as it was is no change either
    if (normalized(expected.slice(hunk.oldStart, hunk.oldEnd)) === normalized(text.slice(hunk.newStart, hunk.newEnd))) continue;
    const exact = narrowed(hunk, expected, text);
    const value = valueOf(clause.values[lang], exact);
    if (value) values.set(value, [...(values.get(value) ?? []), exact]);
    else wording.push({ removed: expected.slice(hunk.oldStart, hunk.oldEnd).trim(), added: text.slice(hunk.newStart, hunk.newEnd).trim() });
  }
  return {
    values: [...values].map(([value, hunks]) => {
      let changed = value.text;
      // from the last hunk back, so the offsets of the earlier ones still hold
      for (const h of [...hunks].reverse()) changed = changed.slice(0, h.oldStart - value.start) + text.slice(h.newStart, h.newEnd) + changed.slice(h.oldEnd - value.start);
      return { path: value.path, old: value.text, new: changed };
    }),
    wording,
  };
}

/** Every deviation of one language of the returned file. */
function languageDeviations(expected: readonly ExpectedClause[], views: Record<"accepted" | "original", ReturnedClauses>, lang: Lang): Deviation[] {
  const accepted = align(expected, views.accepted[lang]);
  const original = align(expected, views.original[lang]);
  const originalText = new Map(original.aligned.map((a) => [a.expected.base, a.returned.text]));
  const originalAdded = new Set(original.added.map((a) => normalized(a.returned.text)));
  const out: Deviation[] = [];
  const position = new Map(expected.map((clause, index) => [clause.base, index]));
  const kept = keptOrder(accepted.aligned.map((a) => position.get(a.expected.base) as number));

  accepted.aligned.forEach(({ expected: clause, returned }, index) => {
    const where = { lang, paragraph: returned.paragraph, ...(returned.alignment ? { alignment: returned.alignment } : {}) };
    if (!kept.has(index)) {
      const after = accepted.aligned[index - 1]?.expected;
      out.push({ kind: "moved", clause, ...(after ? { after } : {}), ...where, tracked: false });
    }
    if (normalized(returned.text) === normalized(clause.text[lang])) return;
    // shown as a tracked change when the text before the changes is the agreed text
    const before = originalText.get(clause.base);
    const tracked = before !== undefined && normalized(before) === normalized(clause.text[lang]);
    const { values, wording } = textChanges(clause, lang, returned.text, returned.fields);
    if (values.length === 0 && wording.length === 0) return;
    for (const v of values) out.push({ kind: "value", clause, ...v, ...where, tracked });
    if (wording.length > 0) out.push({ kind: "wording", clause, changes: wording, ...where, tracked });
  });
  for (const { returned, after } of accepted.added) {
    const tracked = !originalAdded.has(normalized(returned.text));
    out.push({ kind: "added", ...(after ? { after } : {}), text: returned.text, lang, paragraph: returned.paragraph, tracked });
  }
  const paragraphOf = (clause: ExpectedClause): number => {
    // a deleted clause is reported where it stood: after the aligned clause before it
    const index = expected.indexOf(clause);
    const before = accepted.aligned.filter((a) => expected.indexOf(a.expected) < index).at(-1);
    return before?.returned.paragraph ?? 1;
  };
  for (const clause of accepted.deleted) {
    const tracked = originalText.has(clause.base);
    out.push({ kind: "deleted", clause, lang, paragraph: paragraphOf(clause), tracked });
  }
  return out;
}

/** The deviations of every language the layout has, in the order of the document. */
export function deviations(expected: readonly ExpectedClause[], views: Record<"accepted" | "original", ReturnedClauses>, langs: readonly Lang[]): Deviation[] {
  return langs.flatMap((lang) => languageDeviations(expected, views, lang)).sort((a, b) => a.paragraph - b.paragraph);
}
