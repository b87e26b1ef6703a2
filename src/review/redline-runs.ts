// One paragraph of the rendered agreement rewritten with tracked changes: the text the diff
// keeps stays in runs formatted as before (and a REF field it keeps whole stays a field), the
// text it removes goes into w:del runs as w:delText, the text it adds into w:ins runs formatted
// as the text where it stands (bold in a conspicuous clause, East Asian in Chinese).
//
// The paragraphs read here are the DOCX writer's own (src/write/docx-xml.ts): a w:pPr, then
// bookmarks and runs of w:t, w:tab, w:br, w:fldChar and w:instrText, nothing else. Anything
// else in a paragraph is refused rather than dropped.

import { escapeXml } from "../write/docx-xml.js";

/** Who made the changes and when (an ISO 8601 time, or none), as every w:ins, w:del and comment carries it. */
export interface Revision {
  author: string;
  date?: string;
  /** The next free id of an annotation (bookmarks, changes and comments share the count). */
  ids: { next: number };
}

type Atom =
  | { kind: "mark"; xml: string }
  | { kind: "text"; rPr: string; text: string }
  /** A field from its begin to its end character; `text` is its result as it reads. */
  | { kind: "field"; rPr: string; text: string; xml: string };

export interface ParsedParagraph {
  /** <w:p><w:pPr>…</w:pPr> */
  head: string;
  atoms: Atom[];
  text: string;
}

const PARAGRAPH = /^(<w:p>(?:<w:pPr>[\s\S]*?<\/w:pPr>)?)([\s\S]*)<\/w:p>$/;
const PIECE = /<w:bookmarkStart\b[^>]*\/>|<w:bookmarkEnd\b[^>]*\/>|<w:r\/>|<w:r>[\s\S]*?<\/w:r>/g;
const RUN = /^<w:r>(<w:rPr>[\s\S]*?<\/w:rPr>)?([\s\S]*)<\/w:r>$/;
const CONTENT = /<w:t\b[^>]*>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>|<w:fldChar w:fldCharType="(\w+)"\/>|<w:instrText\b[^>]*>[^<]*<\/w:instrText>/g;

const UNESCAPES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'" };
const unescapeXml = (text: string): string => text.replace(/&(amp|lt|gt|quot|apos);/g, (e) => UNESCAPES[e] ?? e);

function unexpected(what: string): Error {
  return new Error(`redline: the rendered paragraph holds ${what.slice(0, 60)}, which the redline does not know`);
}

/** A run's text as the reader reads it (tab as \t, break as \n), and the field characters in it. */
function runContent(content: string): { text: string; fldChars: string[] } {
  let text = "";
  const fldChars: string[] = [];
  let at = 0;
  for (const m of content.matchAll(CONTENT)) {
    if (m.index !== at) throw unexpected(content.slice(at));
    at = m.index + m[0].length;
    if (m[1] !== undefined) text += unescapeXml(m[1]);
    else if (m[0] === "<w:tab/>") text += "\t";
    else if (m[0] === "<w:br/>") text += "\n";
    else if (m[2] !== undefined) fldChars.push(m[2]);
  }
  if (at !== content.length) throw unexpected(content.slice(at));
  return { text, fldChars };
}

/** A paragraph of the writer as its properties and a list of bookmarks, text runs and fields. */
export function parseParagraph(xml: string): ParsedParagraph {
  const m = PARAGRAPH.exec(xml);
  if (!m) throw unexpected(xml);
  const head = m[1] as string;
  const body = m[2] as string;
  const atoms: Atom[] = [];
  let field: Extract<Atom, { kind: "field" }> | undefined;
  let result = false;
  let at = 0;
  for (const piece of body.matchAll(PIECE)) {
    if (piece.index !== at) throw unexpected(body.slice(at));
    at = piece.index + piece[0].length;
    const xmlOf = piece[0];
    if (!xmlOf.startsWith("<w:r")) {
      atoms.push({ kind: "mark", xml: xmlOf });
      continue;
    }
    const run = RUN.exec(xmlOf);
    const rPr = run?.[1] ?? "";
    const { text, fldChars } = runContent(run?.[2] ?? "");
    if (fldChars[0] === "begin") {
      field = { kind: "field", rPr, text: "", xml: "" };
      result = false;
    }
    if (field) {
      field.xml += xmlOf;
      if (result) field.text += text;
      if (fldChars[0] === "separate") result = true;
      if (fldChars[0] === "end") {
        atoms.push(field);
        field = undefined;
      }
    } else if (text !== "") atoms.push({ kind: "text", rPr, text });
  }
  if (at !== body.length || field) throw unexpected(body.slice(at));
  return { head, atoms, text: atoms.map((a) => (a.kind === "mark" ? "" : a.text)).join("") };
}

