import { valueAt } from "../../load/value-at.js";
import type { Bilingual } from "../../core/bilingual.js";
import { formatDuration, formatPercent, scalarProblem } from "../../wording/index.js";
import { deref, fieldSchema, propertiesOf, type SchemaNode } from "../../template/schema.js";
import { compareDates, dealDate, isoDate, termLength } from "../calendar.js";
import { fieldName } from "../field-name.js";
import type { MessageData } from "../messages.js";
import type { Rule, RuleContext } from "../rule.js";

const num = (data: Record<string, unknown>, path: string): number | undefined => {
  const v = valueAt(data, path);
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
};

/** Every number in the deal whose field the schema marks as a percentage, with its path. */
function percentages(root: SchemaNode, node: SchemaNode, value: unknown, path: string, out: Array<{ path: string; value: number; node: SchemaNode }>): void {
  const n = deref(root, node);
  if (n["x-kind"] === "percent") {
    if (typeof value === "number" && Number.isFinite(value)) out.push({ path, value, node: n });
    return;
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return;
  const props = propertiesOf(root, n);
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const child = props[k];
    if (child) percentages(root, child, v, path ? `${path}.${k}` : k, out);
  }
}

/** A duration as the agreement writes it; a fraction (which the schema rejects) as a plain figure. */
function duration(n: number, unit: "minutes" | "hours", lang: "zh" | "en"): string {
  if (Number.isSafeInteger(n) && n >= 0) return formatDuration(n, unit, lang);
  return lang === "zh" ? `${n}${unit === "minutes" ? "分钟" : "小时"}` : `${n} ${unit}`;
}

/** The threshold's counting periods, in calendar months. */
const PERIOD_MONTHS: Record<string, number> = { month: 1, quarter: 3, year: 12 };

function termWords(months: number, days: number): Bilingual<string> {
  const zh = [months > 0 ? formatDuration(months, "months", "zh") : "", days > 0 ? formatDuration(days, "days", "zh") : ""].filter(Boolean);
  const en = [months > 0 ? formatDuration(months, "months", "en") : "", days > 0 ? formatDuration(days, "days", "en") : ""].filter(Boolean);
  return { zh: zh.join("零"), en: en.join(" and ") };
}

const MESSAGES = {
  responseNotShorter: {
    en: "{{field}} is {{minutes}}, not shorter than the resolution time of {{hours}} ({{limit}}, sla.resolution.hours): a request would have to be resolved before it is even answered. Write a response time under {{limit}} (e.g. 15), or lengthen the resolution time.",
    zh: "{{field}}为{{minutes}}，不短于处理时限{{hours}}（{{limit}}，sla.resolution.hours）：请求将须在响应之前就处理完毕。请将响应时限改为少于{{limit}}（例如15分钟），或延长处理时限。",
  },
  // {{example}}: the schema's example, ", e.g. 6 for 6%" / "，例如 6 表示6%", or nothing
  negativePercent: {
    en: "{{field}} is {{shown}}: a percentage cannot be negative. Write the percentage as a number from 0 to 100 without the % sign{{example}}.",
    zh: "{{field}}为{{shown}}：百分比不能为负数。请填写0到100之间的数字，不带%号{{example}}。",
  },
  percentAbove100: {
    en: "{{field}} is {{shown}}: a percentage cannot exceed 100. Write the percentage as a number from 0 to 100 without the % sign{{example}}.",
    zh: "{{field}}为{{shown}}：百分比不能超过100%。请填写0到100之间的数字，不带%号{{example}}。",
  },
  targetAboveScale: {
    en: "{{field}} is {{min}}, above the top of the scale, {{max}} (sla.satisfaction.scale_max): no survey can ever meet it, so Party B would fail every period. Lower the target to at most {{max}} (e.g. {{suggested}}, 80% of the scale) or correct the scale.",
    zh: "{{field}}为{{min}}，高于满分{{max}}（sla.satisfaction.scale_max）：任何调查结果都无法达到，乙方将每期都不达标。请将目标降至不超过{{max}}（例如满分的80%即{{suggested}}），或更正满分。",
  },
  // {{fits}}: the longest counting period the term holds, {{fitsKey}} its value in the deal
  periodLongerThanTerm: {
    en: "{{field}} is a {{period}} ({{periodLength}}), but the term from {{start}} to {{end}} lasts only {{term}}: the failures can never be counted over a whole period, so the threshold may never be reached. Count failures per {{fits}} instead (period: {{fitsKey}}).",
    zh: "{{field}}为{{period}}（{{periodLength}}），但服务期限自{{start}}至{{end}}仅{{term}}：违约次数无法在一个完整周期内累计，累计违约上限可能永远无法触发。请改为按{{fits}}统计（period: {{fitsKey}}）。",
  },
  termShorterThanAnyPeriod: {
    en: "{{field}} is a {{period}} ({{periodLength}}), but the term from {{start}} to {{end}} lasts only {{term}}: the failures can never be counted over a whole period, so the threshold may never be reached. Lengthen the term, which is shorter than any counting period.",
    zh: "{{field}}为{{period}}（{{periodLength}}），但服务期限自{{start}}至{{end}}仅{{term}}：违约次数无法在一个完整周期内累计，累计违约上限可能永远无法触发。请延长服务期限，目前短于任何统计周期。",
  },
} as const;
type MessageId = keyof typeof MESSAGES;

