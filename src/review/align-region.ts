// Where the clauses of a file without bookmarks are, and in which language each paragraph is.
// In the parallel layout the clauses are the rows of a table whose two columns are the two
// languages (the column with more Chinese script is the Chinese one); in the other layouts they
// are the paragraphs outside tables, each in the language of its script, up to the end-of-text
// note or the signatures when their styles are still there. Each paragraph comes with the
// number before it: Word's list number, or, with no list, one typed at the start of its text
// (then taken out of the text, as a list number is no text either).

import type { Lang } from "../core/bilingual.js";
import type { Layout } from "../write/layout.js";
import { bagOf, cjkShare, numberKey, scriptOf, typedNumber, withoutSpans, type Bag, type NumberLabel } from "./align-text.js";
import { listLabels } from "./align-numbering.js";
import type { DocParagraph } from "./document-xml.js";
import { present, type View } from "./returned.js";

/** A paragraph of one language, as the alignment reads it. */
export interface Unit {
  /** 0-based, in the document's body. */
  index: number;
  /** Its text without a typed number. */
  text: string;
  fields: Array<[number, number]>;
  /** The number before it, as the agreement's pieces are keyed ("A3", "3.2", "3.1(a)"), when it has one. */
  key?: string;
  label?: NumberLabel;
  bag: Bag;
  /** Its words and those of the unnumbered paragraphs after it (up to the next number, in its cell): a clause whose lines a PDF's text made paragraphs. */
  block: Bag;
  /** What its similarities are kept under: its words and its block's. */
  blockKey: string;
  /** Its row of the parallel table ("table:row"), and whether it is the first paragraph of its cell. */
  row?: string;
  firstInCell: boolean;
}

// the writer's styles for the end-of-text note and the heading above the signatures
const AFTER_THE_CLAUSES = new Set(["EndOfText", "SignatureHeading"]);

/**
 * The top-level table that holds the two languages side by side, with the column of each; none
 * when there is no such table. `recorded`: the file says it is parallel, so the largest table of
 * two languages is it, however much text is outside it.
 */
export function parallelTable(paragraphs: readonly DocParagraph[], recorded = false): { table: number; columns: Record<Lang, number> } | undefined {
  const texts = new Map<number, [string[], string[]]>();
  for (const p of paragraphs) {
    if (!p.cell || p.cell.column < 0 || p.cell.column > 1 || p.accepted.trim() === "") continue;
    const columns = texts.get(p.cell.table) ?? [[], []];
    (columns[p.cell.column] as string[]).push(p.accepted);
    texts.set(p.cell.table, columns);
  }
  const bodyText = paragraphs.filter((p) => p.accepted.trim() !== "").length;
  const largestFirst = [...texts].sort((a, b) => b[1][0].length + b[1][1].length - (a[1][0].length + a[1][1].length));
  for (const [table, [left, right]] of largestFirst) {
    // the table of the clauses holds most of the document, not only the signatures
    if (!recorded && left.length + right.length < bodyText / 2) continue;
    const [l, r] = [cjkShare(left.join("")), cjkShare(right.join(""))];
    if (Math.max(l, r) > 0.5 && Math.min(l, r) < 0.5) return { table, columns: l > r ? { zh: 0, en: 1 } : { zh: 1, en: 0 } };
  }
  return undefined;
}

/** The layout of a file without bookmarks: a parallel table, else the languages its paragraphs are written in. */
export function layoutOfText(paragraphs: readonly DocParagraph[]): Layout {
  if (parallelTable(paragraphs)) return "parallel";
  const langs = new Set(paragraphs.filter((p) => !p.cell).map((p) => scriptOf(p.accepted)));
  return langs.has("zh") && langs.has("en") ? "stacked" : langs.has("en") ? "en" : "zh";
}

/**
 * The language of a paragraph too short or too mixed to tell by its script, which is a line of a
 * PDF's text most likely: the language of the paragraph before it, when it has no number of its
 * own and could be in that language (a line of a Chinese clause may hold only an e-mail
 * address's end, or 。).
 */
