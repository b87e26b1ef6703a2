// Clauses the returned file moved, as Word tracks a move (ECMA-376 Part 1, 17.13.5.21-26 and
// 17.13.2.23-28): at the agreement's place the clause's runs in w:moveFrom, its paragraph marks
// marked w:moveFrom, between a w:moveFromRangeStart and w:moveFromRangeEnd; at the returned
// file's place the same paragraphs in w:moveTo between a w:moveToRangeStart and
// w:moveToRangeEnd of the same w:name, which links the two halves of one move. Accepting the
// move keeps the destination, rejecting it the source.
//
// The clause's bookmark goes with it, as Word moves a bookmark with the text it is in: after
// the changes are accepted, a REF field to the clause updates to its new number. A clause moved
// and also reworded is no move of the same words: it is deleted at its old place and inserted,
// as the returned file words it, at the new one (the comment says both).
//
// In the parallel layout a clause moved in both languages is a row moved: the old row deleted
// (as a tracked row deletion, which takes its paragraphs' marks with it) and a row inserted
// where the returned file has it. A clause moved in one language moves within its column.

import type { Lang } from "../core/bilingual.js";
import type { Deviation } from "./deviations.js";
import { insertedRuns, markRevised, parseParagraph, redlineParagraph, revisionAttributes, type Revision } from "./redline-runs.js";
import { normalized } from "./word-diff.js";

/** One bookmarked piece of the rendered agreement in one language, and its paragraphs. */
export interface Piece {
  base: string;
  lang: Lang;
  /** Indexes of its paragraphs: the bookmarked one, then those that continue it. */
  paragraphs: number[];
}

export const pieceKey = (base: string, lang: Lang): string => `${base}_${lang}`;

/** The moved pieces, by key, each with the piece it now follows (none: it now comes first), in the returned file's order. */
export function movedPieces(deviations: readonly Deviation[]): Map<string, { after?: string }> {
  const out = new Map<string, { after?: string }>();
  for (const d of deviations) if (d.kind === "moved") out.set(pieceKey(d.clause.base, d.lang), d.after ? { after: d.after.base } : {});
  return out;
}

/** What the moves do to the document: paragraphs rewritten at the source, and what is put in where the returned file has the clauses. */
export interface Moves {
  /** Paragraph index → its XML at the move's source. */
  source: Map<number, string>;
  /** Each moved piece's paragraphs at its destination (its comments are anchored there). */
  destination: Map<string, string[]>;
  /** Offsets into word/document.xml, each with what is inserted there, in order. */
  inserts: Array<{ offset: number; render: () => string }>;
}

export interface MoveInput {
  xml: string;
  spans: ReadonlyArray<readonly [number, number]>;
  pieces: readonly Piece[];
  moved: Map<string, { after?: string }>;
  /** The returned file's text of a piece (accepted view). */
  returnedText: (piece: Piece) => string | undefined;
  parallel: boolean;
  revision: Revision;
}

/** Our bookmark of a piece, as the writer puts it: start and end side by side. */
function bookmarkPattern(piece: Piece): RegExp {
  return new RegExp(`<w:bookmarkStart w:id="(\\d+)" w:name="${pieceKey(piece.base, piece.lang)}"/><w:bookmarkEnd w:id="\\1"/>`);
}

/** A named move range's start and end marks (they share a w:id; the name links source and destination). */
function moveRange(kind: "moveFrom" | "moveTo", name: string, revision: Revision): { start: string; end: string } {
  const attributes = revisionAttributes(revision);
  const id = /w:id="(\d+)"/.exec(attributes)?.[1] as string;
  return { start: `<w:${kind}RangeStart ${attributes} w:name="${name}"/>`, end: `<w:${kind}RangeEnd w:id="${id}"/>` };
}

const PARAGRAPH = /^(<w:p>(?:<w:pPr>[\s\S]*?<\/w:pPr>)?)([\s\S]*)<\/w:p>$/;
const RUNS = /(?:<w:r>[\s\S]*?<\/w:r>|<w:r\/>)+/g;

