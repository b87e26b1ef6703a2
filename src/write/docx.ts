// The Agreement tree as a Word document a legal team would send: A4, Word styles for every
// paragraph, Chinese and English side by side (parallel), one after the other (stacked) or
// alone, a cover block with the parties, the articles, and a signature block.

import {
  BorderStyle,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from "docx";
import type { Agreement, Article, Clause, Inline, Item, Lang, Party } from "../agreement/types.js";
import { packDeterministically } from "./docx-package.js";
import { inlineRuns, oneLine, plainText, textRuns } from "./docx-runs.js";
import { CONTENT_WIDTH, MARGIN, PAGE, STYLE, documentStyles } from "./docx-styles.js";
import type { Layout } from "./layout.js";

export interface DocxOptions {
  layout: Layout;
}

/** Words the writer adds around the agreement's own text, in both languages. */
const WORDS = {
  columnHeading: { zh: "中文", en: "English" },
  agreementNumber: { zh: "合同编号：", en: "Agreement No.: " },
  roleSeparator: { zh: "：", en: ": " },
  address: { zh: "地址：", en: "Address: " },
  creditCode: { zh: "统一社会信用代码：", en: "Unified Social Credit Code: " },
  // The signature block's labels; `both` for the bilingual layouts, where the long one is
  // clearer on two lines than broken wherever the column ends.
  seal: { zh: "盖章", en: "Seal", both: "盖章 / Seal" },
  signature: {
    zh: "法定代表人或授权代表（签字）",
    en: "Legal or Authorised Representative (Signature)",
    both: "法定代表人或授权代表（签字）\nLegal or Authorised Representative (Signature)",
  },
  date: { zh: "日期", en: "Date", both: "日期 / Date" },
  signatures: { zh: "签署页", en: "Signatures" },
} as const;

/** Paragraphs of one language for one piece of the agreement that has a translation. */
type Pair = Record<Lang, Paragraph[]>;

function languagesOf(layout: Layout): Lang[] {
  return layout === "zh" ? ["zh"] : layout === "en" ? ["en"] : ["zh", "en"];
}

function para(style: string, children: readonly TextRun[]): Paragraph {
  return new Paragraph({ style, children: [...children] });
}

function labelled(style: string, label: string, value: readonly Inline[], lang: Lang): Paragraph {
  return para(style, [...textRuns(label, { lang }), ...inlineRuns(value, { lang })]);
}

function pair(build: (lang: Lang) => Paragraph[]): Pair {
  return { zh: build("zh"), en: build("en") };
}

// ---------------------------------------------------------------------------------------
// The pieces, each in both languages.

function agreementNumberPair(number: NonNullable<Agreement["agreementNumber"]>): Pair {
  return pair((lang) => [labelled(STYLE.agreementNumber, WORDS.agreementNumber[lang], number[lang], lang)]);
}

function partyPair(party: Party): Pair {
  return pair((lang) => [
    labelled(STYLE.party, party.role[lang] + WORDS.roleSeparator[lang], party.name[lang], lang),
    labelled(STYLE.partyDetail, WORDS.address[lang], party.address[lang], lang),
    labelled(STYLE.partyDetail, WORDS.creditCode[lang], party.creditCode[lang], lang),
  ]);
}

function headingText(article: Article, lang: Lang): string {
  return `${article.label[lang]} ${article.title[lang]}`;
}

function headingPair(article: Article): Pair {
  return pair((lang) => [para(STYLE.heading1, textRuns(headingText(article, lang), { lang }))]);
}

/**
 * One pair per element of the clause's body, so that in a parallel text every paragraph and
 * item sits in the same row as its translation. The first paragraph starts with the
 * clause number; a clause that opens with an item gets a paragraph of its own for it.
 */
function clausePairs(clause: Clause): Pair[] {
  const bold = clause.conspicuous;
  // The number, then a tab to the hanging indent where the text starts.
  const numberRuns = (lang: Lang): TextRun[] => textRuns(`${clause.number}\t`, { lang, bold });
  const pairs: Pair[] = [];
  clause.body.forEach((element, index) => {
    if (element.type === "paragraph") {
      // A paragraph that leads into items ("… the following service levels:") stays on the
      // page of the first item.
      const keepNext = clause.body[index + 1]?.type === "item";
      const style = index === 0 ? STYLE.clause : STYLE.clauseContinued;
      pairs.push(
        pair((lang) => [
          new Paragraph({
            style,
            ...(keepNext ? { keepNext } : {}),
            children: [...(index === 0 ? numberRuns(lang) : []), ...inlineRuns(element.text[lang], { lang, bold })],
          }),
        ]),
      );
    } else {
      if (index === 0) pairs.push(pair((lang) => [para(STYLE.clause, textRuns(clause.number, { lang, bold }))]));
      pairs.push(itemPair(element, bold));
    }
  });
  if (clause.body.length === 0) pairs.push(pair((lang) => [para(STYLE.clause, textRuns(clause.number, { lang, bold }))]));
  return pairs;
}

function itemPair(item: Item, clauseBold: boolean): Pair {
  const bold = clauseBold || item.conspicuous;
  return pair((lang) => {
    const label = textRuns(`${item.label[lang]}\t`, { lang, bold });
    if (item.paragraphs.length === 0) return [para(STYLE.item, label)];
    return item.paragraphs.map((paragraph, index) =>
      index === 0
        ? para(STYLE.item, [...label, ...inlineRuns(paragraph.text[lang], { lang, bold })])
        : para(STYLE.itemContinued, inlineRuns(paragraph.text[lang], { lang, bold })),
    );
  });
}

// ---------------------------------------------------------------------------------------
// Layouts.

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: "auto" } as const;
const RULE = { style: BorderStyle.SINGLE, size: 4, color: "808080" } as const;
const HALF = Math.floor(CONTENT_WIDTH / 2);

