// Numbers come from order alone, so an optional clause that drops out renumbers what follows,
// and every reference follows. Computed once per agreement: the tree's labels and the texts
// references print are both read from here.

import type { Bilingual } from "../core/bilingual.js";
import { chineseNumeral } from "../wording/index.js";
import type { RawAgreement } from "./parse-source.js";

const ITEM_LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** What a reference can point at: an article, clause or item, with its number. */
export interface Target {
  id: string;
  /** "3", "3.2", "3.2(a)": what a deal value may give instead of an id. */
  number: string;
  /** What a reference to it prints: 第3.2条 / Clause 3.2. */
  text: Bilingual<string>;
}

export interface ItemNumber {
  /** "a", "b", … */
  letter: string;
  /** "a)" / "(a)" */
  label: Bilingual<string>;
}

export interface ClauseNumber {
  /** "3.2" */
  number: string;
  /** One per item of the clause, in order. */
  items: ItemNumber[];
}

export interface ArticleNumber {
  /** 1-based */
  number: number;
  /** 第三条 / Article 3 */
  label: Bilingual<string>;
  clauses: ClauseNumber[];
}

export interface Numbering {
  /** Parallel to the raw agreement's articles, clauses and items. */
  articles: ArticleNumber[];
  /** Every article, clause and item by id. */
  byId: Map<string, Target>;
  /** The same by number ("3.2", "3.2(a)", "3"). */
  byNumber: Map<string, Target>;
}

export function articleLabel(n: number): Bilingual<string> {
  return { zh: `第${chineseNumeral(n)}条`, en: `Article ${n}` };
}

export function numberAgreement(raw: RawAgreement): Numbering {
  const byId = new Map<string, Target>();
  const articles = raw.articles.map((article, articleIndex): ArticleNumber => {
    const n = articleIndex + 1;
    const label = articleLabel(n);
    byId.set(article.id, { id: article.id, number: String(n), text: label });
    const clauses = article.clauses.map((clause, clauseIndex): ClauseNumber => {
      const number = `${n}.${clauseIndex + 1}`;
      byId.set(clause.id, { id: clause.id, number, text: { zh: `第${number}条`, en: `Clause ${number}` } });
      const items = clause.body
        .filter((element) => element.type === "item")
        .map((item, itemIndex): ItemNumber => {
          const letter = ITEM_LETTERS[itemIndex] ?? String(itemIndex + 1);
          byId.set(item.id, {
            id: item.id,
            number: `${number}(${letter})`,
            text: { zh: `第${number}条${letter})项`, en: `Clause ${number}(${letter})` },
          });
          return { letter, label: { zh: `${letter})`, en: `(${letter})` } };
        });
      return { number, items };
    });
    return { number: n, label, clauses };
  });
  const byNumber = new Map([...byId.values()].map((target) => [target.number, target]));
  return { articles, byId, byNumber };
}
