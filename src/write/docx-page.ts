// The page and the style ids every part of the DOCX writer shares. Plain constants, apart from
// the docx library: the body is written without it, and a render whose package skeleton is
// precompiled (docx-package.ts) does not load the library at all.

/** A4 portrait, in twips. */
export const PAGE = { width: 11906, height: 16838 } as const;

/** Word's default margins for Chinese documents: 2.54 cm top and bottom, 3.17 cm left and right. */
export const MARGIN = { top: 1440, bottom: 1440, left: 1797, right: 1797, header: 851, footer: 992 } as const;

export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** Where clause text starts after its number ("3.2"), and item text after its label ("(a)"). */
export const NUMBER_INDENT = 567;

/** Style ids. Word's built-in ones keep their built-in ids and names, so Word maps them to its own. */
export const STYLE = {
  title: "Title",
  heading1: "Heading1",
  headingTranslation: "HeadingTranslation",
  body: "BodyText",
  agreementNumber: "AgreementNumber",
  party: "Party",
  partyDetail: "PartyDetail",
  clause: "Clause",
  clauseContinued: "ClauseContinued",
  item: "Item",
  itemContinued: "ItemContinued",
  columnHeading: "ColumnHeading",
  endOfText: "EndOfText",
  tocHeading: "TOCHeading",
  toc1: "TOC1",
  signatureHeading: "SignatureHeading",
  signatureParty: "SignatureParty",
  signatureLabel: "SignatureLabel",
  signatureLine: "SignatureLine",
  header: "Header",
  footer: "Footer",
  placeholder: "Placeholder",
} as const;
