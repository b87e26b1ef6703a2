// The numbers Word generates for list paragraphs (w:numPr, numbering.xml): 1., 1.1, (a), 第一条,
// 一、. They are not in a paragraph's text, and mammoth's HTML keeps only that it was a list, so
// the scaffold reads them from the package itself and puts each in front of its paragraph's
// words, where structure.ts reads written numbers.

import { strFromU8, unzipSync } from "fflate";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { chineseNumeral } from "../wording/numerals.js";

interface Level {
  start: number;
  format: string;
  text: string;
  /** what stands between the number and the text: a tab, a space, nothing */
  suffix: string;
  /** legal numbering: every level's number in decimal (1.1 under an article 第一条) */
  legal: boolean;
}

interface Num {
  abstractId: string;
  starts: Map<number, number>;
}

/** One paragraph of the document body, in order: its text and Word's number for it. */
export interface NumberedParagraph {
  text: string;
  /** the number as Word shows it (“1.1”, “(a)”, “第一条”), if the paragraph has one */
  label?: string;
  bullet: boolean;
}

type Handler = (tag: SaxesTagPlain, open: boolean) => void;

function parseXml(xml: string, onTag: Handler, onText?: (text: string) => void): void {
  const parser = new SaxesParser();
  parser.on("opentag", (tag) => onTag(tag, true));
  parser.on("closetag", (tag) => onTag(tag, false));
  if (onText) parser.on("text", onText);
  parser.write(xml).close();
}

const val = (tag: SaxesTagPlain): string | undefined => (tag.attributes["w:val"] as string | undefined) ?? undefined;
const int = (s: string | undefined, fallback: number): number => (s !== undefined && /^\d+$/.test(s) ? Number(s) : fallback);

function readNumbering(xml: string): { abstract: Map<string, Map<number, Level>>; nums: Map<string, Num> } {
  const abstract = new Map<string, Map<number, Level>>();
  const nums = new Map<string, Num>();
  let levels: Map<number, Level> | undefined;
  let level: Level | undefined;
  let num: Num | undefined;
  let override: number | undefined;
  parseXml(xml, (tag, open) => {
    const name = tag.name;
    if (name === "w:abstractNum") {
      levels = open ? new Map() : undefined;
      if (open && levels) abstract.set(String(tag.attributes["w:abstractNumId"]), levels);
    } else if (name === "w:lvl" && levels && !num) {
      if (open) {
        level = { start: 1, format: "decimal", text: "", suffix: " ", legal: false };
        levels.set(int(tag.attributes["w:ilvl"] as string, 0), level);
      } else level = undefined;
    } else if (level && open) {
      if (name === "w:start") level.start = int(val(tag), 1);
      else if (name === "w:numFmt") level.format = val(tag) ?? "decimal";
      else if (name === "w:lvlText") level.text = val(tag) ?? "";
      else if (name === "w:suff") level.suffix = val(tag) === "nothing" ? "" : " ";
      else if (name === "w:isLgl") level.legal = val(tag) !== "0" && val(tag) !== "false";
    } else if (name === "w:num") {
      if (open) {
        num = { abstractId: "", starts: new Map() };
        nums.set(String(tag.attributes["w:numId"]), num);
      } else num = undefined;
    } else if (num && open) {
      if (name === "w:abstractNumId") num.abstractId = val(tag) ?? "";
      else if (name === "w:lvlOverride") override = int(tag.attributes["w:ilvl"] as string, 0);
      else if (name === "w:startOverride" && override !== undefined) num.starts.set(override, int(val(tag), 1));
    }
  });
  return { abstract, nums };
}

/** Paragraph styles that carry a list (Heading 1 numbered 第一条): numId and level, and the style each is based on. */
function readStyles(xml: string): Map<string, { numId?: string; ilvl?: number; basedOn?: string }> {
  const styles = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
  let current: { numId?: string; ilvl?: number; basedOn?: string } | undefined;
  parseXml(xml, (tag, open) => {
    if (tag.name === "w:style") {
      current = open ? {} : undefined;
      if (open && current) styles.set(String(tag.attributes["w:styleId"]), current);
    } else if (current && open) {
      if (tag.name === "w:numId") current.numId = val(tag);
      else if (tag.name === "w:ilvl") current.ilvl = int(val(tag), 0);
      else if (tag.name === "w:basedOn") current.basedOn = val(tag);
    }
  });
  return styles;
}

const ROMAN: ReadonlyArray<readonly [number, string]> = [[1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"], [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"]];

function roman(n: number): string {
  let out = "";
  for (const [v, s] of ROMAN) for (; n >= v; n -= v) out += s;
  return out;
}

