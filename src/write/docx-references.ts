// A reference of the agreement (第3.2条 / Clause 3.2) written as Word fields: the number in it is a
// `REF <bookmark> \n \h` field to its target's bookmark (docx-bookmarks.ts), with today's
// number as the field's result, so the text reads right before any update. `\n` shows the list
// number of the bookmark's paragraph as its level writes it (3.2, 第三条, a)), so after a clause
// is inserted in Word and the fields are updated the reference follows; `\h` makes it a link.
// The words around the number (第…条, Clause) stay text. A reference to an item names two
// numbers, its clause's and its own (第3.1条a)项 / Clause 3.1(a)), and so is two fields.

import type { Agreement, Inline } from "../agreement/types.js";
import type { Bilingual } from "../core/bilingual.js";
import type { RunFormat } from "./docx-runs.js";
import type { Bookmarks } from "./docx-bookmarks.js";
import { runXml, textRunsXml, type ReferenceXml } from "./docx-xml.js";

/** A REF field to a bookmark, with its result as it reads today. */
export function refFieldXml(bookmark: string, result: string, format: RunFormat): string {
  return (
    runXml(format, '<w:fldChar w:fldCharType="begin"/>') +
    runXml(format, `<w:instrText xml:space="preserve"> REF ${bookmark} \\n \\h </w:instrText>`) +
    runXml(format, '<w:fldChar w:fldCharType="separate"/>') +
    textRunsXml(result, format) +
    runXml(format, '<w:fldChar w:fldCharType="end"/>')
  );
}

/** A number that a reference to a target prints, and whose bookmark it refers to. */
interface Piece {
  id: string;
  label: Bilingual<string>;
}

/** The numbers in a reference to each article, clause and item, in the order they are printed. */
function piecesOf(agreement: Agreement): Map<string, Piece[]> {
  const pieces = new Map<string, Piece[]>();
  for (const article of agreement.articles) {
    pieces.set(article.id, [{ id: article.id, label: article.label }]);
    for (const clause of article.clauses) {
      const number: Piece = { id: clause.id, label: { zh: clause.number, en: clause.number } };
      pieces.set(clause.id, [number]);
      for (const element of clause.body) {
        if (element.type === "item") pieces.set(element.id, [number, { id: element.id, label: element.label }]);
      }
    }
  }
  return pieces;
}

/**
 * The writer of references for one document. A reference whose text does not hold its target's
 * numbers (a tree not built by buildAgreement), or whose target is not in the agreement, stays
 * plain text.
 */
export function referenceWriter(agreement: Agreement, bookmarks: Bookmarks): ReferenceXml {
  const pieces = piecesOf(agreement);
  return (reference: Extract<Inline, { type: "reference" }>, format: RunFormat): string => {
    const { text } = reference;
    const plain = (): string => textRunsXml(text, format);
    let xml = "";
    let at = 0;
    for (const piece of pieces.get(reference.target) ?? []) {
      const label = piece.label[format.lang];
      const found = text.indexOf(label, at);
      const bookmark = bookmarks.name(piece.id, format.lang);
      if (found < 0 || bookmark === undefined) return plain();
      xml += textRunsXml(text.slice(at, found), format) + refFieldXml(bookmark, label, format);
      at = found + label.length;
    }
    return at === 0 ? plain() : xml + textRunsXml(text.slice(at), format);
  };
}
