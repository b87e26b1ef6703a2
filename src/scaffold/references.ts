// Written clause numbers (第3.1条, 本条2.2款, 第一条, Clause 3.1(b), Article 2) become references
// by id, so they follow the generated numbers; a number the document does not have becomes a
// clause field the deal fills. A law's article (《民法典》第五百七十七条) is a citation.

import { chineseNumeral } from "../wording/numerals.js";
import type { FieldRegistry } from "./field-registry.js";
import type { Analysis, ArticleNode, ClauseNode, Holder, ItemNode, Piece, ResolvedReference } from "./model.js";
import { itemPosition, matchArticle, parseNumeral, ZH_NUMERAL } from "./numbering.js";
import type { Outline } from "./outline.js";

const ITEM_REF = (n: number): string => String.raw`(?:\s*第?\s*(?<item${n}>[(（]?\s*(?:[a-z]|${ZH_NUMERAL}|\d{1,2})\s*[)）]?)\s*项)?`;
const REF = new RegExp(
  [
    String.raw`本条\s*第?\s*(?<here>\d{1,3}(?:\s*[.．]\s*\d{1,3})?)\s*[款条]` + ITEM_REF(1),
    String.raw`第\s*(?<num>\d{1,3}\s*[.．]\s*\d{1,3})\s*[条款]` + ITEM_REF(2),
    String.raw`(?<![\d.．])(?<bare>\d{1,3}[.．]\d{1,3})\s*[条款]` + ITEM_REF(3),
    String.raw`第\s*(?<art>${ZH_NUMERAL}|\d{1,3})\s*(?<kind>条|章)(?![款项])`,
    // English: Clause 3.1, Section 3.1(b), Article 2, Chapter 1
    String.raw`\b(?:[Cc]lause|[Ss]ection|[Pp]aragraph|[Aa]rticle)\s+(?<enNum>\d{1,3}\.\d{1,3})(?![\d.]*\d)(?:\s*\((?<item4>[a-z])\))?`,
    String.raw`\b(?<enKind>[Aa]rticle|ARTICLE|[Cc]hapter)\s+(?<enArt>\d{1,3}|[IVXLC]{1,6})\b(?![.]\d)`,
  ].join("|"),
  "g",
);
const LAW_BEFORE = /(》|法|条例|规定|办法|细则|解释|公约|章程)\s*$/;
// English citations name the law after the number: Article 577 of the Civil Code
const LAW_AFTER = /^\s+of\s+(the\s+)?[A-Z]/;

type Target = ArticleNode | ClauseNode | ItemNode;
interface Resolution {
  target?: Target;
  /** a reference into this document (not a citation, not a kind of number it does not use) */
  ours: boolean;
  slug: string;
}
const NOT_OURS: Resolution = { ours: false, slug: "" };

export class References {
  readonly resolved: ResolvedReference[] = [];

  constructor(
    private readonly o: Outline,
    private readonly fields: FieldRegistry,
    private readonly clauseFields: Analysis["clauseFields"],
  ) {}

  /** A text's written references as pieces: ref to a target, ref-field to a clause field. */
  pieces(text: string, h: Holder): Piece[] {
    if (h.agreementNo || h.party?.attr) return [{ t: "text", s: text }];
    const en = this.o.lang === "en";
    const out: Piece[] = [];
    let last = 0;
    for (const m of text.matchAll(REF)) {
      const before = text.slice(0, m.index);
      if (LAW_BEFORE.test(before) || LAW_AFTER.test(text.slice(m.index + m[0].length))) continue;
      const r = this.resolve(m, h);
      if (!r.ours) continue;
      if (m.index > last) out.push({ t: "text", s: text.slice(last, m.index) });
      last = m.index + m[0].length;
      const writtenRef = m[0].replace(/\s+/g, "");
      if (r.target) {
        out.push({ t: "ref", id: r.target.id });
        this.resolved.push({ line: h.line, written: m[0], target: r.target.id, rendersAs: this.renderNumber(r.target) });
        continue;
      }
      const field = this.fields.get(en ? m[0].trim() : writtenRef, "clause", undefined, { line: h.line, where: h.where, written: m[0] }, {
        slugHint: r.slug,
        keyFrom: "reference",
        fromPlaceholder: false,
        hint: en ? `written “${m[0]}”, a clause the document does not have: give the clause's id or number` : `原文为“${writtenRef}”，但文档中没有这一条：请填写所指条款的 id 或编号`,
      });
      out.push({ t: "ref-field", field });
      this.clauseFields.push({ line: h.line, written: m[0], field });
    }
    if (last < text.length) out.push({ t: "text", s: text.slice(last) });
    return out;
  }