/** A paragraph's runs and mark as one side of a move, inside the move's range when it opens or closes here. */
function moveParagraph(xml: string, kind: "moveFrom" | "moveTo", revision: Revision, range: { start?: string; end?: string }): string {
  const m = PARAGRAPH.exec(xml);
  if (!m) throw new Error("redline: a moved paragraph is not as the writer writes it");
  const head = markRevised(m[1] as string, kind, revision);
  const body = (m[2] as string).replace(RUNS, (runs) => `<w:${kind} ${revisionAttributes(revision)}>${runs}</w:${kind}>`);
  return `${head}${range.start ?? ""}${body}${range.end ?? ""}</w:p>`;
}

/** Source and destination paragraphs of one moved piece: a tracked move of its words, or, reworded, a deletion and an insertion. */
function movePiece(input: MoveInput, piece: Piece, name: string, out: Moves): void {
  const { xml, spans, revision } = input;
  const original = piece.paragraphs.map((i) => xml.slice(...(spans[i] as [number, number])));
  const bookmark = bookmarkPattern(piece);
  const mark = bookmark.exec(original[0] as string)?.[0] ?? "";
  const returned = input.returnedText(piece) ?? "";
  const last = original.length - 1;
  const same = normalized(returned) === normalized(original.map((p) => parseParagraph(p).text).join("\n"));
  if (same) {
    const from = moveRange("moveFrom", name, revision);
    const to = moveRange("moveTo", name, revision);
    original.forEach((p, k) => {
      const ends = { ...(k === 0 ? { start: from.start } : {}), ...(k === last ? { end: from.end } : {}) };
      out.source.set(piece.paragraphs[k] as number, moveParagraph(p.replace(bookmark, ""), "moveFrom", revision, ends));
    });
    out.destination.set(
      pieceKey(piece.base, piece.lang),
      original.map((p, k) => moveParagraph(p, "moveTo", revision, { ...(k === 0 ? { start: to.start } : {}), ...(k === last ? { end: to.end } : {}) })),
    );
    return;
  }
  original.forEach((p, k) => out.source.set(piece.paragraphs[k] as number, redlineParagraph(parseParagraph(p.replace(bookmark, "")), [], revision, { deleteAll: true })));
  const head = parseParagraph(original[0] as string).head;
  const rPr = /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(head)?.[0] ?? "";
  out.destination.set(pieceKey(piece.base, piece.lang), [`${markRevised(head, "ins", revision)}${mark}${insertedRuns(returned, rPr, revision)}</w:p>`]);
}

/** The table row around an offset: [start, end). */
function rowAround(xml: string, offset: number): [number, number] {
  return [xml.lastIndexOf("<w:tr>", offset), xml.indexOf("</w:tr>", offset) + "</w:tr>".length];
}

/** A row of the parallel table as a tracked insertion, its paragraphs those of the pieces' destination. */
function insertedRow(input: MoveInput, row: [number, number], pieces: readonly Piece[], out: Moves): string {
  const { xml, spans, revision } = input;
  const mark = `<w:ins ${revisionAttributes(revision)}/>`;
  let text = "";
  let at = row[0];
  for (const piece of pieces) {
    const destination = out.destination.get(pieceKey(piece.base, piece.lang)) ?? [];
    piece.paragraphs.forEach((i, k) => {
      const [start, end] = spans[i] as [number, number];
      text += xml.slice(at, start) + (k === 0 ? destination.join("") : "");
      at = end;
    });
  }
  text += xml.slice(at, row[1]);
  // the row's change stands last in w:trPr, as for a deleted row
  return text.replace(/^<w:tr>(?:<w:trPr>([\s\S]*?)<\/w:trPr>)?/, (_, trPr: string | undefined) => `<w:tr><w:trPr>${trPr ?? ""}${mark}</w:trPr>`);
}

