import { fieldLabels } from "../field-name.js";
import { isRefused } from "../refused.js";
import type { Rule } from "../rule.js";

export const missingValueRule: Rule<"neededByClause" | "needed"> = {
  id: "missing-value",
  defaultSeverity: "error",
  description: {
    en: "A field the rendered agreement needs that the deal leaves out or empty.",
    zh: "生成的协议需要、但交易文件未填写或留空的字段。",
  },
  messages: {
    neededByClause: {
      en: "{{path}} ({{label}}) is needed by clause {{clause}} but not given: add it to the deal file.",
      zh: "{{path}}（{{label}}）为第{{clause}}条所需，但未填写：请在交易文件中补充。",
    },
    // a value that no clause prints: the cover, the parties' block, the signature page
    needed: {
      en: "{{path}} ({{label}}) is needed but not given: add it to the deal file.",
      zh: "{{path}}（{{label}}）为本协议所需，但未填写：请在交易文件中补充。",
    },
  },
  lint(ctx) {
    const seen = new Set<string>();
    for (const { node, where } of ctx.tree.inlines) {
      if (node.type !== "placeholder" || node.reason !== "missing" || seen.has(node.path)) continue;
      // a value the validate stage refused is left out of the agreement; its finding says what is wrong with it
      if (isRefused(ctx.validation, node.path, ctx.template.schema)) continue;
      // a value needed in several places is one problem in the deal, reported once
      seen.add(node.path);
      const data = { path: node.path, label: fieldLabels(ctx.template.schema, node.path) };
      ctx.report({
        ...(where.clause ? { messageId: "neededByClause", data: { ...data, clause: where.clause }, clause: where.clause } : { messageId: "needed", data }),
        path: node.path,
        at: "key",
      });
    }
  },
};
