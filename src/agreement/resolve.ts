// Tokens in the parsed source become the deal's values, references and, where the deal leaves a
// gap, placeholders that say why (the lint rules turn them into findings).

import type { Bilingual, Lang } from "../core/bilingual.js";
import type { SourcePosition } from "../core/position.js";
import { formatScalar } from "../wording/index.js";
import { valueAt } from "../load/value-at.js";
import type { Insertion } from "../template/insertions.js";
import { fieldLabel, fieldSchema } from "../template/schema.js";
import type { Template } from "../template/template.js";
import type { Numbering, Target } from "./numbering.js";
import type { RawInline, RawParagraph } from "./parse-source.js";
import type { Inline, Paragraph } from "./types.js";

/** What resolving one deal's tokens needs. */
export interface Scope {
  template: Template;
  insertions: readonly Insertion[];
  data: Record<string, unknown>;
  numbering: Numbering;
}

function missing(scope: Scope, path: string, lang: Lang): Inline {
  const label = fieldLabel(scope.template.schema, path, lang);
  return { type: "placeholder", path, reason: "missing", label: lang === "zh" ? `【${label}】` : `[${label}]` };
}

function dangling(path: string, value: string, lang: Lang, source?: SourcePosition): Inline {
  return {
    type: "placeholder",
    path,
    reason: "dangling",
    value,
    ...(source ? { source } : {}),
    label: lang === "zh" ? `【不存在的条款 ${value}】` : `[no such clause: ${value}]`,
  };
}

/** A deal value that names a clause: its id, or its number as written (3.2, 第3.2条, Clause 3.2). */
function resolveTarget(scope: Scope, value: unknown): Target | undefined {
  const s = String(value).trim();
  const { byId, byNumber } = scope.numbering;
  return byId.get(s) ?? byNumber.get(s.replace(/^第(.+?)条$/, "$1").replace(/^(Clause|Article)\s+/i, ""));
}

function reference(scope: Scope, path: string, lang: Lang): Inline {
  const value = valueAt(scope.data, path);
  if (value === undefined) return missing(scope, path, lang);
  const target = resolveTarget(scope, value);
  return target ? { type: "reference", target: target.id, text: target.text[lang], path } : dangling(path, String(value), lang);
}

/** The value at a deal path, formatted for one language, or the gap it leaves. */
export function fieldValue(scope: Scope, path: string, lang: Lang): Inline {
  const { schema } = scope.template;
  const node = fieldSchema(schema, path);
  const kind = node?.["x-kind"];
  if (kind === "clause") return reference(scope, path, lang);
  const value = valueAt(scope.data, path);
  if (value === undefined) return missing(scope, path, lang);
  if (kind === "text" || (kind === undefined && typeof value === "object")) {
    const text = (value as Partial<Bilingual<unknown>>)[lang];
    if (typeof text === "string") return { type: "value", path, text };
    const label = fieldLabel(schema, `${path}.${lang}`, lang);
    return { type: "placeholder", path: `${path}.${lang}`, reason: "untranslated", label: lang === "zh" ? `【${label}】` : `[${label}]` };
  }
  if (kind === "enum") {
    const label = node?.["x-enum-labels"]?.[String(value)]?.[lang];
    return { type: "value", path, text: label ?? String(value) };
  }
  try {
    return { type: "value", path, text: formatScalar(kind ?? (typeof value === "number" ? "number" : "plain"), value, lang) };
  } catch {
    // a value of the wrong type: the validate stage reports it; draft mode shows the gap
    return missing(scope, path, lang);
  }
}

function resolveInsertion(scope: Scope, ins: Insertion, lang: Lang): Inline {
  switch (ins.kind) {
    case "field":
      return fieldValue(scope, ins.path, lang);
    case "ref-field":
      return reference(scope, ins.path, lang);
    case "ref": {
      const target = scope.numbering.byId.get(ins.target);
      if (target) return { type: "reference", target: target.id, text: target.text[lang] };
      return dangling("", ins.target, lang, { file: scope.template.sourceFile, line: ins.loc.line, column: ins.loc.column });
    }
  }
}

function inlines(scope: Scope, nodes: RawInline[], lang: Lang): Inline[] {
  return nodes.map((n): Inline => {
    switch (n.type) {
      case "text":
        return n;
      case "strong":
      case "emphasis":
        return { type: n.type, children: inlines(scope, n.children, lang) };
      case "insertion": {
        const ins = scope.insertions[n.index];
        if (!ins) throw new Error(`internal: no insertion ${n.index}`);
        return resolveInsertion(scope, ins, lang);
      }
    }
  });
}

export function paragraph(scope: Scope, p: RawParagraph): Paragraph {
  return { type: "paragraph", text: { zh: inlines(scope, p.zh, "zh"), en: inlines(scope, p.en, "en") } };
}

/** A deal field in both languages. */
export function both(scope: Scope, path: string): Bilingual<Inline[]> {
  return { zh: [fieldValue(scope, path, "zh")], en: [fieldValue(scope, path, "en")] };
}