/**
 * The piece that stays where it is that what follows `after` in the returned file ends up after:
 * `after` itself, or, when it moved, what it now follows, and so on (none: the start).
 */
export function settledAnchor(moved: ReadonlyMap<string, { after?: string }>, byKey: ReadonlyMap<string, Piece>, after: string | undefined, lang: Lang): Piece | undefined {
  const seen = new Set<string>();
  for (let base = after; base !== undefined; base = moved.get(pieceKey(base, lang))?.after) {
    const key = pieceKey(base, lang);
    if (!moved.has(key) || seen.has(key)) return byKey.get(key);
    seen.add(key);
  }
  return undefined;
}

/**
 * Every moved piece as a tracked move, each put after the piece it now follows in the returned
 * file (through the pieces moved before it, in the returned file's order), or before the first
 * piece of its language when it now comes first.
 */
export function trackedMoves(input: MoveInput): Moves {
  const out: Moves = { source: new Map(), destination: new Map(), inserts: [] };
  const { xml, spans, pieces, moved } = input;
  const byKey = new Map(pieces.map((p) => [pieceKey(p.base, p.lang), p]));
  const anchor = (after: string | undefined, lang: Lang): Piece | undefined => settledAnchor(moved, byKey, after, lang);
  const firstOf = (lang: Lang): Piece | undefined => pieces.find((p) => p.lang === lang);
  const rows = new Set<string>();
  let count = 0;
  for (const [key, { after }] of moved) {
    const piece = byKey.get(key);
    if (!piece || rows.has(piece.base)) continue;
    const other = byKey.get(pieceKey(piece.base, piece.lang === "zh" ? "en" : "zh"));
    const otherMove = other ? moved.get(pieceKey(other.base, other.lang)) : undefined;
    const rowMove = input.parallel && other !== undefined && otherMove !== undefined && otherMove.after === after && sameRow(xml, spans, piece, other);
    count++;
    movePiece(input, piece, `move${count}`, out);
    if (rowMove && other) {
      // a name per language: each source has its one destination
      count++;
      movePiece(input, other, `move${count}`, out);
      rows.add(piece.base);
      const [zh, en] = piece.lang === "zh" ? [piece, other] : [other, piece];
      const row = rowAround(xml, (spans[zh.paragraphs[0] as number] as [number, number])[0]);
      const target = anchor(after, zh.lang);
      const offset = target ? rowAround(xml, (spans[target.paragraphs.at(-1) as number] as [number, number])[0])[1] : rowAround(xml, (spans[(firstOf("zh") as Piece).paragraphs[0] as number] as [number, number])[0])[0];
      out.inserts.push({ offset, render: () => insertedRow(input, row, [zh, en], out) });
      continue;
    }
    const target = anchor(after, piece.lang);
    // outside a table each clause stands in both languages, one after the other: what moved goes after both
    const around = (of: Piece): Piece[] => (input.parallel ? [of] : pieces.filter((p) => p.base === of.base));
    const offset = target
      ? Math.max(...around(target).map((p) => (spans[p.paragraphs.at(-1) as number] as [number, number])[1]))
      : Math.min(...around(firstOf(piece.lang) as Piece).map((p) => (spans[p.paragraphs[0] as number] as [number, number])[0]));
    out.inserts.push({ offset, render: () => (out.destination.get(key) ?? []).join("") });
  }
  return out;
}

/** Whether two pieces are the whole of one table row: its every paragraph is theirs. */
function sameRow(xml: string, spans: ReadonlyArray<readonly [number, number]>, a: Piece, b: Piece): boolean {
  const [start, end] = rowAround(xml, (spans[a.paragraphs[0] as number] as [number, number])[0]);
  const inRow = spans.flatMap(([s], i) => (s >= start && s < end ? [i] : []));
  const theirs = new Set([...a.paragraphs, ...b.paragraphs]);
  return inRow.length === theirs.size && inRow.every((i) => theirs.has(i));
}
