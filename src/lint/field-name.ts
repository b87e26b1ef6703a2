import type { Bilingual } from "../core/bilingual.js";
import { fieldLabel, type SchemaNode } from "../template/schema.js";
import { clauseName } from "./clause-of.js";

/** A field's label from the schema, in both languages. */
export function fieldLabels(schema: SchemaNode, path: string): Bilingual<string> {
  return { en: fieldLabel(schema, path, "en"), zh: fieldLabel(schema, path, "zh") };
}

/**
 * How a message names a deal field, so that a reader of the draft finds it: its path, its label
 * and the clause that prints it, "sla.response.minutes (Response time, clause 3.1(a))" /
 * "sla.response.minutes（响应时限，第3.1条(a)项）".
 */
export function fieldName(schema: SchemaNode, path: string, clause?: string): Bilingual<string> {
  const label = fieldLabels(schema, path);
  const name = clause ? clauseName(clause) : undefined;
  return { en: `${path} (${label.en}${name ? `, ${name.en}` : ""})`, zh: `${path}（${label.zh}${name ? `，${name.zh}` : ""}）` };
}

/** A clause named in brackets after what it prints, " (clause 3.2)" / "（第3.2条）"; nothing without a clause. */
export function inClause(clause: string | undefined): Bilingual<string> {
  if (!clause) return { en: "", zh: "" };
  const name = clauseName(clause);
  return { en: ` (${name.en})`, zh: `（${name.zh}）` };
}
