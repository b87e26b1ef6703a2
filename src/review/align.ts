// The clauses of a returned file that lost its bookmarks (retyped, pasted into a new document,
// converted from a PDF's text, bookmarks stripped), aligned to the agreement's clauses one
// language at a time: each paragraph either starts one of the agreement's pieces (an article's
// heading, a clause, an item), continues the piece before it, or starts a clause the agreement
// does not have.
//
// The alignment is the one of highest total score that keeps the agreement's order (a dynamic
// programme over paragraphs × pieces, as a diff aligns lines): a paragraph scores with a piece
// by the similarity of their text, raised when its number (Word's list number, or one typed
// before its words) is the piece's and lowered when it is another's. A number alone never
// places a paragraph: after a deleted clause Word renumbers the ones that follow, so their
// numbers are their neighbours'. Then, in the parallel table, a paragraph the text left
// unplaced takes the piece the other language's paragraph of its row took (an edit in one
// language only leaves that language's text far from the agreed one); and a paragraph still
// unplaced that reads almost as a piece no paragraph took is that piece, moved. What is left is
// a clause added (a numbered paragraph) or a continuation (an unnumbered one); a piece no
// paragraph took is a clause deleted.

import type { Lang } from "../core/bilingual.js";
import type { Layout } from "../write/layout.js";
import { bagOf, similarity, withoutSpans, type Bag } from "./align-text.js";
import { unitsOf, type Unit } from "./align-region.js";
import type { DocParagraph } from "./document-xml.js";
import type { ExpectedClause } from "./expected.js";
import type { AlignedBy, ReturnedClause, ReturnedClauses, View } from "./returned.js";

export interface AlignInput {
  paragraphs: readonly DocParagraph[];
  expected: readonly ExpectedClause[];
  /** word/numbering.xml, for the numbers of list paragraphs. */
  numbering?: string;
  layout: Layout;
}

/** A score a paragraph must pass to start a piece: half its text in common, or less with its number. */
const THRESHOLD = 0.5;
const SAME_NUMBER = 0.25;
const OTHER_NUMBER = 0.1;
/** A paragraph left over reads as a piece no paragraph took this closely: the piece, moved. */
const MOVED = 0.8;
/** The least similarity of a paragraph that takes its row's piece: a rewritten clause still shares some words. */
const ROW = 0.15;

interface Piece {
  clause: ExpectedClause;
  key: string;
  first: Bag;
  full: Bag;
  title?: string;
}

function piecesOf(expected: readonly ExpectedClause[], lang: Lang): Piece[] {
  return expected.map((clause) => {
    const text = clause.text[lang];
    // a reference's number is a field's result, which the returned file may show otherwise (an
    // error, when its bookmark is gone and the fields were updated): not compared
    const words = withoutSpans(text, clause.references[lang]);
    const key = clause.kind === "article" ? `A${clause.number.replace(/^\D+/, "")}` : clause.number;
    const full = bagOf(words, lang);
    const first = words.includes("\n") ? bagOf(words.split("\n")[0] as string, lang) : full;
    return { clause, key, first, full, ...(clause.kind === "article" ? { title: text.trim() } : {}) };
  });
}

/** A paragraph's similarity to a piece: to its first paragraph, or to all of it, whichever is closer. */
function textScore(unit: Unit, piece: Piece): number {
  const own = similarity(unit.bag, piece.full);
  const first = piece.first === piece.full ? own : similarity(unit.bag, piece.first);
  // with the unnumbered paragraphs after it: the rest of its clause, if a PDF's lines made it paragraphs
  return Math.max(own, first, unit.block === unit.bag ? 0 : similarity(unit.block, piece.full));
}

/** The pieces of one agreement per language, and the similarities of each paragraph's text to them, kept for the second view. */
class Scorer {
  readonly pieces: Record<Lang, Piece[]>;
  private readonly rows: Record<Lang, Map<string, Float64Array>> = { zh: new Map(), en: new Map() };

  constructor(expected: readonly ExpectedClause[]) {
    this.pieces = { zh: piecesOf(expected, "zh"), en: piecesOf(expected, "en") };
  }

