// The DOCX writer's page and styles. Every paragraph of the document names one of these
// styles and carries no paragraph formatting of its own, so a legal team can restyle the
// agreement in Word (Home ▸ Styles) without touching each paragraph.

import { AlignmentType, BorderStyle, LineRuleType, TabStopType, type IStylesOptions } from "docx";
import type { Fonts } from "../agreement/types.js";
import type { Layout } from "./layout.js";
import { CONTENT_WIDTH, NUMBER_INDENT, STYLE } from "./docx-page.js";

const GREY_RULE = { style: BorderStyle.SINGLE, size: 4, color: "808080", space: 1 } as const;

/** Half-points: 五号 (10.5 pt) in the narrow columns of a parallel text, 小四 (12 pt) otherwise. */
function bodySize(layout: Layout): number {
  return layout === "parallel" ? 21 : 24;
}

export function documentStyles(fonts: Fonts, layout: Layout): IStylesOptions {
  const size = bodySize(layout);
  // Per script: Latin text (ascii, hAnsi, complex script) in the Latin font, Chinese in the
  // East Asian one, so a line that mixes both comes out right in either language.
  const font = { ascii: fonts.latin, hAnsi: fonts.latin, cs: fonts.latin, eastAsia: fonts.eastAsian };
  // Justified text in a half-page column stretches English into rivers of space: the parallel
  // layout's narrow columns are set flush left, full-width layouts justified.
  const body = { alignment: layout === "parallel" ? AlignmentType.LEFT : AlignmentType.BOTH, spacing: { before: 0, after: 120, line: 288, lineRule: LineRuleType.AUTO } };

  return {
    default: {
      document: {
        run: { font, size, sizeComplexScript: size, language: { value: "en-US", eastAsia: "zh-CN" } },
        paragraph: { spacing: { before: 0, after: 0, line: 288, lineRule: LineRuleType.AUTO } },
      },
    },
    paragraphStyles: [
      {
        id: STYLE.title,
        name: "Title",
        basedOn: "Normal",
        next: STYLE.body,
        quickFormat: true,
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 120 }, keepNext: true, keepLines: true },
        run: { bold: true, size: 32, sizeComplexScript: 32 },
      },
      {
        id: STYLE.heading1,
        name: "heading 1",
        basedOn: "Normal",
        next: STYLE.clause,
        quickFormat: true,
        paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true, outlineLevel: 0 },
        run: { bold: true, size: size + 2, sizeComplexScript: size + 2 },
      },
      {
        // The English line of an article's heading in the stacked layout: set as Heading 1 but
        // no outline level, so the navigation pane and a table of contents list each article
        // once, under its Chinese heading.
        id: STYLE.headingTranslation,
        name: "Heading Translation",
        basedOn: STYLE.heading1,
        next: STYLE.clause,
        paragraph: { spacing: { before: 0 }, outlineLevel: 9 },
      },
      {
        // Not used by the writer; defined to match Heading 1, for a user who adds headings
        // under the articles.
        id: "Heading2",
        name: "heading 2",
        basedOn: "Normal",
        next: STYLE.clause,
        quickFormat: true,
        paragraph: { spacing: { before: 120, after: 120 }, keepNext: true, keepLines: true, outlineLevel: 1 },
        run: { bold: true, size, sizeComplexScript: size },
      },
      {
        id: STYLE.body,
        name: "Body Text",
        basedOn: "Normal",
        quickFormat: true,
        paragraph: body,
      },
      {
        id: STYLE.agreementNumber,
        name: "Agreement Number",
        basedOn: STYLE.body,
        next: STYLE.party,
        // Contextual spacing: no space between the lines of one block (the number in each
        // language, a party's details), the space after the block's last line.
        paragraph: { alignment: AlignmentType.RIGHT, spacing: { after: 240 }, contextualSpacing: true },
      },
      {
        id: STYLE.party,
        name: "Party",
        basedOn: STYLE.body,
        next: STYLE.partyDetail,
        paragraph: { alignment: AlignmentType.LEFT, spacing: { before: 120, after: 0 }, keepNext: true },
        run: { bold: true },
      },
      {
        id: STYLE.partyDetail,
        name: "Party Detail",
        basedOn: STYLE.body,
        paragraph: { alignment: AlignmentType.LEFT, spacing: { after: 120 }, contextualSpacing: true, keepNext: true },
      },
      {
        id: STYLE.clause,
        name: "Clause",
        basedOn: STYLE.body,
        next: STYLE.clause,
        quickFormat: true,
        paragraph: { indent: { left: NUMBER_INDENT, hanging: NUMBER_INDENT } },
      },
      {
        id: STYLE.clauseContinued,
        name: "Clause Continued",
        basedOn: STYLE.body,
        paragraph: { indent: { left: NUMBER_INDENT } },
      },
      {
        id: STYLE.item,
        name: "Item",
        basedOn: STYLE.body,
        next: STYLE.item,
        quickFormat: true,
        paragraph: { indent: { left: 2 * NUMBER_INDENT, hanging: NUMBER_INDENT } },
      },
      {
        id: STYLE.itemContinued,
        name: "Item Continued",
        basedOn: STYLE.body,
        paragraph: { indent: { left: 2 * NUMBER_INDENT } },
      },
      {
        id: STYLE.columnHeading,
        name: "Column Heading",
        basedOn: "Normal",
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 60, after: 60 } },
        run: { bold: true },
      },
      {
        // Word's built-in names, so Word's own table of contents commands use them.
        id: STYLE.tocHeading,
        name: "TOC Heading",
        basedOn: "Normal",
        next: STYLE.toc1,
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 120 }, keepNext: true },
        run: { bold: true, size: size + 2, sizeComplexScript: size + 2 },
      },
      {
        id: STYLE.toc1,
        name: "toc 1",
        basedOn: "Normal",
        next: STYLE.body,
        // the tab and dotted leader before each page number Word writes into the entries it makes
        paragraph: { spacing: { after: 60 } },
      },
      {
        // （以下无正文）: on the page of the signatures, which follow it.
        id: STYLE.endOfText,
        name: "End of Text",
        basedOn: STYLE.body,
        next: STYLE.signatureHeading,
        // In the parallel layout, the English at the English column (its cell's margin of 108
        // twips in). The library's style type leaves out tabStops, which its style writer takes
        // as a paragraph's (the same properties class): hence the spread.
        paragraph: {
          keepNext: true,
          keepLines: true,
          ...(layout === "parallel" ? { spacing: { before: 120 }, tabStops: [{ type: TabStopType.LEFT, position: Math.floor(CONTENT_WIDTH / 2) + 108 }] } : {}),
        },
      },
      {
        // In the navigation pane with the articles. Give it "page break before" to put the
        // signatures on a page of their own.
        id: STYLE.signatureHeading,
        name: "Signature Heading",
        basedOn: STYLE.heading1,
        next: STYLE.signatureParty,
        paragraph: { spacing: { before: 480, after: 240 } },
      },
      {
        id: STYLE.signatureParty,
        name: "Signature Party",
        basedOn: "Normal",
        next: STYLE.signatureLabel,
        paragraph: { spacing: { after: 60 }, keepNext: true, keepLines: true },
        run: { bold: true },
      },
      {
        id: STYLE.signatureLabel,
        name: "Signature Label",
        basedOn: "Normal",
        next: STYLE.signatureLine,
        paragraph: { spacing: { before: 240 }, keepNext: true, keepLines: true },
      },
      {
        // An empty paragraph whose bottom border is the line to sign on; the space above it
        // is where the signature (or, after "Seal", the company chop) goes.
        id: STYLE.signatureLine,
        name: "Signature Line",
        basedOn: "Normal",
        next: STYLE.signatureLabel,
        paragraph: { spacing: { before: 600, after: 0 }, keepNext: true, border: { bottom: GREY_RULE } },
      },
      {
        id: STYLE.header,
        name: "header",
        basedOn: "Normal",
        paragraph: { alignment: AlignmentType.CENTER, border: { bottom: GREY_RULE } },
        run: { size: 18, sizeComplexScript: 18 },
      },
      {
        id: STYLE.footer,
        name: "footer",
        basedOn: "Normal",
        paragraph: { alignment: AlignmentType.CENTER },
        run: { size: 18, sizeComplexScript: 18 },
      },
    ],
    characterStyles: [
      {
        // Marks text the deal has not given yet. The runs carry the highlight directly as well,
        // as Word's own highlighter writes it, so it shows whatever the style says.
        id: STYLE.placeholder,
        name: "Placeholder",
        basedOn: "DefaultParagraphFont",
        run: { highlight: "yellow" },
      },
    ],
  };
}
