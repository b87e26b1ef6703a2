import { valueAt } from "../../load/value-at.js";
import type { Bilingual } from "../../core/bilingual.js";
import { formatDuration, formatPercent } from "../../format/index.js";
import { deref, fieldLabel, fieldSchema, propertiesOf, type SchemaNode } from "../../template/schema.js";
import { compareDates, dealDate, isoDate, termLength } from "../calendar.js";
import { clauseName, clauseOf } from "../clause-of.js";
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

/** Report about a field; `message` receives the field's name: its path, label and clause. */
type Reporter = (path: string, message: (field: Bilingual<string>) => Bilingual<string>) => void;

export const slaConsistencyRule: Rule = {
  id: "sla-consistency",
  defaultSeverity: "error",
  description: {
    en: "Service levels that contradict each other or cannot be measured: a response time not shorter than the resolution time, a percentage outside 0–100, a satisfaction target above its scale, or a failure-counting period longer than the term.",
    zh: "相互矛盾或无法衡量的服务水平指标：响应时限不短于处理时限、百分比超出0–100、满意度目标高于满分，或违约累计统计周期长于服务期限。",
  },
  check(ctx) {
    const schema = ctx.template.schema;
    // a field is named with its label and the clause that prints it, so a reader of the draft finds it
    const named = (path: string, clause: string | undefined): Bilingual<string> => {
      const label = { en: fieldLabel(schema, path, "en"), zh: fieldLabel(schema, path, "zh") };
      const name = clause ? clauseName(clause) : undefined;
      return { en: `${path} (${label.en}${name ? `, ${name.en}` : ""})`, zh: `${path}（${label.zh}${name ? `，${name.zh}` : ""}）` };
    };
    const report: Reporter = (path, message) => {
      const clause = clauseOf(ctx.agreement, path);
      ctx.report({ path, message: message(named(path, clause)), ...(clause ? { clause } : {}) });
    };

    checkResponseBeforeResolution(ctx, report);
    checkPercentages(ctx, report);
    checkSatisfactionScale(ctx, report);
    checkThresholdPeriod(ctx, report);
  },
};

function checkResponseBeforeResolution(ctx: RuleContext, report: Reporter): void {
  const minutes = num(ctx.data, "sla.response.minutes");
  const hours = num(ctx.data, "sla.resolution.hours");
  if (minutes === undefined || hours === undefined || minutes < hours * 60) return;
  const limit = hours * 60;
  report("sla.response.minutes", (f) => ({
    en: `${f.en} is ${duration(minutes, "minutes", "en")}, not shorter than the resolution time of ${duration(hours, "hours", "en")} (${duration(limit, "minutes", "en")}, sla.resolution.hours): a request would have to be resolved before it is even answered. Write a response time under ${duration(limit, "minutes", "en")} (e.g. 15), or lengthen the resolution time.`,
    zh: `${f.zh}为${duration(minutes, "minutes", "zh")}，不短于处理时限${duration(hours, "hours", "zh")}（${duration(limit, "minutes", "zh")}，sla.resolution.hours）：请求将须在响应之前就处理完毕。请将响应时限改为少于${duration(limit, "minutes", "zh")}（例如15分钟），或延长处理时限。`,
  }));
}

function checkPercentages(ctx: RuleContext, report: Reporter): void {
  const found: Array<{ path: string; value: number; node: SchemaNode }> = [];
  percentages(ctx.template.schema, ctx.template.schema, ctx.data, "", found);
  for (const { path, value, node } of found) {
    if (value >= 0 && value <= 100) continue;
    const example = typeof node.examples?.[0] === "number" ? node.examples[0] : undefined;
    const shown = formatPercent(value, "en");
    report(path, (f) => ({
      en: `${f.en} is ${shown}: a percentage ${value < 0 ? "cannot be negative" : "cannot exceed 100"}. Write the percentage as a number from 0 to 100 without the % sign${example !== undefined ? `, e.g. ${example} for ${formatPercent(example, "en")}` : ""}.`,
      zh: `${f.zh}为${shown}：百分比${value < 0 ? "不能为负数" : "不能超过100%"}。请填写0到100之间的数字，不带%号${example !== undefined ? `，例如 ${example} 表示${formatPercent(example, "zh")}` : ""}。`,
    }));
  }
}

function checkSatisfactionScale(ctx: RuleContext, report: Reporter): void {
  const min = num(ctx.data, "sla.satisfaction.min_score");
  const max = num(ctx.data, "sla.satisfaction.scale_max");
  if (min === undefined || max === undefined || min <= max) return;
  report("sla.satisfaction.min_score", (f) => ({
    en: `${f.en} is ${min}, above the top of the scale, ${max} (sla.satisfaction.scale_max): no survey can ever meet it, so Party B would fail every period. Lower the target to at most ${max} (e.g. ${Math.round(max * 0.8 * 100) / 100}, 80% of the scale) or correct the scale.`,
    zh: `${f.zh}为${min}，高于满分${max}（sla.satisfaction.scale_max）：任何调查结果都无法达到，乙方将每期都不达标。请将目标降至不超过${max}（例如满分的80%即${Math.round(max * 0.8 * 100) / 100}），或更正满分。`,
  }));
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
  const pl = periodLabel(String(period));
  const term = termWords(length.months, length.days);
  const fits = Object.entries(PERIOD_MONTHS)
    .filter(([, m]) => m <= length.months)
    .sort(([, a], [, b]) => b - a)[0]?.[0];
  const fix: Bilingual<string> = fits
    ? { en: `Count failures per ${periodLabel(fits).en} instead (period: ${fits})`, zh: `请改为按${periodLabel(fits).zh}统计（period: ${fits}）` }
    : { en: "Lengthen the term, which is shorter than any counting period", zh: "请延长服务期限，目前短于任何统计周期" };
  report("sla.penalty.threshold.period", (f) => ({
    en: `${f.en} is a ${pl.en} (${formatDuration(periodMonths, "months", "en")}), but the term from ${isoDate(start)} to ${isoDate(end)} lasts only ${term.en}: the failures can never be counted over a whole period, so the threshold may never be reached. ${fix.en}.`,
    zh: `${f.zh}为${pl.zh}（${formatDuration(periodMonths, "months", "zh")}），但服务期限自${isoDate(start)}至${isoDate(end)}仅${term.zh}：违约次数无法在一个完整周期内累计，累计违约上限可能永远无法触发。${fix.zh}。`,
  }));
}
