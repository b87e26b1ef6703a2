// The body of word/document.xml: the agreement's paragraphs and tables in one of the four
// layouts, Chinese and English side by side (parallel), one after the other (stacked) or alone,
// with a cover block with the parties, the articles, and the signature block.

import type { Agreement, Article, Clause, Inline, Item, Party } from "../agreement/types.js";
import type { Lang } from "../core/bilingual.js";
import type { RunFormat } from "./docx-runs.js";
import { signatureHeadingXml, signatureTableXml } from "./docx-signatures.js";
import { CONTENT_WIDTH, STYLE } from "./docx-page.js";
import { Bookmarks } from "./docx-bookmarks.js";
import { LEVEL, listId, type Level } from "./docx-numbering.js";
import { referenceWriter } from "./docx-references.js";
import { tableOfContentsXml } from "./docx-toc.js";
import {
  inlineRunsXml,
  paragraphXml,
  withKeepNext,
  tableXml,
  textRunsXml,
  type BorderXml,
  type CellXml,
  type ReferenceXml,
  type RowXml,
} from "./docx-xml.js";
import { agreementNumberLabel, identifierLabel, LABELS, labelled as withColon } from "./labels.js";
import { languagesOf, type Layout } from "./layout.js";

/** Paragraphs (as XML) of one language for one piece of the agreement that has a translation. */
type Pair = Record<Lang, string[]>;

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

function agreementNumberPair(ctx: Context, agreement: Agreement, number: NonNullable<Agreement["agreementNumber"]>): Pair {
  const label = agreementNumberLabel(agreement);
  return pair(ctx, (lang) => [labelled(ctx, STYLE.agreementNumber, withColon(label, lang), number[lang], lang)]);
}

/** （以下无正文） after the last clause, kept with the signatures below it. */
function endOfTextPair(ctx: Context): Pair {
  return pair(ctx, (lang) => [para(STYLE.endOfText, textRunsXml(LABELS.endOfText[lang], { lang }))]);
}

/**
 * The parallel layout's （以下无正文）: one paragraph after the table, the English at a tab stop
 * where the English column starts. Not a row of the table: LibreOffice does not keep a table's
 * last row with what follows the table, but it keeps a paragraph with the table after it, so
 * the note stays on the page of the signatures.
 */
function endOfTextParallel(): string {
  return para(STYLE.endOfText, textRunsXml(LABELS.endOfText.zh, { lang: "zh" }) + textRunsXml(`\t${LABELS.endOfText.en}`, { lang: "en" }));
}

function partyPair(ctx: Context, party: Party): Pair {
  return pair(ctx, (lang) => [
    labelled(ctx, STYLE.party, withColon(party.role, lang), party.name[lang], lang),
    labelled(ctx, STYLE.partyDetail, withColon(LABELS.address, lang), party.address[lang], lang),
    labelled(ctx, STYLE.partyDetail, withColon(identifierLabel(party.kind), lang), party.identifier[lang], lang),
  ]);
}

/** Where a paragraph stands in the Word lists: the article's list, at the level of an article, clause or item. */
interface ListPlace {
  article: number;
  level: Level;
}

/** A paragraph numbered by its article's Word list, its text in the bookmark of its id. */
function numbered(ctx: Context, style: string, id: string, place: ListPlace, runs: string, format: RunFormat, keepNext = false): string {
  return paragraphXml(style, ctx.bookmarks.mark(id, format.lang, runs), {
    keepNext,
    list: { numId: listId(place.article, format.lang), level: place.level },
    mark: format,
  });
}

/** The article's heading: its number (第三条 / Article 3) from the list, then its title. */
function heading(ctx: Context, article: Article, lang: Lang, style: string = STYLE.heading1): string {
  const format = { lang };
  return numbered(ctx, style, article.id, { article: article.number, level: LEVEL.article }, textRunsXml(article.title[lang], format), format);
}

function keptWithNext(pair: Pair): Pair {
  return { zh: pair.zh.map(withKeepNext), en: pair.en.map(withKeepNext) };
}

function headingPair(ctx: Context, article: Article): Pair {
  return pair(ctx, (lang) => [heading(ctx, article, lang)]);
}

/**
 * One pair per element of the clause's body, so that in a parallel text every paragraph and
 * item sits in the same row as its translation. The first paragraph carries the clause's
 * number; a clause that opens with an item gets a paragraph of its own for it.
 */
function clausePairs(ctx: Context, article: number, clause: Clause): Pair[] {
  const bold = clause.conspicuous;
  const place: ListPlace = { article, level: LEVEL.clause };
  const numberOnly = (lang: Lang): string => numbered(ctx, STYLE.clause, clause.id, place, "", { lang, bold });
  const pairs: Pair[] = [];
  clause.body.forEach((element, index) => {
    if (element.type === "paragraph") {
      // A paragraph that leads into items ("… the following service levels:") stays on the
      // page of the first item.
      const keepNext = clause.body[index + 1]?.type === "item";
      pairs.push(
        pair(ctx, (lang) => {
          const format = { lang, bold };
          const runs = inlineRunsXml(element.text[lang], format, ctx.reference);
          return [
            index === 0
              ? numbered(ctx, STYLE.clause, clause.id, place, runs, format, keepNext)
              : paragraphXml(STYLE.clauseContinued, runs, { keepNext }),
          ];
        }),
      );
    } else {
      if (index === 0) pairs.push(pair(ctx, (lang) => [numberOnly(lang)]));
      pairs.push(itemPair(ctx, article, element, bold));
    }
  });
  if (clause.body.length === 0) pairs.push(pair(ctx, (lang) => [numberOnly(lang)]));
  return pairs;
}

