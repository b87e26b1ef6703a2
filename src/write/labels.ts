// The fixed words the writers put around the agreement's own text (cover, parties, column
// headings, signature block, page numbers), in both languages. One table for every writer, so
// the Markdown and the DOCX of one deal can never label the same thing differently.

import type { Bilingual, Lang } from "../core/bilingual.js";

export const LABELS = {
  /** The cover's number, when the schema gives its field no label (x-label) of its own. */
  agreementNumber: { zh: "协议编号", en: "Agreement No." },
  address: { zh: "地址", en: "Address" },
  creditCode: { zh: "统一社会信用代码", en: "Unified Social Credit Code" },
  /** The heading of the parallel text's columns. */
  columnHeading: { zh: "中文", en: "English" },
  /**
   * After the last clause: nothing below is text of the agreement. Not "the remainder of this
   * page is intentionally left blank": the signatures stand on the same page (they are kept with
   * the last clause), so the rest of the page is not blank.
   */
  endOfText: { zh: "（以下无正文）", en: "(No further text below.)" },
  signatures: { zh: "签署页", en: "Signatures" },
  /** The heading of the optional table of contents (render --toc). */
  contents: { zh: "目录", en: "Contents" },
  seal: { zh: "盖章", en: "Seal" },
  signature: { zh: "法定代表人或授权代表（签字）", en: "Legal or Authorised Representative (Signature)" },
  date: { zh: "日期", en: "Date" },
} as const satisfies Record<string, Bilingual<string>>;

/** What follows a label before its value: the full-width colon in Chinese, ": " in English. */
export const COLON: Bilingual<string> = { zh: "：", en: ": " };

/** The label of the cover's agreement number: the schema's for the field, else the fixed one. */
export function agreementNumberLabel(agreement: { agreementNumberLabel?: Bilingual<string> }): Bilingual<string> {
  return agreement.agreementNumberLabel ?? LABELS.agreementNumber;
}

/** A label with its colon, ready for the value: "地址：", "Address: ". */
export function labelled(label: Bilingual<string>, lang: Lang): string {
  return label[lang] + COLON[lang];
}

/**
 * The footer's page number, as the text around the current page and the page count:
 * 第 X 页 共 Y 页 / Page X of Y.
 */
export const PAGE_OF: Bilingual<{ before: string; between: string; after: string }> = {
  zh: { before: "第 ", between: " 页 共 ", after: " 页" },
  en: { before: "Page ", between: " of ", after: "" },
};
