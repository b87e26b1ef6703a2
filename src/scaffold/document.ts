import { readFileSync, statSync } from "node:fs";
import { unzipSync } from "fflate";
import { extname } from "node:path";
import { ToolError } from "../core/errors.js";
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
 * drops line breaks; numbering that Word generates (automatic lists) is not part of the text,
 * and the notes say how many paragraphs had it.
 */
export async function docxLines(bytes: Uint8Array, file: string): Promise<ReadDocument> {
  refuseZipBomb(bytes, file);
  const { default: mammoth } = await import("mammoth");
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { ignoreEmptyParagraphs: false })).value;
  } catch (err) {
    throw new UnreadableDocumentError(`${file}: cannot read the document: not a valid DOCX file (${err instanceof Error ? (err.message.split("\n")[0] ?? "") : String(err)})`);
  }
  const notes: string[] = [];
  const autoNumbered = (html.match(/<ol[^>]*>[\s\S]*?<\/ol>/g) ?? []).reduce((n, ol) => n + (ol.match(/<li[\s>]/g) ?? []).length, 0);
  if (autoNumbered > 0) notes.push(`${autoNumbered} paragraph${autoNumbered === 1 ? " is" : "s are"} numbered by Word's automatic list numbering, which is not part of the text: check that their articles, clauses and items were found`);
  const images = (html.match(/<img[\s>]/g) ?? []).length;
  if (images > 0) notes.push(`${images} image${images === 1 ? "" : "s"} left out (a template holds text only)`);
  const blocks = html
    .replace(/<br\s*\/?>/g, "\n")
    .replace(/<\/(p|h[1-6]|li|td|th)>/g, "\u0000")
    .split("\u0000")
    .map((b) => decodeEntities(b.replace(/<[^>]*>/g, "")));
  const lines: SourceLine[] = [];
  blocks.forEach((block, i) => {
    for (const part of block.split("\n")) {
      const text = part.replace(PRIVATE_USE, "").replace(/\s+/g, " ").trim();
      if (text !== "") lines.push({ line: i + 1, text, raw: part.trim(), listLike: /^[-*+•·●▪]\s+/.test(text) });
    }
  });
  return { format: "docx", lines, notes };
}

// Markers the engine's own tokens use; never in a document.
const PRIVATE_USE = /[\uE000-\uF8FF]/g;

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
