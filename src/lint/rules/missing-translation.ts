import { deref, propertiesOf, type SchemaNode } from "../../template/schema.js";
import { rangeOf } from "../../load/deal-file.js";
import { fieldLabels } from "../field-name.js";
import { isRefused } from "../refused.js";
import type { Rule } from "../rule.js";

/** Every bilingual text in the deal, with its path: checked whether or not this deal's options print it. */
function bilingualTexts(root: SchemaNode, node: SchemaNode, value: unknown, path: string, out: Array<{ path: string; value: Record<string, unknown> }>): void {
  const n = deref(root, node);
  if (value === null || typeof value !== "object" || Array.isArray(value)) return;
  if (n["x-kind"] === "text") {
    out.push({ path, value: value as Record<string, unknown> });
    return;
  }
  const props = propertiesOf(root, n);
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const child = props[k];
    if (child) bilingualTexts(root, child, v, path ? `${path}.${k}` : k, out);
  }
}

export const missingTranslationRule: Rule<"oneLanguage"> = {
  id: "missing-translation",
  defaultSeverity: "error",
  description: {
    en: "A bilingual text given in one language only.",
    zh: "双语文本只填写了一种语言。",
  },
  // {{lang}} is the missing half's key, {{language}} its language's name; {{other}} the half that is there
  messages: {
    oneLanguage: {
      en: "{{path}} ({{label}}) has no {{language}} text: add `{{lang}}:` next to `{{other}}:`.",
      zh: "{{path}}（{{label}}）缺少{{language}}文本：请在 `{{other}}:` 旁补充 `{{lang}}:`。",
    },
  },
  lint(ctx) {
    const texts: Array<{ path: string; value: Record<string, unknown> }> = [];
    bilingualTexts(ctx.template.schema, ctx.template.schema, ctx.data, "", texts);
    for (const { path, value } of texts) {
      for (const [lang, other] of [["zh", "en"], ["en", "zh"]] as const) {
        if (typeof value[lang] === "string" || typeof value[other] !== "string") continue;
        // a half that is given but refused (a control character in it) is reported by the schema rule
        if (isRefused(ctx.validation, `${path}.${lang}`)) continue;
        ctx.report({
          messageId: "oneLanguage",
          data: { path, label: fieldLabels(ctx.template.schema, path), language: lang === "zh" ? { en: "Chinese", zh: "中文" } : { en: "English", zh: "英文" }, lang, other },
          path: `${path}.${lang}`,
          // the missing half has no line of its own: point at the half that is there
          position: { file: ctx.file, ...(rangeOf(ctx.deal, `${path}.${other}`) ?? { line: 1, column: 1 }) },
        });
      }
    }
  },
};
