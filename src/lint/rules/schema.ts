import type { Finding } from "../../core/finding.js";
import { rangeOf, type DealFile } from "../../load/deal-file.js";
import type { Rule } from "../rule.js";

/** The validate stage's finding, with the end of the value or key it starts at. */
function place(deal: DealFile, f: Finding): Pick<Finding, "file" | "line" | "column" | "endLine" | "endColumn"> {
  const at = { file: f.file, line: f.line, column: f.column };
  if (f.endLine !== undefined && f.endColumn !== undefined) return { ...at, endLine: f.endLine, endColumn: f.endColumn };
  if (f.path === undefined || f.file !== deal.file) return at;
  // an unknown key is found at its key, a wrong value at its value
  const range = [rangeOf(deal, f.path, "value"), rangeOf(deal, f.path, "key")].find((r) => r?.line === f.line && r.column === f.column);
  return range ? { ...at, endLine: range.endLine, endColumn: range.endColumn } : at;
}

export const schemaRule: Rule<"invalid"> = {
  id: "schema",
  defaultSeverity: "error",
  description: {
    en: "A value of the wrong type, out of range or of the wrong format, or an unknown key (with a did-you-mean).",
    zh: "值的类型、范围或格式错误，或存在未知的键（并提示可能的正确写法）。",
  },
  // The validate stage words what it finds (it runs before lint, for render too): the rule
  // passes its message on as it is.
  messages: {
    invalid: { en: "{{message}}", zh: "{{message}}" },
  },
  lint(ctx) {
    // the validate stage has run; this rule is how its findings take part in severity and config
    for (const f of ctx.validation) {
      // an invisible character in a text is a warning of the validate stage's own, whatever the rule's level
      ctx.report({ messageId: "invalid", data: { message: f.message }, position: place(ctx.deal, f), ...(f.path ? { path: f.path } : {}), ...(f.severity === "warning" ? { severity: "warning" as const } : {}) });
    }
  },
};
