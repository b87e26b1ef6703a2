import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MINI_DEAL, tempDir } from "../helpers.js";
import { runCli } from "./run-cli.js";
import { partsOf } from "../write/docx-read.js";

const ROOT = join(import.meta.dirname, "..", "..");
const FIXTURES = join(ROOT, "test", "fixtures");

const run = runCli;

function dealWith(from: string, to: string): string {
  const file = join(tempDir(), "deal.yaml");
  writeFileSync(file, readFileSync(MINI_DEAL, "utf8").replace(from, to));
  return file;
}

describe("clausewright render", () => {
  it("writes <out>/<deal name>.md and says where it wrote", async () => {
    const out = tempDir();
    const r = await run(["render", MINI_DEAL, "-o", out, "--templates", FIXTURES]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(join(out, "deal.md"));
    expect(readFileSync(join(out, "deal.md"), "utf8")).toContain("| 1.2 乙方应配备至少12名人员，每半年培训一次。 | 1.2 Party B shall staff at least 12 persons, trained every six months. |");
  });

  it("refuses a deal with a missing value: file:line:column, the field, both languages, exit 1, nothing written", async () => {
    const out = tempDir();
    const deal = dealWith("  credit_code: 91310115MA1HK7QB80\n", "");
    const r = await run(["render", deal, "-o", out, "--templates", FIXTURES]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(deal);
    expect(r.stderr).toMatch(/4:1 +error +party_a\.credit_code \(Unified Social Credit Code of Party A\) is needed but not given/);
    expect(r.stderr).toContain("party_a.credit_code（甲方统一社会信用代码）为本协议所需，但未填写");
    expect(r.stderr).toContain("--draft");
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(out)).toEqual([]);
  });

  it("with --draft renders the missing value as a placeholder with its label", async () => {
    const out = tempDir();
    const deal = dealWith("  credit_code: 91310115MA1HK7QB80\n", "");
    const r = await run(["render", deal, "-o", out, "--templates", FIXTURES, "--draft", "--layout", "stacked"]);
    expect(r.code).toBe(0);
    const md = readFileSync(join(out, "deal.md"), "utf8");
    expect(md).toContain("统一社会信用代码：【甲方统一社会信用代码】");
    expect(md).toContain("Unified Social Credit Code: \\[Unified Social Credit Code of Party A\\]");
  });

  it("--toc puts a table of contents field in the DOCX", async () => {
    const out = tempDir();
    const r = await run(["render", MINI_DEAL, "-o", out, "--templates", FIXTURES, "--draft", "--format", "docx", "--toc"]);
    expect(r.code).toBe(0);
    const document = partsOf(readFileSync(join(out, "deal.docx")))["word/document.xml"] ?? "";
    expect(document).toContain('<w:instrText xml:space="preserve"> TOC \\o "1-1" \\h');
  });

  it("reports a YAML syntax error at its line, exit 1", async () => {
    const deal = dealWith("headcount: 12", "headcount: [12");
    const r = await run(["render", deal, "-o", tempDir(), "--templates", FIXTURES]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\d+:\d+ +error +YAML syntax error/);
  });

  it("an unreadable file is exit 2 with one clear line, no stack trace", async () => {
    const r = await run(["render", join(tempDir(), "nope.yaml")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nope\.yaml: cannot read the file: no such file/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("a bad option is exit 2", async () => {
    const r = await run(["render", MINI_DEAL, "--layout", "sideways", "--templates", FIXTURES]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--layout takes parallel, stacked, zh, en");
  });
});

describe("clausewright templates and init", () => {
  it("lists the bundled templates with id, version and titles", async () => {
    const r = await run(["templates"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/customer-service +\d+\.\d+\.\d+ +\S+协议 \/ .*Agreement/);
  });

  it("init writes a skeleton that never overwrites without --force, and renders in draft mode", async () => {
    const dir = tempDir();
    const target = join(dir, "deal.yaml");
    expect((await run(["init", "customer-service", "-o", target])).code).toBe(0);
    const text = readFileSync(target, "utf8");
    expect(text.split("\n")[0]).toMatch(/^# yaml-language-server: \$schema=.*schemas\/customer-service\.schema\.json$/);
    expect(text).toContain("template: customer-service");
    expect(text).toContain("# 甲方 / Party A\nparty_a:\n");
    expect(text).toContain("  # 统一社会信用代码 / Unified Social Credit Code\n");
    const again = await run(["init", "customer-service", "-o", target]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("already exists");
    expect((await run(["init", "customer-service", "-o", target, "--force"])).code).toBe(0);
    const draft = await run(["render", target, "-o", dir, "--draft"]);
    expect(draft.code).toBe(0);
    expect(existsSync(join(dir, "deal.md"))).toBe(true);
    expect(readFileSync(join(dir, "deal.md"), "utf8")).toContain("【");
  });
});
