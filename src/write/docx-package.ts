// The DOCX package around the body: the parts that do not depend on the clauses (styles,
// numbering, settings, font table, theme, content types, relationships, header, footer,
// document properties), compiled once per template and layout and kept.

import { Document, Footer, Header, Packer, PageNumber, Paragraph, TextRun } from "docx";
import { strFromU8 } from "fflate";
import type { Agreement } from "../agreement/types.js";
import type { Lang } from "../core/bilingual.js";
import { oneLine, textRuns } from "./docx-runs.js";
import { MARGIN, PAGE, STYLE, documentStyles } from "./docx-styles.js";
import { escapeXml } from "./docx-xml.js";
import { compileParts, withoutTimestamps } from "./docx-zip.js";
import { PAGE_OF } from "./labels.js";
import type { Layout } from "./layout.js";
import { PROVENANCE } from "./provenance.js";

/** A paragraph as the docx library's object, for the header and footer parts. */
function libraryPara(style: string, children: readonly TextRun[]): Paragraph {
  return new Paragraph({ style, children: [...children] });
}

function header(title: Agreement["title"], langs: readonly Lang[]): Header {
  return new Header({
    children: [
      libraryPara(
        STYLE.header,
        langs.flatMap((lang, index) => textRuns((index > 0 ? " / " : "") + title[lang], { lang })),
      ),
    ],
  });
}

function footer(langs: readonly Lang[]): Footer {
  const page = (lang: Lang): TextRun[] => {
    const { before, between, after } = PAGE_OF[lang];
    const children = [before, PageNumber.CURRENT, between, PageNumber.TOTAL_PAGES, ...(after === "" ? [] : [after])];
    return [new TextRun({ children })];
  };
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

/** What the fixed parts depend on: everything of the agreement but its parties and clauses. */
export interface FixedPartsInput {
  layout: Layout;
  langs: readonly Lang[];
  fonts: Agreement["fonts"];
  title: Agreement["title"];
  templateId: string;
  templateVersion: string;
  prevailing: Agreement["prevailing"];
}

// Stands for the subject (the parties' names) in the fixed core properties, so that one
// compilation serves every deal of a template.
const SUBJECT_MARK = "clausewright-subject-a8d3f1";
const SUBJECT_ELEMENT = `<dc:subject>${SUBJECT_MARK}</dc:subject>`;

// Stands for the hash of the deal's values in the custom properties, for the same reason.
const DEAL_HASH_MARK = "clausewright-deal-hash-5c07e2";

export { PROVENANCE };

const DEAL_HASH_PROPERTY = new RegExp(`<property [^>]*name="${PROVENANCE.dealHash}"><vt:lpwstr>${DEAL_HASH_MARK}</vt:lpwstr></property>`);

const DOCUMENT_PART = "word/document.xml";
const CORE_PART = "docProps/core.xml";
const CUSTOM_PART = "docProps/custom.xml";
const NUMBERING_PART = "word/numbering.xml";
const BODY_START = "<w:body>";

export interface FixedParts {
  /** Every part but word/document.xml, as compiled by the docx library. */
  parts: Map<string, Uint8Array | string>;
  /** word/document.xml up to and including <w:body>. */
  documentStart: string;
  /** word/document.xml from the section properties on. */
  documentEnd: string;
}

const COMPILED = new Map<string, FixedParts>();
const CACHE_SIZE = 32;

function partText(part: Uint8Array | string | undefined): string {
  return part === undefined ? "" : typeof part === "string" ? part : strFromU8(part);
}

function libraryDocument(input: FixedPartsInput): Document {
  const { layout, title, langs } = input;
  return new Document({
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
    customProperties: [
      { name: PROVENANCE.template, value: input.templateId },
      { name: PROVENANCE.templateVersion, value: input.templateVersion },
      { name: PROVENANCE.layout, value: layout },
      { name: PROVENANCE.dealHash, value: DEAL_HASH_MARK },
    ],
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
}

/**
 * The package without the agreement's body, and word/document.xml with an empty body but for
 * its section properties (page size and margins, header and footer references). The docx
 * library makes all of it, from a Document with no children; only the body is written as XML
 * (docx-xml.ts), because the library's formatting of every paragraph and run object cost about
 * 13 ms per agreement. Compiled once for each layout, fonts, title and template, and kept.
 */
export async function fixedParts(input: FixedPartsInput): Promise<FixedParts> {
  const key = JSON.stringify([
    input.layout,
    input.fonts,
    input.title,
    input.templateId,
    input.templateVersion,
    input.prevailing,
  ]);
  const cached = COMPILED.get(key);
  if (cached) return cached;

  const parts = await compileParts(libraryDocument(input), Packer);
  const documentXml = partText(parts.get(DOCUMENT_PART));
  const bodyStart = documentXml.indexOf(BODY_START);
  const sectionStart = documentXml.indexOf("<w:sectPr", bodyStart);
  const core = partText(parts.get(CORE_PART));
  const custom = partText(parts.get(CUSTOM_PART));
  if (
    bodyStart < 0 ||
    sectionStart !== bodyStart + BODY_START.length ||
    !core.includes(SUBJECT_ELEMENT) ||
    !DEAL_HASH_PROPERTY.test(custom)
  ) {
    throw new Error("docx: the library's document.xml, core.xml or custom.xml is not as expected");
  }
  parts.set(CUSTOM_PART, custom);
  parts.delete(DOCUMENT_PART);
  parts.set(CORE_PART, withoutTimestamps(core));
  const built: FixedParts = {
    parts,
    documentStart: documentXml.slice(0, sectionStart),
    documentEnd: documentXml.slice(sectionStart),
  };
  if (COMPILED.size >= CACHE_SIZE) {
    const [oldest] = COMPILED.keys();
    if (oldest !== undefined) COMPILED.delete(oldest);
  }
  COMPILED.set(key, built);
  return built;
}

/** What varies from deal to deal in the package: the subject (the parties), the hash and the body. */
export interface DealParts {
  subject: string;
  /** The deal values' hash, when the agreement was built from a deal. */
  dealHash: string | undefined;
  /** The body's paragraphs and tables, without the section properties. */
  body: string;
  /** word/numbering.xml: the lists of the agreement's articles (the library's holds its default bullets only). */
  numbering: string;
}

/** Every part of the package, the fixed ones with the deal's own filled in. */
export function packageParts(fixed: FixedParts, deal: DealParts): Map<string, Uint8Array | string> {
  const core = partText(fixed.parts.get(CORE_PART)).replace(
    SUBJECT_ELEMENT,
    // The library leaves out an empty subject.
    () => (deal.subject === "" ? "" : `<dc:subject>${escapeXml(deal.subject)}</dc:subject>`),
  );
  const custom = partText(fixed.parts.get(CUSTOM_PART)).replace(DEAL_HASH_PROPERTY, (property) =>
    deal.dealHash === undefined ? "" : property.replace(DEAL_HASH_MARK, () => escapeXml(deal.dealHash ?? "")),
  );
  const all = new Map(fixed.parts);
  all.set(CORE_PART, core);
  all.set(CUSTOM_PART, custom);
  all.set(NUMBERING_PART, deal.numbering);
  all.set(DOCUMENT_PART, fixed.documentStart + deal.body + fixed.documentEnd);
  return all;
}
