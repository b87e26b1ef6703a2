// WordprocessingML for the body of word/document.xml, written as strings.
//
// The docx library builds an object for every paragraph, run and property and then formats
// the tree element by element, which costs most of the time of writing an agreement (about
// 13 ms of 24 for the bundled sample). The body uses a handful of shapes only (paragraphs
// with a style, runs with a few properties, two kinds of table), so it is written here
// directly, element for element as the library writes them: the same elements, attributes
// in the same order, text escaped the same way. Everything else in the package, which does
// not depend on the clauses, still comes from the library (see docx-package.ts).
//
// Values are data, not markup: whatever a value holds comes out as literal text. Line breaks
// become w:br, tabs w:tab, and characters XML 1.0 forbids become U+FFFD (see docx-runs.ts).

import type { Inline } from "../agreement/types.js";
import type { Lang } from "../core/bilingual.js";
import type { RunFormat } from "./docx-runs.js";
import { LINE_BREAK, NOT_XML } from "./text.js";
import { STYLE } from "./docx-page.js";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
const NEEDS_ESCAPE = /[&<>"']/;
const TO_ESCAPE = /[&<>"']/g;

/** Text as XML character data (also safe in a double-quoted attribute value). */
export function escapeXml(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(TO_ESCAPE, (c) => ESCAPES[c] ?? c) : text;
}

// ---------------------------------------------------------------------------------------
// Runs.

interface RunExtra {
  style?: string;
  highlight?: boolean;
}

/** w:rPr in the library's order: rStyle, rFonts, b/bCs, i/iCs, highlight; "" when empty. */
function runProperties(format: RunFormat, extra: RunExtra): string {
  let properties = "";
  if (extra.style) properties += `<w:rStyle w:val="${extra.style}"/>`;
  // Quotation marks, dashes and ellipses belong to both scripts; Word sets them in the
  // Latin font unless the run says it is East Asian text.
  if (format.lang === "zh") properties += '<w:rFonts w:hint="eastAsia"/>';
  if (format.bold) properties += "<w:b/><w:bCs/>";
  if (format.italics) properties += "<w:i/><w:iCs/>";
  if (extra.highlight) properties += '<w:highlight w:val="yellow"/>';
  return properties === "" ? "" : `<w:rPr>${properties}</w:rPr>`;
}

/** One run of other content than text (a break, a field character), formatted as the text around it. */
export function runXml(format: RunFormat, content: string): string {
  return `<w:r>${runProperties(format, {})}${content}</w:r>`;
}

/** Runs for a string: one per line, each line after the first starting with a line break. */
export function textRunsXml(text: string, format: RunFormat, extra: RunExtra = {}): string {
  if (text === "") return "";
  const properties = runProperties(format, extra);
  let xml = "";
  text.split(LINE_BREAK).forEach((line, index) => {
    let content = index > 0 ? "<w:br/>" : "";
    line
      .replace(NOT_XML, "\uFFFD")
      .split("\t")
      .forEach((piece, pieceIndex) => {
        if (pieceIndex > 0) content += "<w:tab/>";
        if (piece !== "") content += `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>`;
      });
    xml += properties === "" && content === "" ? "<w:r/>" : `<w:r>${properties}${content}</w:r>`;
  });
  return xml;
}

/** Writes a reference of the agreement as runs: in the body, a field that Word can update. */
export type ReferenceXml = (reference: Extract<Inline, { type: "reference" }>, format: RunFormat) => string;

export function inlineRunsXml(inlines: readonly Inline[], format: RunFormat, reference?: ReferenceXml): string {
  let xml = "";
  for (const inline of inlines) {
    switch (inline.type) {
      case "text":
        xml += textRunsXml(inline.value, format);
        break;
      case "strong":
        xml += inlineRunsXml(inline.children, { ...format, bold: true }, reference);
        break;
      case "emphasis":
        xml += inlineRunsXml(inline.children, { ...format, italics: true }, reference);
        break;
      case "value":
        xml += textRunsXml(inline.text, format);
        break;
      case "reference":
        xml += reference ? reference(inline, format) : textRunsXml(inline.text, format);
        break;
      case "placeholder":
        xml += textRunsXml(inline.label, format, { style: STYLE.placeholder, highlight: true });
        break;
    }
  }
  return xml;
}

// ---------------------------------------------------------------------------------------
// Paragraphs and tables.

export interface ParagraphOptions {
  keepNext?: boolean;
  /** A paragraph of a Word list (docx-numbering.ts): its w:numId and level. */
  list?: { numId: number; level: number };
  /**
   * The paragraph mark's run format, which Word and LibreOffice give the list number: bold in
   * a conspicuous clause, East Asian for Chinese text.
   */
  mark?: RunFormat;
}

/**
 * A paragraph with a style and nothing else of its own but keep-with-next and, for articles,
 * clauses and items, its list: never a direct indent or spacing.
 */
export function paragraphXml(style: string, runs: string, options: ParagraphOptions = {}): string {
  const { keepNext, list, mark } = options;
  let properties = `<w:pStyle w:val="${style}"/>`;
  if (keepNext) properties += "<w:keepNext/>";
  if (list) properties += `<w:numPr><w:ilvl w:val="${list.level}"/><w:numId w:val="${list.numId}"/></w:numPr>`;
  if (mark) properties += runProperties(mark, {});
  return `<w:p><w:pPr>${properties}</w:pPr>${runs}</w:p>`;
}

/** A paragraph written by paragraphXml, kept on the page of the next one. */
export function withKeepNext(paragraph: string): string {
  return paragraph.includes("<w:keepNext/>") ? paragraph : paragraph.replace(/^(<w:p><w:pPr><w:pStyle w:val="[^"]*"\/>)/, "$1<w:keepNext/>");
}

export interface BorderXml {
  style: "none" | "single";
  size: number;
  color: string;
}

function borderXml(side: string, border: BorderXml): string {
  return `<w:${side} w:val="${border.style}" w:color="${border.color}" w:sz="${border.size}"/>`;
}

export interface TableBordersXml {
  top: BorderXml;
  left: BorderXml;
  bottom: BorderXml;
  right: BorderXml;
  insideHorizontal: BorderXml;
  insideVertical: BorderXml;
}

export interface CellXml {
  width: number;
  /** Paragraphs' XML; a cell without any gets an empty BodyText paragraph. */
  paragraphs: string;
  borders?: { top: BorderXml; bottom: BorderXml };
  /** Clear shading with this fill. */
  fill?: string;
  /** Set at the cell's foot: cells whose text takes different heights end level. */
  bottom?: boolean;
}

export interface RowXml {
  cells: CellXml[];
  cantSplit?: boolean;
  tableHeader?: boolean;
}

export interface TableXml {
  width: number;
  columnWidths: number[];
  borders: TableBordersXml;
  /** Fixed column widths. */
  fixed: boolean;
  margins?: { left: number; right: number };
  rows: RowXml[];
}

function cellXml(cell: CellXml): string {
  let properties = `<w:tcW w:type="dxa" w:w="${cell.width}"/>`;
  if (cell.borders) {
    properties += `<w:tcBorders>${borderXml("top", cell.borders.top)}${borderXml("bottom", cell.borders.bottom)}</w:tcBorders>`;
  }
  if (cell.fill !== undefined) properties += `<w:shd w:fill="${cell.fill}" w:color="auto" w:val="clear"/>`;
  // after shd: CT_TcPr is a sequence
  if (cell.bottom) properties += `<w:vAlign w:val="bottom"/>`;
  const paragraphs = cell.paragraphs !== "" ? cell.paragraphs : paragraphXml(STYLE.body, "");
  return `<w:tc><w:tcPr>${properties}</w:tcPr>${paragraphs}</w:tc>`;
}

function rowXml(row: RowXml): string {
  const properties = (row.cantSplit ? "<w:cantSplit/>" : "") + (row.tableHeader ? "<w:tblHeader/>" : "");
  let xml = properties === "" ? "<w:tr>" : `<w:tr><w:trPr>${properties}</w:trPr>`;
  for (const cell of row.cells) xml += cellXml(cell);
  return xml + "</w:tr>";
}

export function tableXml(table: TableXml): string {
  const b = table.borders;
  let xml =
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${table.width}"/><w:tblBorders>` +
    borderXml("top", b.top) +
    borderXml("left", b.left) +
    borderXml("bottom", b.bottom) +
    borderXml("right", b.right) +
    borderXml("insideH", b.insideHorizontal) +
    borderXml("insideV", b.insideVertical) +
    "</w:tblBorders>" +
    (table.fixed ? '<w:tblLayout w:type="fixed"/>' : "") +
    (table.margins
      ? `<w:tblCellMar><w:left w:type="dxa" w:w="${table.margins.left}"/><w:right w:type="dxa" w:w="${table.margins.right}"/></w:tblCellMar>`
      : "") +
    "</w:tblPr><w:tblGrid>";
  for (const width of table.columnWidths) xml += `<w:gridCol w:w="${width}"/>`;
  xml += "</w:tblGrid>";
  for (const row of table.rows) xml += rowXml(row);
  return xml + "</w:tbl>";
}