/** Report about a field; every message names it as {{field}}: its path, label and clause. */
type Reporter = (path: string, messageId: MessageId, data: MessageData) => void;

export const slaConsistencyRule: Rule<MessageId> = {
  id: "sla-consistency",
  defaultSeverity: "error",
  description: {
    en: "Service levels that contradict each other or cannot be measured: a response time not shorter than the resolution time, a percentage outside 0–100, a satisfaction target above its scale, or a failure-counting period longer than the term.",
    zh: "相互矛盾或无法衡量的服务水平指标：响应时限不短于处理时限、百分比超出0–100、满意度目标高于满分，或违约累计统计周期长于服务期限。",
  },
  messages: MESSAGES,
  lint(ctx) {
    const report: Reporter = (path, messageId, data) => {
      // a field is named with its label and the clause that prints it, so a reader of the draft finds it
      const clause = ctx.tree.clauseOf(path);
      ctx.report({ messageId, data: { ...data, field: fieldName(ctx.template.schema, path, clause) }, path, ...(clause ? { clause } : {}) });
    };

    checkResponseBeforeResolution(ctx, report);
    checkPercentages(ctx, report);
    checkSatisfactionScale(ctx, report);
    checkThresholdPeriod(ctx, report);
  },
};

const durations = (n: number, unit: "minutes" | "hours"): Bilingual<string> => ({ en: duration(n, unit, "en"), zh: duration(n, unit, "zh") });

function checkResponseBeforeResolution(ctx: RuleContext, report: Reporter): void {
  const minutes = num(ctx.data, "sla.response.minutes");
  const hours = num(ctx.data, "sla.resolution.hours");
  if (minutes === undefined || hours === undefined || minutes < hours * 60) return;
  report("sla.response.minutes", "responseNotShorter", { minutes: durations(minutes, "minutes"), hours: durations(hours, "hours"), limit: durations(hours * 60, "minutes") });
}

function checkPercentages(ctx: RuleContext, report: Reporter): void {
  const found: Array<{ path: string; value: number; node: SchemaNode }> = [];
  percentages(ctx.template.schema, ctx.template.schema, ctx.given, "", found);
  for (const { path, value, node } of found) {
    // one that no percentage can state (1e15, 2.12345) has the schema's finding alone
    if ((value >= 0 && value <= 100) || scalarProblem("percent", value)) continue;
    const example = typeof node.examples?.[0] === "number" ? node.examples[0] : undefined;
    report(path, value < 0 ? "negativePercent" : "percentAbove100", {
      shown: formatPercent(value, "en"),
      example: example !== undefined ? { en: `, e.g. ${example} for ${formatPercent(example, "en")}`, zh: `，例如 ${example} 表示${formatPercent(example, "zh")}` } : "",
    });
  }
}

function checkSatisfactionScale(ctx: RuleContext, report: Reporter): void {
  const min = num(ctx.data, "sla.satisfaction.min_score");
  const max = num(ctx.data, "sla.satisfaction.scale_max");
  if (min === undefined || max === undefined || min <= max) return;
  report("sla.satisfaction.min_score", "targetAboveScale", { min, max, suggested: Math.round(max * 0.8 * 100) / 100 });
}

function checkThresholdPeriod(ctx: RuleContext, report: Reporter): void {
  const period = valueAt(ctx.data, "sla.penalty.threshold.period");
  const periodMonths = typeof period === "string" ? PERIOD_MONTHS[period] : undefined;
  const start = dealDate(valueAt(ctx.data, "term.start"));
  const end = dealDate(valueAt(ctx.data, "term.end"));
  // a term that ends on or before the day it starts is date-order's finding
  if (periodMonths === undefined || !start || !end || compareDates(end, start) <= 0) return;
  const length = termLength(start, end);
  if (!length || length.months >= periodMonths) return;
  const periodNode = fieldSchema(ctx.template.schema, "sla.penalty.threshold.period");
  const periodLabel = (p: string): Bilingual<string> => periodNode?.["x-enum-labels"]?.[p] ?? { en: p, zh: p };
  const fits = Object.entries(PERIOD_MONTHS)
    .filter(([, m]) => m <= length.months)
    .sort(([, a], [, b]) => b - a)[0]?.[0];
  const data = {
    period: periodLabel(String(period)),
    periodLength: { en: formatDuration(periodMonths, "months", "en"), zh: formatDuration(periodMonths, "months", "zh") },
    start: isoDate(start),
    end: isoDate(end),
    term: termWords(length.months, length.days),
  };
  const path = "sla.penalty.threshold.period";
  if (fits) report(path, "periodLongerThanTerm", { ...data, fits: periodLabel(fits), fitsKey: fits });
  else report(path, "termShorterThanAnyPeriod", data);
}
