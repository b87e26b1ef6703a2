import type { Agreement } from "../../agreement/types.js";
import type { Bilingual } from "../../core/bilingual.js";
import type { Manifest } from "../../template/template.js";
import { fieldSchema } from "../../template/schema.js";
import { clauseName } from "../clause-of.js";
import { fieldName } from "../field-name.js";
import type { Rule } from "../rule.js";

// A deal field that names a clause (sla.penalty.remedy_clause: the clause on the "further
// measures" Party A may take) is only right if that clause is of the kind the sentence needs:
// clause 3.2 promises a remedy, and pointing it at the signing clause (12.7) leaves Party A with
// none, while dangling-reference sees nothing wrong, since 12.7 exists. The schema says which
// kinds a field may point at (x-clause-kind), the manifest what kind each clause is (clauses:).

/** The number a target id has in this agreement: "7", "7.4", "7.4(c)". */
function numberOf(agreement: Agreement, id: string): string | undefined {
  for (const article of agreement.articles) {
    if (article.id === id) return String(article.number);
    for (const clause of article.clauses) {
      if (clause.id === id) return clause.number;
      for (const b of clause.body) if (b.type === "item" && b.id === id) return `${clause.number}(${b.number})`;
    }
  }
  return undefined;
}

/** The kinds' names, each language's way: "service levels and remedies for breach (…)". */
function kindNames(manifest: Manifest, kinds: readonly string[], join: "or" | "and"): Bilingual<string> {
  const names = kinds.map((k) => manifest.clause_kinds?.[k] ?? { zh: k, en: k });
  const en = names.map((n) => n.en);
  const last = en.pop() ?? "";
  return { en: en.length > 0 ? `${en.join(", ")} ${join} ${last}` : last, zh: names.map((n) => n.zh).join(join === "or" ? "或者" : "及") };
}

export const referenceKindRule: Rule<"otherKind" | "noKind"> = {
  id: "reference-kind",
  defaultSeverity: "warning",
  description: {
    en: "A deal field that names a clause points at a clause of another kind than the one its sentence needs (the clause on further measures must grant a remedy).",
    zh: "指向条款的字段所指条款的类别与该句所需不符（进一步措施所依据的条款须约定违约救济）。",
  },
  // {{field}}: the field, its label and the clause that prints it; {{target}}: the clause pointed
  // at, by number and id; {{wanted}}: the kinds the field may point at; {{kinds}}: the target's
  messages: {
    otherKind: {
      en: "{{field}} points at {{target}}, a clause on {{kinds}}, where it must name a clause on {{wanted}}: the sentence refers the reader to a clause that does not do what it says. Name a clause of that kind (such as term.termination_for_sla), or correct the number.",
      zh: "{{field}}指向{{target}}，该条属于{{kinds}}条款，而此处应援引{{wanted}}条款：该句援引的条款并不具有该句所称的内容。请填写此类条款（例如 term.termination_for_sla），或更正条款编号。",
    },
    noKind: {
      en: "{{field}} points at {{target}}, which the template does not mark as a clause on {{wanted}}: check that it says what the sentence refers to it for, or name a clause of that kind (such as term.termination_for_sla).",
      zh: "{{field}}指向{{target}}，模板未将该条标为{{wanted}}条款：请核实该条是否具有该句援引的内容，或改为填写此类条款（例如 term.termination_for_sla）。",
    },
  },
  lint(ctx) {
    const { manifest, schema } = ctx.template;
    const seen = new Set<string>();
    for (const { node, where } of ctx.tree.inlines) {
      if (node.type !== "reference" || node.path === undefined) continue;
      const wanted = fieldSchema(schema, node.path)?.["x-clause-kind"];
      if (!wanted || wanted.length === 0) continue;
      const key = `${node.path}|${node.target}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const kinds = manifest.clauses?.[node.target] ?? [];
      if (kinds.some((k) => wanted.includes(k))) continue;
      const number = numberOf(ctx.agreement, node.target);
      const name = number ? clauseName(number) : { en: node.target, zh: node.target };
      const data = {
        field: fieldName(schema, node.path, where.clause),
        target: { en: `${name.en} (${node.target})`, zh: `${name.zh}（${node.target}）` },
        wanted: kindNames(manifest, wanted, "or"),
        ...(kinds.length > 0 ? { kinds: kindNames(manifest, kinds, "and") } : {}),
      };
      ctx.report({ messageId: kinds.length > 0 ? "otherKind" : "noKind", data, path: node.path, ...(where.clause ? { clause: where.clause } : {}) });
    }
  },
};
