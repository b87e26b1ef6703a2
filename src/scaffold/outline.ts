// The document's lines placed in the template's outline: preamble and parties before the first
// article, then articles ▸ clauses ▸ items. Only placing happens here; the words of each text
// become fields and references later (see blanks.ts).

import type { Lang } from "../core/bilingual.js";
import { chineseNumeral } from "../wording/numerals.js";
import type { SourceLine } from "./document.js";
import type { LeftOut } from "./furniture.js";
import { articleSlug, uniqueKey } from "./keys.js";
import { clauseNumber, type ArticleNode, type ClauseNode, type Holder, type ItemNode, type PartyNode } from "./model.js";
import { matchArticle, matchClause, matchItem, type ArticleLine } from "./numbering.js";
import { FrontMatter } from "./parties.js";
import { scanPlaceholders } from "./placeholders.js";
import type { ArticleStyle } from "./structure.js";

const NO_TITLE: Record<Lang, string> = { zh: "（标题）", en: "(Title)" };
const ITEM_LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** The outline being built, and the indexes written references are resolved with. */
export class Outline {
  readonly holders: Holder[] = [];
  readonly parties: PartyNode[] = [];
  readonly preamble: Holder[] = [];
  readonly articles: ArticleNode[] = [];
  readonly clauseByKey = new Map<string, ClauseNode>();
  /** `${clause key}|${item position}` → item */
  readonly itemByKey = new Map<string, ItemNode>();
  readonly articleByNumber = new Map<number, ArticleNode>();
  agreementNo: Holder | undefined;
  article: ArticleNode | undefined;
  clause: ClauseNode | undefined;
  /** an item whose label stood alone on its line: the next line is its text */
  pendingItem: ItemNode | undefined;
  private readonly articleIds = new Set<string>();

  constructor(
    readonly lang: Lang,
    readonly style: ArticleStyle,
    readonly notes: string[],
    readonly notPlaced: LeftOut[],
  ) {}

  holder(l: SourceLine, text: string, where: string): Holder {
    const h: Holder = { line: l.line, text, pieces: [], where, ...(this.article ? { article: this.article } : {}) };
    this.holders.push(h);
    return h;
  }

  newClause(l: SourceLine, key: string | undefined, writtenNo: string | undefined): ClauseNode {
    const a = this.article as ArticleNode;
    const c: ClauseNode = { id: `${a.id}.${a.clauses.length + 1}`, body: [], line: l.line, ...(key ? { key } : {}), ...(writtenNo ? { written: writtenNo } : {}) };
    a.clauses.push(c);
    if (key) {
      if (this.clauseByKey.has(key)) this.notes.push(`clause ${writtenNo ?? key} is written twice (line ${l.line}): references to it go to the first`);
      else this.clauseByKey.set(key, c);
    }
    this.pendingItem = undefined;
    return c;
  }

  implicitClause(l: SourceLine, what: string): ClauseNode {
    const a = this.article as ArticleNode;
    this.notes.push(`${what} under ${a.written} (line ${l.line}) stands in no numbered clause: it became clause ${this.articles.length}.${a.clauses.length + 1}`);
    return this.newClause(l, undefined, undefined);
  }

  clauseNumber(c: ClauseNode): string {
    return clauseNumber(this.articles, c);
  }

  startArticle(l: SourceLine, a: ArticleLine): void {
    const n = this.articles.length + 1;
    if (a.number !== n) this.notes.push(`${a.written} (line ${l.line}) is article ${n} in order: the template numbers it 第${chineseNumeral(n)}条`);
    const sentence = this.lang === "en" ? /[。；.;]$/ : /[。；]$/;
    const bodyLike = a.text === undefined && (a.rest === "" || a.rest.length > 30 || sentence.test(a.rest));
    const titleText = bodyLike ? NO_TITLE[this.lang] : a.rest;
    if (!bodyLike && scanPlaceholders(a.rest).some((p) => p.t === "placeholder")) {
      this.notPlaced.push({ line: l.line, text: a.rest, reason: "a placeholder in an article title: titles hold no fields, so it stays as written" });
    }
    const id = uniqueKey(articleSlug(titleText) ?? `article_${n}`, this.articleIds);
    this.article = { id, written: a.written, number: a.number, title: titleText.replace(/\|/g, "｜"), clauses: [], line: l.line };
    this.articles.push(this.article);
    if (!this.articleByNumber.has(a.number)) this.articleByNumber.set(a.number, this.article);
    this.clause = undefined;
    this.pendingItem = undefined;
    const text = bodyLike ? a.rest : a.text;
    if (text) {
      if (bodyLike) this.notes.push(`${a.written} (line ${l.line}) has text but no title: the text became clause ${n}.1 and the title is “${NO_TITLE[this.lang]}”; write one in agreement.md`);
      this.clause = this.newClause(l, undefined, undefined);
      this.clause.body.push({ t: "paragraph", holder: this.holder(l, text, `${n}.1`) });
    } else if (bodyLike) this.notes.push(`${a.written} (line ${l.line}) has no title: the title is “${NO_TITLE[this.lang]}”; write one in agreement.md`);
  }

