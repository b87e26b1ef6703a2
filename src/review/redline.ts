// The redline: the agreement as the DOCX writer renders it from the deal, with the returned
// file's differences as Word tracked changes and a comment on each deviation. Accepting every
// change gives the returned text, clause by clause and language by language; rejecting every
// change gives the agreement as rendered. A clause is found in both documents by its bookmark
// (cw_<id>_<lang>), the front matter by its paragraph styles (front-matter.ts); its words are
// compared with the review's word-level diff.
//
// Clauses moved in the returned file are tracked moves (redline-moves.ts): accepted, each
// stands where the returned file has it.

import { strFromU8, strToU8, unzipSync } from "fflate";
import type { Agreement } from "../agreement/types.js";
import type { Lang } from "../core/bilingual.js";
import type { LintConfig } from "../lint/config.js";
import { writeDocx } from "../write/docx.js";
import { zipParts } from "../write/docx-zip.js";
import { languagesOf, type Layout } from "../write/layout.js";
import type { Deviation } from "./deviations.js";
import { readParagraphs, type DocParagraph } from "./document-xml.js";
import { docxParts } from "./docx-parts.js";
import { expectedClauses, type ExpectedClause } from "./expected.js";
import { deviationFinding } from "./findings.js";
import { expectedFront, frontPieces, hasFrontMatter, returnedFront } from "./front-matter.js";
import { commentsXml, newComment, rangeEnd, rangeStart, withCommentsRelationship, withCommentsType, type Comment } from "./redline-comments.js";
import { movedPieces, pieceKey, settledAnchor, trackedMoves, type Piece } from "./redline-moves.js";
import { insertedRuns, markRevised, parseParagraph, redlineParagraph, revisionAttributes, type Edit, type ParsedParagraph, type Revision } from "./redline-runs.js";
import { clauseParagraphs, type ReturnedClause, type ReturnedClauses } from "./returned.js";
import { returnedViews } from "./review.js";
import { normalized, wordDiff } from "./word-diff.js";

export interface RedlineInput {
  /** The returned file's name, for messages. */
  file: string;
  bytes: Uint8Array;
  /** The agreement as rendered from the deal. */
  expected: Agreement;
  layout: Layout;
  /** The review's deviations of the returned file: each gets a comment. */
  deviations: readonly Deviation[];
  config?: LintConfig;
  /** The language of the comments. */
  lang: Lang;
  /** Who the changes and comments are by; "clausewright" if not given. */
  author?: string;
  /** When (ISO 8601, see revisionDate); no date at all if not given, never the clock. */
  date?: string;
}

const PARAGRAPH = /<w:p>[\s\S]*?<\/w:p>/g;
const DOCUMENT = "word/document.xml";

function piecesOf(xml: string, front: readonly ExpectedClause[]): { spans: Array<[number, number]>; pieces: Piece[] } {
  const spans = [...xml.matchAll(PARAGRAPH)].map((m): [number, number] => [m.index, m.index + m[0].length]);
  const paragraphs = readParagraphs(xml, "the rendered agreement");
  if (paragraphs.length !== spans.length) throw new Error("redline: the rendered document's paragraphs are not as the writer writes them");
  // the front matter, found by its styles as review finds it in the returned file
  const pieces: Piece[] = frontPieces(paragraphs, front);
  const open: Partial<Record<Lang, Piece>> = {};
  for (const { p, lang, index } of clauseParagraphs(paragraphs, "the rendered agreement")) {
    const base = p.bookmarks.map((b) => /^(cw_\w+)_(zh|en)$/.exec(b)).filter((m) => m?.[2] === lang).at(-1)?.[1];
    if (base !== undefined) {
      const piece: Piece = { base, lang, paragraphs: [index] };
      pieces.push(piece);
      open[lang] = piece;
    } else if (p.accepted.trim() !== "") open[lang]?.paragraphs.push(index);
  }
  pieces.sort((a, b) => (a.paragraphs[0] as number) - (b.paragraphs[0] as number));
  return { spans, pieces };
}

