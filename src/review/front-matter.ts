// The agreement's front matter, read back: the title, the agreement number, each party's name,
// address and identifier, and the preamble. They stand before the clauses and carry no clause
// bookmark, so they are found by the paragraph styles the DOCX writer gives them (Title,
// AgreementNumber, Party, PartyDetail; LibreOffice and Word keep a document's style ids), each
// in the language its column (parallel) or its first letter says. A party's name or address
// changed by the other side is a value of the deal changed like any other: reported, read back
// and re-linted.

import type { Agreement, Inline } from "../agreement/types.js";
import type { Bilingual, Lang } from "../core/bilingual.js";
import { agreementNumberLabel, identifierLabel, LABELS, labelled } from "../write/labels.js";
import type { DocParagraph } from "./document-xml.js";
import { referenceNumbers, TextBuilder, type ExpectedClause, type ReferenceNumbers } from "./expected.js";
import type { ReturnedClauses, View } from "./returned.js";

// the writer's style ids (src/write/docx-styles.ts), as a returned file keeps them; LibreOffice
// saves Word's built-in Body Text (the preamble's) as TextBody
const STYLE = { title: "Title", number: "AgreementNumber", party: "Party", detail: "PartyDetail", signatureParty: "SignatureParty" } as const;
const PREAMBLE_STYLES = new Set(["BodyText", "TextBody"]);
const FRONT_STYLES = new Set<string>([STYLE.title, STYLE.number, STYLE.party, STYLE.detail, ...PREAMBLE_STYLES]);

/** A front piece of one language: a fixed label, then the deal's text (with its values). */
function built(label: string, value: readonly Inline[] | string): { text: string; values: ExpectedClause["values"]["zh"] } {
  // a cover line holds no reference to a clause
  const builder = new TextBuilder(new Map(), "zh");
  builder.paragraph({ type: "paragraph", text: { zh: [{ type: "text", value: label }, ...toInlines(value)], en: [] } }, "zh");
  return { text: builder.text, values: builder.values };
}

const toInlines = (value: readonly Inline[] | string): Inline[] => (typeof value === "string" ? [{ type: "text", value }] : [...value]);

function front(id: string, name: Bilingual<string>, parts: Record<Lang, { label: string; value: readonly Inline[] | string }>): ExpectedClause {
  const zh = built(parts.zh.label, parts.zh.value);
  const en = built(parts.en.label, parts.en.value);
  return {
    id,
    base: `front_${id}`,
    kind: "front",
    number: id,
    name,
    conspicuous: false,
    text: { zh: zh.text, en: en.text },
    values: { zh: zh.values, en: en.values },
    references: { zh: [], en: [] },
  };
}

const both = (label: Bilingual<string>, value: Bilingual<readonly Inline[]> | Bilingual<string>): Record<Lang, { label: string; value: readonly Inline[] | string }> => ({
  zh: { label: labelled(label, "zh"), value: value.zh },
  en: { label: labelled(label, "en"), value: value.en },
});

/** The front matter as the agreement rendered from the deal has it, in document order. */
export function expectedFront(agreement: Agreement): ExpectedClause[] {
  const out: ExpectedClause[] = [
    front("title", { zh: "协议标题", en: "the title" }, { zh: { label: "", value: agreement.title.zh }, en: { label: "", value: agreement.title.en } }),
  ];
  if (agreement.agreementNumber) {
    const label = agreementNumberLabel(agreement);
    out.push(front("agreement_number", { zh: label.zh, en: `the ${label.en}` }, both(label, agreement.agreementNumber)));
  }
  for (const party of agreement.parties) {
    const role = party.role;
    const identifier = identifierLabel(party.kind);
    out.push(front(party.field, { zh: `${role.zh}名称`, en: `${role.en}'s name` }, both(role, party.name)));
    out.push(front(`${party.field}.address`, { zh: `${role.zh}地址`, en: `${role.en}'s address` }, both(LABELS.address, party.address)));
    out.push(front(`${party.field}.identifier`, { zh: `${role.zh}${identifier.zh}`, en: `${role.en}'s ${identifier.en}` }, both(identifier, party.identifier)));
  }
  if (agreement.preamble.length > 0) {
    const numbers: ReferenceNumbers = referenceNumbers(agreement);
    const builders = { zh: new TextBuilder(numbers, "zh"), en: new TextBuilder(numbers, "en") };
    for (const p of agreement.preamble) for (const lang of ["zh", "en"] as const) builders[lang].paragraph(p, lang);
    out.push({
      id: "preamble",
      base: "front_preamble",
      kind: "front",
      number: "preamble",
      name: { zh: "协议前言", en: "the preamble" },
      conspicuous: false,
      text: { zh: builders.zh.text, en: builders.en.text },
      values: { zh: builders.zh.values, en: builders.en.values },
      references: { zh: [], en: [] },
    });
  }
  // the parties' names over their signatures, which must be the names of the cover
  for (const party of agreement.parties) {
    out.push(front(`signature.${party.field}`, { zh: `签署页${party.role.zh}名称`, en: `${party.role.en}'s name at the signatures` }, both(party.role, party.name)));
  }
  return out;
}

/** The language of a front paragraph: its column in the parallel table, else its first letter's script. */
function languageOf(p: DocParagraph, text: string): Lang {
  return p.cell !== undefined ? (p.cell.column <= 0 ? "zh" : "en") : labelLanguage(text);
}

