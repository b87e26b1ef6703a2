// The clauses of a returned DOCX, per language, found by the bookmarks the writer put at the
// start of every article heading, clause and item (src/write/docx-bookmarks.ts): `cw_<base>_zh`
// and `cw_<base>_en`. A bookmark is a point; the text of its clause runs to the next bookmark
// of the same language. In the parallel layout the languages are the two columns of the table
// that holds the clauses; in the other layouts a paragraph is in the language of the last
// bookmark before it. The numbers (3.2, (a), 第三条) are Word list numbering, not text: the text
// read here has none.
//
// A paragraph that Word's lists number but that carries no bookmark of ours was added in the
// returned file (Enter at the end of a clause in Word gives a numbered paragraph of the same
// list). Any other paragraph continues the clause before it.
//
// A file with none of the bookmarks is aligned by number, heading and text instead (align.ts);
// these clauses then carry how each was placed.

import type { Lang } from "../core/bilingual.js";
import { ToolError } from "../core/errors.js";
import type { DocParagraph } from "./document-xml.js";

/** Which view of tracked changes: all accepted, or as the text was before them. */
export type View = "accepted" | "original";

/**
 * How a returned clause was matched to the agreement's: by its bookmark (exact), or, in a file
 * without bookmarks, by its number, its heading, its text's similarity, or the other language's
 * clause in its row of the parallel table; `score` is the similarity of its text to the clause's
 * (0 to 1), for all but a bookmark.
 */
export interface AlignedBy {
  method: "bookmark" | "number" | "heading" | "similarity" | "row";
  score?: number;
}

export interface ReturnedClause {
  /** The bookmark's base (`cw_sla_penalty`), or undefined for a numbered paragraph without one. */
  base?: string;
  /** How it was matched to the clause of that base. */
  alignment?: AlignedBy;
  text: string;
  /** Where the text is a field's result, [start, end): a reference's number that Word keeps up to date. */
  fields: Array<[number, number]>;
  /** The 1-based number of its first paragraph in the document's body: where a finding points. */
  paragraph: number;
}

export type ReturnedClauses = Record<Lang, ReturnedClause[]>;

const BOOKMARK = /^(cw_\w+)_(zh|en)$/;
// the writer's styles for the end-of-text note and the heading above the signatures, which end
// the clauses in a layout that is no table; in any case, as LibreOffice saves EndOfText as EndofText
const AFTER_THE_CLAUSES = new Set(["endoftext", "signatureheading"]);

function ourBookmark(name: string): { base: string; lang: Lang } | undefined {
  const m = BOOKMARK.exec(name);
  return m ? { base: m[1] as string, lang: m[2] as Lang } : undefined;
}

/**
 * Whether the paragraph is there in a view: accepted, a deleted paragraph is gone; originally, an
 * inserted one was not there. So is one whose every word a tracked change deleted (inserted),
 * with its mark or without: LibreOffice drops the change of a table cell's last paragraph mark,
 * which Word does not let be deleted either, so a clause deleted from the parallel table leaves
 * an empty paragraph.
 */
export function present(p: DocParagraph, view: View): boolean {
  const [own, other, mark] = view === "accepted" ? [p.accepted, p.original, p.markDeleted] : [p.original, p.accepted, p.markInserted];
  return !((mark || other.trim() !== "") && own.trim() === "");
}

/**
 * The paragraphs that hold the clauses, each with its language: from the first paragraph that
 * carries one of our bookmarks to the end of its table (parallel), or to the signatures.
 */
/** Whether the file has any of the clause bookmarks: if not, its clauses are aligned by number and text (align.ts). */
export function hasClauseBookmarks(paragraphs: readonly DocParagraph[]): boolean {
  return paragraphs.some((p) => p.bookmarks.some((b) => ourBookmark(b)));
}

export function clauseParagraphs(paragraphs: readonly DocParagraph[], file: string): Array<{ p: DocParagraph; lang: Lang; index: number }> {
  const first = paragraphs.findIndex((p) => p.bookmarks.some((b) => ourBookmark(b)));
  if (first < 0) {
    throw new ToolError(
      `${file}: the file has none of the clause bookmarks clausewright writes (cw_…_zh, cw_…_en): its clauses are aligned by number, heading and text instead (review.ts returnedViews)`,
    );
  }
  const start = paragraphs[first] as DocParagraph;
  const table = start.cell?.table;
  const out: Array<{ p: DocParagraph; lang: Lang; index: number }> = [];
  let lang: Lang = ourBookmark(start.bookmarks.find((b) => ourBookmark(b)) ?? "")?.lang ?? "zh";
  for (let index = first; index < paragraphs.length; index++) {
    const p = paragraphs[index] as DocParagraph;
    if (table !== undefined) {
      if (p.cell?.table !== table) break;
      lang = p.cell.column <= 0 ? "zh" : "en";
    } else {
      if (p.cell !== undefined || (p.style !== undefined && AFTER_THE_CLAUSES.has(p.style.toLowerCase()))) break;
      const mark = p.bookmarks.map(ourBookmark).find((b) => b !== undefined);
      if (mark) lang = mark.lang;
    }
    out.push({ p, lang, index });
  }
  return out;
}

/** The clauses of the returned file in one view, per language, in document order. */
export function returnedClauses(paragraphs: readonly DocParagraph[], view: View, file: string): ReturnedClauses {
  const out: ReturnedClauses = { zh: [], en: [] };
  const current: Partial<Record<Lang, ReturnedClause>> = {};
  for (const { p, lang, index } of clauseParagraphs(paragraphs, file)) {
    if (!present(p, view)) continue;
    const text = p[view];
    const marks = p.bookmarks.map(ourBookmark).filter((b): b is { base: string; lang: Lang } => b !== undefined && b.lang === lang);
    if (marks.length > 0) {
      for (const mark of marks) {
        const clause: ReturnedClause = { base: mark.base, alignment: { method: "bookmark" }, text: "", fields: [], paragraph: index + 1 };
        out[lang].push(clause);
        current[lang] = clause;
      }
      Object.assign(current[lang] as ReturnedClause, { text, fields: view === "accepted" ? p.fields : [] });
    } else if (p.numbered) {
      const clause: ReturnedClause = { text, fields: view === "accepted" ? p.fields : [], paragraph: index + 1 };
      out[lang].push(clause);
      current[lang] = clause;
    } else if (text.trim() !== "") {
      // an empty paragraph says nothing: one more or fewer is no change of the clause
      const open = current[lang];
      if (open) {
        const at = open.text === "" ? 0 : open.text.length + 1;
        open.text = open.text === "" ? text : `${open.text}\n${text}`;
        if (view === "accepted") open.fields.push(...p.fields.map(([s, e]): [number, number] => [s + at, e + at]));
      }
    }
  }
  return out;
}
