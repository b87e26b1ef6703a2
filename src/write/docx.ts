// The Agreement tree as a Word document a legal team would send: A4, Word styles for every
// paragraph, Chinese and English side by side (parallel), one after the other (stacked) or
// alone, a cover block with the parties, the articles, and a signature block.

import { Document, Footer, Header, Packer, PageNumber, Paragraph, TextRun } from "docx";
import { strFromU8 } from "fflate";
import type { Agreement, Article, Clause, Inline, Item, Party } from "../agreement/types.js";
import type { Lang } from "../core/bilingual.js";
import { compileParts, withoutTimestamps, zipParts } from "./docx-package.js";
import { oneLine, plainText, textRuns } from "./docx-runs.js";
import {
  escapeXml,
  inlineRunsXml,
  paragraphXml,
  tableXml,
  textRunsXml,
  type BorderXml,
  type CellXml,
  type RowXml,
} from "./docx-xml.js";
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

/** Paragraphs (as XML) of one language for one piece of the agreement that has a translation. */
type Pair = Record<Lang, string[]>;

function languagesOf(layout: Layout): Lang[] {
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
      parallelCell([para(STYLE.columnHeading, textRunsXml(WORDS.columnHeading[lang], { lang }))], true),
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

/** The signature block: one column per party (at most three to a row), lines to sign on. */
function signatureTable(parties: readonly Party[], langs: Lang[]): string {
  const perRow = parties.length <= 3 ? Math.max(parties.length, 1) : 2;
  const width = Math.floor(CONTENT_WIDTH / perRow);
  const line = (): string => para(STYLE.signatureLine, "");
  const label = (words: Record<Lang | "both", string>): string => {
    const [only] = langs;
    return only !== undefined && langs.length === 1
      ? para(STYLE.signatureLabel, textRunsXml(words[only], { lang: only }))
      : para(STYLE.signatureLabel, textRunsXml(words.both, { lang: "zh" }));
  };
  const cell = (party: Party | undefined): CellXml => ({
    width,
    paragraphs:
      party === undefined
        ? ""
        : langs
            .map((lang) =>
              labelled(STYLE.signatureParty, party.role[lang] + WORDS.roleSeparator[lang], party.name[lang], lang),
            )
            .join("") +
          label(WORDS.seal) +
          line() +
          label(WORDS.signature) +
          line() +
          label(WORDS.date) +
          line(),
  });
  const rows: RowXml[] = [];
  for (let start = 0; start < Math.max(parties.length, 1); start += perRow) {
    const cells: CellXml[] = [];
    for (let column = 0; column < perRow; column += 1) cells.push(cell(parties[start + column]));
    rows.push({ cantSplit: true, cells });
  }
  return tableXml({
    rows,
    width: width * perRow,
    columnWidths: Array.from({ length: perRow }, () => width),
    fixed: true,
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

/** The body of word/document.xml, without its section properties. */
function bodyXml(agreement: Agreement, layout: Layout): string {
  const langs = languagesOf(layout);
  const titles = langs.map((lang) => para(STYLE.title, textRunsXml(agreement.title[lang], { lang }))).join("");

  const cover: Pair[] = [
    ...(agreement.agreementNumber ? [agreementNumberPair(agreement.agreementNumber)] : []),
    ...agreement.parties.map(partyPair),
  ];
  const preamble = agreement.preamble.map((p) =>
    pair((lang) => [para(STYLE.body, inlineRunsXml(p.text[lang], { lang }))]),
  );
  // The heading also keeps the parallel text's table and the signature table apart: two
  // tables in a row would merge into one in Word.
  const signatureHeading = para(
    STYLE.signatureHeading,
    textRunsXml(langs.map((lang) => WORDS.signatures[lang]).join(" / "), { lang: langs[0] ?? "zh" }),
  );
  const signatures = signatureTable(agreement.parties, langs);

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

// ---------------------------------------------------------------------------------------
// The package.

/** A paragraph as the docx library's object, for the header and footer parts. */
function libraryPara(style: string, children: readonly TextRun[]): Paragraph {
  return new Paragraph({ style, children: [...children] });
}

function header(title: Agreement["title"], langs: Lang[]): Header {
  return new Header({
    children: [
      libraryPara(
        STYLE.header,
        langs.flatMap((lang, index) => textRuns((index > 0 ? " / " : "") + title[lang], { lang })),
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
      libraryPara(
        STYLE.footer,
        langs.flatMap((lang, index) => [...(index > 0 ? [new TextRun(" / ")] : []), ...page(lang)]),
      ),
    ],
  });
}

const LANGUAGE_NAMES = { zh: "Chinese", en: "English" } as const;

/** What the skeleton depends on: everything of the agreement but its parties and clauses. */
interface SkeletonInput {
  layout: Layout;
  fonts: Agreement["fonts"];
  title: Agreement["title"];
  templateId: string;
  templateVersion: string;
  prevailing: Agreement["prevailing"];
}

// Stands for the subject (the parties' names) in the skeleton's core properties, so that
// one skeleton serves every deal of a template.
const SUBJECT_MARK = "clausewright-subject-a8d3f1";
const SUBJECT_ELEMENT = `<dc:subject>${SUBJECT_MARK}</dc:subject>`;

const SKELETONS = new Map<string, Skeleton>();
const SKELETON_CACHE_SIZE = 32;

interface Skeleton {
  /** Every part but word/document.xml, as compiled by the docx library. */
  parts: Map<string, Uint8Array | string>;
  /** word/document.xml up to and including <w:body>. */
  documentStart: string;
  /** word/document.xml from the section properties on. */
  documentEnd: string;
}

/**
 * The package without the agreement's body: styles, numbering, settings, font table, theme,
 * content types, relationships, header and footer, document properties, and
 * word/document.xml with an empty body but for its section properties (page size and
 * margins, header and footer references). The docx library makes all of it, from a Document
 * with the same options as ever and no children; only the body is written as XML here
 * (docx-xml.ts), because the library's formatting of every paragraph and run object cost
 * about 13 ms per agreement. The skeleton depends on the layout, the fonts, the title and the
 * template, so it is compiled once for them and kept.
 */
async function skeleton(input: SkeletonInput): Promise<Skeleton> {
  const key = JSON.stringify([
    input.layout,
    input.fonts,
    input.title,
    input.templateId,
    input.templateVersion,
    input.prevailing,
  ]);
  const cached = SKELETONS.get(key);
  if (cached) return cached;

  const { layout, title } = input;
  const langs = languagesOf(layout);
  const document = new Document({
    creator: "clausewright",
    lastModifiedBy: "clausewright",
    revision: 1,
    title: oneLine(`${title.zh} / ${title.en}`),
    subject: SUBJECT_MARK,
    keywords: oneLine(
      [`template:${input.templateId}`, `version:${input.templateVersion}`, `layout:${layout}`].join("; "),
    ),
    description: oneLine(
      `Written by clausewright from template ${input.templateId} ${input.templateVersion}` +
        (input.prevailing ? `; the ${LANGUAGE_NAMES[input.prevailing]} version prevails` : ""),
    ),
    styles: documentStyles(input.fonts, layout),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...MARGIN, gutter: 0 },
          },
        },
        headers: { default: header(title, langs) },
        footers: { default: footer(langs) },
        children: [],
      },
    ],
  });
  const parts = await compileParts(document, Packer);
  const documentXml = partText(parts.get(DOCUMENT_PART));
  const bodyStart = documentXml.indexOf(BODY_START);
  const sectionStart = documentXml.indexOf("<w:sectPr", bodyStart);
  const core = partText(parts.get(CORE_PART));
  if (bodyStart < 0 || sectionStart !== bodyStart + BODY_START.length || !core.includes(SUBJECT_ELEMENT)) {
    throw new Error("docx: the library's document.xml or core.xml is not as expected");
  }
  parts.delete(DOCUMENT_PART);
  parts.set(CORE_PART, withoutTimestamps(core));
  const built: Skeleton = {
    parts,
    documentStart: documentXml.slice(0, sectionStart),
    documentEnd: documentXml.slice(sectionStart),
  };
  if (SKELETONS.size >= SKELETON_CACHE_SIZE) {
    const [oldest] = SKELETONS.keys();
    if (oldest !== undefined) SKELETONS.delete(oldest);
  }
  SKELETONS.set(key, built);
  return built;
}

const DOCUMENT_PART = "word/document.xml";
const CORE_PART = "docProps/core.xml";
const BODY_START = "<w:body>";

function partText(part: Uint8Array | string | undefined): string {
  return part === undefined ? "" : typeof part === "string" ? part : strFromU8(part);
}

/** The agreement as a DOCX file. Same agreement and layout, same bytes. */
export async function writeDocx(agreement: Agreement, options: DocxOptions): Promise<Uint8Array> {
  const { layout } = options;
  const names = (lang: Lang): string => agreement.parties.map((party) => plainText(party.name[lang])).join(lang === "zh" ? "、" : "; ");
  const { parts, documentStart, documentEnd } = await skeleton({
    layout,
    fonts: agreement.fonts,
    title: agreement.title,
    templateId: agreement.templateId,
    templateVersion: agreement.templateVersion,
    prevailing: agreement.prevailing,
  });
  const subject = `${names("zh")} / ${names("en")}`;
  const core = partText(parts.get(CORE_PART)).replace(
    SUBJECT_ELEMENT,
    // The library leaves out an empty subject.
    () => (subject === "" ? "" : `<dc:subject>${escapeXml(subject)}</dc:subject>`),
  );
  const all = new Map(parts);
  all.set(CORE_PART, core);
  all.set(DOCUMENT_PART, documentStart + bodyXml(agreement, layout) + documentEnd);
  return zipParts(all);
}
