import { valueAt } from "../../load/value-at.js";
import type { Agreement, Inline } from "../../agreement/types.js";
import type { Bilingual, Lang } from "../../core/bilingual.js";
import type { SourcePosition } from "../../core/position.js";
import { clauseName } from "../clause-of.js";
import { fieldLabels } from "../field-name.js";
import { formatMessage } from "../messages.js";
import { quantitiesIn, spelledIn, type Quantity } from "../quantities.js";
import type { Rule } from "../rule.js";

/** A paragraph's plain text, with the deal field that each inserted stretch came from. */
interface Flat {
  text: string;
  values: Array<{ start: number; end: number; path: string }>;
}

function flatten(nodes: Inline[], out: Flat = { text: "", values: [] }): Flat {
  for (const n of nodes) {
    if (n.type === "text") out.text += n.value;
    else if (n.type === "strong" || n.type === "emphasis") flatten(n.children, out);
    else if (n.type === "value") {
      out.values.push({ start: out.text.length, end: out.text.length + n.text.length, path: n.path });
      out.text += n.text;
    }
    // a reference is a clause number, and a placeholder a gap that missing-value reports: a
    // space keeps the numbers on either side apart
    else out.text += " ";
  }
  return out;
}

/** One pair of texts to compare: a paragraph of a clause or item, of the preamble, or a party's name or address. */
interface Unit {
  text: { zh: Inline[]; en: Inline[] };
  clause?: string;
  /** What the unit is, for the message, when it is not a clause. */
  what?: { en: string; zh: string };
  position: SourcePosition;
}

function hasPlaceholder(nodes: Inline[]): boolean {
  return nodes.some((n) => n.type === "placeholder" || ((n.type === "strong" || n.type === "emphasis") && hasPlaceholder(n.children)));
}

function units(a: Agreement, templateFile: string): Unit[] {
  const top = { file: templateFile, line: 1, column: 1 };
  const out: Unit[] = [];
  for (const p of a.parties) {
    for (const [part, en, zh] of [[p.name, "name", "名称"], [p.address, "address", "地址"]] as const) {
      out.push({ text: part, what: { en: `${p.role.en}'s ${en}`, zh: `${p.role.zh}${zh}` }, position: top });
    }
  }
  for (const p of a.preamble) out.push({ text: p.text, what: { en: "The preamble", zh: "鉴于条款" }, position: top });
  for (const article of a.articles) {
    for (const clause of article.clauses) {
      for (const b of clause.body) {
        if (b.type === "paragraph") out.push({ text: b.text, clause: clause.number, position: clause.position });
        else for (const p of b.paragraphs) out.push({ text: p.text, clause: `${clause.number}(${b.number})`, position: b.position });
      }
    }
  }
  return out;
}

interface Difference {
  lang: Lang;
  quantity: Quantity;
  /** The deal field the number came from, or undefined for the template's own words. */
  path?: string;
}

/** Quantities of one language that the other lacks, one per key (a figure preferred to words). */
function lacking(flat: Flat, mine: Quantity[], theirs: Quantity[], lang: Lang, theirText: string): Difference[] {
  const other = new Set(theirs.map((q) => q.key));
  const byKey = new Map<string, Difference>();
  for (const q of mine) {
    if (other.has(q.key) || spelledIn(q.key, theirText, lang === "zh" ? "en" : "zh")) continue;
    const path = flat.values.find((v) => q.start >= v.start && q.start < v.end)?.path;
    const seen = byKey.get(q.key);
    if (!seen || (!/\d/.test(seen.quantity.text) && /\d/.test(q.text))) byKey.set(q.key, { lang, quantity: q, ...(path ? { path } : {}) });
  }
  return [...byKey.values()];
}

// One direction of the differences, as a piece of the rule's messages ({{differences}}).
const DIRECTION = {
  zh: {
    en: "the Chinese text states {{quantities}}, which the English text does not",
    zh: "中文文本中的{{quantities}}在英文文本中没有对应",
  },
  en: {
    en: "the English text states {{quantities}}, which the Chinese text does not",
    zh: "英文文本中的{{quantities}}在中文文本中没有对应",
  },
} as const;