  /** A line inside an article: a clause, an item, or text of the clause or item before it. */
  bodyLine(l: SourceLine): void {
    const text = l.text;
    const article = this.article as ArticleNode;
    if (this.style.zhangMode) {
      const tiao = matchArticle(text);
      if (tiao?.kind === "条") {
        this.clause = this.newClause(l, `条${tiao.number}`, tiao.written);
        if (tiao.rest) this.clause.body.push({ t: "paragraph", holder: this.holder(l, tiao.rest, this.clauseNumber(this.clause)) });
        return;
      }
    }
    const c = matchClause(text);
    if (c) {
      if (!this.style.zhangMode && c.article !== article.number && c.article !== this.articles.length) {
        this.notes.push(`clause ${c.written} (line ${l.line}) stands under ${article.written}: it is numbered ${this.articles.length}.${article.clauses.length + 1}`);
      }
      this.clause = this.newClause(l, `${c.article}.${c.clause}`, c.written);
      if (c.rest) this.clause.body.push({ t: "paragraph", holder: this.holder(l, c.rest, this.clauseNumber(this.clause)) });
      return;
    }
    // a heading below the articles' level starts a clause of its own
    if (l.heading !== undefined && this.style.kind === "heading") {
      this.clause = this.newClause(l, undefined, undefined);
      this.clause.body.push({ t: "paragraph", holder: this.holder(l, text, this.clauseNumber(this.clause)) });
      return;
    }
    // 一、 items only where articles are written 第…条 (elsewhere 一、 heads an article); 1、 items under 一、 articles
    const it = matchItem(text, this.style.hasZhang || this.style.hasTiao, this.style.hasZhang || this.style.hasTiao || this.style.kind === "plain");
    if (it) {
      const clause = (this.clause ??= this.implicitClause(l, `item ${it.written}`));
      const index = clause.body.filter((b) => b.t === "item").length;
      const letter = ITEM_LETTERS[index] ?? String(index + 1);
      const item: ItemNode = { id: `${clause.id}.${letter}`, written: it.written, position: it.position, holders: [], line: l.line };
      if (it.rest) item.holders.push(this.holder(l, it.rest, `${this.clauseNumber(clause)} ${letter})`));
      clause.body.push({ t: "item", item });
      if (clause.key && !this.itemByKey.has(`${clause.key}|${it.position}`)) this.itemByKey.set(`${clause.key}|${it.position}`, item);
      this.pendingItem = it.rest ? undefined : item;
      return;
    }
    const clause = (this.clause ??= this.implicitClause(l, "text"));
    if (this.pendingItem) {
      this.pendingItem.holders.push(this.holder(l, text, `${this.clauseNumber(clause)} ${this.pendingItem.id.split(".").pop()})`));
      this.pendingItem = undefined;
      return;
    }
    clause.body.push({ t: "paragraph", holder: this.holder(l, text, this.clauseNumber(clause)) });
  }
}

/** Place every line: the front matter before the first article, then the articles. */
export function readOutline(lines: readonly SourceLine[], outline: Outline): void {
  const front = new FrontMatter(outline);
  for (const l of lines) {
    const a = outline.style.articleOf(l);
    if (a) outline.startArticle(l, a);
    else if (!outline.article) front.line(l);
    else outline.bodyLine(l);
  }
  front.finish();
  if (outline.articles.length === 0) oneArticle(outline);
}

/**
 * A document without articles: a template needs one, so the text after the parties becomes one
 * article of one clause, titled （标题） for the author to write; text before them stays preamble.
 */
function oneArticle(o: Outline): void {
  const partyLines = [...o.parties.map((p) => p.line ?? 0), ...o.preamble.filter((h) => h.party || h.assign).map((h) => h.line)];
  const after = Math.max(0, ...partyLines);
  const body = o.preamble.filter((h) => !h.party && !h.assign && h.line > after);
  if (body.length === 0) {
    o.notes.push("no articles (第一条 / 第一章 / 一、) found and no text after the parties: the template has no article, which it needs: add one to agreement.md");
    return;
  }
  const first = body[0] as Holder;
  const title = NO_TITLE[o.lang];
  const article: ArticleNode = { id: "article_1", written: "", number: 1, title, clauses: [], line: first.line };
  o.articles.push(article);
  const clause: ClauseNode = { id: "article_1.1", body: [], line: first.line };
  article.clauses.push(clause);
  for (const h of body) {
    o.preamble.splice(o.preamble.indexOf(h), 1);
    h.where = "1.1";
    h.article = article;
    clause.body.push({ t: "paragraph", holder: h });
  }
  o.notes.push(`no articles (第一条 / 第一章 / 一、${o.lang === "en" ? ", 1., Markdown headings" : ""}) found: the text after the parties (line ${first.line} on) became one article titled “${title}” with one clause (a template needs an article): write the title, and split it into articles and clauses where the document has them`);
}
