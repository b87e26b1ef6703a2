import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCompare } from "../../src/cli/compare-command.js";
import { captured, ROOT, SAMPLE_POLICY, VENDORS } from "./compare-helpers.js";

const PAGE = readFileSync(join(ROOT, "docs", "compare.md"), "utf8");

describe("docs/compare.md", () => {
  it("shows the exact Markdown output of compare for the sample vendors and policy", async () => {
    // the page shows the paths as typed at the top of the repository
    expect(process.cwd(), "run the tests from the top of the repository").toBe(ROOT);
    const { stdout } = await captured(() => runCompare(VENDORS, { policy: SAMPLE_POLICY, format: "md", lang: "en" }));
    const shown = /<!-- compare output: begin -->\n\n([\s\S]*)\n<!-- compare output: end -->/.exec(PAGE)?.[1];
    expect(shown).toBe(stdout);
  });

  it("documents every key of the JSON", async () => {
    const { stdout } = await captured(() => runCompare(VENDORS, { policy: SAMPLE_POLICY, format: "json", lang: "en" }));
    const data = JSON.parse(stdout);
    const keys = new Set<string>();
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) {
        keys.add(k);
        walk(x);
      }
    };
    walk(data);
    const json = /### JSON\n\n```jsonc\n([\s\S]*?)```/.exec(PAGE)?.[1] ?? "";
    for (const k of keys) expect(json, k).toContain(`"${k}"`);
  });
});
