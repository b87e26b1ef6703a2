import type { Bilingual } from "../../core/bilingual.js";
import { valueAt } from "../../load/value-at.js";
import { compareDates, daysInMonth, dealDate, type CalendarDate } from "../calendar.js";
import { groupedDigits } from "../../wording/index.js";
import { isRefused } from "../refused.js";
import { inClause } from "../field-name.js";
import type { Rule, RuleContext } from "../rule.js";

// Both findings of this rule rest on the same law: 《民法典》第585条第2款 lets a court or an
// arbitral tribunal, on request, reduce liquidated damages that are excessively higher than the
// loss, and 法释〔2023〕13号（合同编通则解释）第65条 says damages that exceed the loss by more than
// 30% are in general excessively high. A penalty with no cap, or a cap above what the whole
// agreement is worth, invites that reduction.
const BASIS = {
  en: "under Article 585 of the Civil Code a court or arbitral tribunal may, on request, reduce liquidated damages that are excessively higher than the loss, and under Article 65 of the SPC Interpretation on the General Provisions of Contracts (Fa Shi [2023] No. 13) damages exceeding the loss by more than 30% are in general excessively high",
  zh: "根据《民法典》第585条，约定的违约金过分高于造成的损失的，人民法院或者仲裁机构可以根据当事人的请求予以适当减少；根据法释〔2023〕13号 第65条，违约金超过造成损失的30%的，一般可以认定为过分高于造成的损失",
};

function num(data: Record<string, unknown>, path: string): number | undefined {
  const v = valueAt(data, path);
  return typeof v === "number" && Number.isFinite(v) && v > 0 ? v : undefined;
}

/** 2000000 → "2,000,000.00", whatever the locale; no Intl, so the same bytes on every machine. */
function figure(amount: number): string {
  const fen = Math.round(amount * 100);
  // a total past what a double keeps to the fen (damages × failures): in whole yuan
  if (!Number.isSafeInteger(fen)) return `${groupedDigits(Math.round(amount))}.00`;
  const yuan = String(Math.floor(fen / 100)).replace(/\B(?=(\d{3})+$)/g, ",");
  return `${yuan}.${String(fen % 100).padStart(2, "0")}`;
}

const money = { en: (n: number) => `RMB ${figure(n)}`, zh: (n: number) => `人民币${figure(n)}元` };
const amount = (n: number): Bilingual<string> => ({ en: money.en(n), zh: money.zh(n) });

/**
 * The months of the term, first and last day included, a part month counted by its days as
 * clause 4.1 prorates the fee (不足一个自然月的，按该月实际服务天数折算): 2027-01-01 to 2027-12-31
 * is 12, 2027-01-16 to 2027-02-28 is 16/31 + 1. Plain calendar arithmetic: no Date, no time zone.
 */
export function termMonths(start: CalendarDate, end: CalendarDate): number | undefined {
  if (compareDates(end, start) < 0) return undefined;
  let months = 0;
  let { year, month } = start;
  while (year < end.year || (year === end.year && month <= end.month)) {
    const days = daysInMonth(year, month);
    const first = year === start.year && month === start.month ? start.day : 1;
    const last = year === end.year && month === end.month ? end.day : days;
    months += (last - first + 1) / days;
    if (month === 12) {
      year++;
      month = 1;
    } else month++;
  }
  return months;
}

function monthsText(n: number): { en: string; zh: string } {
  const rounded = Math.round(n * 100) / 100;
  return { en: `${rounded} month${rounded === 1 ? "" : "s"}`, zh: `${rounded}个月` };
}

/** The per-failure damages as the deal gives them: a fixed amount, or a share of the monthly fee. */
function perBreach(ctx: RuleContext): { path: string; amount?: number; en: string; zh: string } | undefined {
  const amount = num(ctx.data, "sla.penalty.per_breach.amount");
  if (amount !== undefined) {
    return { path: "sla.penalty.per_breach.amount", amount, en: money.en(amount), zh: money.zh(amount) };
  }
  const percent = num(ctx.data, "sla.penalty.per_breach.percent_of_monthly_fee");
  if (percent === undefined) return undefined;
  const fee = num(ctx.data, "fees.monthly_fee");
  const of = fee === undefined ? undefined : (fee * percent) / 100;
  return {
    path: "sla.penalty.per_breach.percent_of_monthly_fee",
    ...(of !== undefined ? { amount: of } : {}),
    en: `${percent}% of the monthly fee${of !== undefined ? ` (${money.en(of)})` : ""}`,
    zh: `当月服务费的${percent}%${of !== undefined ? `（${money.zh(of)}）` : ""}`,
  };
}

