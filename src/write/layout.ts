/** How the two language versions are arranged in a written agreement. */
export type Layout = "parallel" | "stacked" | "zh" | "en";
export const LAYOUTS: readonly Layout[] = ["parallel", "stacked", "zh", "en"];