  private renderNumber(target: Target): string {
    const en = this.o.lang === "en";
    const articles = this.o.articles;
    if ("title" in target) {
      const n = articles.indexOf(target) + 1;
      return en ? `Article ${n}` : `第${chineseNumeral(n)}条`;
    }
    if ("body" in target) return en ? `Clause ${this.o.clauseNumber(target)}` : `第${this.o.clauseNumber(target)}条`;
    const c = articles.flatMap((x) => x.clauses).find((x) => x.body.some((b) => b.t === "item" && b.item === target)) as ClauseNode;
    const letter = target.id.split(".").pop() as string;
    return en ? `Clause ${this.o.clauseNumber(c)}(${letter})` : `第${this.o.clauseNumber(c)}条${letter})项`;
  }

  private resolve(m: RegExpMatchArray, h: Holder): Resolution {
    const g = m.groups ?? {};
    const norm = (s: string): string => s.replace(/\s+/g, "").replace("．", ".");
    let key: string | undefined;
    if (g.here !== undefined) {
      const here = norm(g.here);
      key = here.includes(".") ? here : h.article ? `${h.article.number}.${here}` : undefined;
      if (!key) return NOT_OURS;
    } else if (g.num !== undefined || g.bare !== undefined || g.enNum !== undefined) key = norm((g.num ?? g.bare ?? g.enNum) as string);
    if (key !== undefined) return this.clauseOrItem(key, g.item1 ?? g.item2 ?? g.item3 ?? g.item4);
    if (g.enArt !== undefined) return this.englishArticle(g.enArt, g.enKind ?? "");
    return this.chineseArticle(g.art as string, g.kind as string);
  }

  private clauseOrItem(key: string, item: string | undefined): Resolution {
    const slug = `clause_${key.replace(/\./g, "_")}`;
    if (item !== undefined) {
      const pos = itemPosition(item);
      const target = pos !== undefined ? this.o.itemByKey.get(`${key}|${pos}`) : undefined;
      return { ...(target ? { target } : {}), ours: true, slug: `${slug}_${pos ?? "item"}` };
    }
    const c = this.o.clauseByKey.get(key);
    return { ...(c ? { target: c } : {}), ours: true, slug };
  }

  private englishArticle(written: string, kind: string): Resolution {
    const { hasZhang, hasTiao, zhangMode } = this.o.style;
    const n = /^\d/.test(written) ? Number(written) : (matchArticle(`Article ${written}`)?.number ?? 0);
    const chapter = /^chapter/i.test(kind);
    if (chapter ? !hasZhang : zhangMode || !hasTiao) return NOT_OURS;
    const target = this.o.articleByNumber.get(n);
    return { ...(target ? { target } : {}), ours: true, slug: `${chapter ? "chapter" : "article"}_${n}` };
  }

  private chineseArticle(written: string, kind: string): Resolution {
    const { hasZhang, hasTiao, zhangMode } = this.o.style;
    const n = parseNumeral(written);
    if (n === undefined) return NOT_OURS;
    if (kind === "章") {
      if (!hasZhang) return NOT_OURS;
      const target = this.o.articleByNumber.get(n);
      return { ...(target ? { target } : {}), ours: true, slug: `chapter_${n}` };
    }
    if (zhangMode) {
      const target = this.o.clauseByKey.get(`条${n}`);
      return { ...(target ? { target } : {}), ours: true, slug: `clause_${n}` };
    }
    if (!hasTiao) return NOT_OURS;
    const target = this.o.articleByNumber.get(n);
    return { ...(target ? { target } : {}), ours: true, slug: `article_${n}` };
  }
}
