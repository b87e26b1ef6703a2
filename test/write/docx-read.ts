// Reading what a DOCX holds for Word: its bookmarks, REF fields and custom properties, from
// the XML (ours, or as LibreOffice writes it back, whose attribute order and runs differ).

import { strFromU8, unzipSync } from "fflate";
import type { Agreement, Inline } from "../../src/agreement/types.js";
import type { Lang } from "../../src/core/bilingual.js";

export function partsOf(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map(([, t]) => unescapeXml(t ?? "")).join("");
}

const attribute = (element: string, name: string): string | undefined =>
  new RegExp(`\\b${name}="([^"]*)"`).exec(element)?.[1];

/** Each bookmark's name and the text it spans, in document order. */
export function bookmarks(document: string): Array<{ name: string; text: string }> {
  const out: Array<{ name: string; text: string }> = [];
  for (const start of document.matchAll(/<w:bookmarkStart\b[^>]*\/>/g)) {
    const id = attribute(start[0], "w:id");
    const name = attribute(start[0], "w:name");
    if (id === undefined || name === undefined) continue;
    const from = (start.index ?? 0) + start[0].length;
    const end = document.slice(from).search(new RegExp(`<w:bookmarkEnd\\b[^>]*w:id="${id}"`));
    out.push({ name, text: end < 0 ? "" : textOf(document.slice(from, from + end)) });
  }
  return out;
}

/** Each REF field's bookmark, switches and cached result, in document order. */
export function refFields(document: string): Array<{ bookmark: string; switches: string; result: string }> {
  const fields = /<w:instrText\b[^>]*>\s*REF\s+(\S+)([^<]*)<\/w:instrText>(.*?)<w:fldChar\b[^>]*w:fldCharType="end"/gs;
  return [...document.matchAll(fields)].map(([, bookmark, switches, rest]) => {
    const separate = /<w:fldChar\b[^>]*w:fldCharType="separate"[^>]*\/>/.exec(rest ?? "");
    const result = separate ? (rest ?? "").slice(separate.index + separate[0].length) : "";
    return { bookmark: bookmark ?? "", switches: (switches ?? "").trim(), result: textOf(result) };
  });
}

/** The custom document properties by name. */
export function customProperties(customXml: string): Record<string, string> {
  return Object.fromEntries(
    [...customXml.matchAll(/<property\b[^>]*name="([^"]+)"[^>]*>\s*<vt:lpwstr>([^<]*)<\/vt:lpwstr>/g)].map(([, name, value]) => [
      name,
      unescapeXml(value ?? ""),
    ]),
  );
}

type Reference = Extract<Inline, { type: "reference" }>;

/** Every reference of the agreement's clauses and preamble in one language, in document order. */
export function referencesOf(agreement: Agreement, lang: Lang): Reference[] {
  const out: Reference[] = [];
  const visit = (nodes: readonly Inline[]): void => {
    for (const node of nodes) {
      if (node.type === "reference") out.push(node);
      if (node.type === "strong" || node.type === "emphasis") visit(node.children);
    }
  };
  for (const p of agreement.preamble) visit(p.text[lang]);
  for (const article of agreement.articles)
    for (const clause of article.clauses)
      for (const element of clause.body)
        for (const p of element.type === "paragraph" ? [element] : element.paragraphs) visit(p.text[lang]);
  return out;
}

/** Every article, clause and item with the number its bookmark spans in one language. */
export function numberedOf(agreement: Agreement, lang: Lang): Array<{ id: string; number: string }> {
  return agreement.articles.flatMap((article) => [
    { id: article.id, number: article.label[lang] },
    ...article.clauses.flatMap((clause) => [
      { id: clause.id, number: clause.number },
      ...clause.body.flatMap((element) => (element.type === "item" ? [{ id: element.id, number: element.label[lang] }] : [])),
    ]),
  ]);
}
