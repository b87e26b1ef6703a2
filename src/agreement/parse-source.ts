import type { Heading, List, ListItem, Paragraph as MdParagraph, PhrasingContent, Root, RootContent } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { ToolError } from "../core/errors.js";
import type { Bilingual, Lang } from "../core/bilingual.js";
import { TOKEN_PATTERN } from "../template/insertions.js";

/** Inline content before values and references are resolved: insertions are still tokens. */
export type RawInline =
  | { type: "text"; value: string }
  | { type: "strong"; children: RawInline[] }
  | { type: "emphasis"; children: RawInline[] }
  | { type: "insertion"; index: number };

export type RawParagraph = Bilingual<RawInline[]>;

export interface RawItem {
  type: "item";
  id: string;
  conspicuous: boolean;
  paragraphs: RawParagraph[];
  line: number;
}

export interface RawClause {
  id: string;
  conspicuous: boolean;
  body: Array<{ type: "paragraph"; text: RawParagraph } | RawItem>;
  line: number;
}

export interface RawArticle {
  id: string;
  title: Bilingual<string>;
  clauses: RawClause[];
  line: number;
}

export interface RawAgreement {
  preamble: RawParagraph[];
  articles: RawArticle[];
}

/** A mistake in the structure of a template's source (not in a deal). */
export class TemplateStructureError extends ToolError {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

const ID = "[A-Za-z0-9_][A-Za-z0-9._-]*";
const ARTICLE_HEADING = new RegExp(`^(.+?)\\s*\\|\\s*(.+?)\\s*\\{#(${ID})\\}\\s*$`);
const ID_MARK = new RegExp(`^\\{#(${ID})((?:\\s+!\\w+)*)\\s*\\}\\s*$`);
const LANG_PREFIX = /^[ \t]*(zh|en):[ \t]?/;

const parser = unified().use(remarkParse);

export function parseEvaluatedSource(markdown: string): RawAgreement {
  const root = parser.parse(markdown) as Root;
  const out: RawAgreement = { preamble: [], articles: [] };
  let article: RawArticle | undefined;
  let clause: RawClause | undefined;
  for (const node of root.children) {
    const line = node.position?.start.line ?? 0;
    if (node.type === "heading" && node.depth === 1) {
      const m = ARTICLE_HEADING.exec(plain(node));
      if (!m) throw new TemplateStructureError(line, "an article heading is `# 中文标题 | English title {#id}`");
      article = { id: m[3] as string, title: { zh: m[1] as string, en: m[2] as string }, clauses: [], line };
      out.articles.push(article);
      clause = undefined;
    } else if (node.type === "heading" && node.depth === 2) {
      if (!article) throw new TemplateStructureError(line, "a clause (`## {#id}`) must stand inside an article (`# … {#id}`)");
      const mark = parseIdMark(plain(node), line, "a clause heading is `## {#id}` or `## {#id !conspicuous}`");
      clause = { ...mark, body: [], line };
      article.clauses.push(clause);
    } else if (node.type === "paragraph") {
      const paras = splitLanguages(node, line);
      if (!article) out.preamble.push(...paras);
      else if (!clause) throw new TemplateStructureError(line, "text inside an article must belong to a clause: start one with `## {#id}`");
      else clause.body.push(...paras.map((text) => ({ type: "paragraph" as const, text })));
    } else if (node.type === "list") {
      if (!clause) throw new TemplateStructureError(line, "items (`- {#id}`) must stand inside a clause");
      clause.body.push(...items(node));
    } else if (node.type !== "html" || !/^<!--[\s\S]*-->$/.test(node.value)) {
      throw new TemplateStructureError(line, `unexpected ${describe(node)} in the template: use articles (#), clauses (##), items (-) and zh:/en: text`);
    }
  }
  return out;
}

function describe(node: RootContent): string {
  return node.type === "heading" ? `level-${node.depth} heading` : node.type;
}

function parseIdMark(text: string, line: number, hint: string): { id: string; conspicuous: boolean } {
  const m = ID_MARK.exec(text.trim());
  if (!m) throw new TemplateStructureError(line, `${hint}; found \`${text.trim()}\``);
  const flags = (m[2] ?? "").split(/\s+/).filter(Boolean);
  for (const f of flags) if (f !== "!conspicuous") throw new TemplateStructureError(line, `unknown flag \`${f}\` (known: !conspicuous)`);
  return { id: m[1] as string, conspicuous: flags.includes("!conspicuous") };
}

function items(list: List): RawItem[] {
  return list.children.map((li: ListItem) => {
    const line = li.position?.start.line ?? 0;
    const first = li.children[0];
    if (first?.type !== "paragraph") throw new TemplateStructureError(line, "an item starts with `- {#id}`");
    const lines = toLines(first.children.flatMap(raw));
    const markLine = lines.shift() ?? [];
    const mark = parseIdMark(lineText(markLine), line, "an item starts with `- {#id}` on a line of its own");
    const paragraphs = lines.length > 0 ? pairLines(lines, line) : [];
    for (const child of li.children.slice(1)) {
      if (child.type !== "paragraph") throw new TemplateStructureError(child.position?.start.line ?? line, "an item holds only zh:/en: text");
      paragraphs.push(...splitLanguages(child, child.position?.start.line ?? line));
    }
    if (paragraphs.length === 0) throw new TemplateStructureError(line, `item \`${mark.id}\` has no text`);
    return { type: "item" as const, ...mark, paragraphs, line };
  });
}

function plain(node: Heading | MdParagraph): string {
  const text = (n: PhrasingContent): string =>
    "value" in n && typeof n.value === "string" ? n.value : "children" in n ? (n.children as PhrasingContent[]).map(text).join("") : "";
  return node.children.map(text).join("");
}

function raw(node: PhrasingContent): RawInline[] {
  switch (node.type) {
    case "text":
    case "inlineCode":
    case "html":
      return withInsertions(node.value);
    case "strong":
      return [{ type: "strong", children: node.children.flatMap(raw) }];
    case "emphasis":
      return [{ type: "emphasis", children: node.children.flatMap(raw) }];
    case "break":
      return [{ type: "text", value: "\n" }];
    default:
      return "children" in node ? (node.children as PhrasingContent[]).flatMap(raw) : [];
  }
}

function withInsertions(text: string): RawInline[] {
  const out: RawInline[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN_PATTERN)) {
    if (m.index > last) out.push({ type: "text", value: text.slice(last, m.index) });
    out.push({ type: "insertion", index: Number(m[1]) });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ type: "text", value: text.slice(last) });
  return out;
}

