// The built bin, as a user and CI run it: a whole process each, so start-up, standard input and
// exit codes are those of the real thing. Everything else is tested in-process (run-cli.ts).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers.js";
import { BIN, ROOT } from "./run-cli.js";

function bin(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", input, env: { ...process.env, NO_COLOR: "1", LANG: "en_US.UTF-8", LC_ALL: "" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("the clausewright bin", () => {
  it("--version and -V print the package's version", () => {
    const version = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
    expect(bin(["--version"])).toMatchObject({ code: 0, stdout: `${version}\n` });
    expect(bin(["-V"]).stdout).toBe(`${version}\n`);
  });

  it("check passes on the repository as shipped", () => {
    const r = bin(["check"]);
    expect(r.stderr).toBe("");
    // the one warning is a sample vendor's offer that stores data in Hong Kong, there to be found
    expect(r.stdout).toMatch(/shenzhen-haiwan\.yaml\n.*warning.*data-localization\n[\s\S]*\n1 template checked: no errors, 1 warning\n$/);
    expect(r.code).toBe(0);
  });

  it("renders the sample as npm start does", () => {
    const out = tempDir();
    const r = bin(["render", "samples/customer-service.yaml", "-o", out]);
    expect(r.code).toBe(0);
    expect(existsSync(join(out, "customer-service.docx")) && existsSync(join(out, "customer-service.md"))).toBe(true);
  });

  it("render samples/ renders the deals and says it skipped the policy", () => {
    const out = tempDir();
    const r = bin(["render", "samples/", "-o", out, "--draft"]);
    expect(r.stderr).toContain("clausewright: skipped samples/policy.yaml: it is a procurement policy (kind: policy), not a deal");
    expect(r.stderr).toMatch(/rendered 5 of 5 deals into .*; skipped 1 file that is no deal/);
    expect(existsSync(join(out, "policy.md"))).toBe(false);
    expect(r.code).toBe(0);
  });

  it("lints standard input read from the process's own stdin", () => {
    const text = readFileSync(join(ROOT, "samples", "customer-service.yaml"), "utf8").replace("  min_headcount: 20", "  min_headcount: 0");
    const r = bin(["lint", "--stdin", "--format", "json"], text);
    expect(r.code).toBe(1);
    const [result] = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
    expect(result?.filePath).toBe("<stdin>");
    expect(result?.messages.map((m) => m.ruleId)).toEqual(["schema"]);
  });

  it("bad usage is one line and exit 2", () => {
    const r = bin(["render", "samples/customer-service.yaml", "--layout", "sideways"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("clausewright: --layout takes parallel, stacked, zh, en, not `sideways`\n");
  });
});