function parallelCell(children: Paragraph[], heading = false): TableCell {
  return new TableCell({
    children: children.length > 0 ? children : [new Paragraph({ style: STYLE.body })],
    width: { size: HALF, type: WidthType.DXA },
    ...(heading
      ? {
          borders: { top: RULE, bottom: RULE },
          shading: { type: ShadingType.CLEAR, color: "auto", fill: "F2F2F2" },
        }
      : {}),
  });
}

/**
 * The whole agreement after the title as one table: a heading row repeated on every page,
 * then one row per pair, which never breaks across a page, so no paragraph is ever on
 * another page than its translation. A rule between the columns, none between the rows.
 */
function parallelTable(pairs: Pair[]): Table {
  const heading = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: (["zh", "en"] as const).map((lang) =>
      parallelCell([para(STYLE.columnHeading, textRuns(WORDS.columnHeading[lang], { lang }))], true),
    ),
  });
  const rows = pairs.map(
    (p) => new TableRow({ cantSplit: true, children: [parallelCell(p.zh), parallelCell(p.en)] }),
  );
  return new Table({
    rows: [heading, ...rows],
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [HALF, CONTENT_WIDTH - HALF],
    layout: TableLayoutType.FIXED,
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

/** The signature block: one column per party (at most three to a row), lines to sign on. */
function signatureTable(parties: readonly Party[], langs: Lang[]): Table {
  const perRow = parties.length <= 3 ? Math.max(parties.length, 1) : 2;
  const width = Math.floor(CONTENT_WIDTH / perRow);
  const line = (): Paragraph => new Paragraph({ style: STYLE.signatureLine });
  const label = (words: Record<Lang | "both", string>): Paragraph => {
    const [only] = langs;
    return only !== undefined && langs.length === 1
      ? para(STYLE.signatureLabel, textRuns(words[only], { lang: only }))
      : para(STYLE.signatureLabel, textRuns(words.both, { lang: "zh" }));
  };
  const cell = (party: Party | undefined): TableCell =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      children:
        party === undefined
          ? [new Paragraph({ style: STYLE.body })]
          : [
              ...langs.map((lang) =>
                labelled(STYLE.signatureParty, party.role[lang] + WORDS.roleSeparator[lang], party.name[lang], lang),
              ),
              label(WORDS.seal),
              line(),
              label(WORDS.signature),
              line(),
              label(WORDS.date),
              line(),
            ],
    });
  const rows: TableRow[] = [];
  for (let start = 0; start < Math.max(parties.length, 1); start += perRow) {
    const cells: TableCell[] = [];
    for (let column = 0; column < perRow; column += 1) cells.push(cell(parties[start + column]));
    rows.push(new TableRow({ cantSplit: true, children: cells }));
  }
  return new Table({
    rows,
    width: { size: width * perRow, type: WidthType.DXA },
    columnWidths: Array.from({ length: perRow }, () => width),
    layout: TableLayoutType.FIXED,
    margins: { left: 120, right: 360 },
    borders: {
      top: NO_BORDER,
      bottom: NO_BORDER,
      left: NO_BORDER,
      right: NO_BORDER,
      insideHorizontal: NO_BORDER,
      insideVertical: NO_BORDER,
    },
  });
}

