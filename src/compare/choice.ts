// An enum that chooses between sibling sections (dispute.method: arbitration | court, next to
// dispute.arbitration and dispute.court) says little alone: every offer "arbitrates", and the
// offers differ in where. The cell shows the choice with the texts of the section it chooses:
// 仲裁（上海国际仲裁中心，上海） / arbitration (Shanghai International Arbitration Center, Shanghai).

import type { Bilingual, Lang } from "../core/bilingual.js";
import { displayValue, isGiven, valueAt } from "../policy/values.js";
import { fieldSchema, leafFields, type SchemaNode } from "../template/schema.js";

/** The cell text of an enum value, with the texts of the sibling section of the same name, if any. */
export function choiceText(schema: SchemaNode, path: string, value: unknown, data: Record<string, unknown>): Bilingual<string> {
  const node = fieldSchema(schema, path);
  const shown = (lang: Lang): string => displayValue(node, value, lang);
  if (node?.["x-kind"] !== "enum" || typeof value !== "string") return { zh: shown("zh"), en: shown("en") };
  const section = `${path.split(".").slice(0, -1).join(".")}${path.includes(".") ? "." : ""}${value}`;
  const fields = leafFields(schema, fieldSchema(schema, section) ?? {}, section).filter((f) => fieldSchema(schema, f)?.["x-kind"] === "text");
  const texts = fields.map((f) => valueAt(data, f)).filter(isGiven);
  const of = (lang: Lang): string[] => texts.map((t) => displayValue(undefined, t, lang)).filter((t) => t !== "");
  return {
    zh: of("zh").length > 0 ? `${shown("zh")}（${of("zh").join("，")}）` : shown("zh"),
    en: of("en").length > 0 ? `${shown("en")} (${of("en").join(", ")})` : shown("en"),
  };
}