  /** The paragraph's similarity to every piece of its language. */
  row(unit: Unit, lang: Lang): Float64Array {
    const key = `${unit.text}\u0000${unit.blockKey}`;
    let row = this.rows[lang].get(key);
    if (!row) {
      row = Float64Array.from(this.pieces[lang], (piece) => textScore(unit, piece));
      this.rows[lang].set(key, row);
    }
    return row;
  }
}

const scorers = new WeakMap<readonly ExpectedClause[], Scorer>();

const round = (score: number): number => Math.round(score * 100) / 100;

/** How well a paragraph starts a piece: its text's similarity, and the method that placed it. */
function scoreOf(unit: Unit, piece: Piece, text: number): { gain: number; by: AlignedBy } {
  const numbered = unit.key !== undefined;
  const same = numbered && unit.key === piece.key;
  const gain = text + (same ? SAME_NUMBER : numbered ? -OTHER_NUMBER : 0) - THRESHOLD;
  const heading = piece.title !== undefined && (unit.text.trim() === piece.title || text >= MOVED);
  const method = same ? "number" : heading ? "heading" : "similarity";
  return { gain, by: { method, score: round(text) } };
}

/** The paragraphs that start pieces, by the best order-keeping alignment: unit index → piece index. */
function ordered(units: readonly Unit[], scorer: Scorer, lang: Lang): Map<number, { piece: number; by: AlignedBy }> {
  const pieces = scorer.pieces[lang];
  const n = pieces.length;
  // best[k + 1]: the best total so far with piece k the last one started (k = -1: none yet)
  let best = new Float64Array(n + 1);
  const from: Int32Array[] = [];
  const scores = units.map((u) => {
    const row = scorer.row(u, lang);
    return pieces.map((p, k) => scoreOf(u, p, row[k] as number));
  });
  units.forEach((_, i) => {
    const next = new Float64Array(n + 1);
    const choice = new Int32Array(n + 1).fill(-2);
    let prefix = best[0] as number;
    let prefixAt = -1;
    next[0] = best[0] as number;
    for (let k = 0; k < n; k++) {
      const stay = best[k + 1] as number;
      const start = prefix + (scores[i]?.[k]?.gain as number);
      if (start > stay && (scores[i]?.[k]?.gain as number) > 0) {
        next[k + 1] = start;
        choice[k + 1] = prefixAt;
      } else next[k + 1] = stay;
      if ((best[k + 1] as number) > prefix) {
        prefix = best[k + 1] as number;
        prefixAt = k;
      }
    }
    from.push(choice);
    best = next;
  });
  let k = -1;
  for (let j = 0; j < n; j++) if ((best[j + 1] as number) > (best[k + 1] as number)) k = j;
  const out = new Map<number, { piece: number; by: AlignedBy }>();
  for (let i = units.length - 1; i >= 0 && k >= 0; i--) {
    const choice = (from[i] as Int32Array)[k + 1] as number;
    if (choice === -2) continue;
    out.set(i, { piece: k, by: (scores[i]?.[k] as { by: AlignedBy }).by });
    k = choice;
  }
  return out;
}

/** A paragraph left unplaced whose row's other paragraph started a piece this language has not placed. */
function byRow(units: Record<Lang, Unit[]>, starts: Record<Lang, Map<number, { piece: number; by: AlignedBy }>>, pieces: Record<Lang, Piece[]>): void {
  for (const [lang, other] of [["zh", "en"], ["en", "zh"]] as const) {
    const rowPiece = new Map<string, number>();
    for (const [i, { piece }] of starts[other]) {
      const row = units[other][i]?.row;
      if (row !== undefined) rowPiece.set(row, piece);
    }
    const taken = new Set([...starts[lang].values()].map((s) => s.piece));
    units[lang].forEach((unit, i) => {
      const piece = unit.row !== undefined ? rowPiece.get(unit.row) : undefined;
      if (piece === undefined || !unit.firstInCell || starts[lang].has(i) || taken.has(piece)) return;
      const p = pieces[lang][piece] as Piece;
      const score = textScore(unit, p);
      if (score < ROW) return;
      starts[lang].set(i, { piece, by: { method: "row", score: round(score) } });
      taken.add(piece);
    });
  }
}