function body(agreement: Agreement, layout: Layout): FileChild[] {
  const langs = languagesOf(layout);
  const titles = langs.map((lang) => para(STYLE.title, textRuns(agreement.title[lang], { lang })));

  const cover: Pair[] = [
    ...(agreement.agreementNumber ? [agreementNumberPair(agreement.agreementNumber)] : []),
    ...agreement.parties.map(partyPair),
  ];
  const preamble = agreement.preamble.map((p) =>
    pair((lang) => [para(STYLE.body, inlineRuns(p.text[lang], { lang }))]),
  );
  // The heading also keeps the parallel text's table and the signature table apart: two
  // tables in a row would merge into one in Word.
  const signatureHeading = para(
    STYLE.signatureHeading,
    textRuns(langs.map((lang) => WORDS.signatures[lang]).join(" / "), { lang: langs[0] ?? "zh" }),
  );
  const signatures = signatureTable(agreement.parties, langs);

  if (layout === "parallel") {
    const pairs = [
      ...cover,
      ...preamble,
      ...agreement.articles.flatMap((article) => [headingPair(article), ...article.clauses.flatMap(clausePairs)]),
    ];
    return [...titles, parallelTable(pairs), signatureHeading, signatures];
  }

  const flatten = (pairs: Pair[]): Paragraph[] => pairs.flatMap((p) => langs.flatMap((lang) => p[lang]));
  const articleParagraphs = agreement.articles.flatMap((article): Paragraph[] => {
    // Stacked: one heading per article, both languages on it, so the navigation pane and a
    // table of contents list each article once.
    const heading = para(
      STYLE.heading1,
      langs.flatMap((lang, index) => textRuns((index > 0 ? "\n" : "") + headingText(article, lang), { lang })),
    );
    // Stacked: each clause in full in Chinese, then in full in English.
    const clauses = article.clauses.flatMap((clause) => {
      const pairs = clausePairs(clause);
      return langs.flatMap((lang) => pairs.flatMap((p) => p[lang]));
    });
    return [heading, ...clauses];
  });
  return [...titles, ...flatten(cover), ...flatten(preamble), ...articleParagraphs, signatureHeading, signatures];
}

function header(agreement: Agreement, langs: Lang[]): Header {
  return new Header({
    children: [
      para(
        STYLE.header,
        langs.flatMap((lang, index) => textRuns((index > 0 ? " / " : "") + agreement.title[lang], { lang })),
      ),
    ],
  });
}

function footer(langs: Lang[]): Footer {
  const page = (lang: Lang): TextRun[] =>
    lang === "zh"
      ? [new TextRun({ children: ["第 ", PageNumber.CURRENT, " 页 共 ", PageNumber.TOTAL_PAGES, " 页"] })]
      : [new TextRun({ children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES] })];
  return new Footer({
    children: [
      para(
        STYLE.footer,
        langs.flatMap((lang, index) => [...(index > 0 ? [new TextRun(" / ")] : []), ...page(lang)]),
      ),
    ],
  });
}

const LANGUAGE_NAMES = { zh: "Chinese", en: "English" } as const;

/** The agreement as a DOCX file. Same agreement and layout, same bytes. */
export async function writeDocx(agreement: Agreement, options: DocxOptions): Promise<Uint8Array> {
  const { layout } = options;
  const langs = languagesOf(layout);
  const names = (lang: Lang): string => agreement.parties.map((party) => plainText(party.name[lang])).join(lang === "zh" ? "、" : "; ");
  const document = new Document({
    creator: "clausewright",
    lastModifiedBy: "clausewright",
    revision: 1,
    title: oneLine(`${agreement.title.zh} / ${agreement.title.en}`),
    subject: `${names("zh")} / ${names("en")}`,
    keywords: oneLine(
      [`template:${agreement.templateId}`, `version:${agreement.templateVersion}`, `layout:${layout}`].join("; "),
    ),
    description: oneLine(
      `Written by clausewright from template ${agreement.templateId} ${agreement.templateVersion}` +
        (agreement.prevailing ? `; the ${LANGUAGE_NAMES[agreement.prevailing]} version prevails` : ""),
    ),
    styles: documentStyles(agreement.fonts, layout),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...MARGIN, gutter: 0 },
          },
        },
        headers: { default: header(agreement, langs) },
        footers: { default: footer(langs) },
        children: body(agreement, layout),
      },
    ],
  });
  return packDeterministically(document, Packer);
}
