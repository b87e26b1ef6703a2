import { readFileSync, statSync } from "node:fs";
import { unzipSync } from "fflate";
import { extname } from "node:path";
import { ToolError } from "../core/errors.js";
import { numberedParagraphs, type NumberedParagraph } from "./docx-numbering.js";
import { DOCUMENT_LIMITS, shownLimit } from "../load/limits.js";

export type DocumentFormat = "text" | "markdown" | "docx";

/** One line of the document as written, with where it stands (a line, or a DOCX paragraph). */
export interface SourceLine {
  /** 1-based line number (text, Markdown) or paragraph number (DOCX) */
  line: number;
  /** the text, trimmed, Markdown marks removed */
  text: string;
  /** the line as written (for the report) */
  raw: string;
  /** written as a list entry (`- 0`, `* …`, `• …`): page residue when it comes before the title */
  listLike: boolean;
  /** a Markdown heading's level (# 1, ## 2 …) */
  heading?: number;
  /** a row of a Markdown table: its cells, as text */
  table?: { cells: string[]; header: boolean };
}

/** The document could not be read: exit code 2. */
export class UnreadableDocumentError extends ToolError {}

export function formatOf(file: string): DocumentFormat | undefined {
  const ext = extname(file).toLowerCase();
  if (ext === ".docx") return "docx";
  if (ext === ".md" || ext === ".markdown") return "markdown";
  if (ext === ".txt" || ext === ".text" || ext === "") return "text";
  return undefined;
}

/** Text in UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030 (a common encoding of Chinese text files). */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (bytes.includes(0)) throw new UnreadableDocumentError(`${file}: cannot read the document: it is not a text file (save it as .txt, .md or .docx)`);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    try {
      return new TextDecoder("gb18030", { fatal: true }).decode(bytes);
    } catch {
      throw new UnreadableDocumentError(`${file}: cannot read the document: it is neither UTF-8 nor GB18030 text`);
    }
  }
}

/** What was read from a document: its lines, and what the reader could not keep. */
export interface ReadDocument {
  format: DocumentFormat;
  lines: SourceLine[];
  /** things the text does not show: Word's automatic numbering, images */
  notes: string[];
}

/** Read a document: plain text and Markdown as they are, DOCX paragraph by paragraph. */
export async function readDocument(file: string): Promise<ReadDocument> {
  const format = formatOf(file);
  if (!format) {
    throw new UnreadableDocumentError(`${file}: cannot read the document: scaffold reads .txt, .md and .docx files (save a .doc or .pdf as .docx or .txt first)`);
  }
  const bytes = readDocumentBytes(file);
  if (format !== "docx") return { format, lines: documentLines(decodeText(bytes, file), format), notes: [] };
  return docxLines(bytes, file);
}

/** A document's bytes: a regular file within the size limit, never a device or a pipe read for ever. */
function readDocumentBytes(file: string): Buffer {
  const cannot = (reason: string): UnreadableDocumentError => new UnreadableDocumentError(`${file}: cannot read the document: ${reason}`);
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw cannot("it is a folder");
    if (!stat.isFile()) throw cannot("it is not a regular file (a device, a pipe or a socket): give a .txt, .md or .docx file");
    if (stat.size > DOCUMENT_LIMITS.fileBytes) throw cannot(`it is ${shownLimit(stat.size)} bytes, more than the ${shownLimit(DOCUMENT_LIMITS.fileBytes)} a document may have (see docs/limits.md)`);
    return readFileSync(file);
  } catch (err) {
    if (err instanceof UnreadableDocumentError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw cannot(code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : String(code ?? err));
  }
}

/**
 * Refuse a DOCX whose parts would unzip past the limits, from the sizes its zip directory
 * declares (fflate reads the directory and inflates nothing when its filter says no).
 */
