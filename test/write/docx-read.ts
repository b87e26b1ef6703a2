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

// ---------------------------------------------------------------------------------------
// List numbers as Word shows them, from numbering.xml and the paragraphs' w:numPr: the
// numbers are no longer text in the document, so the tests see them the way a reader does.

interface LevelDefinition {
  start: number;
  numFmt: string;
  text: string;
  suffix: string;
}

function chineseCount(n: number): string {
  const digits = "〇一二三四五六七八九";
  if (n < 10) return digits[n] ?? "";
  if (n < 100) return `${n >= 20 ? digits[Math.floor(n / 10)] : ""}十${n % 10 === 0 ? "" : digits[n % 10]}`;
  throw new Error(`test reader: no Chinese count for ${n}`);
}

function formatNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case "decimal":
      return String(n);
    case "lowerLetter":
      return String.fromCharCode(96 + ((n - 1) % 26) + 1).repeat(Math.floor((n - 1) / 26) + 1);
    case "chineseCountingThousand":
      return chineseCount(n);
    default:
      throw new Error(`test reader: numFmt ${numFmt} not read`);
  }
}

/** Each list (w:numId) with its levels' definitions. */
function listDefinitions(numberingXml: string): Map<string, LevelDefinition[]> {
  const abstracts = new Map<string, LevelDefinition[]>();
  for (const [, id, body] of numberingXml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"[^>]*>(.*?)<\/w:abstractNum>/gs)) {
    const levels: LevelDefinition[] = [];
    for (const [, level, lvl] of (body ?? "").matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>(.*?)<\/w:lvl>/gs)) {
      const value = (element: string): string | undefined => new RegExp(`<w:${element}\\b[^>]*w:val="([^"]*)"`).exec(lvl ?? "")?.[1];
      const suffix = value("suff") ?? "tab";
      levels[Number(level)] = {
        start: Number(value("start") ?? "0"),
        numFmt: value("numFmt") ?? "decimal",
        text: value("lvlText") ?? "",
        suffix: suffix === "tab" ? "\t" : suffix === "space" ? " " : "",
      };
    }
    abstracts.set(id ?? "", levels);
  }
  const lists = new Map<string, LevelDefinition[]>();
  for (const [, numId, abstractId] of numberingXml.matchAll(/<w:num\b[^>]*w:numId="(\d+)"[^>]*>\s*<w:abstractNumId w:val="(\d+)"/g)) {
    lists.set(numId ?? "", abstracts.get(abstractId ?? "") ?? []);
  }
  return lists;
}

/**
 * The document with each list paragraph's number written into it as text (and its suffix: a
 * tab, or a space), in a run formatted as the paragraph mark, where Word draws the number.
 * Counting: a level's counter starts at its start value and goes up with each paragraph of
 * that level; a paragraph of a level resets the levels below it.
 */
export function withListNumbers(document: string, numberingXml: string): string {
  const lists = listDefinitions(numberingXml);
  const counters = new Map<string, Array<number | undefined>>();
  return document.replace(/<w:p\b([^>]*)>(<w:pPr>(.*?)<\/w:pPr>)/gs, (whole, attributes: string, pPr: string, inner: string) => {
    const numPr = /<w:numPr><w:ilvl w:val="(\d+)"\/><w:numId w:val="(\d+)"\/><\/w:numPr>/.exec(inner);
    if (!numPr) return whole;
    const level = Number(numPr[1]);
    const numId = numPr[2] ?? "";
    const levels = lists.get(numId);
    if (!levels?.[level]) throw new Error(`test reader: no list ${numId} level ${level}`);
    const count = counters.get(numId) ?? [];
    count[level] = (count[level] ?? (levels[level]?.start ?? 1) - 1) + 1;
    count.length = level + 1;
    counters.set(numId, count);
    const definition = levels[level];
    const label = definition.text.replace(/%(\d)/g, (_, k: string) => {
      const at = Number(k) - 1;
      return formatNumber(count[at] ?? levels[at]?.start ?? 1, levels[at]?.numFmt ?? "decimal");
    });
    const rPr = /<w:rPr>.*?<\/w:rPr>/s.exec(inner.replace(/<w:numPr>.*?<\/w:numPr>/s, ""))?.[0] ?? "";
    const suffix = definition.suffix === "\t" ? "<w:tab/>" : definition.suffix === " " ? '<w:t xml:space="preserve"> </w:t>' : "";
    return `<w:p${attributes}>${pPr}<w:r>${rPr}<w:t xml:space="preserve">${label}</w:t>${suffix}</w:r>`;
  });
}

/** The text of a document as a reader shows it: paragraphs apart, tabs as tabs. */
export function shownText(document: string): string {
  return [...document.matchAll(/<w:p\b[^>]*>(.*?)<\/w:p>/gs)]
    .map(([, p]) =>
      [...(p ?? "").matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>|<w:tab\/>/g)]
        .map(([tab, text]) => (text !== undefined ? unescapeXml(text) : tab === "<w:tab/>" ? "\t" : ""))
        .join(""),
    )
    .join("\n\n");
}

/** Each bookmark with the list number of the paragraph it stands in ("" for none). */
export function bookmarkedNumbers(document: string, numberingXml: string): Array<{ name: string; number: string }> {
  const out: Array<{ name: string; number: string }> = [];
  for (const [p] of withListNumbers(document, numberingXml).matchAll(/<w:p\b[^>]*>.*?<\/w:p>/gs)) {
    const number = /^<w:p\b[^>]*><w:pPr>.*?<\/w:pPr><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:t xml:space="preserve">([^<]*)<\/w:t>/s.exec(p);
    const hasList = /<w:numPr>/.test(p);
    for (const [, name] of p.matchAll(/<w:bookmarkStart\b[^>]*w:name="([^"]+)"/g)) {
      out.push({ name: name ?? "", number: hasList ? unescapeXml(number?.[1] ?? "") : "" });
    }
  }
  return out;
}
