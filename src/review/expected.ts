// What the returned file should say, clause by clause and language by language, read from the
// Agreement tree rendered from the deal: the same pieces the DOCX writer bookmarks (an
// article's heading, a clause up to its first item, an item with what follows it), each with
// its text as a reader sees it and where in it each value of the deal stands.

import type { Agreement, Inline, Paragraph } from "../agreement/types.js";
import type { Bilingual, Lang } from "../core/bilingual.js";
import { bookmarkBases, numberedIds } from "../write/docx-bookmarks.js";
import { LINE_BREAK, NOT_XML } from "../write/text.js";

/** A value of the deal inside a clause's text: [start, end) in the text. */
export interface ValueSpan {
  path: string;
  start: number;
  end: number;
  text: string;
}

export interface ExpectedClause {
  id: string;
  /** The bookmark base the writer gives the id. */
  base: string;
  kind: "article" | "clause" | "item" | "front";
  /** How a finding names it: "6.5", "3.1(a)", "Article 6". */
  number: string;
  /** How a message names it in each language: 第6.5条 / clause 6.5. */
  name: Bilingual<string>;
  /** A clause that limits liability, set in bold (民法典 第496条). */
  conspicuous: boolean;
  text: Bilingual<string>;
  values: Bilingual<ValueSpan[]>;
  /** Where each number of a reference to a clause stands in the text, [start, end): what the writer makes a REF field. */
  references: Bilingual<Array<[number, number]>>;
}

/** Text as the DOCX writer writes it and the reader reads it back: line breaks as \n, characters XML forbids as U+FFFD. */
function asWritten(text: string): string {
  return text.split(LINE_BREAK).join("\n").replace(NOT_XML, "\uFFFD");
}

/** The numbers a reference to each article, clause and item prints, in order: each is a REF field in the DOCX (docx-references.ts). */
export type ReferenceNumbers = Map<string, Array<Bilingual<string>>>;

export function referenceNumbers(agreement: Agreement): ReferenceNumbers {
  const out: ReferenceNumbers = new Map();
  for (const article of agreement.articles) {
    out.set(article.id, [article.label]);
    for (const clause of article.clauses) {
      const number = { zh: clause.number, en: clause.number };
      out.set(clause.id, [number]);
      for (const element of clause.body) if (element.type === "item") out.set(element.id, [number, element.label]);
    }
  }
  return out;
}

/** Builds one piece's text in one language, recording where the values fall. */
export class TextBuilder {
  text = "";
  readonly values: ValueSpan[] = [];
  readonly references: Array<[number, number]> = [];

  constructor(
    private readonly numbers: ReferenceNumbers,
    private readonly lang: Lang,
  ) {}

  paragraph(p: Paragraph, lang: Lang): void {
    const before = { text: this.text, values: this.values.length, references: this.references.length };
    if (this.text !== "") this.text += "\n";
    const start = this.text.length;
    this.inlines(p.text[lang]);
    // the reader leaves out an empty paragraph after the first (returned.ts): so does this
    if (before.text !== "" && this.text.slice(start).trim() === "") {
      this.text = before.text;
      this.values.length = before.values;
      this.references.length = before.references;
    }
  }

  /** The spans of a reference's numbers, found in its text as the writer finds them; none when one is missing (the writer then writes plain text). */
  private referenceNumbers(text: string, target: string): void {
    const spans: Array<[number, number]> = [];
    let at = 0;
    for (const number of this.numbers.get(target) ?? []) {
      const label = number[this.lang];
      const found = text.indexOf(label, at);
      if (found < 0) return;
      spans.push([this.text.length + found, this.text.length + found + label.length]);
      at = found + label.length;
    }
    this.references.push(...spans);
  }

  private inlines(nodes: readonly Inline[]): void {
    for (const node of nodes) {
      if (node.type === "strong" || node.type === "emphasis") this.inlines(node.children);
      else if (node.type === "value") {
        const text = asWritten(node.text);
        this.values.push({ path: node.path, start: this.text.length, end: this.text.length + text.length, text });
        this.text += text;
      } else if (node.type === "reference") {
        const text = asWritten(node.text);
        this.referenceNumbers(text, node.target);
        this.text += text;
      } else this.text += asWritten(node.type === "text" ? node.value : node.label);
    }
  }
}

interface Piece {
  clause: Omit<ExpectedClause, "text" | "values" | "references">;
  builders: Record<Lang, TextBuilder>;
}

function pieceOf(numbers: ReferenceNumbers, clause: Piece["clause"]): Piece {
  return { clause, builders: { zh: new TextBuilder(numbers, "zh"), en: new TextBuilder(numbers, "en") } };
}

/** Every bookmarked piece of the agreement in document order. */
export function expectedClauses(agreement: Agreement): ExpectedClause[] {
  const bases = bookmarkBases(numberedIds(agreement));
  const pieces: Piece[] = [];
  const base = (id: string): string => bases.get(id) ?? id;
  const numbers = referenceNumbers(agreement);
  const piece = (clause: Piece["clause"]): Piece => pieceOf(numbers, clause);
  for (const article of agreement.articles) {
    const heading = piece({
      id: article.id,
      base: base(article.id),
      kind: "article",
      number: article.label.en,
      name: article.label,
      conspicuous: false,
    });
    for (const lang of ["zh", "en"] as const) heading.builders[lang].text = asWritten(article.title[lang]);
    pieces.push(heading);
    for (const clause of article.clauses) {
      let open = piece({
        id: clause.id,
        base: base(clause.id),
        kind: "clause",
        number: clause.number,
        name: { zh: `第${clause.number}条`, en: `clause ${clause.number}` },
        conspicuous: clause.conspicuous,
      });
      pieces.push(open);
      for (const element of clause.body) {
        if (element.type === "paragraph") {
          // a paragraph after an item is written after it, as the item's continuation
          for (const lang of ["zh", "en"] as const) open.builders[lang].paragraph(element, lang);
          continue;
        }
        const number = `${clause.number}(${element.number})`;
        open = piece({
          id: element.id,
          base: base(element.id),
          kind: "item",
          number,
          name: { zh: `第${clause.number}条${element.label.zh}项`, en: `clause ${number}` },
          conspicuous: element.conspicuous,
        });
        pieces.push(open);
        for (const p of element.paragraphs) for (const lang of ["zh", "en"] as const) open.builders[lang].paragraph(p, lang);
      }
    }
  }
  return pieces.map(({ clause, builders }) => ({
    ...clause,
    text: { zh: builders.zh.text, en: builders.en.text },
    values: { zh: builders.zh.values, en: builders.en.values },
    references: { zh: builders.zh.references, en: builders.en.references },
  }));
}
