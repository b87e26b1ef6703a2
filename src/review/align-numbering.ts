// The numbers Word shows before list paragraphs, computed from word/numbering.xml as Word counts
// them: each list (w:num) keeps a counter per level, which starts at the level's w:start, goes up
// by one with each paragraph of that level and starts again below a paragraph of a higher level.
// A file that lost its bookmarks but kept its lists (bookmarks stripped, the paragraphs copied
// into another document with their formatting) still says 第三条 and 3.2 this way, not in its
// text. The number is written with the level's w:lvlText; formats other than letters are
// written as digits (第%1条 in chineseCountingThousand reads 第3条), which is all that the
// alignment compares.

import { SaxesParser } from "saxes";
import type { DocParagraph } from "./document-xml.js";

interface Level {
  start: number;
  format: string;
  text: string;
}

interface Lists {
  /** w:abstractNumId → its levels by w:ilvl. */
  abstracts: Map<string, Map<number, Level>>;
  /** w:numId → its w:abstractNumId and the starts its w:lvlOverride sets. */
  nums: Map<string, { abstract: string; starts: Map<number, number> }>;
}

function attribute(tag: { attributes: Record<string, { local: string; value: string }> }, local: string): string | undefined {
  return Object.values(tag.attributes).find((a) => a.local === local)?.value;
}

/** The list definitions of word/numbering.xml; a damaged part gives none (the text is still compared). */
function readLists(xml: string): Lists {
  const lists: Lists = { abstracts: new Map(), nums: new Map() };
  const parser = new SaxesParser({ xmlns: true });
  let abstract: Map<number, Level> | undefined;
  let level: Level | undefined;
  let num: { abstract: string; starts: Map<number, number> } | undefined;
  let override: number | undefined;
  parser.on("error", () => undefined);
  parser.on("opentag", (tag) => {
    const value = attribute(tag, "val");
    switch (tag.local) {
      case "abstractNum":
        abstract = new Map();
        lists.abstracts.set(attribute(tag, "abstractNumId") ?? "", abstract);
        break;
      case "lvl":
        level = { start: 1, format: "decimal", text: "" };
        if (abstract) abstract.set(Number(attribute(tag, "ilvl") ?? 0), level);
        break;
      case "start":
        if (level) level.start = Number(value ?? 1);
        break;
      case "numFmt":
        if (level) level.format = value ?? "decimal";
        break;
      case "lvlText":
        if (level) level.text = value ?? "";
        break;
      case "num":
        num = { abstract: "", starts: new Map() };
        lists.nums.set(attribute(tag, "numId") ?? "", num);
        break;
      case "abstractNumId":
        if (num) num.abstract = value ?? "";
        break;
      case "lvlOverride":
        override = Number(attribute(tag, "ilvl") ?? 0);
        break;
      case "startOverride":
        if (num && override !== undefined) num.starts.set(override, Number(value ?? 1));
        break;
    }
  });
  parser.on("closetag", (tag) => {
    if (tag.local === "abstractNum") abstract = undefined;
    else if (tag.local === "lvl") level = undefined;
    else if (tag.local === "num") num = undefined;
    else if (tag.local === "lvlOverride") override = undefined;
  });
  try {
    parser.write(xml).close();
  } catch {
    // a broken numbering part only loses the numbers
  }
  return lists;
}

function formatted(n: number, format: string): string {
  if (format === "lowerLetter" || format === "upperLetter") {
    const letter = String.fromCharCode(96 + (((n - 1) % 26) + 1));
    return format === "upperLetter" ? letter.toUpperCase() : letter;
  }
  return String(n);
}

/** The number Word shows before each paragraph (undefined for a paragraph no list numbers), in the order given. */
export function listLabels(paragraphs: readonly DocParagraph[], numberingXml: string | undefined): Array<string | undefined> {
  if (numberingXml === undefined) return paragraphs.map(() => undefined);
  const lists = readLists(numberingXml);
  const counters = new Map<string, number[]>();
  return paragraphs.map((p) => {
    if (!p.list) return undefined;
    const num = lists.nums.get(p.list.id);
    const levels = num ? lists.abstracts.get(num.abstract) : undefined;
    if (!num || !levels) return undefined;
    const levelOf = (l: number): Level => levels.get(l) ?? { start: 1, format: "decimal", text: "" };
    const startOf = (l: number): number => num.starts.get(l) ?? levelOf(l).start;
    const count = counters.get(p.list.id) ?? [];
    const { level } = p.list;
    count[level] = count[level] === undefined ? startOf(level) : (count[level] as number) + 1;
    count.length = level + 1;
    counters.set(p.list.id, count);
    return levelOf(level).text.replace(/%(\d)/g, (_, k: string) => {
      const l = Number(k) - 1;
      return formatted(count[l] ?? startOf(l), levelOf(l).format);
    });
  });
}
