// Articles, clauses and items are numbered by Word's own lists (word/numbering.xml), so a clause
// or item inserted or deleted in Word renumbers what follows in its article, and a REF field to
// it (docx-references.ts) shows its new number once the fields are updated. The numbers read as
// the tree's (src/agreement/numbering.ts): 第三条 / Article 3, 3.2, a) / (a).
//
// One list per article and language, whose article level starts at the article's number and
// whose clause level writes that number as a digit ("3.%2"). One list for the whole agreement
// would write 3.2 as "%1.%2", and a Chinese article number (三) in it would need Word's isLgl
// ("legal numbering"), which LibreOffice before 24.2 ignores: it shows 三.2. So an article
// inserted in Word continues the numbering of the one before it, and the articles after keep
// their numbers: to insert an article, change the template or the deal and render again.

import type { Lang } from "../core/bilingual.js";
import { NUMBER_INDENT } from "./docx-page.js";

/** The list paragraph levels: an article's heading, a clause's first paragraph, an item's. */
export const LEVEL = { article: 0, clause: 1, item: 2 } as const;
export type Level = (typeof LEVEL)[keyof typeof LEVEL];

interface LevelFormat {
  numFmt: string;
  text: string;
}

function formats(article: number, lang: Lang): [LevelFormat, LevelFormat, LevelFormat] {
  return lang === "zh"
    ? [
        // 一, 二 … 十, 十一 … 二十一 as chineseNumeral writes them (the format of Word's own
        // 一、二、三 lists, and what LibreOffice writes for them); chineseCounting is digit by
        // digit in Word (10 is 一〇)
        { numFmt: "chineseCountingThousand", text: "第%1条" },
        { numFmt: "decimal", text: `${article}.%2` },
        { numFmt: "lowerLetter", text: "%3)" },
      ]
    : [
        { numFmt: "decimal", text: "Article %1" },
        { numFmt: "decimal", text: `${article}.%2` },
        { numFmt: "lowerLetter", text: "(%3)" },
      ];
}

/** The list (w:numId, and w:abstractNumId of its definition) of an article in one language. */
export function listId(article: number, lang: Lang): number {
  return 2 * article - (lang === "zh" ? 1 : 0);
}

function levelXml(level: Level, format: LevelFormat, start: number): string {
  // The heading's number is followed by a space, as 第三条 服务水平 was written; a clause's and
  // an item's by a tab to the hanging indent where the text starts, as the Clause and Item
  // styles set it.
  const indent =
    level === LEVEL.article
      ? '<w:ind w:left="0" w:firstLine="0"/>'
      : `<w:ind w:left="${level * NUMBER_INDENT}" w:hanging="${NUMBER_INDENT}"/>`;
  return (
    `<w:lvl w:ilvl="${level}"><w:start w:val="${start}"/><w:numFmt w:val="${format.numFmt}"/>` +
    `<w:suff w:val="${level === LEVEL.article ? "space" : "tab"}"/>` +
    `<w:lvlText w:val="${format.text}"/><w:lvlJc w:val="left"/><w:pPr>${indent}</w:pPr></w:lvl>`
  );
}

/** word/numbering.xml for an agreement of so many articles: a list per article and language. */
export function numberingXml(articles: number): string {
  let abstracts = "";
  let lists = "";
  for (let article = 1; article <= articles; article += 1) {
    for (const lang of ["zh", "en"] as const) {
      const id = listId(article, lang);
      const levels = formats(article, lang)
        .map((format, level) => levelXml(level as Level, format, level === LEVEL.article ? article : 1))
        .join("");
      abstracts += `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="multilevel"/>${levels}</w:abstractNum>`;
      lists += `<w:num w:numId="${id}"><w:abstractNumId w:val="${id}"/></w:num>`;
    }
  }
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    abstracts +
    lists +
    "</w:numbering>"
  );
}
