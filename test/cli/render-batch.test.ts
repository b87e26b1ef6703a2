import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers.js";
import { runCli } from "./run-cli.js";

const ROOT = join(import.meta.dirname, "..", "..");
const BIN = join(ROOT, "dist", "bundle", "main.js"); // the bin of package.json
const SAMPLE = join(ROOT, "samples", "customer-service.yaml");

const run = runCli;

/** A fresh folder holding the sample twice, as a.yaml and b.yaml. */
function twoDeals(): string {
  const dir = tempDir();
  copyFileSync(SAMPLE, join(dir, "a.yaml"));
  copyFileSync(SAMPLE, join(dir, "b.yaml"));
  return dir;
}

describe("clausewright render, many deals at once", () => {
  it.each([["1"], ["2"]])("with --jobs %s: renders the good deals, reports the bad one with file:line, exits 1", async (jobs) => {
    const dir = tempDir();
    mkdirSync(join(dir, "deals", "east"), { recursive: true });
    mkdirSync(join(dir, "deals", "west"), { recursive: true });
    copyFileSync(SAMPLE, join(dir, "deals", "east", "acme.yaml"));
    copyFileSync(SAMPLE, join(dir, "deals", "west", "acme.yaml"));
    copyFileSync(SAMPLE, join(dir, "deals", "west", "beta.yaml"));
    writeFileSync(join(dir, "deals", "west", "broken.yaml"), readFileSync(SAMPLE, "utf8").replace("  min_headcount: 20", "  min_headcount: 0"));
    const r = await run(["render", "deals/**/*.yaml", "-o", "out", "--format", "md", "--jobs", jobs], dir);
    expect(r.code).toBe(1);
    // two deals named acme keep their folders; nothing is overwritten
    expect(existsSync(join(dir, "out", "east", "acme.md"))).toBe(true);
    expect(existsSync(join(dir, "out", "west", "acme.md"))).toBe(true);
    expect(existsSync(join(dir, "out", "west", "beta.md"))).toBe(true);
    expect(existsSync(join(dir, "out", "west", "broken.md"))).toBe(false);
    expect(r.stderr).toMatch(/deals\/west\/broken\.yaml\n +\d+:\d+ +error +team\.min_headcount/);
    expect(r.stderr).toContain("rendered 3 of 4 deals into out (1 failed)");
    expect(r.stdout.split("\n").filter((l) => l.includes("→"))).toHaveLength(3);
  });

  it("--format md,md writes the Markdown once", async () => {
    const dir = twoDeals();
    const r = await run(["render", "a.yaml", "-o", "out", "--format", "md,md"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("a.yaml → out/a.md\n");
    expect(readdirSync(join(dir, "out"))).toEqual(["a.md"]);
  });

  it("--quiet prints only the failures", async () => {
    const dir = twoDeals();
    const r = await run(["render", "a.yaml", "b.yaml", "-o", "out", "--format", "md", "--quiet"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("");
    expect(existsSync(join(dir, "out", "b.md"))).toBe(true);
  });

  it("a batch renders the same bytes as one deal at a time", async () => {
    const dir = twoDeals();
    expect((await run(["render", "a.yaml", "b.yaml", "-o", "batch", "--jobs", "2"], dir)).code).toBe(0);
    expect((await run(["render", "a.yaml", "-o", "single", "--jobs", "1"], dir)).code).toBe(0);
    for (const ext of ["md", "docx"]) {
      expect(readFileSync(join(dir, "batch", `a.${ext}`)).equals(readFileSync(join(dir, "single", `a.${ext}`)))).toBe(true);
      expect(readFileSync(join(dir, "batch", `b.${ext}`)).equals(readFileSync(join(dir, "single", `a.${ext}`)))).toBe(true);
    }
  });

  it.each([["1"], ["2"]])("with --jobs %s: an output folder that cannot be made is one line naming it, with what to do, before any deal; exit 2", async (jobs) => {
    const dir = twoDeals();
    writeFileSync(join(dir, "taken"), "a file where the output folder should go\n");
    const r = await run(["render", "a.yaml", "b.yaml", "-o", "taken/out", "--format", "md", "--jobs", jobs], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("clausewright: cannot write into taken/out: taken is a file, not a folder: give -o a folder that can be written to\n");
    expect(r.stdout).toBe("");
  });

  it.each([["1"], ["2"]])("with --jobs %s: the lines come in the order of the deals, on every run", async (jobs) => {
    const dir = tempDir();
    const names = ["e", "b", "a", "d", "c", "f", "h", "g"];
    const sample = readFileSync(SAMPLE, "utf8");
    for (const n of names) {
      // one refused deal among them, reported in its place
      writeFileSync(join(dir, `${n}.yaml`), n === "d" ? sample.replace("  min_headcount: 20", "  min_headcount: 0") : sample);
    }
    const r = await run(["render", "*.yaml", "-o", "out", "--format", "md", "--jobs", jobs], dir);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split("\n").map((l) => l.split(".yaml")[0])).toEqual(["a", "b", "c", "e", "f", "g", "h"]);
    expect(r.stderr).toContain("d.yaml: not rendered");
  });

  it.each([["1"], ["2"]])("with --jobs %s: a broken .clausewright.yaml stops the batch with one line at its line, exit 2", async (jobs) => {
    const dir = twoDeals();
    writeFileSync(join(dir, ".clausewright.yaml"), "rules:\n  nope-rule: off\n");
    const r = await run(["render", "a.yaml", "b.yaml", "-o", "out", "--format", "md", "--jobs", jobs], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^clausewright: .*\.clausewright\.yaml:2:3: unknown rule `nope-rule`/);
    expect(r.stderr.match(/unknown rule/g)).toHaveLength(1);
    expect(r.stderr).not.toMatch(/internal error|\n +at /);
    expect(existsSync(join(dir, "out", "a.md"))).toBe(false);
  });

  it("two deals that differ only in their extension are refused before anything is written", async () => {
    const dir = tempDir();
    copyFileSync(SAMPLE, join(dir, "a.yaml"));
    copyFileSync(SAMPLE, join(dir, "a.yml"));
    const r = await run(["render", "a.yaml", "a.yml", "-o", "out"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("clausewright: a.yaml and a.yml would both be written as out/a.*: rename one of them\n");
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it.each([["1"], ["2"]])("with --jobs %s: Ctrl-C stops the batch with exit 130, leaving whole agreements and no temporary files", async (jobs) => {
    const dir = tempDir();
    mkdirSync(join(dir, "deals"));
    for (let i = 0; i < 300; i++) copyFileSync(SAMPLE, join(dir, "deals", `d${String(i).padStart(3, "0")}.yaml`));
    const child = spawn(process.execPath, [BIN, "render", "deals/*.yaml", "-o", "out", "--jobs", jobs], { cwd: dir, env: { ...process.env, NO_COLOR: "1" } });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    // stopped once the first agreements are written, well before the last
    child.stdout.once("data", () => child.kill("SIGINT"));
    const code = await new Promise<number | null>((r) => child.on("exit", (c) => r(c)));
    expect(code).toBe(130);
    const stopped = /clausewright: stopped \(SIGINT\) after (\d+) of 300 deals/.exec(stderr);
    expect(stopped, stderr).not.toBeNull();
    const left = readdirSync(join(dir, "out"));
    expect(left.filter((f) => f.endsWith(".tmp"))).toEqual([]);
    const docx = left.filter((f) => f.endsWith(".docx"));
    expect(docx.length).toBeGreaterThan(0);
    expect(docx.length).toBeLessThan(300);
    // the count said is the count on disk, and every deal written has both its files
    expect(docx.length).toBe(Number(stopped?.[1]));
    expect(left.filter((f) => f.endsWith(".md")).sort()).toEqual(docx.map((f) => f.replace(/\.docx$/, ".md")).sort());
    // every agreement there is whole: a DOCX ends with its zip directory's end record
    for (const f of docx) {
      const bytes = readFileSync(join(dir, "out", f));
      expect(bytes.subarray(bytes.length - 22, bytes.length - 18).toString("hex")).toBe("504b0506");
    }
  });
});

