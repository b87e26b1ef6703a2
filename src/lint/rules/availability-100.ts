import { formatPercent, scalarProblem } from "../../wording/index.js";
import { fieldName } from "../field-name.js";
import type { Rule } from "../rule.js";

const PATH = "sla.availability_percent";

export const availability100Rule: Rule<"noDowntime"> = {
  id: "availability-100",
  defaultSeverity: "warning",
  description: {
    en: "An availability of 100% promised: it allows no downtime at all, not even for maintenance, so no one can keep it.",
    zh: "承诺了100%的可用性：这意味着不允许任何中断（包括维护），任何服务方都无法做到。",
  },
  messages: {
    noDowntime: {
      en: "{{field}} is {{shown}}: that allows not one minute of downtime, not even for maintenance, so Party B would be in breach at its first outage and the promise carries no real standard. Write 99.9 (about 43 minutes a month), or 99.5 as in the sample.",
      zh: "{{field}}为{{shown}}：这意味着不允许任何一分钟的中断（包括维护），乙方首次中断即构成违约，该承诺实际无法履行。请改为 99.9（每月约43分钟的中断），或如示例写 99.5。",
    },
  },
  lint(ctx) {
    const sla = ctx.given.sla;
    const value = sla && typeof sla === "object" ? (sla as Record<string, unknown>).availability_percent : undefined;
    // a value past what a percentage can state (1e15, .inf) has the schema's finding alone
    if (typeof value !== "number" || value < 100 || scalarProblem("percent", value)) return;
    const clause = ctx.tree.clauseOf(PATH);
    ctx.report({
      messageId: "noDowntime",
      data: { field: fieldName(ctx.template.schema, PATH, clause), shown: formatPercent(value, "en") },
      path: PATH,
      ...(clause ? { clause } : {}),
    });
  },
};
