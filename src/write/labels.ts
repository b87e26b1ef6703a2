// The fixed words the writers put around the agreement's own text (cover, parties, column
// headings, signature block, page numbers), in both languages. One table for every writer, so
// the Markdown and the DOCX of one deal can never label the same thing differently.

import type { PartyKind } from "../agreement/types.js";
import type { Bilingual, Lang } from "../core/bilingual.js";

export const LABELS = {
  /** The cover's number, when the schema gives its field no label (x-label) of its own. */
  agreementNumber: { zh: "协议编号", en: "Agreement No." },
  address: { zh: "地址", en: "Address" },
  creditCode: { zh: "统一社会信用代码", en: "Unified Social Credit Code" },
  idNumber: { zh: "身份证号码", en: "ID No." },
  registrationNumber: { zh: "注册号", en: "Registration No." },
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
  /** A person signs in person. */
  signatureIndividual: { zh: "签字", en: "Signature" },
  /** A foreign company has no 法定代表人 and, usually, no seal: its authorised signatory signs. */
  signatureForeign: { zh: "授权签字人（签字）", en: "Authorised Signatory (Signature)" },
  date: { zh: "日期", en: "Date" },
} as const satisfies Record<string, Bilingual<string>>;

/** The line that identifies a party of this kind, under its name and address. */
export function identifierLabel(kind: PartyKind): Bilingual<string> {
  return kind === "individual" ? LABELS.idNumber : kind === "foreign-company" ? LABELS.registrationNumber : LABELS.creditCode;
}

/**
 * The lines a party of this kind seals, signs and dates on, one per row of the signature block;
 * null where it has none (only a PRC company seals), so the writer leaves that cell empty and
 * the parties' lines stay level.
 */
export function signatureLines(kind: PartyKind): Array<Bilingual<string> | null> {
  const sign = kind === "individual" ? LABELS.signatureIndividual : kind === "foreign-company" ? LABELS.signatureForeign : LABELS.signature;
  return [kind === "company" ? LABELS.seal : null, sign, LABELS.date];
}

/**
 * The signature block's rows: for each row, each party's line (null: an empty cell). A row no
 * party writes on (the seal, when no party is a company) is left out.
 */
export function signatureRows(parties: ReadonlyArray<{ kind: PartyKind }>): Array<Array<Bilingual<string> | null>> {
  const lines = parties.map((p) => signatureLines(p.kind));
  const rows = [0, 1, 2].map((i) => lines.map((l) => l[i] ?? null));
  return rows.filter((row) => row.some((cell) => cell !== null));
}

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
