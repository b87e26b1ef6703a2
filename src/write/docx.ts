// The Agreement tree as a Word document a legal team would send: the body (docx-body.ts) in
// the package of fixed parts (docx-package.ts, precompiled by the build for the bundled
// templates), zipped without dates (docx-zip.ts).

import type { Agreement } from "../agreement/types.js";
import type { Lang } from "../core/bilingual.js";
import { bodyXml } from "./docx-body.js";
import { numberingXml } from "./docx-numbering.js";
import { fixedParts, packageParts, type FixedPartsInput } from "./docx-package.js";
import { plainText } from "./docx-plain.js";
import { zipParts } from "./docx-zip.js";
import { languagesOf, type Layout } from "./layout.js";

export interface DocxOptions {
  layout: Layout;
  /** A table of contents (Word's TOC field over the articles) after the title; off by default. */
  toc?: boolean;
}

/** What the package around the body depends on, for an agreement (or a template: the build's skeletons). */
export function fixedPartsInput(
  agreement: Pick<Agreement, "fonts" | "title" | "templateId" | "templateVersion" | "prevailing">,
  layout: Layout,
): FixedPartsInput {
  return {
    layout,
    langs: languagesOf(layout),
    fonts: agreement.fonts,
    title: agreement.title,
    templateId: agreement.templateId,
    templateVersion: agreement.templateVersion,
    // a document in one language has no other version for this one to prevail over
    prevailing: languagesOf(layout).length > 1 ? agreement.prevailing : null,
  };
}

/** The agreement as a DOCX file. Same agreement and layout, same bytes. */
export async function writeDocx(agreement: Agreement, options: DocxOptions): Promise<Uint8Array> {
  const { layout } = options;
  const names = (lang: Lang): string =>
    agreement.parties.map((party) => plainText(party.name[lang])).join(lang === "zh" ? "、" : "; ");
  const fixed = await fixedParts(fixedPartsInput(agreement, layout));
  const parts = packageParts(fixed, {
    subject: `${names("zh")} / ${names("en")}`,
    dealHash: agreement.dealHash,
    body: bodyXml(agreement, layout, options.toc === true),
    numbering: numberingXml(agreement.articles.length),
  });
  return zipParts(parts);
}
