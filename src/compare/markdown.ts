// The comparison as GitHub-flavoured Markdown: a table, the notes as footnotes, the ranking.

import type { Lang } from "../core/bilingual.js";
import { escapeMarkdown } from "../write/markdown.js";
import { ranking, type Cell, type Comparison } from "./compare.js";
import { legendText, noteText, rankText, rowHeading, scoreText, SEVERITY, titleText, WORDS } from "./labels.js";

const cellText = (cell: Cell, lang: Lang): string => {
  const text = cell.text ? escapeMarkdown(cell.text[lang], true) : WORDS.notGiven[lang];
  const shown = cell.best ? `**${text}** ✓` : text;
  return cell.notes.length > 0 ? `${shown} ⚠${cell.notes.map((n) => `[^${n}]`).join("")}` : shown;
};

const tableRow = (cells: readonly string[]): string => `| ${cells.join(" | ")} |`;

export function comparisonMarkdown(comparison: Comparison, lang: Lang): string {
  const out: string[] = [];
  out.push(`# ${escapeMarkdown(titleText(comparison, lang), false)}`, "");
  if (comparison.policy) out.push(`${WORDS.policy[lang]}${lang === "zh" ? "：" : ": "}\`${comparison.policy.file}\``, "");
  out.push(legendText(comparison, lang), "");
  if (comparison.vendors.length === 0) {
    out.push(lang === "zh" ? "没有可比较的报价。" : "No offer could be compared.", "");
    return out.join("\n");
  }
  const policy = comparison.policy !== undefined;
  out.push(tableRow([WORDS.term[lang], ...comparison.vendors.map((v) => escapeMarkdown(v.name[lang], true))]));
  out.push(tableRow(["---", ...comparison.vendors.map(() => "---")]));
  for (const row of comparison.rows) out.push(tableRow([escapeMarkdown(rowHeading(row, lang), true), ...row.cells.map((c) => cellText(c, lang))]));
  if (policy) {
    out.push(tableRow([`**${WORDS.score[lang]}**`, ...comparison.vendors.map((v) => scoreText(v))]));
    out.push(tableRow([`**${WORDS.rank[lang]}**`, ...comparison.vendors.map((v) => (v.disqualified ? `${rankText(v, lang)} ⚠` : rankText(v, lang)))]));
  }
  out.push("");
  if (policy) {
    // a table rather than an ordered list: Markdown renumbers a list, and tied vendors share a rank
    out.push(WORDS.scoring[lang], "", `## ${WORDS.ranking[lang]}`, "");
    out.push(tableRow([WORDS.rank[lang], WORDS.vendor[lang], WORDS.score[lang]]), tableRow(["---", "---", "---"]));
    for (const vendor of ranking(comparison)) {
      const name = escapeMarkdown(vendor.name[lang], true);
      if (vendor.rank !== undefined) {
        out.push(tableRow([String(vendor.rank), `**${name}**`, scoreText(vendor)]));
      } else {
        const numbers = [...new Set(vendor.breaches.filter((b) => b.severity === "error").map((b) => b.note))].sort((a, b) => a - b);
        out.push(tableRow([`${WORDS.disqualified[lang]} ⚠${numbers.map((n) => `[^${n}]`).join("")}`, name, scoreText(vendor)]));
      }
    }
    out.push("");
  }
  if (comparison.notes.length > 0) {
    for (const note of comparison.notes) out.push(`[^${note.number}]: ⚠ ${escapeMarkdown(noteText(comparison, note, lang), false)}`);
    out.push("");
  }
  if (comparison.excluded.length > 0) {
    out.push(`## ${WORDS.leftOutHeading[lang]}`, "");
    for (const ex of comparison.excluded) {
      for (const f of ex.findings) {
        out.push(`- ${escapeMarkdown(`${f.file}:${f.line}:${f.column}: ${SEVERITY[f.severity][lang]}: ${f.message[lang]} (${f.ruleId})`, false)}`);
      }
    }
    out.push("");
  }
  return out.join("\n");
}
