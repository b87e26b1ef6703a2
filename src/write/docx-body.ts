// The body of word/document.xml: the agreement's paragraphs and tables in one of the four
// layouts, Chinese and English side by side (parallel), one after the other (stacked) or alone,
// with a cover block with the parties, the articles, and the signature block.

import type { Agreement, Article, Clause, Inline, Item, Party } from "../agreement/types.js";
import type { Lang } from "../core/bilingual.js";
import { signatureHeadingXml, signatureTableXml } from "./docx-signatures.js";
import { CONTENT_WIDTH, STYLE } from "./docx-styles.js";
import { Bookmarks } from "./docx-bookmarks.js";
import { referenceWriter } from "./docx-references.js";
import {
  inlineRunsXml,
  paragraphXml,
  runXml,
  tableXml,
  textRunsXml,
  type BorderXml,
  type CellXml,
  type ReferenceXml,
  type RowXml,
} from "./docx-xml.js";
import { LABELS, labelled as withColon } from "./labels.js";
import type { Layout } from "./layout.js";

/** Paragraphs (as XML) of one language for one piece of the agreement that has a translation. */
type Pair = Record<Lang, string[]>;

export function languagesOf(layout: Layout): Lang[] {
  return layout === "zh" ? ["zh"] : layout === "en" ? ["en"] : ["zh", "en"];
}

function para(style: string, runs: string): string {
  return paragraphXml(style, runs);
}

/** What writing one document's body needs besides the agreement. */
interface Context {
  /** The layout's languages: a pair is written in these only. */
  langs: readonly Lang[];
  bookmarks: Bookmarks;
  reference: ReferenceXml;
}

function labelled(ctx: Context, style: string, label: string, value: readonly Inline[], lang: Lang): string {
  return para(style, textRunsXml(label, { lang }) + inlineRunsXml(value, { lang }, ctx.reference));
}

function pair(ctx: Context, build: (lang: Lang) => string[]): Pair {
  return { zh: ctx.langs.includes("zh") ? build("zh") : [], en: ctx.langs.includes("en") ? build("en") : [] };
}

// ---------------------------------------------------------------------------------------
// The pieces, each in both languages.

function agreementNumberPair(ctx: Context, number: NonNullable<Agreement["agreementNumber"]>): Pair {
  return pair(ctx, (lang) => [labelled(ctx, STYLE.agreementNumber, withColon(LABELS.agreementNumber, lang), number[lang], lang)]);
}

function partyPair(ctx: Context, party: Party): Pair {
  return pair(ctx, (lang) => [
    labelled(ctx, STYLE.party, withColon(party.role, lang), party.name[lang], lang),
    labelled(ctx, STYLE.partyDetail, withColon(LABELS.address, lang), party.address[lang], lang),
    labelled(ctx, STYLE.partyDetail, withColon(LABELS.creditCode, lang), party.creditCode[lang], lang),
  ]);
}

/** The article's number (第三条 / Article 3) in its bookmark, then its title. */
function headingRuns(ctx: Context, article: Article, lang: Lang): string {
  const format = { lang };
  return ctx.bookmarks.mark(article.id, lang, textRunsXml(article.label[lang], format)) + textRunsXml(` ${article.title[lang]}`, format);
}

function headingPair(ctx: Context, article: Article): Pair {
  return pair(ctx, (lang) => [para(STYLE.heading1, headingRuns(ctx, article, lang))]);
}

/**
 * One pair per element of the clause's body, so that in a parallel text every paragraph and
 * item sits in the same row as its translation. The first paragraph starts with the
 * clause number; a clause that opens with an item gets a paragraph of its own for it.
 */
function clausePairs(ctx: Context, clause: Clause): Pair[] {
  const bold = clause.conspicuous;
  const number = (lang: Lang): string => ctx.bookmarks.mark(clause.id, lang, textRunsXml(clause.number, { lang, bold }));
  // The number, then a tab to the hanging indent where the text starts.
  const numberRuns = (lang: Lang): string => number(lang) + textRunsXml("\t", { lang, bold });
  const pairs: Pair[] = [];
  clause.body.forEach((element, index) => {
    if (element.type === "paragraph") {
      // A paragraph that leads into items ("… the following service levels:") stays on the
      // page of the first item.
      const keepNext = clause.body[index + 1]?.type === "item";
      const style = index === 0 ? STYLE.clause : STYLE.clauseContinued;
      pairs.push(
        pair(ctx, (lang) => [
          paragraphXml(
            style,
            (index === 0 ? numberRuns(lang) : "") + inlineRunsXml(element.text[lang], { lang, bold }, ctx.reference),
            keepNext,
          ),
        ]),
      );
    } else {
      if (index === 0) pairs.push(pair(ctx, (lang) => [para(STYLE.clause, number(lang))]));
      pairs.push(itemPair(ctx, element, bold));
    }
  });
  if (clause.body.length === 0) pairs.push(pair(ctx, (lang) => [para(STYLE.clause, number(lang))]));
  return pairs;
}

