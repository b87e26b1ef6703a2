import { valueAt } from "../../load/value-at.js";
import { formatDate } from "../../format/dates.js";
import { addDays, addMonths, compareDates, dealDate, isoDate } from "../calendar.js";
import { clauseName, clauseOf } from "../clause-of.js";
import type { Rule } from "../rule.js";



export const dateOrderRule: Rule = {
  id: "date-order",
  defaultSeverity: "error",
  description: {
    en: "Dates out of order: a service term that ends on or before the day it starts (error), or an agreement signed after its term has started (warning).",
    zh: "日期先后顺序错误：服务期限的届满日不晚于起始日（错误），或协议在服务期限开始之后才签署（警告）。",
  },
  check(ctx) {
    const start = dealDate(valueAt(ctx.data, "term.start"));
    if (!start) return;
    const startZh = formatDate(isoDate(start), "zh");
    const startEn = formatDate(isoDate(start), "en");

    const end = dealDate(valueAt(ctx.data, "term.end"));
    if (end && compareDates(end, start) <= 0) {
      const clause = clauseOf(ctx.agreement, "term.end");
      const where = clause ? clauseName(clause) : undefined;
      // a one-year term is the usual example: it ends the day before the anniversary
      const oneYear = isoDate(addDays(addMonths(start, 12), -1));
      const same = compareDates(end, start) === 0;
      ctx.report({
        path: "term.end",
        ...(clause ? { clause } : {}),
        message: {
          en: `term.end ${isoDate(end)} is ${same ? "the same day as" : "before"} term.start ${isoDate(start)}: the service term${where ? ` in ${where.en}` : ""} would end ${same ? "on the day it begins" : "before it begins"}. Write an end date after ${startEn}, e.g. ${oneYear} for a term of one year, or correct term.start.`,
          zh: `term.end（服务期限届满日）${isoDate(end)}${same ? "与" : "早于"} term.start（服务期限起始日）${isoDate(start)}${same ? "为同一天" : ""}：${where ? where.zh : ""}服务期限将${same ? "在开始当日即届满" : "在开始之前届满"}。请填写晚于${startZh}的届满日（例如期限一年则为 ${oneYear}），或更正起始日。`,
        },
      });
    }

    const signing = dealDate(valueAt(ctx.data, "signing.date"));
    if (signing && compareDates(signing, start) > 0) {
      const clause = clauseOf(ctx.agreement, "signing.date");
      ctx.report({
        path: "signing.date",
        severity: "warning",
        ...(clause ? { clause } : {}),
        message: {
          en: `signing.date ${isoDate(signing)} is after term.start ${isoDate(start)}: the agreement takes effect when signed (Civil Code arts. 490 and 502), so the services from ${startEn} to the signing would have no contract behind them. Move term.start to ${isoDate(signing)} or later, or sign by ${isoDate(start)}; if the services really began earlier, say expressly that the agreement covers them.`,
          zh: `signing.date（签署日期）${isoDate(signing)} 晚于 term.start（服务期限起始日）${isoDate(start)}：协议自签署时成立并生效（《民法典》第四百九十条、第五百零二条），自${startZh}至签署日之间的服务将没有合同依据。请将服务期限起始日改为 ${isoDate(signing)} 或之后，或于 ${isoDate(start)} 前签署；如服务确已提前开始，请明确约定本协议适用于此前的服务。`,
        },
      });
    }
  },
};
