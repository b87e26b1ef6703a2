// How the two language versions are arranged in a written agreement. On the ground floor
// because the template sees it too: a single-language document says so in its language clause.

import type { Lang } from "./bilingual.js";

export type Layout = "parallel" | "stacked" | "zh" | "en";
export const LAYOUTS: readonly Layout[] = ["parallel", "stacked", "zh", "en"];

/** The languages a layout writes: both, or the one. */
export function languagesOf(layout: Layout): Lang[] {
  return layout === "zh" ? ["zh"] : layout === "en" ? ["en"] : ["zh", "en"];
}
