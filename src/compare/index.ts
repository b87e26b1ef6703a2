// compare: several vendors' offers for one agreement, side by side, against a policy.

import type { Lang } from "../core/bilingual.js";
import type { Comparison } from "./compare.js";
import { comparisonCsv } from "./csv.js";
import { comparisonJson } from "./json.js";
import { comparisonMarkdown } from "./markdown.js";

export { collectDeals, type CollectOptions, type Collected } from "./collect.js";
export {
  compareDeals,
  comparableTerms,
  formatScore,
  markBest,
  rankScores,
  ranking,
  termPoints,
  type Cell,
  type Comparison,
  type CompareInput,
  type Excluded,
  type Note,
  type Row,
  type Vendor,
  type VendorBreach,
} from "./compare.js";
export { comparisonCsv } from "./csv.js";
export { comparisonJson, comparisonJsonData, type ComparisonJson } from "./json.js";
export { comparisonMarkdown } from "./markdown.js";

/** Writes the comparison in one format: text for md, csv and json; bytes for xlsx. */
export type ComparisonWriter = (comparison: Comparison, lang: Lang) => string | Uint8Array | Promise<string | Uint8Array>;

/** One writer per format, chosen by key, as the lint reporters are (REPORTERS). */
export const COMPARISON_WRITERS = {
  md: comparisonMarkdown,
  csv: comparisonCsv,
  // JSON carries both languages: --lang does not change it
  json: (comparison) => comparisonJson(comparison),
  // loaded only when asked for: exceljs is large
  xlsx: async (comparison, lang) => (await import("./xlsx.js")).comparisonXlsx(comparison, lang),
} as const satisfies Record<string, ComparisonWriter>;

export type CompareFormat = keyof typeof COMPARISON_WRITERS;

export const COMPARE_FORMATS = Object.keys(COMPARISON_WRITERS) as readonly CompareFormat[];

export function isCompareFormat(format: string): format is CompareFormat {
  return Object.hasOwn(COMPARISON_WRITERS, format);
}

/** The comparison in a format: text for md, csv and json; bytes for xlsx. */
export async function writeComparison(comparison: Comparison, format: CompareFormat, lang: Lang): Promise<string | Uint8Array> {
  return COMPARISON_WRITERS[format](comparison, lang);
}
