// word/document.xml read as the paragraphs a reader sees, with saxes: for each paragraph its
// text as it reads with every tracked change accepted and as it read before them, the Word
// bookmarks that start at it, whether Word's lists number it, and where it stands in a table.
//
// Only what decides the words is read: w:t (text), w:delText (text a tracked change deleted),
// w:tab, w:br and w:cr inside a run, w:ins / w:del / w:moveTo / w:moveFrom (tracked changes), a
// paragraph mark's own w:ins / w:del, and a table row's (in w:trPr), which its paragraphs share.
// Field instructions (w:instrText) are no text: a REF field reads as its result, as Word shows
// it. The content of a property change (w:pPrChange, w:rPrChange: the formatting before a
// tracked change) and an mc:Fallback (a second copy of what mc:Choice holds, for older readers)
// are skipped.

import { SaxesParser, type SaxesTagNS } from "saxes";
import { ToolError } from "../core/errors.js";

const WORD_NAMESPACES = new Set([
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  // ISO 29500 strict, which Word writes when asked to
  "http://purl.oclc.org/ooxml/wordprocessingml/main",
]);
const MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";

export interface DocParagraph {
  /** The text with every tracked change accepted. */
  accepted: string;
  /** The text before the tracked changes: insertions left out, deletions kept. */
  original: string;
  /** Names of the bookmarks that start in this paragraph, or between it and the one before. */
  bookmarks: string[];
  /** Numbered by a Word list (a w:numPr with a list other than 0). */
  numbered: boolean;
  /** The list (w:numId) and level (w:ilvl) that number it: what its number is computed from when the bookmarks are gone. */
  list?: { id: string; level: number };
  style?: string;
  /** The top-level table (0-based, in document order), its row and column, for a paragraph in a table. */
  cell?: { table: number; row: number; column: number };
  /** The paragraph mark is a tracked deletion: accepted, the paragraph joins the next one. */
  markDeleted: boolean;
  /** The paragraph mark is a tracked insertion: in the original, the paragraph was not there. */
  markInserted: boolean;
  /** Where the accepted text is a field's result ([start, end)): a REF field's number, which Word updates. */
  fields: Array<[number, number]>;
}

/** Elements whose content is skipped whole. */
const SKIPPED = new Set(["w:pPrChange", "w:rPrChange", "w:sectPrChange", "w:tblPrChange", "w:trPrChange", "w:tcPrChange", "mc:Fallback"]);

function keyOf(tag: SaxesTagNS): string {
  if (WORD_NAMESPACES.has(tag.uri)) return `w:${tag.local}`;
  if (tag.uri === MARKUP_COMPATIBILITY) return `mc:${tag.local}`;
  return `{${tag.uri}}${tag.local}`;
}

function wordAttribute(tag: SaxesTagNS, local: string): string | undefined {
  for (const attribute of Object.values(tag.attributes)) {
    if (attribute.local === local && WORD_NAMESPACES.has(attribute.uri)) return attribute.value;
  }
  return undefined;
}

/** What the reader is inside of, as it goes through the XML. */
class ReadState {
  readonly paragraphs: DocParagraph[] = [];
  readonly stack: string[] = [];
  paragraph: DocParagraph | undefined;
  /** Bookmarks seen outside any paragraph: they belong to the next one. */
  pending: string[] = [];
  skipDepth = 0;
  inserted = 0;
  deleted = 0;
  /** The open fields, each with whether its result has begun (w:fldChar separate, or a w:fldSimple). */
  readonly fieldStack: boolean[] = [];
  tables = 0;
  /** For each open table: its top-level index and the column of the open cell. */
  readonly tableStack: Array<{ index: number; column: number; rows: number; row?: "inserted" | "deleted" }> = [];

  parent(): string | undefined {
    return this.stack.at(-1);
  }

  inside(key: string): boolean {
    return this.stack.includes(key);
  }

  /** Text of a run, into the views it belongs to. */
  text(value: string, deletedText: boolean): void {
    const p = this.paragraph;
    if (!p) return;
    const row = (change: "inserted" | "deleted"): boolean => this.tableStack.some((t) => t.row === change);
    if (deletedText || this.deleted > 0 || row("deleted")) p.original += value;
    else {
      if (this.fieldStack.at(-1) === true) p.fields.push([p.accepted.length, p.accepted.length + value.length]);
      p.accepted += value;
      if (this.inserted === 0 && !row("inserted")) p.original += value;
    }
  }
}

function openParagraph(state: ReadState): void {
  // a paragraph in a text box inside a paragraph: its text counts as the outer paragraph's
  if (state.paragraph) return;
  const top = state.tableStack[0];
  // a row deleted (inserted) as a tracked change: its paragraphs go (come) with it
  const row = (change: "inserted" | "deleted"): boolean => state.tableStack.some((t) => t.row === change);
  state.paragraph = {
    accepted: "",
    original: "",
    bookmarks: state.pending,
    numbered: false,
    markDeleted: row("deleted"),
    markInserted: row("inserted"),
    fields: [],
    ...(top ? { cell: { table: top.index, row: top.rows - 1, column: top.column } } : {}),
  };
  state.pending = [];
}

