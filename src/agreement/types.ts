// The Agreement tree: the one structure that every stage after evaluation reads.
// Lint rules and writers never re-parse text or re-evaluate the template.

import type { Bilingual, Lang } from "../core/bilingual.js";
import type { SourcePosition } from "../core/position.js";
import type { PartyKind } from "../template/party-kind.js";
import type { Fonts } from "../template/template.js";

export type PlaceholderReason = "missing" | "untranslated" | "dangling";

export type Inline =
  | { type: "text"; value: string }
  | { type: "strong"; children: Inline[] }
  | { type: "emphasis"; children: Inline[] }
  /** A value from the deal, already formatted for this language. */
  | { type: "value"; path: string; text: string }
  /**
   * A gap, shown in draft mode with the field's label in this language (the full text to show,
   * brackets included): a value the deal leaves out, a text given in the other language only,
   * or a reference to a clause the agreement does not have.
   */
  | { type: "placeholder"; path: string; label: string; reason: PlaceholderReason; value?: string; source?: SourcePosition }
  /** A reference to an article, clause or item, written as its number in this language. */
  | { type: "reference"; target: string; text: string; path?: string };

export interface Paragraph {
  type: "paragraph";
  text: Bilingual<Inline[]>;
}

export interface Item {
  type: "item";
  id: string;
  /** "a", "b", … */
  number: string;
  /** "a)" / "(a)" */
  label: Bilingual<string>;
  conspicuous: boolean;
  paragraphs: Paragraph[];
  position: SourcePosition;
}

export interface Clause {
  type: "clause";
  id: string;
  /** "3.2" */
  number: string;
  conspicuous: boolean;
  body: Array<Paragraph | Item>;
  position: SourcePosition;
}

export interface Article {
  type: "article";
  id: string;
  /** 1-based */
  number: number;
  /** 第三条 / Article 3 */
  label: Bilingual<string>;
  title: Bilingual<string>;
  clauses: Clause[];
  position: SourcePosition;
}

export interface Party {
  /** The deal field that holds this party, e.g. "party_a". */
  field: string;
  role: Bilingual<string>;
  name: Bilingual<Inline[]>;
  address: Bilingual<Inline[]>;
  /** company when the manifest does not say; it decides the identifier's label and how the party signs */
  kind: PartyKind;
  /** By kind: the credit code of a company, the ID number of a person, a foreign company's registration number. */
  identifier: Bilingual<Inline[]>;
}

export type { PartyKind } from "../template/party-kind.js";
// the template's fonts, carried by the tree to the writers
export type { Fonts } from "../template/template.js";

export interface Agreement {
  templateId: string;
  templateVersion: string;
  title: Bilingual<string>;
  /** The agreement's number (协议编号), when the template names a field for it. */
  agreementNumber: Bilingual<Inline[]> | null;
  /** The number field's label in the schema (x-label), which the cover prints before it. */
  agreementNumberLabel?: Bilingual<string>;
  parties: Party[];
  preamble: Paragraph[];
  articles: Article[];
  /** Which language version prevails, when the deal says so. */
  prevailing: Lang | null;
  fonts: Fonts;
  /**
   * "sha256:…" of the validated deal values the tree was built from (keys in code-point
   * order), recorded in the DOCX's document properties. Absent in a tree not built from a deal.
   */
  dealHash?: string;
}