/** The diff of a piece's text spread over its paragraphs: each deletion cut at paragraph ends, each insertion where its deletion ends. */
function paragraphEdits(parsed: readonly ParsedParagraph[], returned: string, lang: Lang): Edit[][] {
  const starts: number[] = [];
  let text = "";
  parsed.forEach((p, i) => {
    if (i > 0) text += "\n";
    starts.push(text.length);
    text += p.text;
  });
  const edits: Edit[][] = parsed.map(() => []);
  for (const hunk of wordDiff(text, returned, lang)) {
    let owner = parsed.findIndex((p, i) => (starts[i] as number) <= hunk.oldEnd && hunk.oldEnd <= (starts[i] as number) + p.text.length);
    if (owner < 0) owner = parsed.length - 1;
    parsed.forEach((p, i) => {
      const s = starts[i] as number;
      const [from, to] = [Math.max(hunk.oldStart, s), Math.min(hunk.oldEnd, s + p.text.length)];
      const insert = i === owner ? returned.slice(hunk.newStart, hunk.newEnd) : "";
      if (from < to || insert !== "") (edits[i] as Edit[]).push({ start: Math.max(0, from - s), end: Math.max(0, to - s, from - s), insert });
    });
  }
  return edits;
}

/** The returned file's clauses of one language by bookmark base, and the ones added, each after the aligned clause before it. */
function returnedOf(paragraphs: readonly DocParagraph[], clauses: ReturnedClauses, bases: Set<string>, front: readonly ExpectedClause[]): Record<Lang, { byBase: Map<string, ReturnedClause>; added: Array<{ clause: ReturnedClause; after?: string }> }> {
  const frontClauses = returnedFront(paragraphs, front, "accepted");
  for (const lang of ["zh", "en"] as const) clauses[lang] = [...frontClauses[lang], ...clauses[lang]].sort((a, b) => a.paragraph - b.paragraph);
  const of = (list: readonly ReturnedClause[]) => {
    const byBase = new Map<string, ReturnedClause>();
    const added: Array<{ clause: ReturnedClause; after?: string }> = [];
    let after: string | undefined;
    for (const clause of list) {
      if (clause.base !== undefined && bases.has(clause.base) && !byBase.has(clause.base)) {
        byBase.set(clause.base, clause);
        after = clause.base;
      } else added.push({ clause, ...(after !== undefined ? { after } : {}) });
    }
    return { byBase, added };
  };
  return { zh: of(clauses.zh), en: of(clauses.en) };
}

/** Where a deviation's comment goes: the clause it is about, in its language. */
function anchorOf(d: Deviation): string | undefined {
  const lang = d.kind === "conspicuous" ? d.langs[0] : d.lang;
  const clause = d.kind === "added" ? d.after : d.kind === "one-language" ? (d.clause ?? d.after) : d.clause;
  return clause && lang ? `${clause.base}_${lang}` : undefined;
}

function commentsByPiece(input: RedlineInput, pieces: readonly Piece[], revision: Revision): Map<string, Comment[]> {
  const out = new Map<string, Comment[]>();
  for (const d of input.deviations) {
    const finding = deviationFinding(d, input.file, input.config);
    if (!finding) continue;
    // a comment on the start of the agreement when the deviation has no clause before it
    const first = pieces.find((p) => d.kind !== "conspicuous" && p.lang === d.lang) ?? pieces[0];
    const key = anchorOf(d) ?? (first ? `${first.base}_${first.lang}` : "");
    const text = `${finding.ruleId} (${finding.severity}): ${finding.message[input.lang]}`;
    out.set(key, [...(out.get(key) ?? []), newComment(text, revision)]);
  }
  return out;
}

/**
 * A row of the parallel table whose every paragraph is deleted is deleted as a row: neither
 * Word nor LibreOffice deletes the last paragraph mark of a cell, so without it the accepted
 * document would keep an empty row, and the clause's bookmark in it.
 */
