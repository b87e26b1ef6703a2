import type { Bilingual } from "../../core/bilingual.js";
import { fieldLabel, type SchemaNode } from "../../template/schema.js";
import { clauseName } from "../clause-of.js";
import type { Rule } from "../rule.js";

// The blanks a contract draft leaves to be filled: the seed's [甲方公司名称] and [具体人数],
// 【…】 as Chinese drafts write them, and lines to write on (＿＿＿, ___). A bracketed year or
// number is a citation (Fa Shi [2023] No. 13), and [text](url) a link: neither is a blank.
const PLACEHOLDERS: readonly RegExp[] = [
  /\[(?!\s*\d+\s*\])[^[\]\n]{0,80}\](?!\()/g,
  /【[^【】\n]{0,80}】/g,
  /＿{3,}/g,
  /_{3,}/g,
];

/** The placeholders left in a text, as written. */
export function placeholdersIn(text: string): string[] {
  // most texts have none of the characters a blank needs: four searches of every value saved
  if (!/[[【＿_]/.test(text)) return [];
  return PLACEHOLDERS.flatMap((re) => [...text.matchAll(re)].map((m) => m[0]));
}

function stringsIn(value: unknown, path: string, out: Array<{ path: string; text: string }>): void {
  if (typeof value === "string") out.push({ path, text: value });
  // `name: [甲方公司名称]` without quotes is a YAML list of one string: the placeholder, typed in
  // as it stands in the draft (a deal has no lists of its own)
  else if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === "string" || (typeof v === "number" && Number.isFinite(v)))) out.push({ path, text: `[${value.join(", ")}]` });
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) stringsIn(v, path ? `${path}.${k}` : k, out);
}

/** The field's label, a bilingual text's half named after the text: 甲方名称（中文） / Name of Party A (Chinese). */
function labelOf(schema: SchemaNode, path: string): Bilingual<string> {
  const half = /\.(zh|en)$/.exec(path)?.[1];
  const field = half ? path.slice(0, -3) : path;
  const label = { en: fieldLabel(schema, field, "en"), zh: fieldLabel(schema, field, "zh") };
  if (!half) return label;
  return half === "zh" ? { en: `${label.en}, Chinese`, zh: `${label.zh}（中文）` } : { en: `${label.en}, English`, zh: `${label.zh}（英文）` };
}

export const leftoverPlaceholderRule: Rule<"placeholder"> = {
  id: "leftover-placeholder",
  defaultSeverity: "error",
  description: {
    en: "Placeholder text of a draft left in a deal value: [Name of Party A], 【具体人数】, ___.",
    zh: "交易文件的值中遗留了草稿的占位文字：[甲方公司名称]、【具体人数】、＿＿＿等。",
  },
  // {{printedIn}}: the clause that prints the value, ", printed in clause 2.2" / "（见第2.2条）", or nothing
  messages: {
    placeholder: {
      en: "{{path}} ({{label}}) still contains the placeholder {{placeholders}}{{printedIn}}: replace it with the actual term before the agreement is signed.",
      zh: "{{path}}（{{label}}）中仍有占位文字{{placeholders}}{{printedIn}}：请在签署前替换为实际约定的内容。",
    },
  },
  lint(ctx) {
    const reported = new Set<string>();
    const report = (path: string, found: string[], clause: string | undefined): void => {
      reported.add(path);
      const unique = [...new Set(found)];
      ctx.report({
        messageId: "placeholder",
        data: {
          path,
          label: labelOf(ctx.template.schema, path),
          placeholders: { en: unique.map((p) => `"${p}"`).join(", "), zh: unique.map((p) => `“${p}”`).join("、") },
          printedIn: clause ? { en: `, printed in ${clauseName(clause).en}`, zh: `（见${clauseName(clause).zh}）` } : "",
        },
        path,
        ...(clause ? { clause } : {}),
      });
    };

    const texts: Array<{ path: string; text: string }> = [];
    stringsIn(ctx.given, "", texts);
    for (const { path, text } of texts) {
      const found = placeholdersIn(text);
      if (found.length > 0) report(path, found, ctx.tree.clauseOf(path.replace(/\.(zh|en)$/, "")));
    }

    // What the template inserted, in case a value reaches the text by another way than as a
    // string of the deal (a label, a formatted value): the deal's field is still the one to fix.
    for (const { node, where } of ctx.tree.inlines) {
      if (node.type !== "value") continue;
      if (reported.has(node.path) || reported.has(`${node.path}.${where.lang}`)) continue;
      const found = placeholdersIn(node.text);
      if (found.length > 0) report(node.path, found, where.clause);
    }
  },
};
