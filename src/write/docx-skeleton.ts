// The DOCX package's fixed parts as the docx library compiles them: styles, numbering,
// settings, font table, theme, content types, relationships, header, footer and properties,
// around an empty body. Loaded only when no precompiled skeleton fits (docx-package.ts): the
// build writes one for every bundled template and layout, from this same code.

import { Document, Footer, Header, Packer, PageNumber, Paragraph, TextRun } from "docx";
import { strFromU8, unzipSync } from "fflate";
import type { Agreement } from "../agreement/types.js";
import type { Lang } from "../core/bilingual.js";
import { MARGIN, PAGE, STYLE } from "./docx-page.js";
import { oneLine } from "./docx-plain.js";
import { textRuns } from "./docx-runs.js";
import { documentStyles } from "./docx-styles.js";
import type { FixedPartsInput, SkeletonMarks } from "./docx-package.js";
import { PAGE_OF } from "./labels.js";
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

function libraryDocument(input: FixedPartsInput, marks: SkeletonMarks): Document {
  const { layout, title, langs } = input;
  return new Document({
    creator: "clausewright",
    lastModifiedBy: "clausewright",
    revision: 1,
    title: oneLine(`${title.zh} / ${title.en}`),
    subject: marks.subject,
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
      { name: PROVENANCE.dealHash, value: marks.dealHash },
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

interface PartsCompiler {
  compile(document: unknown): Map<string, Uint8Array | string>;
}

/** The docx library's compiler: the step of its packer before zipping. */
function compilerOf(packer: unknown): PartsCompiler | undefined {
  const compiler = (packer as { compiler?: PartsCompiler }).compiler;
  return compiler && typeof compiler.compile === "function" ? compiler : undefined;
}

/**
 * The document's parts, unzipped, as text (they are all XML): from the library's compiler, or,
 * should the compiler not be there (the version of docx is pinned), from its packed file.
 */
async function compileParts(document: Document): Promise<Map<string, string>> {
  const compiler = compilerOf(Packer);
  const raw = compiler ? compiler.compile(document) : Object.entries(unzipSync(await Packer.toBuffer(document)));
  return new Map([...raw].map(([name, part]): [string, string] => [name, typeof part === "string" ? part : strFromU8(part)]));
}

/** Every part of the package the library makes for a document with no children, as text. */
export async function librarySkeleton(input: FixedPartsInput, marks: SkeletonMarks): Promise<Map<string, string>> {
  return compileParts(libraryDocument(input, marks));
}
