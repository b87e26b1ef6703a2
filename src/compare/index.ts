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

export const COMPARE_FORMATS = ["md", "csv", "json", "xlsx"] as const;
export type CompareFormat = (typeof COMPARE_FORMATS)[number];

export function isCompareFormat(format: string): format is CompareFormat {
  return (COMPARE_FORMATS as readonly string[]).includes(format);
}

/** The comparison in a format: text for md, csv and json; bytes for xlsx. */
export async function writeComparison(comparison: Comparison, format: CompareFormat, lang: Lang): Promise<string | Uint8Array> {
  switch (format) {
    case "md":
      return comparisonMarkdown(comparison, lang);
    case "csv":
      return comparisonCsv(comparison, lang);
    case "json":
      return comparisonJson(comparison);
    case "xlsx": {
      // loaded only when asked for: exceljs is large
      const { comparisonXlsx } = await import("./xlsx.js");
      return comparisonXlsx(comparison, lang);
    }
  }
}