function markRow(state: ReadState, change: "inserted" | "deleted"): void {
  const table = state.tableStack.at(-1);
  if (table) table.row = change;
}

function open(state: ReadState, tag: SaxesTagNS): void {
  const key = keyOf(tag);
  state.stack.push(key);
  if (state.skipDepth > 0 || SKIPPED.has(key)) {
    state.skipDepth++;
    return;
  }
  const p = state.paragraph;
  switch (key) {
    case "w:p":
      openParagraph(state);
      break;
    case "w:tbl":
      state.tableStack.push({ index: state.tableStack.length === 0 ? state.tables++ : -1, column: -1, rows: 0 });
      break;
    case "w:tc": {
      const table = state.tableStack.at(-1);
      if (table) table.column++;
      break;
    }
    case "w:tr": {
      const table = state.tableStack.at(-1);
      if (table) {
        table.column = -1;
        table.rows++;
        delete table.row;
      }
      break;
    }
    case "w:pStyle":
      if (p && state.inside("w:pPr")) {
        const style = wordAttribute(tag, "val");
        if (style !== undefined) p.style = style;
      }
      break;
    case "w:numId":
      if (p && state.inside("w:numPr") && state.inside("w:pPr")) {
        const id = wordAttribute(tag, "val");
        p.numbered = id !== "0";
        if (id !== undefined && id !== "0") p.list = { id, level: p.list?.level ?? 0 };
        else delete p.list;
      }
      break;
    case "w:ilvl":
      if (p && state.inside("w:numPr") && state.inside("w:pPr")) {
        const level = Number(wordAttribute(tag, "val") ?? 0);
        p.list = { id: p.list?.id ?? "", level: Number.isInteger(level) ? level : 0 };
      }
      break;
    case "w:ins":
    case "w:moveTo":
      if (state.stack.at(-2) === "w:trPr") markRow(state, "inserted");
      else if (p && state.inside("w:pPr")) p.markInserted = true;
      else state.inserted++;
      break;
    case "w:del":
    case "w:moveFrom":
      if (state.stack.at(-2) === "w:trPr") markRow(state, "deleted");
      else if (p && state.inside("w:pPr")) p.markDeleted = true;
      else state.deleted++;
      break;
    case "w:bookmarkStart": {
      const name = wordAttribute(tag, "name");
      if (name !== undefined) (p ? p.bookmarks : state.pending).push(name);
      break;
    }
    case "w:tab":
    case "w:br":
    case "w:cr":
      // a w:tab in a paragraph's properties is a tab stop, not a character
      if (state.stack.at(-2) === "w:r") state.text(key === "w:tab" ? "\t" : "\n", false);
      break;
    case "w:fldChar": {
      const type = wordAttribute(tag, "fldCharType");
      if (type === "begin") state.fieldStack.push(false);
      else if (type === "separate" && state.fieldStack.length > 0) state.fieldStack[state.fieldStack.length - 1] = true;
      else if (type === "end") state.fieldStack.pop();
      break;
    }
    case "w:fldSimple":
      state.fieldStack.push(true);
      break;
    case "w:noBreakHyphen":
      if (state.stack.at(-2) === "w:r") state.text("\u2011", false);
      break;
  }
}

function close(state: ReadState): void {
  const key = state.stack.pop();
  if (state.skipDepth > 0) {
    state.skipDepth--;
    return;
  }
  const p = state.paragraph;
  switch (key) {
    case "w:p":
      // the closing tag of a text box's paragraph leaves the outer one open
      if (p && !state.inside("w:p")) {
        state.paragraphs.push(p);
        state.paragraph = undefined;
      }
      break;
    case "w:tbl":
      state.tableStack.pop();
      break;
    case "w:fldSimple":
      state.fieldStack.pop();
      break;
    case "w:ins":
    case "w:moveTo":
      if (state.parent() !== "w:trPr" && !(p && state.inside("w:pPr"))) state.inserted--;
      break;
    case "w:del":
    case "w:moveFrom":
      if (state.parent() !== "w:trPr" && !(p && state.inside("w:pPr"))) state.deleted--;
      break;
  }
}

/** The paragraphs of word/document.xml in document order. `where` names the file in messages. */
export function readParagraphs(xml: string, where: string): DocParagraph[] {
  const state = new ReadState();
  const parser = new SaxesParser({ xmlns: true, position: true });
  let failure: string | undefined;
  parser.on("error", (err) => {
    failure ??= `${where}:${parser.line}:${parser.column + 1}: word/document.xml is not well-formed XML (${err.message.split("\n")[0]}): the file is damaged; save it again from Word or LibreOffice`;
  });
  parser.on("opentag", (tag) => open(state, tag));
  parser.on("closetag", () => close(state));
  parser.on("text", (text) => {
    if (state.skipDepth > 0) return;
    const parent = state.parent();
    if (parent === "w:t") state.text(text, false);
    else if (parent === "w:delText") state.text(text, true);
  });
  parser.write(xml).close();
  if (failure !== undefined) throw new ToolError(failure);
  return state.paragraphs;
}
