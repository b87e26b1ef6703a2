import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lint, renderAgreement } from "../../src/index.js";
import { runCli } from "../cli/run-cli.js";
import { tempDir } from "../helpers.js";
import { lineHolding, loadCases, SAMPLE, writeCase } from "./corpus.js";

// What no output of the tool may ever hold: a value JavaScript printed for want of a check.
const GARBAGE = /\[object Object\]|NaN|Infinity|internal error/;

describe("hostile inputs", () => {
  it.each(loadCases().map((c) => [c.name, c] as const))("%s", async (_, c) => {
    const dir = tempDir();
    const { deal, text, bytes } = writeCase(c, dir);
    const fill = (a: string): string => a.replace("{deal}", deal).replace("{dir}", dir).replace("{out}", join(dir, "out")).replace("{sample}", SAMPLE);
    const argv = (c.argv ?? ["lint", "{deal}"]).map(fill);
    // a Node `Warning:` on the terminal is output the tool did not mean to give
    const warnings: string[] = [];
    const onWarning = (w: Error): void => void warnings.push(w.message);
    process.on("warning", onWarning);
    const r = await runCli(argv, dir, c.stdin ? bytes : "").finally(() => process.off("warning", onWarning));
    expect(warnings).toEqual([]);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(GARBAGE);
    expect(r.code, r.stderr).toBe(c.expect.exit);
    if (c.expect.exit === 2) {
      // one located line: the tool's error names the file it could not use
      const lines = r.stderr.trim().split("\n");
      expect(lines, r.stderr).toHaveLength(1);
      for (const words of c.expect.says ?? []) expect(r.stderr).toContain(fill(words));
    }
    if (c.expect.rule) {
      const run = await lint([deal], c.template ? { templates: [dir] } : {});
      const findings = run.results.flatMap((x) => x.findings);
      for (const f of findings) expect(`${f.message.en} ${f.message.zh}`).not.toMatch(GARBAGE);
      const line = c.expect.line ?? (c.expect.at ? lineHolding(text, c.expect.at) : undefined);
      const found = findings.find((f) => f.ruleId === c.expect.rule && (line === undefined || f.line === line) && (!c.expect.severity || f.severity === c.expect.severity));
      expect(found, JSON.stringify(findings.map((f) => [f.ruleId, f.line, f.message.en]))).toBeDefined();
      for (const words of c.expect.says ?? []) expect(found?.message.en).toContain(words);
      expect(found?.message.zh).toMatch(/[\u4e00-\u9fff]/);
      for (const rule of c.expect.not ?? []) expect(findings.filter((f) => f.ruleId === rule).map((f) => f.message.en)).toEqual([]);
    }
    if (c.expect.draftShows || c.expect.draftHides) {
      const draft = await renderAgreement(deal, { draft: true, formats: ["md"] });
      const md = String(draft.outputs.md);
      expect(md).not.toMatch(GARBAGE);
      for (const s of c.expect.draftShows ?? []) expect(md).toContain(s);
      for (const s of c.expect.draftHides ?? []) expect(md).not.toContain(s);
    }
  });
});
