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
    const lang = scriptOf(p.accepted || p.original);
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
      ...(p.cell ? { row: `${p.cell.table}:${p.cell.row}` } : {}),
      firstInCell,
    });
  }
  return out;
}
