// The optional table of contents (render --toc): Word's TOC field over the article headings
// (Heading 1, outline level 1), with the articles' headings as its cached result, so the file
// reads right before the field is updated. Page numbers are not known to the writer (only Word
// or LibreOffice lay out pages): they appear once the field is updated (F9; Tools ▸ Update).

import type { Agreement } from "../agreement/types.js";
import type { Lang } from "../core/bilingual.js";
import { STYLE } from "./docx-page.js";
import { paragraphXml, runXml, textRunsXml } from "./docx-xml.js";
import { LABELS } from "./labels.js";
import type { Layout } from "./layout.js";
import { languagesOf } from "./layout.js";

/** The field's instruction: outline level 1 only (the articles), entries as links, no page numbers shown on the web. */
export const TOC_INSTRUCTION = ' TOC \\o "1-1" \\h \\z \\u ';

/**
 * The headings the field collects, in document order: in the parallel layout each article's
 * heading in both columns, in the stacked one the Chinese heading only (the English line is no
 * outline level), in zh and en the one.
 */
function entries(agreement: Agreement, layout: Layout): Array<{ text: string; lang: Lang }> {
  const langs: Lang[] = layout === "stacked" ? ["zh"] : languagesOf(layout);
  return agreement.articles.flatMap((article) => langs.map((lang) => ({ text: `${article.label[lang]} ${article.title[lang]}`, lang })));
}

/** The contents' heading and the TOC field, one paragraph per entry. */
export function tableOfContentsXml(agreement: Agreement, layout: Layout): string {
  const langs = languagesOf(layout);
  const heading = paragraphXml(STYLE.tocHeading, textRunsXml(langs.map((lang) => LABELS.contents[lang]).join(" / "), { lang: langs[0] ?? "zh" }));
  const list = entries(agreement, layout);
  const begin =
    runXml({ lang: "en" }, '<w:fldChar w:fldCharType="begin"/>') +
    runXml({ lang: "en" }, `<w:instrText xml:space="preserve">${TOC_INSTRUCTION}</w:instrText>`) +
    runXml({ lang: "en" }, '<w:fldChar w:fldCharType="separate"/>');
  const end = runXml({ lang: "en" }, '<w:fldChar w:fldCharType="end"/>');
  if (list.length === 0) return heading + paragraphXml(STYLE.toc1, begin + end);
  const paragraphs = list.map((entry, index) =>
    paragraphXml(STYLE.toc1, (index === 0 ? begin : "") + textRunsXml(entry.text, { lang: entry.lang }) + (index === list.length - 1 ? end : "")),
  );
  return heading + paragraphs.join("");
}
