// Each field's deal key and English label, from its label's dictionary words (see keys.ts).

import type { Lang } from "../core/bilingual.js";
import type { FieldRegistry } from "./field-registry.js";
import { blankLead, humanize, shortKey, slugFromLabel, uniqueKey } from "./keys.js";
import type { Field } from "./model.js";

/** Where a field first stands, as a label suffix: 第1.1条a)项, 前言 / clause 1.1(a), preamble. */
function placeOf(f: Field, lang: Lang): string {
  const where = f.occurrences[0]?.where ?? "";
  if (lang === "en") {
    if (/^\d/.test(where)) return `clause ${where.replace(" ", "(").replace(/\)$/, ")")}`.replace(/\(([a-z]+)$/, "($1)");
    return where;
  }
  if (/^\d/.test(where)) return `第${where.replace(" ", "条")}${where.includes(" ") ? "项" : "条"}`;
  return where === "preamble" ? "前言" : where === "parties" ? "当事人" : where;
}

/** A key for one of several fields with the same label: its lead-in (响应时间 → response_time), else its article's id. */
function siblingBase(f: Field, base: string | undefined, siblings: readonly Field[]): string | undefined {
  const ctx = f.context ? slugFromLabel(f.context) : undefined;
  if (ctx && base) {
    f.keyFrom = "context";
    return shortKey([...ctx.split("_"), ...base.split("_").filter((w) => !ctx.split("_").includes(w))]);
  }
  // by article only when every one of them stands in an article of its own with a named id
  const article = f.occurrences[0]?.article;
  const articles = siblings.map((s) => s.occurrences[0]?.article);
  const named = articles.every((a) => a !== undefined && !/^article_\d+$/.test(a)) && new Set(articles).size === siblings.length;
  if (base && article && named && !base.startsWith(`${article}_`)) {
    f.keyFrom = "context";
    return shortKey([article, ...base.split("_")]);
  }
  return base;
}

/** Give every field a unique key (`taken` holds the keys already used) and an English label. */
export function assignKeys(fields: FieldRegistry, taken: Set<string>, lang: Lang, notes: string[]): void {
  let fallback = 0;
  const split = new Map<string, Field[]>();
  const bases = new Map<Field, string | undefined>(fields.list.filter((f) => !f.fixedPath).map((f) => [f, f.slugHint ?? slugFromLabel(f.label)]));
  const uses = new Map<string, number>();
  for (const b of bases.values()) if (b) uses.set(b, (uses.get(b) ?? 0) + 1);
  for (const f of fields.list) {
    if (f.fixedPath) {
      f.path = f.fixedPath;
      continue;
    }
    let base = bases.get(f);
    // two blanks of different sentences that would share a key (payment_days): the words before each tell them apart
    const lead = blankLead(f.label);
    if (base && (uses.get(base) ?? 0) > 1 && lead && !base.startsWith(`${lead}_`) && fields.siblings(f).length === 1) base = `${lead}_${base}`;
    const siblings = fields.siblings(f);
    if (siblings.length > 1) {
      f.title = lang === "en" ? `${f.label} (${placeOf(f, lang)})` : `${f.label}（${placeOf(f, lang)}）`;
      base = siblingBase(f, base, siblings);
      split.set(f.label, siblings);
    }
    if (!base) {
      fallback++;
      base = `field_${fallback}`;
      f.keyFrom = "fallback";
    }
    f.path = uniqueKey(base, taken);
  }
  for (const f of fields.list) f.labelEn = humanize(f.path.split(".").pop() as string);
  for (const [label, siblings] of split) {
    const list = siblings.map((f) => `${f.path} (line ${[...new Set(f.occurrences.map((o) => o.line))].join(", ")})`).join(", ");
    notes.push(`${label} stands for ${siblings.length} different values (other words around it, or another example): ${siblings.length} fields, ${list}; merge them in the schema and the source if they are one`);
  }
}