/** Paragraphs left over that read as a piece nobody took: that piece, moved. */
function moved(units: readonly Unit[], pieces: readonly Piece[], starts: Map<number, { piece: number; by: AlignedBy }>): void {
  const taken = new Set([...starts.values()].map((s) => s.piece));
  const first = Math.min(...starts.keys());
  const pairs: Array<{ i: number; piece: number; score: number }> = [];
  units.forEach((unit, i) => {
    if (starts.has(i) || i < first) return;
    pieces.forEach((p, piece) => {
      if (taken.has(piece)) return;
      const score = textScore(unit, p);
      if (score >= MOVED) pairs.push({ i, piece, score });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.i - b.i || a.piece - b.piece);
  for (const { i, piece, score } of pairs) {
    if (starts.has(i) || taken.has(piece)) continue;
    starts.set(i, { piece, by: { method: "similarity", score: round(score) } });
    taken.add(piece);
  }
}

/**
 * After the last piece, outside a table, whether a paragraph still belongs to it: when it brings
 * the piece's text closer to the agreed one (then come the end-of-text note and the signatures).
 * After a clause added there, nothing does.
 */
function stillInLast(open: ReturnedClause, unit: Unit, pieces: readonly Piece[], lang: Lang, lines: number): boolean {
  const piece = open.base === undefined ? undefined : pieces.find((p) => p.clause.base === open.base);
  if (!piece) return lines < 1;
  const now = similarity(bagOf(withoutSpans(open.text, open.fields), lang), piece.full);
  return similarity(bagOf(`${withoutSpans(open.text, open.fields)}\n${unit.blockKey}`, lang), piece.full) > now;
}

/** One language's clauses from its paragraphs and the pieces they start. */
function clausesOf(units: readonly Unit[], pieces: readonly Piece[], starts: Map<number, { piece: number; by: AlignedBy }>, table: boolean, lang: Lang): ReturnedClause[] {
  const out: ReturnedClause[] = [];
  let open: ReturnedClause | undefined;
  // after the last piece, outside a table: a paragraph continues it only while the piece has
  // paragraphs to come (then the end-of-text note and the signatures follow)
  const last = Math.max(-1, ...starts.keys());
  let lines = 0;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] as Unit;
    const start = starts.get(i);
    if (start) {
      const clause = (pieces[start.piece] as Piece).clause;
      open = { base: clause.base, alignment: start.by, text: unit.text, fields: [...unit.fields], paragraph: unit.index + 1 };
      out.push(open);
      lines = 1;
    } else if (open && unit.label) {
      open = { text: unit.text, fields: [...unit.fields], paragraph: unit.index + 1 };
      out.push(open);
      lines = 1;
    } else if (open) {
      if (!table && i > last && !stillInLast(open, unit, pieces, lang, lines)) break;
      // Chinese has no space between words: a line of a PDF's text that a paragraph ends joins the next one as it is
      const joint = lang === "zh" ? "" : "\n";
      const at = open.text.length + joint.length;
      open.text = `${open.text}${joint}${unit.text}`;
      open.fields.push(...unit.fields.map(([s, e]): [number, number] => [s + at, e + at]));
      lines++;
    }
  }
  return out;
}

/** The returned file's clauses in one view, aligned to the expected ones without bookmarks. */
export function alignedClauses(input: AlignInput, view: View): ReturnedClauses {
  const units = unitsOf(input.paragraphs, input.layout, view, input.numbering);
  let scorer = scorers.get(input.expected);
  if (!scorer) {
    scorer = new Scorer(input.expected);
    scorers.set(input.expected, scorer);
  }
  const { pieces } = scorer;
  const starts = { zh: ordered(units.zh, scorer, "zh"), en: ordered(units.en, scorer, "en") };
  const table = input.layout === "parallel";
  if (table) byRow(units, starts, pieces);
  const out: ReturnedClauses = { zh: [], en: [] };
  for (const lang of ["zh", "en"] as const) {
    if (starts[lang].size === 0) continue;
    moved(units[lang], pieces[lang], starts[lang]);
    out[lang] = clausesOf(units[lang], pieces[lang], starts[lang], table, lang);
  }
  return out;
}