function deletedRows(body: string, revision: Revision): string {
  return body.replace(/<w:tr>(<w:trPr>[\s\S]*?<\/w:trPr>)?([\s\S]*?<\/w:tr>)/g, (row, trPr: string | undefined, rest: string) => {
    // the text a move took away is no text of the row (a w:moveFrom run holds w:t, not w:delText)
    const staying = rest.replace(/<w:moveFrom [^>]*[^/]>[\s\S]*?<\/w:moveFrom>/g, "");
    if (!(rest.includes("<w:del ") || staying !== rest) || staying.includes("<w:t ") || rest.includes("<w:tbl>")) return row;
    const mark = `<w:del ${revisionAttributes(revision)}/>`;
    // the row's change stands last in w:trPr, after cantSplit and tblHeader
    return `<w:tr>${trPr ? trPr.replace("</w:trPr>", `${mark}</w:trPr>`) : `<w:trPr>${mark}</w:trPr>`}${rest}`;
  });
}

/** The document with each paragraph as rewritten and what is inserted at an offset put there (at one offset, in the order given). */
function assemble(xml: string, spans: ReadonlyArray<readonly [number, number]>, paragraphXml: (index: number) => string, inserts: ReadonlyArray<{ offset: number; render: () => string }>): string {
  const sorted = inserts.map((x, order) => ({ ...x, order })).sort((a, b) => a.offset - b.offset || a.order - b.order);
  let body = "";
  let at = 0;
  let next = 0;
  const upTo = (offset: number): void => {
    for (; next < sorted.length && (sorted[next] as (typeof sorted)[number]).offset <= offset; next++) {
      const insert = sorted[next] as (typeof sorted)[number];
      body += xml.slice(at, insert.offset) + insert.render();
      at = insert.offset;
    }
    body += xml.slice(at, offset);
    at = offset;
  };
  spans.forEach(([start, end], index) => {
    upTo(start);
    body += paragraphXml(index);
    at = end;
  });
  upTo(xml.length);
  return body;
}

