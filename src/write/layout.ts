import type { Lang } from "../core/bilingual.js";

/** How the two language versions are arranged in a written agreement. */
export type Layout = "parallel" | "stacked" | "zh" | "en";
export const LAYOUTS: readonly Layout[] = ["parallel", "stacked", "zh", "en"];

/** The language versions a layout writes. */
export function languagesOf(layout: Layout): Lang[] {
  return layout === "zh" ? ["zh"] : layout === "en" ? ["en"] : ["zh", "en"];
}
