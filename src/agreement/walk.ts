import type { Agreement, Clause, Inline, Item, Paragraph } from "./types.js";
import type { Lang } from "../core/bilingual.js";

/** Where an inline node stands: its language, and the clause or item that holds it (if any). */
export interface InlineContext {
  lang: Lang;
  /** "3.2", "3.1(a)", or undefined for the cover, parties and preamble */
  clause?: string;
  clauseNode?: Clause;
  item?: Item;
  paragraph?: Paragraph;
}

function visitInlines(nodes: Inline[], ctx: InlineContext, visit: (node: Inline, ctx: InlineContext) => void): void {
  for (const n of nodes) {
    visit(n, ctx);
    if (n.type === "strong" || n.type === "emphasis") visitInlines(n.children, ctx, visit);
  }
}

/** Visit every inline node of the agreement, in document order, Chinese before English. */
export function walkInlines(a: Agreement, visit: (node: Inline, ctx: InlineContext) => void): void {
  for (const lang of ["zh", "en"] as const) {
    if (a.agreementNumber) visitInlines(a.agreementNumber[lang], { lang }, visit);
    for (const p of a.parties) for (const part of [p.name, p.address, p.identifier]) visitInlines(part[lang], { lang }, visit);
    for (const p of a.preamble) visitInlines(p.text[lang], { lang, paragraph: p }, visit);
  }
  for (const article of a.articles) {
    for (const clause of article.clauses) {
      for (const b of clause.body) {
        const paragraphs = b.type === "paragraph" ? [b] : b.paragraphs;
        const where = b.type === "paragraph" ? clause.number : `${clause.number}(${b.number})`;
        for (const p of paragraphs) {
          for (const lang of ["zh", "en"] as const) {
            visitInlines(p.text[lang], { lang, clause: where, clauseNode: clause, ...(b.type === "item" ? { item: b } : {}), paragraph: p }, visit);
          }
        }
      }
    }
  }
}

/** The plain text of inline nodes, as a reader sees it. */
export function inlineText(nodes: Inline[]): string {
  return nodes
    .map((n) => (n.type === "text" ? n.value : n.type === "strong" || n.type === "emphasis" ? inlineText(n.children) : n.type === "placeholder" ? n.label : n.text))
    .join("");
}

/** Every paragraph of the agreement with its clause number (for rules that compare the two languages). */
export function paragraphsWithClause(a: Agreement): Array<{ clause?: string; paragraph: Paragraph }> {
  const out: Array<{ clause?: string; paragraph: Paragraph }> = a.preamble.map((paragraph) => ({ paragraph }));
  for (const article of a.articles)
    for (const clause of article.clauses)
      for (const b of clause.body) {
        if (b.type === "paragraph") out.push({ clause: clause.number, paragraph: b });
        else for (const p of b.paragraphs) out.push({ clause: `${clause.number}(${b.number})`, paragraph: p });
      }
  return out;
}
