import type { Rule } from "../rule.js";

export const schemaRule: Rule = {
  id: "schema",
  defaultSeverity: "error",
  description: {
    en: "A value of the wrong type, out of range or of the wrong format, or an unknown key (with a did-you-mean).",
    zh: "值的类型、范围或格式错误，或存在未知的键（并提示可能的正确写法）。",
  },
  check(ctx) {
    // the validate stage has run; this rule is how its findings take part in severity and config
    for (const f of ctx.validation) {
      ctx.report({ message: f.message, position: { file: f.file, line: f.line, column: f.column }, ...(f.path ? { path: f.path } : {}) });
    }
  },
};