function weakScript(text: string, p: DocParagraph, before: Lang | undefined): Lang | undefined {
  if (before === undefined || p.list || typedNumber(text)) return undefined;
  const cjk = /[\u3400-\u9fff]/u.test(text);
  const words = text.match(/[A-Za-z]+/g)?.length ?? 0;
  // an English heading after the Chinese one is a word or two as well, but with a capital
  if (before === "zh" && (cjk || (words <= 1 && !/[A-Z]/.test(text)))) return "zh";
  if (before === "en" && !cjk && words > 0) return "en";
  return scriptOf(text) === undefined ? before : undefined;
}

/** The paragraphs that may hold clauses, each with its language. */
function candidates(paragraphs: readonly DocParagraph[], layout: Layout): Array<{ p: DocParagraph; index: number; lang: Lang }> {
  const out: Array<{ p: DocParagraph; index: number; lang: Lang }> = [];
  const table = layout === "parallel" ? parallelTable(paragraphs, true) : undefined;
  for (let index = 0; index < paragraphs.length; index++) {
    const p = paragraphs[index] as DocParagraph;
    if (table) {
      if (p.cell?.table !== table.table) continue;
      const lang = p.cell.column === table.columns.zh ? "zh" : p.cell.column === table.columns.en ? "en" : undefined;
      if (lang) out.push({ p, index, lang });
      continue;
    }
    if (p.style !== undefined && AFTER_THE_CLAUSES.has(p.style)) break;
    if (p.cell) continue;
    const text = p.accepted || p.original;
    const lang = weakScript(text, p, out.at(-1)?.lang) ?? scriptOf(text);
    if (lang) out.push({ p, index, lang });
  }
  return out;
}

/** Each language's paragraphs in one view, in document order, with their numbers. */
export function unitsOf(paragraphs: readonly DocParagraph[], layout: Layout, view: View, numbering: string | undefined): Record<Lang, Unit[]> {
  const labels = listLabels(paragraphs, numbering);
  const out: Record<Lang, Unit[]> = { zh: [], en: [] };
  const clause: Partial<Record<Lang, string>> = {};
  const seenCell = new Set<string>();
  for (const { p, index, lang } of candidates(paragraphs, layout)) {
    const cell = p.cell ? `${p.cell.table}:${p.cell.row}:${p.cell.column}` : undefined;
    if (!present(p, view) || p[view].trim() === "") continue;
    let text = p[view];
    let fields = view === "accepted" ? p.fields : [];
    let label: NumberLabel | undefined;
    const listed = labels[index];
    if (listed !== undefined) label = typedNumber(listed)?.label;
    else if (!p.list) {
      const typed = typedNumber(text);
      if (typed) {
        label = typed.label;
        text = text.slice(typed.rest);
        fields = fields.map(([s, e]): [number, number] => [s - typed.rest, e - typed.rest]).filter(([s]) => s >= 0);
      }
    }
    if (label?.kind === "clause") clause[lang] = label.key;
    if (label?.kind === "article") delete clause[lang];
    const key = label ? numberKey(label, clause[lang]) : undefined;
    const firstInCell = cell !== undefined && !seenCell.has(cell);
    if (cell) seenCell.add(cell);
    out[lang].push({
      index,
      text,
      fields,
      ...(key !== undefined ? { key } : {}),
      ...(label ? { label } : {}),
      bag: bagOf(withoutSpans(text, fields), lang),
      block: EMPTY,
      blockKey: "",
      ...(p.cell ? { row: `${p.cell.table}:${p.cell.row}` } : {}),
      firstInCell,
    });
  }
  for (const lang of ["zh", "en"] as const) withBlocks(out[lang], lang);
  return out;
}

const EMPTY: Bag = { counts: new Map(), size: 0 };
const MAX_BLOCK = 4000;

/** Each unit's block: its words and the unnumbered units' after it, up to the next numbered one (in a table, in its cell). */
function withBlocks(units: Unit[], lang: Lang): void {
  let tail = "";
  for (let i = units.length - 1; i >= 0; i--) {
    const unit = units[i] as Unit;
    const next = units[i + 1];
    const words = withoutSpans(unit.text, unit.fields);
    // (no longer than a long clause: a file with no numbers at all would make every block the rest of the document)
    const continued = next !== undefined && !next.label && !next.firstInCell && next.row === unit.row && tail.length + words.length <= MAX_BLOCK;
    tail = continued ? `${words}\n${tail}` : words;
    unit.block = continued ? bagOf(tail, lang) : unit.bag;
    unit.blockKey = continued ? tail : words;
  }
}
