// The words every format of the comparison uses, in both languages.

import type { Bilingual, Lang } from "../core/bilingual.js";
import type { Severity } from "../core/finding.js";
import type { Comparison, Row, Vendor } from "./compare.js";
import { formatScore } from "./compare.js";

export const WORDS = {
  title: { zh: "报价比较", en: "Comparison of offers" },
  term: { zh: "条款", en: "Term" },
  score: { zh: "得分（0–100）", en: "Score (0–100)" },
  rank: { zh: "排名", en: "Rank" },
  ranking: { zh: "排名", en: "Ranking" },
  notes: { zh: "违反采购政策的情形", en: "Policy breaches" },
  disqualified: { zh: "不合格", en: "disqualified" },
  notGiven: { zh: "—", en: "—" },
  lower: { zh: "越低越好", en: "lower is better" },
  higher: { zh: "越高越好", en: "higher is better" },
  weight: { zh: "权重", en: "weight" },
  policy: { zh: "采购政策", en: "Policy" },
  findings: { zh: "问题", en: "Findings" },
  vendor: { zh: "供应商", en: "Vendor" },
  file: { zh: "文件", en: "File" },
  line: { zh: "行", en: "Line" },
  column: { zh: "列", en: "Column" },
  field: { zh: "字段", en: "Field" },
  severity: { zh: "严重程度", en: "Severity" },
  rule: { zh: "规则", en: "Rule" },
  message: { zh: "说明", en: "Message" },
  note: { zh: "注", en: "Note" },
  leftOut: { zh: "未纳入比较", en: "left out of the comparison" },
  leftOutHeading: { zh: "未纳入比较的交易文件", en: "Left out of the comparison" },
  legend: {
    zh: "✓ 标出该条款的最优报价（并列最优均标出；各方报价相同或只有一方报价时不标）。↑ 越高越好，↓ 越低越好。— 表示未约定。",
    en: "✓ marks the best offer on a term (every offer tied for best is marked; nothing is marked when the offers are all equal or only one gives the term). ↑ higher is better, ↓ lower is better. — means not given.",
  },
  legendPolicy: { zh: "⚠ 表示违反采购政策，见注。", en: "⚠ means the offer breaks the policy: see the notes." },
  scoring: {
    zh: "得分：每项条款按报价在最差（0）与最优（1）之间的位置计分，乘以该条款的权重（政策未规定的为1），加总后折算为0–100；未约定的条款计0分。违反严重程度为 error 的政策规则的供应商为不合格，不参与排名。",
    en: "Score: on each term an offer scores where it lies between the worst (0) and the best (1) offer, times the term's weight (1 unless the policy gives one); the sum is scaled to 0–100, and a term not given scores 0. A vendor that breaks a policy rule of severity error is disqualified and not ranked.",
  },
} as const satisfies Record<string, Bilingual<string>>;

export const SEVERITY: Record<Severity, Bilingual<string>> = {
  error: { zh: "错误", en: "error" },
  warning: { zh: "警告", en: "warning" },
};

/** The legend: the marks, and with a policy the flag. */
export function legendText(comparison: Comparison, lang: Lang): string {
  return comparison.policy ? `${WORDS.legend[lang]}${lang === "zh" ? "" : " "}${WORDS.legendPolicy[lang]}` : WORDS.legend[lang];
}

/** A row's heading: its label, the better direction, and with a policy its weight. */
export function rowHeading(row: Row, lang: Lang): string {
  const arrow = row.better === "lower" ? " ↓" : row.better === "higher" ? " ↑" : "";
  const weight = row.weight !== undefined ? (lang === "zh" ? `（权重${row.weight}）` : ` (weight ${row.weight})`) : "";
  return `${row.label[lang]}${arrow}${weight}`;
}

/** A vendor's place in the ranking as shown in the Rank row: its rank, or "disqualified". */
export function rankText(vendor: Vendor, lang: Lang): string {
  if (vendor.disqualified) return WORDS.disqualified[lang];
  return vendor.rank === undefined ? WORDS.notGiven[lang] : String(vendor.rank);
}

export function scoreText(vendor: Vendor): string {
  return formatScore(vendor.score);
}

/** The heading line: "Comparison of offers: <template title>". */
export function titleText(comparison: Comparison, lang: Lang): string {
  return lang === "zh" ? `${WORDS.title.zh}：${comparison.template.title.zh}` : `${WORDS.title.en}: ${comparison.template.title.en}`;
}

/** "Response time must be at most 30 minutes (error; samples/policy.yaml:7)". */
export function noteText(comparison: Comparison, note: Comparison["notes"][number], lang: Lang): string {
  const where = comparison.policy ? `${comparison.policy.file}:${note.rule.position.line}` : "";
  const sev = SEVERITY[note.severity][lang];
  return lang === "zh" ? `${note.message.zh}（${sev}；${where}）` : `${note.message.en} (${sev}; ${where})`;
}