function letters(n: number): string {
  // Word repeats the letter past z: aa, bb …
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

/** A counter in a level's number format. */
function formatNumber(n: number, format: string): string {
  switch (format) {
    case "lowerLetter":
      return letters(n);
    case "upperLetter":
      return letters(n).toUpperCase();
    case "lowerRoman":
      return roman(n);
    case "upperRoman":
      return roman(n).toUpperCase();
    case "chineseCounting":
    case "chineseCountingThousand":
    case "chineseLegalSimplified":
    case "ideographTraditional":
    case "taiwaneseCounting":
    case "taiwaneseCountingThousand":
      return n >= 1 && n <= 9999 ? chineseNumeral(n) : String(n);
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case "decimalFullWidth":
      return String(n).replace(/\d/g, (d) => String.fromCodePoint(0xff10 + Number(d)));
    default:
      return String(n);
  }
}

/** Word's counters over the paragraphs in order: per list, per level, deeper levels restarting. */
class Counters {
  private readonly counts = new Map<string, number[]>();
  private readonly started = new Set<string>();
  constructor(private readonly numbering: ReturnType<typeof readNumbering>) {}

  label(numId: string, ilvl: number): { label: string; bullet: boolean } | undefined {
    const num = this.numbering.nums.get(numId);
    const levels = num ? this.numbering.abstract.get(num.abstractId) : undefined;
    const level = levels?.get(ilvl);
    if (!num || !levels || !level) return undefined;
    if (level.format === "bullet") return { label: "", bullet: true };
    const counts = this.counts.get(num.abstractId) ?? [];
    this.counts.set(num.abstractId, counts);
    // a list that restarts (w:startOverride) starts again the first time it is used
    if (!this.started.has(numId)) {
      this.started.add(numId);
      for (const [l, start] of num.starts) counts[l] = start - 1;
    }
    const startOf = (l: number): number => num.starts.get(l) ?? levels.get(l)?.start ?? 1;
    counts[ilvl] = (counts[ilvl] ?? startOf(ilvl) - 1) + 1;
    counts.length = ilvl + 1;
    const text = level.text.replace(/%(\d)/g, (_, d: string) => {
      const l = Number(d) - 1;
      const format = level.legal ? "decimal" : (levels.get(l)?.format ?? "decimal");
      return formatNumber(counts[l] ?? startOf(l), format);
    });
    return { label: level.format === "none" ? "" : text + level.suffix, bullet: false };
  }
}

/** The body's paragraphs in order, with their list numbers (none where the package has no numbering part). */
export function numberedParagraphs(bytes: Uint8Array): NumberedParagraph[] {
  const files = unzipSync(bytes, { filter: (f) => ["word/document.xml", "word/numbering.xml", "word/styles.xml"].includes(f.name) });
  const document = files["word/document.xml"];
  const numberingXml = files["word/numbering.xml"];
  if (!document) return [];
  const counters = new Counters(numberingXml ? readNumbering(strFromU8(numberingXml)) : { abstract: new Map(), nums: new Map() });
  const styles = files["word/styles.xml"] ? readStyles(strFromU8(files["word/styles.xml"])) : new Map();
  const out: NumberedParagraph[] = [];
  const stack: Array<{ text: string; numId?: string; ilvl?: number; style?: string }> = [];
  let inText = false;
  let inChange = 0;
  parseXml(
    strFromU8(document),
    (tag, open) => {
      const p = stack.at(-1);
      if (tag.name === "w:p") {
        if (open) stack.push({ text: "" });
        else if (p) out.push(finish(stack.pop() as typeof p, styles, counters));
      } else if (tag.name === "w:pPrChange" || tag.name === "w:rPrChange") inChange += open ? 1 : -1;
      else if (!p || inChange > 0) return;
      else if (tag.name === "w:t") inText = open;
      else if (open && tag.name === "w:tab") p.text += "\t";
      else if (open && (tag.name === "w:br" || tag.name === "w:cr")) p.text += "\n";
      else if (open && tag.name === "w:pStyle") p.style = val(tag);
      else if (open && tag.name === "w:numId") p.numId = val(tag);
      else if (open && tag.name === "w:ilvl") p.ilvl = int(val(tag), 0);
    },
    (text) => {
      const p = stack.at(-1);
      if (inText && p) p.text += text;
    },
  );
  return out;
}

function finish(p: { text: string; numId?: string; ilvl?: number; style?: string }, styles: ReturnType<typeof readStyles>, counters: Counters): NumberedParagraph {
  let numId = p.numId;
  let ilvl = p.ilvl;
  // a paragraph without its own numbering takes its style's (and that style's base style's)
  for (let s = p.style, depth = 0; numId === undefined && s !== undefined && depth < 10; depth++) {
    const style = styles.get(s);
    numId = style?.numId;
    ilvl ??= style?.ilvl;
    s = style?.basedOn;
  }
  // numId 0 takes a style's numbering away
  const numbered = numId !== undefined && numId !== "0" ? counters.label(numId, ilvl ?? 0) : undefined;
  return { text: p.text, bullet: numbered?.bullet ?? false, ...(numbered && !numbered.bullet && numbered.label.trim() !== "" ? { label: numbered.label } : {}) };
}