function refuseZipBomb(bytes: Uint8Array, file: string): void {
  let total = 0;
  const tooLarge = (what: string, limit: number): UnreadableDocumentError =>
    new UnreadableDocumentError(`${file}: cannot read the document: ${what} unzips to more than the ${shownLimit(limit)} a document may have (see docs/limits.md)`);
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        total += entry.originalSize;
        if (entry.name === "word/document.xml" && entry.originalSize > DOCUMENT_LIMITS.documentXmlBytes) throw tooLarge("its text (word/document.xml)", DOCUMENT_LIMITS.documentXmlBytes);
        return false;
      },
    });
  } catch (err) {
    if (err instanceof UnreadableDocumentError) throw err;
    return; // no zip: mammoth says what is wrong with it
  }
  if (total > DOCUMENT_LIMITS.unzippedBytes) throw tooLarge("it", DOCUMENT_LIMITS.unzippedBytes);
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
    e.startsWith("#x") || e.startsWith("#X") ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith("#") ? String.fromCodePoint(Number(e.slice(1))) : (ENTITIES[e.toLowerCase()] ?? m),
  );
}

/**
 * A DOCX file's paragraphs (headings, list entries and table cells count as paragraphs), with
 * line breaks inside a paragraph kept. mammoth's HTML is used rather than its raw text, which
 * drops line breaks; the numbers of Word's list numbering, which are not part of the text, are
 * read from the package (docx-numbering.ts) and put before their paragraphs' words.
 */
export async function docxLines(bytes: Uint8Array, file: string): Promise<ReadDocument> {
  refuseZipBomb(bytes, file);
  const { default: mammoth } = await import("mammoth");
  let html: string;
  let numbered: NumberedParagraph[];
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { ignoreEmptyParagraphs: false })).value;
    numbered = numberedParagraphs(bytes);
  } catch (err) {
    throw new UnreadableDocumentError(`${file}: cannot read the document: not a valid DOCX file (${err instanceof Error ? (err.message.split("\n")[0] ?? "") : String(err)})`);
  }
  const notes: string[] = [];
  const images = (html.match(/<img[\s>]/g) ?? []).length;
  if (images > 0) notes.push(`${images} image${images === 1 ? "" : "s"} left out (a template holds text only)`);
  const blocks = tableRows(html)
    .replace(/<br\s*\/?>/g, "\n")
    // a list inside a list entry starts a paragraph of its own
    .replace(/<\/(p|h[1-6]|li|td|th)>|<(ol|ul)(\s[^>]*)?>/g, "\u0000")
    .split("\u0000")
    .map((b) => decodeEntities(b.replace(/<[^>]*>/g, "")));
  const lines: SourceLine[] = [];
  const squash = (s: string): string => s.replace(/\s+/g, "");
  let next = 0;
  let line = 0;
  let labelled = 0;
  let header = true;
  for (const block of blocks) {
    if (block.startsWith(ROW)) {
      // a table row: its cells, the first row of a table its heading (read as Markdown tables are)
      const cells = block.slice(ROW.length).split(CELL).map((c) => c.replace(PRIVATE_USE, "").replace(/\s+/g, " ").trim());
      const first = cells.find((c) => c !== "") ?? "";
      const at = numbered.findIndex((p, k) => k >= next && k < next + 200 && squash(p.text) === squash(first));
      line = at >= 0 ? at + 1 : line + 1;
      if (at >= 0) next = at + 1;
      if (cells.some((c) => c !== "")) lines.push({ line, text: cells.join(" | "), raw: `| ${cells.join(" | ")} |`, listLike: false, table: { cells, header } });
      header = false;
      continue;
    }
    if (block.startsWith(TABLE_START)) {
      header = true;
      continue;
    }
    if (squash(block) === "") continue;
    // the paragraph of the package this block is: the next one with the same words
    const at = numbered.findIndex((p, k) => k >= next && k < next + 200 && squash(p.text) === squash(block));
    const label = at >= 0 ? numbered[at]?.label : undefined;
    line = at >= 0 ? at + 1 : line + 1;
    if (at >= 0) next = at + 1;
    if (label) labelled++;
    block.split("\n").forEach((part, i) => {
      const words = part.replace(PRIVATE_USE, "").replace(/\s+/g, " ").trim();
      const text = i === 0 && label ? `${label.trim()} ${words}`.trim() : words;
      if (text !== "") lines.push({ line, text, raw: i === 0 && label ? `${label}${part.trim()}` : part.trim(), listLike: /^[-*+•·●▪]\s+/.test(text) });
    });
  }
  if (labelled > 0) notes.push(`${labelled} paragraph${labelled === 1 ? " is" : "s are"} numbered by Word's list numbering (numbering.xml): the numbers Word shows were read as written (1., 1.1, (a), 第一条) and the template generates its own`);
  const unread = numbered.filter((p) => p.label).length - labelled;
  if (unread > 0) notes.push(`${unread} paragraph${unread === 1 ? " is" : "s are"} numbered by Word's list numbering but could not be matched with the text read: check that their articles, clauses and items were found`);
  return { format: "docx", lines, notes };
}