function itemPair(ctx: Context, article: number, item: Item, clauseBold: boolean): Pair {
  const bold = clauseBold || item.conspicuous;
  return pair(ctx, (lang) => {
    const format = { lang, bold };
    const [first, ...rest] = item.paragraphs;
    return [
      numbered(
        ctx,
        STYLE.item,
        item.id,
        { article, level: LEVEL.item },
        first ? inlineRunsXml(first.text[lang], format, ctx.reference) : "",
        format,
      ),
      ...rest.map((paragraph) => para(STYLE.itemContinued, inlineRunsXml(paragraph.text[lang], format, ctx.reference))),
    ];
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

// What a line of a parallel column holds, about: 五号 text in a half-page column after the
// clause number's indent (measured on the sample in LibreOffice: 15 Chinese characters, 36 of
// English).
const LINE: Record<Lang, number> = { zh: 15, en: 36 };
/** A row of more lines than this may break across a page. */
const ROW_KEPT_WHOLE = 8;

function estimatedLines(paragraphs: readonly string[], lang: Lang): number {
  return paragraphs.reduce((lines, xml) => {
    const text = [...xml.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map(([, t]) => t).join("");
    return lines + Math.max(1, Math.ceil(text.length / LINE[lang]));
  }, 0);
}

/**
 * The whole agreement after the title as one table: a heading row repeated on every page,
 * then one row per pair, so that every paragraph stands beside its translation. A row of a
 * few lines is kept whole; a long one may break across a page (both columns break at the
 * same place), which would otherwise leave most of a page blank before it. A rule between
 * the columns, none between the rows.
 */
function parallelTable(pairs: Pair[]): string {
  const heading: RowXml = {
    tableHeader: true,
    cantSplit: true,
    cells: (["zh", "en"] as const).map((lang) =>
      parallelCell([para(STYLE.columnHeading, textRunsXml(LABELS.columnHeading[lang], { lang }))], true),
    ),
  };
  const rows = pairs.map(
    (p): RowXml => ({
      cantSplit: Math.max(estimatedLines(p.zh, "zh"), estimatedLines(p.en, "en")) <= ROW_KEPT_WHOLE,
      cells: [parallelCell(p.zh), parallelCell(p.en)],
    }),
  );
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
export function bodyXml(agreement: Agreement, layout: Layout, toc = false): string {
  const langs = languagesOf(layout);
  const bookmarks = new Bookmarks(agreement);
  const ctx: Context = { langs, bookmarks, reference: referenceWriter(agreement, bookmarks) };
  const titles =
    langs.map((lang) => para(STYLE.title, textRunsXml(agreement.title[lang], { lang }))).join("") +
    (toc ? tableOfContentsXml(agreement, layout) : "");

  const cover: Pair[] = [
    ...(agreement.agreementNumber ? [agreementNumberPair(ctx, agreement, agreement.agreementNumber)] : []),
    ...agreement.parties.map((party) => partyPair(ctx, party)),
  ];
  const preamble = agreement.preamble.map((p) =>
    pair(ctx, (lang) => [para(STYLE.body, inlineRunsXml(p.text[lang], { lang }, ctx.reference))]),
  );
  const signatureHeading = signatureHeadingXml(langs);
  // The signatures never stand on a page of their own: the agreement's last clause goes
  // with them. (A signature page with no text of the agreement on it could be put behind
  // another agreement.)
  const lastClause = agreement.articles.at(-1)?.clauses.at(-1);
  const lastKept = (clause: Clause, pairs: Pair[]): Pair[] => (clause === lastClause ? pairs.map(keptWithNext) : pairs);
  const signatures = signatureTableXml(agreement.parties, langs);

  if (layout === "parallel") {
    const pairs = [
      ...cover,
      ...preamble,
      ...agreement.articles.flatMap((article) => [
        headingPair(ctx, article),
        ...article.clauses.flatMap((clause) => lastKept(clause, clausePairs(ctx, article.number, clause))),
      ]),
    ];
    return titles + parallelTable(pairs) + endOfTextParallel() + signatureHeading + signatures;
  }

  const flatten = (pairs: Pair[]): string => pairs.map((p) => langs.map((lang) => p[lang].join("")).join("")).join("");
  const articleParagraphs = agreement.articles
    .map((article): string => {
      // Stacked: the article's heading in each language, each numbered by its language's list;
      // the translation's is no outline heading, so the navigation pane and a table of
      // contents list each article once.
      const headings = langs
        .map((lang, index) => heading(ctx, article, lang, index === 0 ? STYLE.heading1 : STYLE.headingTranslation))
        .join("");
      // Stacked: each clause in full in Chinese, then in full in English.
      const clauses = article.clauses
        .map((clause) => {
          const pairs = lastKept(clause, clausePairs(ctx, article.number, clause));
          return langs.map((lang) => pairs.map((p) => p[lang].join("")).join("")).join("");
        })
        .join("");
      return headings + clauses;
    })
    .join("");
  return titles + flatten(cover) + flatten(preamble) + articleParagraphs + flatten([endOfTextPair(ctx)]) + signatureHeading + signatures;
}

