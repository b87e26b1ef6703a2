import type { Agreement, Article, Clause, Inline, Item, Paragraph, Party } from "../agreement/types.js";
import type { Bilingual, Lang } from "../core/bilingual.js";
import { agreementNumberLabel, COLON, identifierLabel, LABELS, labelled, signatureRows } from "./labels.js";
import { languagesOf, type Layout } from "./layout.js";

// Every ASCII character that can start or close Markdown syntax inside a line.
const INLINE_SPECIALS = /[\\`*_[\]<>#|~&!]/g;
const NEEDS_ESCAPE = /[\\`*_[\]<>#|~&!\r\n]/;

/**
 * Write a value or template text so that Markdown reads it back as exactly that text: values are
 * data, never markup. Line starts get their own escapes (lists, setext underlines, block quotes).
 */
export function escapeMarkdown(text: string, inTable: boolean): string {
  // most pieces of text have nothing to escape: no pass over them
  if (!NEEDS_ESCAPE.test(text)) return text;
  const lines = text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line, i) => {
      const escaped = line.replace(INLINE_SPECIALS, (c) => `\\${c}`);
      // only a value's own line breaks start new lines; its first line continues the text before it
      return i === 0 ? escaped : escaped.replace(/^\s+/, "").replace(/^([-+=])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
    });
  // A line break inside a value stays a line break, never a new paragraph or table row.
  return lines.join(inTable ? "<br>" : "\\\n");
}

function inlineText(nodes: Inline[], inTable: boolean, bold: boolean): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case "text":
        case "value":
        case "reference":
          return escapeMarkdown(n.type === "text" ? n.value : n.text, inTable);
        case "placeholder":
          return escapeMarkdown(n.label, inTable);
        case "strong": {
          const inner = inlineText(n.children, inTable, true);
          return bold || inner.trim() === "" ? inner : `**${inner.trim()}**`;
        }
        case "emphasis": {
          const inner = inlineText(n.children, inTable, bold);
          return inner.trim() === "" ? inner : `*${inner.trim()}*`;
        }
      }
    })
    .join("");
}

function line(prefix: string, nodes: Inline[], inTable: boolean, bold: boolean): string {
  // a paragraph that starts like a list item or a thematic break must not become one
  const body = `${prefix}${inlineText(nodes, inTable, bold)}`.trim().replace(/^([-+])/, "\\$1").replace(/^(\d+)([.)])(?=\s|$)/, "$1\\$2");
  return bold && body !== "" ? `**${body}**` : body;
}

interface Row {
  zh: string;
  en: string;
}

function paragraphRows(prefix: Bilingual<string>, p: Paragraph, inTable: boolean, bold: boolean): Row {
  return {
    zh: line(prefix.zh, p.text.zh, inTable, bold),
    en: line(prefix.en, p.text.en, inTable, bold),
  };
}

function clauseRows(c: Clause, inTable: boolean): Row[] {
  const rows: Row[] = [];
  let first = true;
  for (const b of c.body) {
    if (b.type === "paragraph") {
      const prefix = first ? { zh: `${c.number} `, en: `${c.number} ` } : { zh: "", en: "" };
      rows.push(paragraphRows(prefix, b, inTable, c.conspicuous));
    } else {
      rows.push(...itemRows(b, inTable, first ? c.number : undefined));
    }
    first = false;
  }
  return rows;
}

function itemRows(it: Item, inTable: boolean, clauseNumber: string | undefined): Row[] {
  return it.paragraphs.map((p, i) => {
    const lead = clauseNumber && i === 0 ? `${clauseNumber} ` : "";
    const prefix = i === 0 ? { zh: `${lead}${it.label.zh} `, en: `${lead}${it.label.en} ` } : { zh: "", en: "" };
    return paragraphRows(prefix, p, inTable, it.conspicuous);
  });
}

function partyRows(party: Party, inTable: boolean): Row[] {
  const row = (label: Bilingual<string>, value: Bilingual<Inline[]>): Row => ({
    zh: line(labelled(label, "zh"), value.zh, inTable, false),
    en: line(labelled(label, "en"), value.en, inTable, false),
  });
  return [row(party.role, party.name), row(LABELS.address, party.address), row(identifierLabel(party.kind), party.identifier)];
}