// Markers the engine's own tokens use; never in a document.
const PRIVATE_USE = /[\uE000-\uF8FF]/g;

// control characters a DOCX's text cannot hold: where a table row and its cells start
const ROW = "\u0001";
const CELL = "\u0002";
const TABLE_START = "\u0003";

/** mammoth's tables as one block per row (its cells' text between CELL marks), so a row is read whole. */
function tableRows(html: string): string {
  return html.replace(/<table[^>]*>([\s\S]*?)<\/table>/g, (_, body: string) => {
    const rows = [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((r) => {
      // entities are decoded with the other blocks' (after the tags are gone)
      const cells = [...(r[1] as string).matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => (c[1] as string).replace(/<\/p>|<br\s*\/?>/g, " ").replace(/<[^>]*>/g, ""));
      return `\u0000${ROW}${cells.join(CELL)}\u0000`;
    });
    return `\u0000${TABLE_START}\u0000${rows.join("")}`;
  });
}

/**
 * The non-empty lines of a text or Markdown document. Markdown loses its heading marks, list
 * bullets, emphasis and backslash escapes: what is left is the contract's words as written.
 */
export function documentLines(text: string, format: DocumentFormat): SourceLine[] {
  const out: SourceLine[] = [];
  const rawLines = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n");
  let inComment = false;
  let inTable = false;
  rawLines.forEach((rawLine, index) => {
    const raw = rawLine;
    const line = index + 1;
    let t = raw.replace(PRIVATE_USE, "").trim();
    if (format === "markdown") {
      if (inComment) {
        if (t.includes("-->")) inComment = false;
        return;
      }
      if (t.startsWith("<!--")) {
        if (!t.includes("-->")) inComment = true;
        return;
      }
      if (/^([-*_])(\s*\1){2,}$/.test(t)) return; // thematic break
      // a table: a row of cells, then a delimiter row (| --- | :-: |), then its body rows
      if (TABLE_DELIMITER.test(t) && inTable) return;
      const next = (rawLines[index + 1] ?? "").trim();
      if (t.startsWith("|") && (inTable || TABLE_DELIMITER.test(next))) {
        const header = !inTable;
        inTable = true;
        const cells = tableCells(t);
        out.push({ line, text: cells.join(" | "), raw: raw.trim(), listLike: false, table: { cells, header } });
        return;
      }
      inTable = false;
    }
    const listLike = /^[-*+•·●▪]\s+/.test(t);
    const heading = format === "markdown" ? /^(#{1,6})\s+/.exec(t)?.[1]?.length : undefined;
    if (format === "markdown") t = markdownText(t);
    t = t.replace(/\s+/g, " ").trim();
    if (t === "") return;
    out.push({ line, text: t, raw: raw.trim(), listLike, ...(heading ? { heading } : {}) });
  });
  return out;
}

const TABLE_DELIMITER = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/;

/** A table row's cells, as text (an escaped \| stays in its cell). */
function tableCells(row: string): string[] {
  const cells = row.replace(/^\|/, "").replace(/(?<!\\)\|\s*$/, "").split(/(?<!\\)\|/);
  return cells.map((c) => markdownText(c.trim().replace(/\\\|/g, "|")).replace(/\s+/g, " ").trim());
}

function markdownText(line: string): string {
  return line
    .replace(/^#{1,6}\s+/, "")
    .replace(/\s+#+\s*$/, "")
    .replace(/^(>\s?)+/, "")
    .replace(/^[-*+]\s+/, "")
    .replace(/^\d{1,3}\.\s+(?=\S)/, (m) => m.replace(/\s+$/, " "))
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\*\*(.+?)\*\*/g, "$1")
    .replace(/(?<![_\p{L}\p{N}])__([^_]+?)__(?![_\p{L}\p{N}])/gu, "$1")
    .replace(/(?<![*\w])\*([^*\s][^*]*?)\*(?![*\w])/g, "$1")
    .replace(/\\([!-/:-@[-`{-~])/g, "$1")
    .replace(/ {2,}$/, "");
}
