import { describe, expect, it } from "vitest";
import { shown } from "../../bench/processes.js";
import { met, ratio, table, type Row } from "../../bench/report.js";

const row = (what: string, value: number | null, extra: Partial<Row> = {}): Row => ({ key: what, what, value, unit: "ms", ...extra });

describe("the bench's record", () => {
  it("a ratio divides our median by the peer's and names both rows", () => {
    const r = ratio("r", "ours / pandoc", row("ours", 120), row("pandoc", 150), { goal: { comparison: "≤", limit: 0.8 } });
    expect(r.value).toBeCloseTo(0.8);
    expect(r.command).toBe("median of “ours” / median of “pandoc”");
    expect(met(r)).toBe(true);
    expect(met({ ...r, value: 0.81 })).toBe(false);
  });

  it("a missing peer gives no ratio, and no verdict", () => {
    const r = ratio("r", "ours / pandoc", row("ours", 120), row("pandoc", null), { goal: { comparison: "≤", limit: 0.8 } });
    expect(r.value).toBeNull();
    expect(met(r)).toBeNull();
    expect(table([r])).toContain("| n/a ");
  });

  it("a goal of at least is met at the limit and above", () => {
    const goal = { comparison: "≥", limit: 1.8 } as const;
    expect(met(row("speed-up", 1.8, { goal }))).toBe(true);
    expect(met(row("speed-up", 1.2, { goal }))).toBe(false);
  });

  it("shows a command as a reader types it: node, paths below the repository, globs quoted", () => {
    const spec = { command: process.execPath, args: ["/repo/dist/bundle/main.js", "render", "deals/*.yaml", "-o", "/tmp/b-1/out"] };
    expect(shown(spec, "/repo", "/tmp/b-1")).toBe("node dist/bundle/main.js render 'deals/*.yaml' -o $TMP/out");
  });
});