function coverRows(a: Agreement, inTable: boolean): Row[][] {
  const groups: Row[][] = [];
  if (a.agreementNumber) {
    const label = agreementNumberLabel(a);
    groups.push([
      {
        zh: line(labelled(label, "zh"), a.agreementNumber.zh, inTable, false),
        en: line(labelled(label, "en"), a.agreementNumber.en, inTable, false),
      },
    ]);
  }
  for (const p of a.parties) groups.push(partyRows(p, inTable));
  return groups;
}

function table(rows: Row[]): string {
  const cell = (s: string): string => (s === "" ? " " : s);
  return [
    `| ${LABELS.columnHeading.zh} | ${LABELS.columnHeading.en} |`,
    "| --- | --- |",
    ...rows.map((r) => `| ${cell(r.zh)} | ${cell(r.en)} |`),
  ].join("\n");
}

function articleHeading(a: Article, layout: Layout): string {
  const zh = `${a.label.zh} ${escapeMarkdown(a.title.zh, false)}`;
  const en = `${a.label.en} ${escapeMarkdown(a.title.en, false)}`;
  return `## ${layout === "zh" ? zh : layout === "en" ? en : `${zh} / ${en}`}`;
}

function signatureTable(a: Agreement, langs: Lang[]): string {
  const label = (l: Bilingual<string>): string => langs.map((lang) => l[lang]).join(" / ");
  const parties = a.parties;
  const head = parties.map((p) => `${label(p.role)}${COLON[langs[0] ?? "zh"]}${langs.map((lang) => inlineText(p.name[lang], true, false)).join(" / ")}`);
  // a party with no line in a row (a person has no seal) gets an empty cell, to keep the rows level
  const row = (cells: Array<Bilingual<string> | null>): string =>
    `| ${cells.map((l) => (l === null ? " " : `${label(l)}${COLON[langs[0] ?? "zh"]}`.trim())).join(" | ")} |`;
  return [`| ${head.join(" | ")} |`, `| ${parties.map(() => "---").join(" | ")} |`, ...signatureRows(parties).map(row)].join("\n");
}

/** The agreement as Markdown, in one of four layouts. */
export function writeMarkdown(a: Agreement, layout: Layout): string {
  const langs = languagesOf(layout);
  const blocks: string[] = [];
  blocks.push(`# ${langs.map((l) => escapeMarkdown(a.title[l], false)).join(" / ")}`);

  const emit = (rows: Row[]): void => {
    if (layout === "parallel") {
      if (rows.length > 0) blocks.push(table(rows));
      return;
    }
    for (const r of rows) for (const l of langs) if (r[l] !== "") blocks.push(r[l]);
  };
  const emitByLanguage = (rows: Row[]): void => {
    for (const l of langs) for (const r of rows) if (r[l] !== "") blocks.push(r[l]);
  };

  const inTable = layout === "parallel";
  const cover = coverRows(a, inTable);
  if (layout === "parallel") emit(cover.flat());
  else for (const group of cover) for (const l of langs) blocks.push(group.map((r) => r[l]).join("  \n"));
  emit(a.preamble.map((p) => paragraphRows({ zh: "", en: "" }, p, inTable, false)));

  // After the last clause, in the parallel layout as the last row of its table.
  const endOfText: Row = { zh: escapeMarkdown(LABELS.endOfText.zh, inTable), en: escapeMarkdown(LABELS.endOfText.en, inTable) };
  a.articles.forEach((article, index) => {
    blocks.push(articleHeading(article, layout));
    const last = index === a.articles.length - 1;
    // Stacked, as the DOCX: each clause whole in Chinese, then whole in English.
    if (layout === "parallel") emit([...article.clauses.flatMap((c) => clauseRows(c, inTable)), ...(last ? [endOfText] : [])]);
    else for (const clause of article.clauses) emitByLanguage(clauseRows(clause, inTable));
  });
  if (layout !== "parallel" || a.articles.length === 0) emit([endOfText]);

  blocks.push(`## ${langs.map((l) => LABELS.signatures[l]).join(" / ")}`);
  blocks.push(signatureTable(a, langs));
  return `${blocks.join("\n\n")}\n`;
}