/** The language of a line that starts with its label (甲方：…, Party A: …): its first letter's; not align-text's scriptOf, which weighs the whole text and takes "Party A: 上海…" for Chinese. */
function labelLanguage(text: string): Lang {
  const first = /\p{L}/u.exec(text)?.[0] ?? "";
  return /\p{Script=Han}/u.test(first) ? "zh" : "en";
}

/** The paragraphs before the clauses: up to the first numbered or bookmarked one, or a heading. */
export function frontParagraphs(paragraphs: readonly DocParagraph[]): Array<{ p: DocParagraph; index: number }> {
  const out: Array<{ p: DocParagraph; index: number }> = [];
  for (const [index, p] of paragraphs.entries()) {
    if (p.numbered || p.bookmarks.some((b) => b.startsWith("cw_")) || /^Heading/i.test(p.style ?? "")) break;
    if (p.style !== undefined && FRONT_STYLES.has(p.style)) out.push({ p, index });
  }
  return out;
}

/** Whether the file's front matter can be read: the writer's paragraph styles are there. */
export function hasFrontMatter(paragraphs: readonly DocParagraph[]): boolean {
  return frontParagraphs(paragraphs).some(({ p }) => p.style === STYLE.party);
}

/** A piece of front matter as a document has it: the expected piece it is (none: added), its text and paragraphs (0-based). */
interface FrontLine {
  base?: string;
  lang: Lang;
  text: string;
  paragraphs: number[];
}

/**
 * The front matter of a document in one view, in document order, each piece with the base of
 * the expected piece it is: by its style, a detail line by its label (else its place under the
 * party), a party by its place among the parties. A line that is none of them has no base: added.
 */
function frontLines(paragraphs: readonly DocParagraph[], expected: readonly ExpectedClause[], view: View): FrontLine[] {
  const out: FrontLine[] = [];
  const parties = expected.filter((e) => /^[^.]+$/.test(e.id) && !["title", "agreement_number", "preamble"].includes(e.id));
  const count: Record<Lang, number> = { zh: 0, en: 0 };
  const current: Partial<Record<Lang, { party?: ExpectedClause; details: number }>> = {};
  const preamble: Partial<Record<Lang, FrontLine>> = {};
  for (const { p, index } of frontParagraphs(paragraphs)) {
    const text = p[view];
    if (text.trim() === "") continue;
    const lang = languageOf(p, text);
    const line = (base: string | undefined): FrontLine => ({ ...(base !== undefined ? { base } : {}), lang, text, paragraphs: [index] });
    if (p.style === STYLE.title) out.push(line("front_title"));
    else if (p.style === STYLE.number) out.push(line("front_agreement_number"));
    else if (p.style === STYLE.party) {
      const party = parties[count[lang]++];
      current[lang] = { ...(party ? { party } : {}), details: 0 };
      out.push(line(party?.base));
    } else if (p.style === STYLE.detail) {
      const at = current[lang];
      const party = at?.party;
      const details = party ? expected.filter((e) => e.id.startsWith(`${party.id}.`)) : [];
      const byLabel = details.find((d) => labelOf(d.text[lang]) !== "" && text.startsWith(labelOf(d.text[lang])));
      const detail = byLabel ?? details[at?.details ?? 0];
      if (at) at.details++;
      out.push(line(detail?.base));
    } else {
      const open = preamble[lang];
      if (open) {
        open.text = `${open.text}\n${text}`;
        open.paragraphs.push(index);
      } else out.push((preamble[lang] = line("front_preamble")));
    }
  }
  const signed: Record<Lang, number> = { zh: 0, en: 0 };
  const signatures = expected.filter((e) => e.id.startsWith("signature."));
  for (const [index, p] of paragraphs.entries()) {
    const text = p[view];
    if (p.style !== STYLE.signatureParty || text.trim() === "") continue;
    // the signature table's columns are the parties, not the languages: each party's name in each language
    const lang = labelLanguage(text);
    const party = signatures[signed[lang]++];
    out.push({ ...(party ? { base: party.base } : {}), lang, text, paragraphs: [index] });
  }
  return out;
}

/** The front matter of the returned file in one view, per language, as clauses matched by their base. */
export function returnedFront(paragraphs: readonly DocParagraph[], expected: readonly ExpectedClause[], view: View): ReturnedClauses {
  const out: ReturnedClauses = { zh: [], en: [] };
  for (const line of frontLines(paragraphs, expected, view)) {
    out[line.lang].push({ ...(line.base !== undefined ? { base: line.base } : {}), text: line.text, fields: [], paragraph: (line.paragraphs[0] as number) + 1 });
  }
  return out;
}

/** Where each front piece stands in the rendered agreement (0-based paragraphs), per language: where the redline marks its changes. */
export function frontPieces(paragraphs: readonly DocParagraph[], expected: readonly ExpectedClause[]): Array<{ base: string; lang: Lang; paragraphs: number[] }> {
  return frontLines(paragraphs, expected, "accepted").flatMap((l) => (l.base !== undefined ? [{ base: l.base, lang: l.lang, paragraphs: l.paragraphs }] : []));
}

/** The fixed label a piece's text starts with ("地址：", "Address: "), or "". */
function labelOf(text: string): string {
  return /^[^：:]{1,40}(?:：|: )/.exec(text)?.[0] ?? "";
}
