// How a document writes its articles: 第X条, 第X章 (whose 第X条 are then its clauses), or 一、 /
// 1. headings; and where its own signature block starts, which the engine replaces.

import type { SourceLine } from "./document.js";
import { isSignatureLine, type LeftOut } from "./furniture.js";
import { matchArticle, matchClause, matchPlainArticle, type ArticleLine } from "./numbering.js";

/** A line that ends a sentence or a title's bracket: not a heading's words. */
export const TERMINAL = /[。；;.!！?？:：)）"”’」』】\]]$/;

export interface ArticleStyle {
  /** articles written 第…章 */
  hasZhang: boolean;
  /** articles written 第…条 */
  hasTiao: boolean;
  /** both: each 章 an article, each 条 a clause */
  zhangMode: boolean;
  /** the article a line starts, in this document's style */
  articleOf(text: string): ArticleLine | undefined;
}

export function articleStyle(lines: readonly SourceLine[], notes: string[]): ArticleStyle {
  const written = lines.map((l) => matchArticle(l.text));
  const hasZhang = written.some((a) => a?.kind === "章");
  const hasTiao = written.some((a) => a?.kind === "条");
  const zhangMode = hasZhang && hasTiao;
  const hasNumberedClauses = lines.some((l) => matchClause(l.text));
  const plainHeading = (a: ArticleLine | undefined): a is ArticleLine =>
    a !== undefined && a.rest.length <= 30 && !TERMINAL.test(a.rest) && !/[。；，,]/.test(a.rest) && (a.kind === "、" || hasNumberedClauses);
  const articleOf = (text: string): ArticleLine | undefined => {
    if (hasZhang || hasTiao) {
      const a = matchArticle(text);
      if (a && (!zhangMode || a.kind === "章")) return a;
      return undefined;
    }
    const p = matchPlainArticle(text);
    return plainHeading(p) ? p : undefined;
  };
  if (zhangMode) notes.push("the document has 章 and 条: each 第…章 became an article and each 第…条 a clause (the template numbers them 第一条 and 1.1)");
  else if (hasZhang) notes.push("articles are written 第…章: the template numbers articles 第一条, 第二条 …");
  return { hasZhang, hasTiao, zhangMode, articleOf };
}

/** The lines before the signature block at the end (after the last article): the engine writes its own. */
export function withoutSignatureBlock(lines: SourceLine[], style: ArticleStyle, leftOut: LeftOut[]): SourceLine[] {
  const lastArticle = lines.reduce((found, l, i) => (style.articleOf(l.text) ? i : found), -1);
  if (lastArticle < 0) return lines;
  let end = lines.length;
  while (end - 1 > lastArticle && isSignatureLine((lines[end - 1] as SourceLine).text)) end--;
  for (const l of lines.slice(end)) leftOut.push({ line: l.line, text: l.raw, reason: "the signature block (the engine generates a signature page)" });
  return lines.slice(0, end);
}
