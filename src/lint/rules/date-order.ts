import { valueAt } from "../../load/value-at.js";
import { formatDate } from "../../wording/dates.js";
import { addDays, addMonths, compareDates, dealDate, isoDate } from "../calendar.js";
import { clauseName } from "../clause-of.js";
import type { Rule } from "../rule.js";

export const dateOrderRule: Rule<"endsBeforeStart" | "endsOnStart" | "signedAfterStart"> = {
  id: "date-order",
  defaultSeverity: "error",
  description: {
    en: "Dates out of order: a service term that ends on or before the day it starts (error), or an agreement signed after its term has started (warning).",
    zh: "日期先后顺序错误：服务期限的届满日不晚于起始日（错误），或协议在服务期限开始之后才签署（警告）。",
  },
  // {{where}}: the clause of the term, " in clause 7.1" / "第7.1条", or nothing
  messages: {
    endsBeforeStart: {
      en: "term.end {{end}} is before term.start {{start}}: the service term{{where}} would end before it begins. Write an end date after {{startDate}}, e.g. {{oneYear}} for a term of one year, or correct term.start.",
      zh: "term.end（服务期限届满日）{{end}}早于 term.start（服务期限起始日）{{start}}：{{where}}服务期限将在开始之前届满。请填写晚于{{startDate}}的届满日（例如期限一年则为 {{oneYear}}），或更正起始日。",
    },
    endsOnStart: {
      en: "term.end {{end}} is the same day as term.start {{start}}: the service term{{where}} would end on the day it begins. Write an end date after {{startDate}}, e.g. {{oneYear}} for a term of one year, or correct term.start.",
      zh: "term.end（服务期限届满日）{{end}}与 term.start（服务期限起始日）{{start}}为同一天：{{where}}服务期限将在开始当日即届满。请填写晚于{{startDate}}的届满日（例如期限一年则为 {{oneYear}}），或更正起始日。",
    },
    signedAfterStart: {
      en: "signing.date {{signing}} is after term.start {{start}}: the agreement takes effect when signed (Civil Code arts. 490 and 502), so the services from {{startDate}} to the signing would have no contract behind them. Move term.start to {{signing}} or later, or sign by {{start}}; if the services really began earlier, say expressly that the agreement covers them.",
      zh: "signing.date（签署日期）{{signing}} 晚于 term.start（服务期限起始日）{{start}}：协议自签署时成立并生效（《民法典》第四百九十条、第五百零二条），自{{startDate}}至签署日之间的服务将没有合同依据。请将服务期限起始日改为 {{signing}} 或之后，或于 {{start}} 前签署；如服务确已提前开始，请明确约定本协议适用于此前的服务。",
    },
  },
  lint(ctx) {
    const start = dealDate(valueAt(ctx.data, "term.start"));
    if (!start) return;
    // the start as the agreement writes it, 1 January 2027 / 2027年1月1日
    const startDate = { en: formatDate(isoDate(start), "en"), zh: formatDate(isoDate(start), "zh") };

    const end = dealDate(valueAt(ctx.data, "term.end"));
    if (end && compareDates(end, start) <= 0) {
      const clause = ctx.tree.clauseOf("term.end");
      const name = clause ? clauseName(clause) : undefined;
      ctx.report({
        messageId: compareDates(end, start) === 0 ? "endsOnStart" : "endsBeforeStart",
        data: {
          end: isoDate(end),
          start: isoDate(start),
          startDate,
          where: name ? { en: ` in ${name.en}`, zh: name.zh } : "",
          // a one-year term is the usual example: it ends the day before the anniversary
          oneYear: isoDate(addDays(addMonths(start, 12), -1)),
        },
        path: "term.end",
        ...(clause ? { clause } : {}),
      });
    }

    const signing = dealDate(valueAt(ctx.data, "signing.date"));
    if (signing && compareDates(signing, start) > 0) {
      const clause = ctx.tree.clauseOf("signing.date");
      ctx.report({
        messageId: "signedAfterStart",
        data: { signing: isoDate(signing), start: isoDate(start), startDate },
        path: "signing.date",
        severity: "warning",
        ...(clause ? { clause } : {}),
      });
    }
  },
};
