// A document cut off in its last article (a page copied from a site often is): kept as written,
// and reported so that the user completes it.

import { clauseNumber, type Analysis, type ArticleNode } from "./model.js";
import { TERMINAL } from "./structure.js";

export function findTruncation(articles: readonly ArticleNode[]): Analysis["truncated"] {
  const last = articles.at(-1);
  if (!last) return undefined;
  const lastClause = last.clauses.at(-1);
  if (!lastClause) return { line: last.line, text: `${last.written}${last.title}`, where: `${last.written} has its heading and no text` };
  const b = lastClause.body.at(-1);
  const h = b?.t === "paragraph" ? b.holder : b?.item.holders.at(-1);
  if (!h) return { line: lastClause.line, text: lastClause.written ?? "", where: `clause ${clauseNumber(articles, lastClause)} has no text` };
  if (!TERMINAL.test(h.text.trim())) return { line: h.line, text: h.text, where: `${h.where.includes(" ") ? "item" : "clause"} ${h.where} ends mid-sentence (“${h.text.slice(-12)}”)` };
  return undefined;
}
