// The agreement as HTML for the web app's preview: one more writer over the Agreement tree, as
// the Markdown and DOCX writers are. Every value keeps its deal path (data-path) and every clause
// its number (data-clause), so the page can light up the clause a field fills and put each
// finding on its clause without reading the text back.

import type { Agreement, Clause, Inline, Item, Paragraph, Party } from "../agreement/types.js";
import type { Bilingual, Lang } from "../core/bilingual.js";
import type { Layout } from "../write/layout.js";
import { identifierLabel, LABELS, signatureLines } from "../write/labels.js";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Values are data, never markup: every text goes through here. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);

const attr = (name: string, value: string): string => ` ${name}="${escapeHtml(value)}"`;

function inlines(nodes: Inline[]): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case "text":
          return escapeHtml(n.value).replace(/\n/g, "<br>");
        case "value":
          return `<span class="value"${attr("data-path", n.path)}>${escapeHtml(n.text).replace(/\n/g, "<br>")}</span>`;
        case "placeholder":
          return `<mark class="placeholder ${n.reason}"${attr("data-path", n.path)}>${escapeHtml(n.label)}</mark>`;
        case "reference":
          return `<span class="reference"${attr("data-target", n.target)}${n.path ? attr("data-path", n.path) : ""}>${escapeHtml(n.text)}</span>`;
        case "strong":
          return `<strong>${inlines(n.children)}</strong>`;
        case "emphasis":
          return `<em>${inlines(n.children)}</em>`;
      }
    })
    .join("");
}

interface Block {
  /** "3.2", "3.1(a)", or undefined outside the articles */
  clause?: string;
  conspicuous: boolean;
  text: Bilingual<string>;
}

function paragraphBlock(prefix: Bilingual<string>, p: Paragraph, clause: string | undefined, conspicuous: boolean): Block {
  const one = (lang: Lang): string => `${prefix[lang] ? `<span class="number">${escapeHtml(prefix[lang])}</span> ` : ""}${inlines(p.text[lang])}`;
  return { ...(clause ? { clause } : {}), conspicuous, text: { zh: one("zh"), en: one("en") } };
}

function clauseBlocks(c: Clause): Block[] {
  const blocks: Block[] = [];
  c.body.forEach((b, i) => {
    if (b.type === "paragraph") blocks.push(paragraphBlock(i === 0 ? { zh: c.number, en: c.number } : { zh: "", en: "" }, b, c.number, c.conspicuous));
    else blocks.push(...itemBlocks(b, c, i === 0));
  });
  return blocks;
}

function itemBlocks(it: Item, c: Clause, first: boolean): Block[] {
  const lead = first ? `${c.number} ` : "";
  return it.paragraphs.map((p, i) =>
    paragraphBlock(i === 0 ? { zh: `${lead}${it.label.zh}`, en: `${lead}${it.label.en}` } : { zh: "", en: "" }, p, `${c.number}(${it.number})`, it.conspicuous),
  );
}

function partyBlocks(party: Party): Block[] {
  const row = (label: Bilingual<string>, value: Bilingual<Inline[]>): Block => ({
    conspicuous: false,
    text: { zh: `${escapeHtml(label.zh)}：${inlines(value.zh)}`, en: `${escapeHtml(label.en)}: ${inlines(value.en)}` },
  });
  return [row(party.role, party.name), row(LABELS.address, party.address), row(identifierLabel(party.kind), party.identifier)];
}

function emit(blocks: Block[], layout: Layout): string {
  const langs: Lang[] = layout === "zh" ? ["zh"] : layout === "en" ? ["en"] : ["zh", "en"];
  // the clause's rows share one element, so a clause lights up and carries its findings as one
  const byClause: Array<{ clause?: string; blocks: Block[] }> = [];
  for (const b of blocks) {
    const last = byClause.at(-1);
    const key = b.clause?.replace(/\(.*$/, "");
    if (last && key !== undefined && last.clause?.replace(/\(.*$/, "") === key) last.blocks.push(b);
    else byClause.push({ ...(b.clause ? { clause: b.clause } : {}), blocks: [b] });
  }
  return byClause
    .map((group) => {
      const rows = group.blocks
        .map((b) => {
          const cells = langs
            .filter((l) => layout !== "stacked" || b.text[l] !== "")
            .map((l) => `<p lang="${l === "zh" ? "zh-CN" : "en"}" class="${l}${b.conspicuous ? " conspicuous" : ""}">${b.text[l]}</p>`)
            .join("");
          return `<div class="row ${layout}"${b.clause ? attr("data-clause", b.clause) : ""}>${cells}</div>`;
        })
        .join("");
      const number = group.clause?.replace(/\(.*$/, "");
      return number ? `<div class="clause"${attr("data-number", number)}>${rows}</div>` : rows;
    })
    .join("\n");
}

/**
 * The agreement as HTML in one of the four layouts, one element per part (title, cover, preamble, each article, signatures):
 * the page replaces only the parts that changed, so a keystroke does not lay out the whole agreement.
 */
export function previewSections(a: Agreement, layout: Layout): string[] {
  const langs: Lang[] = layout === "zh" ? ["zh"] : layout === "en" ? ["en"] : ["zh", "en"];
  const out: string[] = [`<header class="title"><h1>${langs.map((l) => escapeHtml(a.title[l])).join("<br>")}</h1></header>`];
  const cover: Block[] = [];
  if (a.agreementNumber) {
    const n = a.agreementNumber;
    cover.push({ conspicuous: false, text: { zh: `${LABELS.agreementNumber.zh}：${inlines(n.zh)}`, en: `${LABELS.agreementNumber.en}: ${inlines(n.en)}` } });
  }
  for (const p of a.parties) cover.push(...partyBlocks(p));
  out.push(`<section class="cover">${emit(cover, layout)}</section>`);
  out.push(`<section class="preamble">${emit(a.preamble.map((p) => paragraphBlock({ zh: "", en: "" }, p, undefined, false)), layout)}</section>`);
  for (const article of a.articles) {
    const heading = langs.map((l) => `<span lang="${l === "zh" ? "zh-CN" : "en"}">${escapeHtml(`${article.label[l]} ${article.title[l]}`)}</span>`).join(" / ");
    out.push(`<section class="article"${attr("data-article", article.id)}><h2>${heading}</h2>${emit(article.clauses.flatMap(clauseBlocks), layout)}</section>`);
  }
  out.push(`<section class="signatures"><h2>${langs.map((l) => LABELS.signatures[l]).join(" / ")}</h2>${signatures(a, langs)}</section>`);
  return out;
}

function signatures(a: Agreement, langs: Lang[]): string {
  const label = (l: Bilingual<string>): string => langs.map((lang) => escapeHtml(l[lang])).join(" / ");
  const cells = a.parties.map(
    (p) =>
      `<td><strong>${label(p.role)}</strong><br>${langs.map((l) => inlines(p.name[l])).join("<br>")}` +
      signatureLines(p.kind)
        .map((l) => (l === null ? "" : `<br>${label(l)}：`))
        .join("") +
      "</td>",
  );
  return `<table class="signature"><tr>${cells.join("")}</tr></table>`;
}