export const penaltyCapRule: Rule<"noCap" | "capAboveFees" | "capUsedUp"> = {
  id: "penalty-cap",
  defaultSeverity: "warning",
  description: {
    en: "Liquidated damages per SLA failure with no overall liability cap, a cap above the fees of the whole term, or damages that reach the cap before the failure threshold.",
    zh: "按次计算的服务水平违约金没有约定赔偿责任总额上限、上限高于整个服务期限的服务费，或者在达到累计违约次数之前即已达到上限。",
  },
  // {{penalty}}: the damages per failure as the deal gives them; {{inClause}} and {{capClause}}:
  // the clause that prints them, " (clause 3.2)", or nothing; {{basis}}: the law, BASIS above
  messages: {
    noCap: {
      en: "Liquidated damages of {{penalty}} per SLA failure{{inClause}} have no overall cap: liability.cap is not given, so the damages add up without limit, and {{basis}}. Set liability.cap, for example no higher than the fees of the term.",
      zh: "每次服务水平违约的违约金为{{penalty}}{{inClause}}，但未约定赔偿责任总额上限（liability.cap），违约金可无限累计；{{basis}}。请填写 liability.cap，例如不高于服务期限内的服务费总额。",
    },
    capAboveFees: {
      en: "The liability cap of {{cap}}{{capClause}} is higher than the fees of the whole term, {{fees}} ({{fee}} a month × {{months}}, {{start}} to {{end}}): liquidated damages of {{penalty}} per failure may add up to more than the loss, and {{basis}}. Consider a cap no higher than the fees of the term.",
      zh: "赔偿责任总额上限{{cap}}{{capClause}}高于整个服务期限的服务费总额{{fees}}（每月{{fee}} × {{months}}，{{start}}至{{end}}）：每次违约{{penalty}}的违约金累计可能超过实际损失；{{basis}}。建议将上限设为不高于服务期限内的服务费总额。",
    },
    capUsedUp: {
      en: "Liquidated damages of {{penalty}} per SLA failure{{inClause}} reach {{total}} at the threshold of {{breaches}} {{failures}}, more than the liability cap of {{cap}}: the cap is used up before Party A may take further measures, and {{basis}}. Lower the damages per failure or raise the cap.",
      zh: "每次服务水平违约的违约金{{penalty}}{{inClause}}在累计违约达到{{breaches}}次时合计{{total}}，已超过赔偿责任总额上限{{cap}}：甲方可采取进一步措施之前上限即已用尽；{{basis}}。请降低每次违约的违约金或者提高上限。",
    },
  },
  lint(ctx) {
    const penalty = perBreach(ctx);
    if (!penalty) return;
    const penaltyClause = ctx.tree.clauseOf(penalty.path);
    const shared = { penalty: { en: penalty.en, zh: penalty.zh }, basis: BASIS };
    const cap = num(ctx.data, "liability.cap");

    if (cap === undefined) {
      // a cap that is given but refused (too large to state) is no missing cap: the schema rule reports it
      if (isRefused(ctx.validation, "liability.cap")) return;
      ctx.report({
        messageId: "noCap",
        data: { ...shared, inClause: inClause(penaltyClause) },
        path: penalty.path,
        ...(penaltyClause ? { clause: penaltyClause } : {}),
      });
      return;
    }

    const capClause = ctx.tree.clauseOf("liability.cap");
    const fee = num(ctx.data, "fees.monthly_fee");
    const start = dealDate(valueAt(ctx.data, "term.start"));
    const end = dealDate(valueAt(ctx.data, "term.end"));
    const months = start && end ? termMonths(start, end) : undefined;
    if (fee !== undefined && months !== undefined && months > 0) {
      const fees = fee * months;
      if (cap > fees + 0.005) {
        ctx.report({
          messageId: "capAboveFees",
          data: {
            ...shared,
            cap: amount(cap),
            capClause: inClause(capClause),
            fees: amount(fees),
            fee: amount(fee),
            months: monthsText(months),
            start: String(valueAt(ctx.data, "term.start")),
            end: String(valueAt(ctx.data, "term.end")),
          },
          path: "liability.cap",
          ...(capClause ? { clause: capClause } : {}),
        });
      }
    }

    // The damages that accrue before Party A may take further measures: if they reach the cap
    // first, the remedy for repeated failures comes when the damages have stopped running.
    const breaches = num(ctx.data, "sla.penalty.threshold.breaches") ?? 1;
    if (penalty.amount !== undefined && penalty.amount * breaches > cap + 0.005) {
      ctx.report({
        messageId: "capUsedUp",
        data: { ...shared, inClause: inClause(penaltyClause), total: amount(penalty.amount * breaches), breaches, failures: breaches === 1 ? "failure" : "failures", cap: amount(cap) },
        path: penalty.path,
        ...(penaltyClause ? { clause: penaltyClause } : {}),
      });
    }
  },
};