/** Text as run content: \n as w:br, \t as w:tab, the rest in w:t (or w:delText, in a deletion). */
function textXml(text: string, deleted: boolean): string {
  const element = deleted ? "w:delText" : "w:t";
  let xml = "";
  text.split("\n").forEach((line, index) => {
    if (index > 0) xml += "<w:br/>";
    line.split("\t").forEach((piece, pieceIndex) => {
      if (pieceIndex > 0) xml += "<w:tab/>";
      if (piece !== "") xml += `<${element} xml:space="preserve">${escapeXml(piece)}</${element}>`;
    });
  });
  return xml;
}

export function revisionAttributes(revision: Revision): string {
  const id = revision.ids.next++;
  return `w:id="${id}" w:author="${escapeXml(revision.author)}"${revision.date !== undefined ? ` w:date="${revision.date}"` : ""}`;
}

const run = (rPr: string, content: string): string => (content === "" ? "" : `<w:r>${rPr}${content}</w:r>`);

export function insertedRuns(text: string, rPr: string, revision: Revision): string {
  return text === "" ? "" : `<w:ins ${revisionAttributes(revision)}>${run(rPr, textXml(text, false))}</w:ins>`;
}

/** An edit of a paragraph's text: [start, end) deleted, `insert` put in its place. */
export interface Edit {
  start: number;
  end: number;
  insert: string;
}

/** The formatting of the text at an offset, or of the text before it. */
function formatAt(atoms: readonly Atom[], offset: number): string {
  let at = 0;
  let last = "";
  for (const atom of atoms) {
    if (atom.kind === "mark") continue;
    if (offset < at + atom.text.length || (offset === at && atom.text.length === 0)) return atom.rPr;
    last = atom.rPr;
    at += atom.text.length;
  }
  return last;
}

/**
 * The paragraph's runs with the edits made as tracked changes. `deleteAll` deletes every run
 * and the paragraph mark: the paragraph goes when the changes are accepted.
 */
export function redlineParagraph(p: ParsedParagraph, edits: readonly Edit[], revision: Revision, extra: { deleteAll?: boolean } = {}): string {
  const sorted = extra.deleteAll ? [{ start: 0, end: p.text.length, insert: "" }] : [...edits].sort((a, b) => a.start - b.start);
  const deleted = (offset: number): boolean => sorted.some((e) => e.start <= offset && offset < e.end);
  let xml = "";
  let pending = 0;
  const flush = (upTo: number): void => {
    for (; pending < sorted.length && (sorted[pending] as Edit).end <= upTo; pending++) {
      const edit = sorted[pending] as Edit;
      xml += insertedRuns(edit.insert, formatAt(p.atoms, edit.start), revision);
    }
  };
  let at = 0;
  for (const atom of p.atoms) {
    if (atom.kind === "mark") {
      xml += atom.xml;
      continue;
    }
    const end = at + atom.text.length;
    const untouched = !sorted.some((e) => e.start < end && at < e.end);
    if (atom.kind === "field" && untouched) {
      flush(at);
      xml += atom.xml;
    } else {
      // the atom cut where an edit starts or ends: each piece kept or deleted as a whole
      const cuts = [...new Set([at, end, ...sorted.flatMap((e) => [e.start, e.end]).filter((c) => at < c && c < end)])].sort((a, b) => a - b);
      for (let i = 0; i + 1 < cuts.length; i++) {
        const [from, to] = [cuts[i] as number, cuts[i + 1] as number];
        flush(from);
        const text = atom.text.slice(from - at, to - at);
        xml += deleted(from) ? `<w:del ${revisionAttributes(revision)}>${run(atom.rPr, textXml(text, true))}</w:del>` : run(atom.rPr, textXml(text, false));
      }
    }
    at = end;
  }
  flush(Number.POSITIVE_INFINITY);
  const head = extra.deleteAll ? markRevised(p.head, "del", revision) : p.head;
  return `${head}${xml}</w:p>`;
}

/** The paragraph's properties with its mark tracked as inserted, deleted or moved (first in the mark's w:rPr, as the schema orders it). */
export function markRevised(head: string, kind: "ins" | "del" | "moveFrom" | "moveTo", revision: Revision): string {
  const mark = `<w:${kind} ${revisionAttributes(revision)}/>`;
  if (head.includes("<w:rPr>")) return head.replace("<w:rPr>", `<w:rPr>${mark}`);
  if (head.endsWith("</w:pPr>")) return head.replace(/<\/w:pPr>$/, `<w:rPr>${mark}</w:rPr></w:pPr>`);
  return `${head}<w:pPr><w:rPr>${mark}</w:rPr></w:pPr>`;
}