/** Split inline content at the line breaks of its top-level text. */
function toLines(inlines: RawInline[]): RawInline[][] {
  const lines: RawInline[][] = [[]];
  for (const node of inlines) {
    if (node.type !== "text") {
      (lines[lines.length - 1] as RawInline[]).push(node);
      continue;
    }
    node.value.split("\n").forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part) (lines[lines.length - 1] as RawInline[]).push({ type: "text", value: part });
    });
  }
  return lines.filter((l) => l.length > 0);
}

function lineText(line: RawInline[]): string {
  return line.map((n) => (n.type === "text" ? n.value : "")).join("");
}

function splitLanguages(paragraph: MdParagraph, line: number): RawParagraph[] {
  return pairLines(toLines(paragraph.children.flatMap(raw)), line);
}

/**
 * `zh:` and `en:` lines make pairs; a line without a prefix continues the one above (joined
 * without a space in Chinese, with one in English).
 */
function pairLines(lines: RawInline[][], line: number): RawParagraph[] {
  const pairs: RawParagraph[] = [];
  let current: Partial<RawParagraph> = {};
  let lang: Lang | undefined;
  const flush = (): void => {
    if (!current.zh || !current.en) {
      const has = current.zh ? "zh" : "en";
      throw new TemplateStructureError(line, `a text has a \`${has}:\` line but no \`${has === "zh" ? "en" : "zh"}:\` line: every text needs both languages`);
    }
    pairs.push({ zh: current.zh, en: current.en });
    current = {};
  };
  for (const l of lines) {
    const first = l[0];
    const m = first?.type === "text" ? LANG_PREFIX.exec(first.value) : null;
    if (m && first?.type === "text") {
      const next = m[1] as Lang;
      if (current[next]) flush();
      lang = next;
      const rest = first.value.slice(m[0].length);
      current[next] = [...(rest ? [{ type: "text" as const, value: rest }] : []), ...l.slice(1)];
    } else if (lang && current[lang]) {
      const trimmed = l.map((n, i) => (i === 0 && n.type === "text" ? { ...n, value: n.value.replace(/^\s+/, "") } : n));
      (current[lang] as RawInline[]).push(...(lang === "en" ? [{ type: "text" as const, value: " " }] : []), ...trimmed);
    } else {
      throw new TemplateStructureError(line, `text must start with \`zh:\` or \`en:\`; found \`${lineText(l).slice(0, 40)}\``);
    }
  }
  if (current.zh || current.en) flush();
  return pairs;
}
