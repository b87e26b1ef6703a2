// How a document writes its articles: 第X条, 第X章 (whose 第X条 are then its clauses), Markdown
// headings (# / ## / ###), or 一、 / 1. lines; and where its own signature block starts, which
// the engine replaces.

import type { SourceLine } from "./document.js";
import { isSignatureHeading, isSignatureLine, type LeftOut } from "./furniture.js";
import { matchArticle, matchClause, matchPlainArticle, type ArticleLine } from "./numbering.js";
import { isRoleName, roleLineParts } from "./parties.js";
import { scanPlaceholders } from "./placeholders.js";

/** A line that ends a sentence or a title's bracket: not a heading's words. */
export const TERMINAL = /[。；;.!！?？:：)）"”’」』】\]]$/;

export interface ArticleStyle {
  /** how articles are written */
  kind: "条" | "章" | "heading" | "plain" | "none";
  /** articles written 第…章 */
  hasZhang: boolean;
  /** articles written 第…条 */
  hasTiao: boolean;
  /** both: each 章 an article, each 条 a clause */
  zhangMode: boolean;
  /** the Markdown heading level of articles (deeper headings start clauses) */
  headingDepth?: number;
  /** the article a line starts, in this document's style */
  articleOf(l: SourceLine): ArticleLine | undefined;
}

