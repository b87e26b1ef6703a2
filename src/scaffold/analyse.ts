// Read a contract's lines into the shape of a template: title, parties, preamble, articles ▸
// clauses ▸ items, with every placeholder a field and every written clause number a reference.
// Each step is a module: furniture → title and language → structure → outline (with the
// parties) → blanks and references → the parties block → keys → truncation.

import { Blanks } from "./blanks.js";
import type { SourceLine } from "./document.js";
import { FieldRegistry } from "./field-registry.js";
import { assignKeys } from "./field-keys.js";
import { stripFurniture, type LeftOut } from "./furniture.js";
import type { Analysis, Field, Piece } from "./model.js";
import { Outline, readOutline } from "./outline.js";
import { findDefinedParties } from "./parties.js";
import { completeParties, labelPartyFields } from "./party-fields.js";
import { decidePartyKinds } from "./party-kind.js";
import { articleStyle, withoutSignatureBlock } from "./structure.js";
import { tablesAsText } from "./tables.js";
import { documentLanguage, findTitle } from "./title.js";
import { findTruncation } from "./truncation.js";

export type { Analysis, ArticleNode, ClauseBody, ClauseNode, Field, FieldKind, Holder, ItemNode, Occurrence, PartyNode, Piece, ResolvedReference } from "./model.js";

/** Analyse a document's lines (see documentLines / readDocument). */
export function analyse(input: readonly SourceLine[], id: string): Analysis {
  const notes: string[] = [];
  const notPlaced: LeftOut[] = [];
  const stripped = stripFurniture(input);
  const leftOut = [...stripped.leftOut];
  const { title, titleFound, lines: body } = findTitle(stripped, id, notes);
  const lang = documentLanguage(title, body);
  const style = articleStyle(body, lang === "en", notes);
  const lines = tablesAsText(withoutSignatureBlock(body, style, leftOut), notes, leftOut);

  const outline = new Outline(lang, style, notes, notPlaced);
  readOutline(lines, outline);
  findDefinedParties(outline);
  const fields = new FieldRegistry();
  const blanks = new Blanks(outline, fields);
  blanks.readAll();
  const { parties } = outline;
  decidePartyKinds(outline, notes);
  completeParties(outline, fields, notes);
  assignKeys(fields, new Set<string>(["template", ...parties.map((p) => p.key), ...(outline.agreementNo ? ["agreement_no"] : [])]), lang, notes);
  labelPartyFields(parties);

  const truncated = findTruncation(outline.articles);
  if (truncated) notes.push(`the document seems cut off: ${truncated.where} (line ${truncated.line}); it is kept as written: complete it in agreement.md`);
  const agreementNo = outline.agreementNo?.pieces.find((p): p is Extract<Piece, { t: "field" }> => p.t === "field")?.field as Field | undefined;

  return {
    lang,
    title,
    titleFound,
    ...(outline.agreementNo ? { agreementNo: agreementNo as Field } : {}),
    parties,
    preamble: outline.preamble,
    articles: outline.articles,
    fields: fields.list,
    placeholderCount: blanks.placeholderCount,
    references: blanks.references.resolved,
    clauseFields: blanks.clauseFields,
    leftOut: leftOut.sort((a, b) => a.line - b.line),
    notPlaced,
    notes,
    ...(truncated ? { truncated } : {}),
  };
}