function itemPair(ctx: Context, item: Item, clauseBold: boolean): Pair {
  const bold = clauseBold || item.conspicuous;
  return pair(ctx, (lang) => {
    const format = { lang, bold };
    const label = ctx.bookmarks.mark(item.id, lang, textRunsXml(item.label[lang], format)) + textRunsXml("\t", format);
    if (item.paragraphs.length === 0) return [para(STYLE.item, label)];
    return item.paragraphs.map((paragraph, index) =>
      index === 0
        ? para(STYLE.item, label + inlineRunsXml(paragraph.text[lang], format, ctx.reference))
        : para(STYLE.itemContinued, inlineRunsXml(paragraph.text[lang], format, ctx.reference)),
    );
  });
}

// ---------------------------------------------------------------------------------------
// Layouts.

const NO_BORDER: BorderXml = { style: "none", size: 0, color: "auto" };
const RULE: BorderXml = { style: "single", size: 4, color: "808080" };
const HALF = Math.floor(CONTENT_WIDTH / 2);

function parallelCell(children: string[], heading = false): CellXml {
  return {
    width: HALF,
    paragraphs: children.join(""),
    ...(heading ? { borders: { top: RULE, bottom: RULE }, fill: "F2F2F2" } : {}),
  };
}

/**
 * The whole agreement after the title as one table: a heading row repeated on every page,
 * then one row per pair, which never breaks across a page, so no paragraph is ever on
 * another page than its translation. A rule between the columns, none between the rows.
 */
function parallelTable(pairs: Pair[]): string {
  const heading: RowXml = {
    tableHeader: true,
    cantSplit: true,
    cells: (["zh", "en"] as const).map((lang) =>
      parallelCell([para(STYLE.columnHeading, textRunsXml(LABELS.columnHeading[lang], { lang }))], true),
    ),
  };
  const rows = pairs.map((p): RowXml => ({ cantSplit: true, cells: [parallelCell(p.zh), parallelCell(p.en)] }));
  return tableXml({
    rows: [heading, ...rows],
    width: CONTENT_WIDTH,
    columnWidths: [HALF, CONTENT_WIDTH - HALF],
    fixed: true,
    borders: {
      top: RULE,
      bottom: RULE,
      left: NO_BORDER,
      right: NO_BORDER,
      insideHorizontal: NO_BORDER,
      insideVertical: RULE,
    },
  });
}

/** The body of word/document.xml, without its section properties. */
export function bodyXml(agreement: Agreement, layout: Layout): string {
  const langs = languagesOf(layout);
  const bookmarks = new Bookmarks(agreement);
  const ctx: Context = { langs, bookmarks, reference: referenceWriter(agreement, bookmarks) };
  const titles = langs.map((lang) => para(STYLE.title, textRunsXml(agreement.title[lang], { lang }))).join("");

  const cover: Pair[] = [
    ...(agreement.agreementNumber ? [agreementNumberPair(ctx, agreement.agreementNumber)] : []),
    ...agreement.parties.map((party) => partyPair(ctx, party)),
  ];
  const preamble = agreement.preamble.map((p) =>
    pair(ctx, (lang) => [para(STYLE.body, inlineRunsXml(p.text[lang], { lang }, ctx.reference))]),
  );
  const signatureHeading = signatureHeadingXml(langs);
  const signatures = signatureTableXml(agreement.parties, langs);

  if (layout === "parallel") {
    const pairs = [
      ...cover,
      ...preamble,
      ...agreement.articles.flatMap((article) => [
        headingPair(ctx, article),
        ...article.clauses.flatMap((clause) => clausePairs(ctx, clause)),
      ]),
    ];
    return titles + parallelTable(pairs) + signatureHeading + signatures;
  }

  const flatten = (pairs: Pair[]): string => pairs.map((p) => langs.map((lang) => p[lang].join("")).join("")).join("");
  const articleParagraphs = agreement.articles
    .map((article): string => {
      // Stacked: one heading per article, both languages on it, so the navigation pane and a
      // table of contents list each article once.
      const heading = para(
        STYLE.heading1,
        langs.map((lang, index) => (index > 0 ? runXml({ lang }, "<w:br/>") : "") + headingRuns(ctx, article, lang)).join(""),
      );
      // Stacked: each clause in full in Chinese, then in full in English.
      const clauses = article.clauses
        .map((clause) => {
          const pairs = clausePairs(ctx, clause);
          return langs.map((lang) => pairs.map((p) => p[lang].join("")).join("")).join("");
        })
        .join("");
      return heading + clauses;
    })
    .join("");
  return titles + flatten(cover) + flatten(preamble) + articleParagraphs + signatureHeading + signatures;
}