/** The differences, said both ways: what the Chinese has that the English lacks, and the reverse. */
function describe(ds: Difference[]): Bilingual<string> {
  const said = (["zh", "en"] as const).flatMap((lang) => {
    const only = ds.filter((d) => d.lang === lang);
    if (only.length === 0) return [];
    const quantities = { en: only.map((d) => `"${d.quantity.text}"`).join(", "), zh: only.map((d) => `“${d.quantity.text}”`).join("、") };
    return [formatMessage("bilingual-mismatch", DIRECTION, lang, { quantities })];
  });
  return { en: said.map((s) => s.en).join("; "), zh: said.map((s) => s.zh).join("；") };
}

export const bilingualMismatchRule: Rule<"fieldDiffers" | "templateDiffers"> = {
  id: "bilingual-mismatch",
  defaultSeverity: "error",
  description: {
    en: "A number, amount, percentage, period or date that a clause states in one language and not in the other.",
    zh: "条款的一种语言文本中有、另一种语言文本中没有的数字、金额、百分比、期限或日期。",
  },
  // {{where}}: the clause, "Clause 2.2" / "第2.2条", or what else the texts are ("Party A's address")
  messages: {
    fieldDiffers: {
      en: "{{where}}: {{differences}}. Correct {{path}} ({{label}}) so that both languages state the same figures.",
      zh: "{{where}}：{{differences}}。请修改 {{path}}（{{label}}），使两种语言文本的数字一致。",
    },
    templateDiffers: {
      en: "{{where}}: {{differences}}. The difference is in the template's own wording: correct the template so that both languages state the same figures.",
      zh: "{{where}}：{{differences}}。差异来自模板本身的文字：请修改模板，使两种语言文本的数字一致。",
    },
  },
  lint(ctx) {
    const reported = new Set<string>();
    for (const unit of units(ctx.agreement, ctx.template.sourceFile)) {
      // a text with a gap in one language is reported as the gap (missing-value, missing-translation)
      if (hasPlaceholder(unit.text.zh) || hasPlaceholder(unit.text.en)) continue;
      const zhFlat = flatten(unit.text.zh);
      const enFlat = flatten(unit.text.en);
      const zh = quantitiesIn(zhFlat.text, "zh");
      const en = quantitiesIn(enFlat.text, "en");
      const differences = [...lacking(zhFlat, zh, en, "zh", enFlat.text), ...lacking(enFlat, en, zh, "en", zhFlat.text)];
      if (differences.length === 0) continue;

      // one finding per deal field at fault, and one for the template's own wording
      const groups = new Map<string, Difference[]>();
      for (const d of differences) groups.set(d.path ?? "", [...(groups.get(d.path ?? "") ?? []), d]);
      const named = unit.clause ? clauseName(unit.clause) : undefined;
      const where = named ? { en: `Clause ${named.en.replace(/^clause /, "")}`, zh: named.zh } : (unit.what ?? { en: "The agreement", zh: "本协议" });
      for (const [path, ds] of groups) {
        const differences = describe(ds);
        if (path) {
          // a value printed in several places is one problem in the deal
          if (reported.has(path)) continue;
          reported.add(path);
          const value = valueAt(ctx.data, path);
          // point at the half of a bilingual text that states the extra number
          const half = value && typeof value === "object" ? (ds.some((d) => d.lang === "zh") ? ".zh" : ".en") : "";
          ctx.report({
            messageId: "fieldDiffers",
            data: { where, differences, path, label: fieldLabels(ctx.template.schema, path) },
            path: `${path}${half}`,
            ...(unit.clause ? { clause: unit.clause } : {}),
          });
        } else {
          const key = `${unit.position.file}:${unit.position.line}:${ds.map((d) => d.quantity.key).join(",")}`;
          if (reported.has(key)) continue;
          reported.add(key);
          ctx.report({
            messageId: "templateDiffers",
            data: { where, differences },
            position: unit.position,
            ...(unit.clause ? { clause: unit.clause } : {}),
          });
        }
      }
    }
  },
};
