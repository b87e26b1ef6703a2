import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers.js";
import { runCli } from "./run-cli.js";

const ROOT = join(import.meta.dirname, "..", "..");
const SAMPLE = join(ROOT, "samples", "customer-service.yaml");

const run = runCli;

/** A folder holding the sample with one change, and optionally a config beside it. */
function dealFolder(from: string, to: string, config?: string): { dir: string; file: string } {
  const dir = tempDir();
  const file = join(dir, "deal.yaml");
  const text = readFileSync(SAMPLE, "utf8");
  if (!text.includes(from)) throw new Error(`sample has no ${from}`);
  writeFileSync(file, text.replace(from, to));
  if (config) writeFileSync(join(dir, ".clausewright.yaml"), config);
  return { dir, file };
}

describe("clausewright lint", () => {
  it("a clean deal: exit 0, nothing to say", async () => {
    const r = await run(["lint", SAMPLE]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  it("an error: exit 1, stylish line with line:column, severity, message, rule", async () => {
    const { file } = dealFolder("  min_headcount: 20", "  min_headcount: 0");
    const r = await run(["lint", file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(file);
    expect(r.stdout).toMatch(/\n  \d+:\d+ +error +team\.min_headcount .*must be at least 1.* +schema\n/);
    expect(r.stdout).toMatch(/✖ 1 problem \(1 error, 0 warnings\)/);
  });

  it("messages in Chinese with --lang zh", async () => {
    const { file } = dealFolder("  min_headcount: 20", "  min_headcount: 0");
    const r = await run(["lint", file, "--lang", "zh"]);
    expect(r.stdout).toContain("应不小于 1");
    expect(r.stdout).toContain("个问题");
  });

  it("warnings pass, unless there are more than --max-warnings", async () => {
    const { file } = dealFolder("availability_percent: 99.5", "availability_percent: 100");
    const r = await run(["lint", file]);
    expect(r.stdout).toMatch(/warning +.*availability-100/);
    expect(r.code).toBe(0);
    expect((await run(["lint", file, "--max-warnings", "0"])).code).toBe(1);
  });

  it("a .clausewright.yaml beside the deal turns a rule off or changes its severity", async () => {
    const off = dealFolder("availability_percent: 99.5", "availability_percent: 100", "rules:\n  availability-100: off\n");
    expect((await run(["lint", off.file, "--max-warnings", "0"])).stdout).not.toContain("availability-100");
    const raised = dealFolder("availability_percent: 99.5", "availability_percent: 100", "rules:\n  availability-100: error\n");
    const r = await run(["lint", raised.file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error +.*availability-100/);
  });

  it("a config naming an unknown rule is exit 2 at its line", async () => {
    const { file, dir } = dealFolder("availability_percent: 99.5", "availability_percent: 99.5", "rules:\n  availabilty-100: off\n");
    const r = await run(["lint", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(dir, ".clausewright.yaml")}:2:3: unknown rule \`availabilty-100\``);
  });

  it("json: ESLint's shape", async () => {
    const { file } = dealFolder("  min_headcount: 20", "  min_headcount: 0");
    const r = await run(["lint", file, SAMPLE, "--format", "json"]);
    const results = JSON.parse(r.stdout) as Array<{ filePath: string; errorCount: number; warningCount: number; messages: Array<{ ruleId: string; severity: number; line: number; column: number; message: string }> }>;
    expect(results.map((x) => x.filePath)).toEqual([file, SAMPLE]);
    expect(results[0]).toMatchObject({ errorCount: 1, warningCount: 0, messages: [{ ruleId: "schema", severity: 2 }] });
    expect(results[1]).toMatchObject({ errorCount: 0, messages: [] });
  });

  it("globs and folders are expanded; a missing file is exit 2", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "deals", "2027"), { recursive: true });
    copyFileSync(SAMPLE, join(dir, "deals", "2027", "a.yaml"));
    copyFileSync(SAMPLE, join(dir, "deals", "b.yaml"));
    const r = await run(["lint", "deals/**/*.yaml", "--format", "json"], dir);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(2);
    expect((await run(["lint", "deals"], dir)).code).toBe(0);
    expect((await run(["lint", "nope.yaml"], dir)).code).toBe(2);
    expect((await run(["lint", "nothing/**/*.yaml"], dir)).code).toBe(2);
  });

  it("--policy reports each breach under the rule `policy`, at the deal's line; a config's `policy:` does the same", async () => {
    const vendor = join(ROOT, "samples", "vendors", "shenzhen-haiwan.yaml");
    expect((await run(["lint", vendor])).code).toBe(0);
    const r = await run(["lint", vendor, "--policy", join(ROOT, "samples", "policy.yaml")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/\n  \d+:\d+ +error +.* +policy\n/);
    const dir = tempDir();
    copyFileSync(vendor, join(dir, "deal.yaml"));
    copyFileSync(join(ROOT, "samples", "policy.yaml"), join(dir, "company-policy.yaml"));
    writeFileSync(join(dir, ".clausewright.yaml"), "policy: company-policy.yaml\n");
    const viaConfig = await run(["lint", join(dir, "deal.yaml")]);
    expect(viaConfig.code).toBe(1);
    expect(viaConfig.stdout).toContain("policy");
  });

  it("--quiet reports errors only; the warnings still count for --max-warnings", async () => {
    const { file } = dealFolder("availability_percent: 99.5", "availability_percent: 100");
    const quiet = await run(["lint", file, "--quiet"]);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toBe("");
    expect((await run(["lint", file, "--quiet", "--max-warnings", "0"])).code).toBe(1);
  });
});

describe("clausewright lint, many deals on worker threads", () => {
  /** Six deals: clean, with an error, with a warning, unreadable YAML, and two more clean ones. */
  function batch(): string {
    const dir = tempDir();
    mkdirSync(join(dir, "deals"));
    const sample = readFileSync(SAMPLE, "utf8");
    writeFileSync(join(dir, "deals", "a-clean.yaml"), sample);
    writeFileSync(join(dir, "deals", "b-error.yaml"), sample.replace("  min_headcount: 20", "  min_headcount: 0"));
    writeFileSync(join(dir, "deals", "c-warning.yaml"), sample.replace("availability_percent: 99.5", "availability_percent: 100"));
    writeFileSync(join(dir, "deals", "d-broken.yaml"), "template: customer-service\nparty_a: [unclosed\n");
    writeFileSync(join(dir, "deals", "e-clean.yaml"), sample);
    writeFileSync(join(dir, "deals", "f-clean.yaml"), sample);
    return dir;
  }

  it("--jobs 2 gives the report of --jobs 1, byte for byte, in the order of the files", async () => {
    const dir = batch();
    for (const format of ["stylish", "json"]) {
      const one = await run(["lint", "deals/*.yaml", "--format", format, "--jobs", "1"], dir);
      const two = await run(["lint", "deals/*.yaml", "--format", format, "--jobs", "2"], dir);
      expect(two.code).toBe(1);
      expect(two.code).toBe(one.code);
      expect(two.stdout).toBe(one.stdout);
      expect(two.stderr).toBe(one.stderr);
    }
    const report = await run(["lint", "deals/*.yaml", "--format", "json", "--jobs", "2"], dir);
    const files = (JSON.parse(report.stdout) as { filePath: string }[]).map((r) => r.filePath.split("/").pop());
    expect(files).toEqual(["a-clean.yaml", "b-error.yaml", "c-warning.yaml", "d-broken.yaml", "e-clean.yaml", "f-clean.yaml"]);
  });

  it("a deal that cannot be read is exit 2, named; the others are still linted", async () => {
    const dir = batch();
    const r = await run(["lint", "deals/*.yaml", "missing.yaml", "--jobs", "2"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("missing.yaml");
    expect(r.stdout).toContain("b-error.yaml");
    expect(r.stdout).toMatch(/error +team\.min_headcount/);
  });

  it("a policy file that cannot be read is one line and exit 2 on worker threads too", async () => {
    const dir = batch();
    for (const jobs of ["1", "2"]) {
      const r = await run(["lint", "deals/*.yaml", "--policy", "nope.yaml", "--jobs", jobs], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`clausewright: ${join(dir, "nope.yaml")}: cannot read the policy file: no such file\n`);
    }
  });

  it("--jobs takes a whole number", async () => {
    const r = await run(["lint", SAMPLE, "--jobs", "two"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--jobs takes a whole number of at least 1, not `two`");
  });
});

describe("clausewright lint --stdin, as an editor runs it on an unsaved buffer", () => {
  const broken = readFileSync(SAMPLE, "utf8").replace("  min_headcount: 20", "  min_headcount: 0");

  it("lints the text on standard input, reported as <stdin> at its line", async () => {
    const r = await run(["lint", "--stdin"], ROOT, broken);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^<stdin>\n +\d+:\d+ +error +team\.min_headcount/);
    expect((await run(["lint", "--stdin"], ROOT, readFileSync(SAMPLE, "utf8"))).code).toBe(0);
  });

  it("--stdin-filename names it in the report and finds the .clausewright.yaml beside that file", async () => {
    const { dir } = dealFolder("  min_headcount: 20", "  min_headcount: 20", "rules:\n  availability-100: off\n");
    const buffer = readFileSync(SAMPLE, "utf8").replace("availability_percent: 99.5", "availability_percent: 100");
    const json = await run(["lint", "--stdin", "--stdin-filename", "deal.yaml", "--format", "json"], dir, buffer);
    expect(json.code).toBe(0);
    const [result] = JSON.parse(json.stdout) as { filePath: string; warningCount: number }[];
    expect(result?.filePath).toBe(join(dir, "deal.yaml"));
    // the config beside deal.yaml turned the warning off; without it the warning is there
    expect(result?.warningCount).toBe(0);
    expect((await run(["lint", "--stdin"], ROOT, buffer)).stdout).toMatch(/warning +.*availability-100/);
  });

  it("files and --stdin together, or neither, is exit 2 with what to do", async () => {
    const both = await run(["lint", SAMPLE, "--stdin"], ROOT, broken);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("give deal files or --stdin, not both");
    const neither = await run(["lint"], ROOT);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toContain("or --stdin to read one from standard input");
    const nameOnly = await run(["lint", SAMPLE, "--stdin-filename", "x.yaml"], ROOT);
    expect(nameOnly.code).toBe(2);
    expect(nameOnly.stderr).toContain("add --stdin");
  });
});