/** The redline of a returned file: the rendered agreement with its differences as tracked changes and comments. */
export async function redlineDocx(input: RedlineInput): Promise<Uint8Array> {
  const parts = new Map<string, Uint8Array | string>(Object.entries(unzipSync(await writeDocx(input.expected, { layout: input.layout }))));
  const xml = strFromU8(parts.get(DOCUMENT) as Uint8Array);
  const returnedParts = docxParts(input.bytes, input.file);
  const returnedParagraphs = readParagraphs(returnedParts.document, input.file);
  // by bookmark, or aligned by number, heading and text in a file that lost them, as review reads it
  const read = { paragraphs: returnedParagraphs, ...(returnedParts.numbering !== undefined ? { numbering: returnedParts.numbering } : {}) };
  const { views } = returnedViews(read, input.file, expectedClauses(input.expected), input.layout);
  const front = hasFrontMatter(returnedParagraphs) ? expectedFront(input.expected) : [];
  const { spans, pieces } = piecesOf(xml, front);
  const ids = Math.max(-1, ...[...xml.matchAll(/w:id="(\d+)"/g)].map((m) => Number(m[1]))) + 1;
  const revision: Revision = { author: input.author ?? "clausewright", ...(input.date !== undefined ? { date: input.date } : {}), ids: { next: ids } };
  const returned = returnedOf(returnedParagraphs, views.accepted, new Set(pieces.map((p) => p.base)), front);
  const replaced = new Map<number, string>();
  const comments = commentsByPiece(input, pieces, revision);
  const paragraphXml = (index: number): string => replaced.get(index) ?? xml.slice(...(spans[index] as [number, number]));
  const moved = movedPieces(input.deviations);

  for (const piece of pieces) {
    if (moved.has(pieceKey(piece.base, piece.lang))) continue;
    const parsed = piece.paragraphs.map((i) => parseParagraph(xml.slice(...(spans[i] as [number, number]))));
    const clause = returned[piece.lang].byBase.get(piece.base);
    const text = parsed.map((p) => p.text).join("\n");
    if (!clause) piece.paragraphs.forEach((i, k) => replaced.set(i, redlineParagraph(parsed[k] as ParsedParagraph, [], revision, { deleteAll: true })));
    else if (normalized(clause.text) !== normalized(text)) {
      const edits = paragraphEdits(parsed, clause.text, piece.lang);
      piece.paragraphs.forEach((i, k) => {
        if ((edits[k] as Edit[]).length > 0) replaced.set(i, redlineParagraph(parsed[k] as ParsedParagraph, edits[k] as Edit[], revision));
      });
    }
  }
  const moves = trackedMoves({ xml, spans, pieces, moved, returnedText: (p) => returned[p.lang].byBase.get(p.base)?.text, parallel: input.layout === "parallel", revision });
  for (const [index, paragraph] of moves.source) replaced.set(index, paragraph);
  const inserts = [...moves.inserts];
  const byKey = new Map(pieces.map((p) => [pieceKey(p.base, p.lang), p]));
  for (const lang of languagesOf(input.layout)) {
    for (const { clause, after: base } of returned[lang].added) {
      const langPieces = pieces.filter((p) => p.lang === lang);
      // after a clause that moved, where it now stands
      const owner = base !== undefined ? (settledAnchor(moved, byKey, base, lang) ?? langPieces[0]) : langPieces[0];
      if (!owner) continue;
      const head = parseParagraph(xml.slice(...(spans[owner.paragraphs[0] as number] as [number, number]))).head;
      const rPr = /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(head)?.[0] ?? "";
      const paragraph = `${markRevised(head, "ins", revision)}${insertedRuns(clause.text, rPr, revision)}</w:p>`;
      // added before the first clause: the new paragraph stands before it, else after the clause before it
      const at = base !== undefined ? (owner.paragraphs.at(-1) as number) : (owner.paragraphs[0] as number) - 1;
      inserts.push({ offset: (spans[at] as [number, number])[1], render: () => paragraph });
    }
  }
  for (const piece of pieces) {
    const key = pieceKey(piece.base, piece.lang);
    const found = comments.get(key);
    if (!found) continue;
    const start = (p: string): string => p.replace(/^(<w:p>(?:<w:pPr>[\s\S]*?<\/w:pPr>)?)/, (h) => h + rangeStart(found));
    const end = (p: string): string => p.replace(/<\/w:p>$/, `${rangeEnd(found)}</w:p>`);
    // a moved clause's comment is where it went: what the returned file proposes
    const destination = moves.destination.get(key);
    if (destination) {
      destination[0] = start(destination[0] as string);
      destination[destination.length - 1] = end(destination.at(-1) as string);
      continue;
    }
    const first = piece.paragraphs[0] as number;
    const last = piece.paragraphs.at(-1) as number;
    replaced.set(first, start(paragraphXml(first)));
    replaced.set(last, end(paragraphXml(last)));
  }

  const body = assemble(xml, spans, paragraphXml, inserts);
  parts.set(DOCUMENT, deletedRows(body, revision));
  const all = [...comments.values()].flat().sort((a, b) => a.id - b.id);
  if (all.length > 0) {
    parts.set("word/comments.xml", commentsXml(all, revision));
    parts.set("[Content_Types].xml", withCommentsType(strFromU8(parts.get("[Content_Types].xml") as Uint8Array)));
    const rels = "word/_rels/document.xml.rels";
    parts.set(rels, strToU8(withCommentsRelationship(strFromU8(parts.get(rels) as Uint8Array))));
  }
  return zipParts(parts);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * A time for w:date: an ISO 8601 date or date and time (UTC unless it names its offset), or
 * seconds since 1970 (as SOURCE_DATE_EPOCH gives them), written in UTC to the second, as Word
 * writes it. Undefined for anything else.
 */
export function revisionDate(text: string): string | undefined {
  const t = text.trim();
  let ms = Number.NaN;
  if (/^\d+$/.test(t)) ms = Number(t) * 1000;
  else if (ISO_DATE.test(t)) ms = Date.parse(`${t}T00:00:00Z`);
  else if (ISO_TIME.test(t)) ms = Date.parse(/(Z|[+-]\d{2}:?\d{2})$/.test(t) ? t.replace(" ", "T") : `${t.replace(" ", "T")}Z`);
  if (!Number.isFinite(ms)) return undefined;
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}
