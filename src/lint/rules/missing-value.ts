import { walkInlines } from "../../agreement/walk.js";
import { fieldLabel } from "../../template/schema.js";
import type { Rule } from "../rule.js";

export const missingValueRule: Rule = {
  id: "missing-value",
  defaultSeverity: "error",
  description: {
    en: "A field the rendered agreement needs that the deal leaves out or empty.",
    zh: "生成的协议需要、但交易文件未填写或留空的字段。",
  },
  check(ctx) {
    const seen = new Set<string>();
    walkInlines(ctx.agreement, (node, where) => {
      if (node.type !== "placeholder" || node.reason !== "missing" || seen.has(node.path)) return;
      // a value needed in several places is one problem in the deal, reported once
      seen.add(node.path);
      const label = { en: fieldLabel(ctx.template.schema, node.path, "en"), zh: fieldLabel(ctx.template.schema, node.path, "zh") };
      ctx.report({
        path: node.path,
        at: "key",
        ...(where.clause ? { clause: where.clause } : {}),
        message: {
          en: `${node.path} (${label.en}) is needed${where.clause ? ` by clause ${where.clause}` : ""} but not given: add it to the deal file.`,
          zh: `${node.path}（${label.zh}）${where.clause ? `为第${where.clause}条所需，` : "为本协议所需，"}但未填写：请在交易文件中补充。`,
        },
      });
    });
  },
};