// 1. Term. This Agreement … : an English run-in title of up to six words
const EN_RUN_IN = /^([A-Z][\w'’&/-]*(?: (?:[A-Z][\w'’&/-]*|of|and|or|the|to|for|in|on|by|with|a|an)){0,5})\.\s+(\S.*)$/;
// 一、合作内容：乙方负责…
const ZH_RUN_IN = /^([^，,。；;：:（(【[]{2,12})[：:]\s*(\S.*)$/;

/** A heading's title and the text after a run-in title. */
function splitTitle(a: ArticleLine, en: boolean): ArticleLine {
  const rest = a.rest.replace(/\s*[:：]$/, "");
  const m = (en ? EN_RUN_IN : ZH_RUN_IN).exec(rest);
  if (m && /[。.；;!?？！]$/.test(rest)) return { ...a, rest: m[1] as string, text: m[2] as string };
  return { ...a, rest };
}

const headingLike = (rest: string): boolean => rest.length <= 30 && !TERMINAL.test(rest) && !/[。；，,]/.test(rest);

/** 一、 / 1. lines that head articles: heading-like ones, and sentences that continue their sequence. */
function plainArticles(lines: readonly SourceLine[], en: boolean): Map<SourceLine, ArticleLine> {
  const hasNumberedClauses = lines.some((l) => matchClause(l.text));
  const out = new Map<SourceLine, ArticleLine>();
  let last = 0;
  for (const l of lines) {
    const p = matchPlainArticle(l.text);
    if (!p || l.table) continue;
    const a = splitTitle(p, en);
    const inSequence = p.number === last + 1;
    const heading = headingLike(a.rest) && (p.kind === "、" || hasNumberedClauses || inSequence);
    if (heading || (inSequence && (p.kind === "、" || a.text !== undefined || hasNumberedClauses))) {
      out.set(l, a);
      last = p.number;
    }
  }
  // one numbered line is a list entry, not the document's structure
  return out.size >= 2 || hasNumberedClauses ? out : new Map();
}

/** Markdown headings at the shallowest level used twice: the articles. */
function headingArticles(lines: readonly SourceLine[], en: boolean): { depth: number; articles: Map<SourceLine, ArticleLine> } | undefined {
  const headings = lines.filter((l) => l.heading !== undefined && !isSignatureHeading(l.text));
  const depths = [...new Set(headings.map((l) => l.heading as number))].sort();
  const depth = depths.find((d) => headings.filter((l) => l.heading === d).length >= 2);
  if (depth === undefined) return undefined;
  const articles = new Map<SourceLine, ArticleLine>();
  for (const l of headings) {
    if (l.heading !== depth) continue;
    const n = articles.size + 1;
    const numbered = matchPlainArticle(l.text);
    const a = numbered ? splitTitle(numbered, en) : { kind: "#" as const, number: n, written: l.text, rest: l.text };
    articles.set(l, { ...a, kind: "#", number: numbered?.number ?? n });
  }
  return { depth, articles };
}

export function articleStyle(lines: readonly SourceLine[], en: boolean, notes: string[]): ArticleStyle {
  const written = lines.map((l) => matchArticle(l.text));
  const hasZhang = written.some((a) => a?.kind === "章");
  const hasTiao = written.some((a) => a?.kind === "条");
  const zhangMode = hasZhang && hasTiao;
  if (zhangMode) notes.push("the document has 章 and 条: each 第…章 became an article and each 第…条 a clause (the template numbers them 第一条 and 1.1)");
  else if (hasZhang) notes.push("articles are written 第…章: the template numbers articles 第一条, 第二条 …");
  const base = { hasZhang, hasTiao, zhangMode };
  if (hasZhang || hasTiao) {
    const articleOf = (l: SourceLine): ArticleLine | undefined => {
      const a = matchArticle(l.text);
      return a && (!zhangMode || a.kind === "章") ? a : undefined;
    };
    return { ...base, kind: hasTiao && !zhangMode ? "条" : "章", articleOf };
  }
  const headings = headingArticles(lines, en);
  if (headings) return { ...base, kind: "heading", headingDepth: headings.depth, articleOf: (l) => headings.articles.get(l) };
  const plain = plainArticles(lines, en);
  return { ...base, kind: plain.size > 0 ? "plain" : "none", articleOf: (l) => plain.get(l) };
}

// what a signature block writes after a role besides the blank to sign on: （盖章）, (Seal)
const SEAL_WORDS = /[（(]\s*(盖章|签章|签字|签名|公章|章|seal|signature)\s*[)）]/gi;

/**
 * A role written again at the end with nothing but a blank (乙方：____, Client: [Name] (Seal),
 * CLIENT): the signature block's line for that party. The role must stand earlier in the
 * document, so that the parties' own lines are never taken for one.
 */
function repeatedRole(l: SourceLine, earlier: readonly SourceLine[]): boolean {
  const t = l.text.trim();
  const alone = t.replace(/[:：]\s*$/, "");
  if (isRoleName(alone)) return true;
  const parts = roleLineParts(t);
  if (!parts) return false;
  const rest = scanPlaceholders(parts.value)
    .map((p) => (p.t === "text" ? p.s : ""))
    .join("")
    .replace(SEAL_WORDS, "")
    .replace(/[\s,，.。:：_＿]/g, "");
  return rest === "" && earlier.some((e) => e.line < l.line && roleLineParts(e.text.trim())?.role === parts.role);
}

/** A line of the document's own signature block: a signature line, or a table row of them. */
function isSignature(l: SourceLine, lines: readonly SourceLine[]): boolean {
  if (!l.table) return isSignatureLine(l.text) || repeatedRole(l, lines);
  return l.table.cells.every((c) => c === "" || isSignatureLine(c) || isRoleName(c.replace(/[:：]\s*$/, "")) || /^[＿_\s]+$/.test(c));
}

/**
 * The lines before the signature block at the end (after the last article, or at the end of a
 * document without articles): the engine writes its own signature page, so the document's own
 * is left out rather than printed twice.
 */
export function withoutSignatureBlock(lines: SourceLine[], style: ArticleStyle, leftOut: LeftOut[]): SourceLine[] {
  const lastArticle = lines.reduce((found, l, i) => (style.articleOf(l) ? i : found), -1);
  let end = lines.length;
  while (end - 1 > lastArticle && isSignature(lines[end - 1] as SourceLine, lines)) end--;
  // without articles, a lone last line that merely looks like one (日期：…) stays text
  if (lastArticle < 0 && lines.length - end < 2) return lines;
  for (const l of lines.slice(end)) leftOut.push({ line: l.line, text: l.raw, reason: "the signature block (the engine generates a signature page)" });
  return lines.slice(0, end);
}
