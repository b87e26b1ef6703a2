// The body of word/document.xml: the agreement's paragraphs and tables in one of the four
// layouts, Chinese and English side by side (parallel), one after the other (stacked) or alone,
// with a cover block with the parties, the articles, and the signature block.

import type { Agreement, Article, Clause, Inline, Item, Party } from "../agreement/types.js";
import type { Lang } from "../core/bilingual.js";
import { signatureHeadingXml, signatureTableXml } from "./docx-signatures.js";
import { CONTENT_WIDTH, STYLE } from "./docx-styles.js";
import { inlineRunsXml, paragraphXml, tableXml, textRunsXml, type BorderXml, type CellXml, type RowXml } from "./docx-xml.js";
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

function labelled(style: string, label: string, value: readonly Inline[], lang: Lang): string {
  return para(style, textRunsXml(label, { lang }) + inlineRunsXml(value, { lang }));
}

function pair(build: (lang: Lang) => string[]): Pair {
  return { zh: build("zh"), en: build("en") };
}

// ---------------------------------------------------------------------------------------
// The pieces, each in both languages.

function agreementNumberPair(number: NonNullable<Agreement["agreementNumber"]>): Pair {
  return pair((lang) => [labelled(STYLE.agreementNumber, withColon(LABELS.agreementNumber, lang), number[lang], lang)]);
}

function partyPair(party: Party): Pair {
  return pair((lang) => [
    labelled(STYLE.party, withColon(party.role, lang), party.name[lang], lang),
    labelled(STYLE.partyDetail, withColon(LABELS.address, lang), party.address[lang], lang),
    labelled(STYLE.partyDetail, withColon(LABELS.creditCode, lang), party.creditCode[lang], lang),
  ]);
}

function headingText(article: Article, lang: Lang): string {
  return `${article.label[lang]} ${article.title[lang]}`;
}

function headingPair(article: Article): Pair {
  return pair((lang) => [para(STYLE.heading1, textRunsXml(headingText(article, lang), { lang }))]);
}

/**
 * One pair per element of the clause's body, so that in a parallel text every paragraph and
 * item sits in the same row as its translation. The first paragraph starts with the
 * clause number; a clause that opens with an item gets a paragraph of its own for it.
 */
function clausePairs(clause: Clause): Pair[] {
  const bold = clause.conspicuous;
  // The number, then a tab to the hanging indent where the text starts.
  const numberRuns = (lang: Lang): string => textRunsXml(`${clause.number}\t`, { lang, bold });
  const pairs: Pair[] = [];
  clause.body.forEach((element, index) => {
    if (element.type === "paragraph") {
      // A paragraph that leads into items ("… the following service levels:") stays on the
      // page of the first item.
      const keepNext = clause.body[index + 1]?.type === "item";
      const style = index === 0 ? STYLE.clause : STYLE.clauseContinued;
      pairs.push(
        pair((lang) => [
          paragraphXml(
            style,
            (index === 0 ? numberRuns(lang) : "") + inlineRunsXml(element.text[lang], { lang, bold }),
            keepNext,
          ),
        ]),
      );
    } else {
      if (index === 0) pairs.push(pair((lang) => [para(STYLE.clause, textRunsXml(clause.number, { lang, bold }))]));
      pairs.push(itemPair(element, bold));
    }
  });
  if (clause.body.length === 0) pairs.push(pair((lang) => [para(STYLE.clause, textRunsXml(clause.number, { lang, bold }))]));
  return pairs;
}

function itemPair(item: Item, clauseBold: boolean): Pair {
  const bold = clauseBold || item.conspicuous;
  return pair((lang) => {
    const label = textRunsXml(`${item.label[lang]}\t`, { lang, bold });
    if (item.paragraphs.length === 0) return [para(STYLE.item, label)];
    return item.paragraphs.map((paragraph, index) =>
      index === 0
        ? para(STYLE.item, label + inlineRunsXml(paragraph.text[lang], { lang, bold }))
        : para(STYLE.itemContinued, inlineRunsXml(paragraph.text[lang], { lang, bold })),
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
  const titles = langs.map((lang) => para(STYLE.title, textRunsXml(agreement.title[lang], { lang }))).join("");

  const cover: Pair[] = [
    ...(agreement.agreementNumber ? [agreementNumberPair(agreement.agreementNumber)] : []),
    ...agreement.parties.map(partyPair),
  ];
  const preamble = agreement.preamble.map((p) =>
    pair((lang) => [para(STYLE.body, inlineRunsXml(p.text[lang], { lang }))]),
  );
  const signatureHeading = signatureHeadingXml(langs);
  const signatures = signatureTableXml(agreement.parties, langs);

  if (layout === "parallel") {
    const pairs = [
      ...cover,
      ...preamble,
      ...agreement.articles.flatMap((article) => [headingPair(article), ...article.clauses.flatMap(clausePairs)]),
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
        langs.map((lang, index) => textRunsXml((index > 0 ? "\n" : "") + headingText(article, lang), { lang })).join(""),
      );
      // Stacked: each clause in full in Chinese, then in full in English.
      const clauses = article.clauses
        .map((clause) => {
          const pairs = clausePairs(clause);
          return langs.map((lang) => pairs.map((p) => p[lang].join("")).join("")).join("");
        })
        .join("");
      return heading + clauses;
    })
    .join("");
  return titles + flatten(cover) + flatten(preamble) + articleParagraphs + signatureHeading + signatures;
}

