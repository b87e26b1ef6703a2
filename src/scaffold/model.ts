// The shape analyse() reads a contract into: a template's title, parties, preamble and
// articles ▸ clauses ▸ items, whose texts are pieces of words, fields and references.

import type { Lang } from "../core/bilingual.js";
import type { LeftOut } from "./furniture.js";

export type FieldKind = "text" | "plain" | "clause";

/** Where a field stands in the document. */
export interface Occurrence {
  line: number;
  /** "preamble", "parties", "1.1", "3.1 a)" */
  where: string;
  written: string;
  /** the id of the article it stands in */
  article?: string;
}

/** A field of the scaffolded schema. */
export interface Field {
  /** the deal key, dotted for a party's fields (party_a.name) */
  path: string;
  label: string;
  /** the label with where it stands, when two fields share a label */
  title: string;
  labelEn: string;
  example?: string;
  kind: FieldKind;
  hint?: string;
  occurrences: Occurrence[];
  /** how its key was made */
  keyFrom: "dictionary" | "context" | "fallback" | "party" | "reference";
  /** from a placeholder of the document (not a reference, not a field the parties block adds) */
  fromPlaceholder: boolean;
  // assignment inputs
  fixedPath?: string;
  slugHint?: string;
  context?: string;
}

export type Piece = { t: "text"; s: string } | { t: "field"; field: Field } | { t: "ref"; id: string } | { t: "ref-field"; field: Field };

/** A text of the document: a preamble paragraph, a clause's or an item's text. */
export interface Holder {
  line: number;
  text: string;
  pieces: Piece[];
  where: string;
  article?: ArticleNode;
  /** a party line: its value is the party's field */
  party?: { party: PartyNode; attr: string; attrLabel: string };
  /** placeholders (by their order in the text) that are a party's name, address … */
  assign?: Map<number, PartyAssignment>;
  agreementNo?: boolean;
}

export interface PartyAssignment {
  party: PartyNode;
  /** name, address, credit_code */
  attr: string;
  /** the field's label when the placeholder is a blank: 甲方名称, Licensor name */
  label: string;
}

export interface ItemNode {
  id: string;
  written: string;
  position: number;
  holders: Holder[];
  line: number;
}

export type ClauseBody = { t: "paragraph"; holder: Holder } | { t: "item"; item: ItemNode };

export interface ClauseNode {
  id: string;
  written?: string;
  /** the key written references use: "3.1", or 条12 where 条 are clauses of 章 */
  key?: string;
  body: ClauseBody[];
  line: number;
}

export interface ArticleNode {
  id: string;
  written: string;
  number: number;
  title: string;
  clauses: ClauseNode[];
  line: number;
}

export interface PartyNode {
  key: string;
  role: string;
  roleEn: string;
  /** the role as the document writes it */
  written: string;
  /** what the document adds to the role in brackets: （用人单位）, (the "Discloser") */
  qualifier?: string;
  line?: number;
  /** name, address, credit_code, then any other line of the party */
  fields: Map<string, Field>;
  /** what the document says the party is */
  kind?: PartyKind;
}

export interface PartyKind {
  entity: "company" | "individual" | "unknown";
  /** a party of the PRC (a credit code, a Chinese company), as far as the document tells */
  prc: boolean;
}

export interface ResolvedReference {
  line: number;
  written: string;
  target: string;
  rendersAs: string;
}

export interface Analysis {
  /** the document's language: its text is that side of the template, the other side is left to write */
  lang: Lang;
  title: string;
  titleFound: boolean;
  agreementNo?: Field;
  parties: PartyNode[];
  preamble: Holder[];
  articles: ArticleNode[];
  fields: Field[];
  /** placeholders in the document (each occurrence) */
  placeholderCount: number;
  references: ResolvedReference[];
  clauseFields: Array<{ line: number; written: string; field: Field }>;
  leftOut: LeftOut[];
  notPlaced: LeftOut[];
  notes: string[];
  truncated?: { line: number; text: string; where: string };
}

/** A clause's number in the template's order: 3.1. */
export function clauseNumber(articles: readonly ArticleNode[], c: ClauseNode): string {
  const a = articles.find((x) => x.clauses.includes(c)) as ArticleNode;
  return `${articles.indexOf(a) + 1}.${a.clauses.indexOf(c) + 1}`;
}
