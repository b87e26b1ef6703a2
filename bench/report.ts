/** The benchmark's record: each figure with its unit, runs, command and target; as a table and as JSON. */
import type { Summary } from "./stats.js";

export interface Goal {
  comparison: "≤" | "≥";
  limit: number;
}

export interface Row {
  /** A key for results.json. */
  key: string;
  what: string;
  value: number | null;
  unit: string;
  p90?: number;
  runs?: number;
  /** What ran, as a reader would type it; a ratio names the two rows it divides. */
  command?: string;
  detail?: string;
  goal?: Goal;
}

/** A heading row of the table. */
export interface Section {
  section: string;
}

export type Line = Row | Section;

export const fromSummary = (key: string, what: string, s: Summary, unit: string, command: string, extra: Partial<Row> = {}): Row => ({
  key,
  what,
  value: s.median,
  unit,
  ...(s.runs >= 5 ? { p90: s.p90 } : {}),
  runs: s.runs,
  command,
  ...extra,
});

export const met = (row: Row): boolean | null => {
  if (!row.goal || row.value === null) return null;
  return row.goal.comparison === "≤" ? row.value <= row.goal.limit : row.value >= row.goal.limit;
};

const digits = (unit: string, v: number): number => (unit === "×" ? 2 : unit === "MB" ? 0 : v >= 100 ? 1 : 2);
const show = (v: number | null, unit: string): string => (v === null ? "n/a" : `${v.toFixed(digits(unit, v))} ${unit}`);

export function table(lines: readonly Line[]): string {
  const head = ["Measure", "Median", "Detail", "Goal"];
  const rows = lines.map((l): string[] => {
    if ("section" in l) return [`**${l.section}**`, "", "", ""];
    const detail = [l.p90 !== undefined ? `p90 ${show(l.p90, l.unit)}` : "", l.detail ?? ""].filter(Boolean).join("; ");
    const m = met(l);
    const goal = l.goal ? `${l.goal.comparison} ${l.goal.limit} ${l.unit} ${m === null ? "–" : m ? "✓" : "✗"}` : "";
    return [l.what, show(l.value, l.unit), detail, goal];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [line(head), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

/** Each figure's command, numbered in the table's order. */
export function commands(lines: readonly Line[]): string {
  return lines
    .filter((l): l is Row => !("section" in l) && l.command !== undefined)
    .map((l) => `- ${l.what}: ${l.command}`)
    .join("\n");
}

/** Figures rounded to what the clock can tell apart, so results.json reads well. */
export function roundReplacer(_key: string, value: unknown): unknown {
  return typeof value === "number" && !Number.isInteger(value) ? Math.round(value * 1000) / 1000 : value;
}

/** Issue 18's goals: a ratio to the peer measured in the same run, or a figure per deal. */
export const GOALS = {
  coldDocxOverPandoc: { comparison: "≤", limit: 0.8 },
  coldDefaultOverPandoc: { comparison: "≤", limit: 0.8 },
  coldLintOverNode: { comparison: "≤", limit: 1.8 },
  warmRenderDealMs: { comparison: "≤", limit: 3 },
  batchCpuPerDealMs: { comparison: "≤", limit: 4 },
  threadSpeedUp: { comparison: "≥", limit: 1.8 },
} as const satisfies Record<string, Goal>;

/** The ratio of two rows' medians, naming both. */
export const ratio = (key: string, what: string, a: Row, b: Row, extra: Partial<Row> = {}): Row => ({
  key,
  what,
  value: a.value !== null && b.value !== null ? a.value / b.value : null,
  unit: "×",
  command: `median of “${a.what}” / median of “${b.what}”`,
  ...extra,
});
