// `clausewright review`: lint's reporters over the findings, lint's exit codes (1 when errors,
// 2 when the tool cannot do its job, in one line that names the file), -o written whole.

import { copyFileSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers.js";
import { returnedFile, sampleDocx, SAMPLE } from "../review/returned-docx.js";
import { SAMPLE_RETURNED } from "../review/sample-returned.js";
import { runCli } from "./run-cli.js";

describe("clausewright review", () => {
  it("lists the deviations of the sample returned file and exits 1 for its errors", async () => {
    const r = await runCli(["review", SAMPLE_RETURNED, "--deal", SAMPLE]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("clause 2.2 was changed in the English version only");
    expect(r.stdout).toMatch(/✖ 7 problems \(2 errors, 5 warnings\)/);
  });

  it("exits 0 with no output for a file returned as it was sent", async () => {
    const r = await runCli(["review", returnedFile(await sampleDocx()), "--deal", SAMPLE]);
    expect(r).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("writes JSON and SARIF through lint's reporters, SARIF listing the review rules", async () => {
    const json = await runCli(["review", SAMPLE_RETURNED, "--deal", SAMPLE, "--format", "json"]);
    const [result] = JSON.parse(json.stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
    expect(result?.messages.map((m) => m.ruleId)).toContain("one-language-edit");
    const out = join(tempDir(), "review.sarif");
    const sarif = await runCli(["review", SAMPLE_RETURNED, "--deal", SAMPLE, "--format", "sarif", "-o", out]);
    expect(sarif.code).toBe(1);
    const log = JSON.parse(readFileSync(out, "utf8")) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string; helpUri?: string }> } }; automationDetails: { id: string } }> };
    // code scanning files a review's results apart from a lint's: one upload does not replace the other
    expect(log.runs[0]?.automationDetails.id).toBe("clausewright/review/");
    const rules = log.runs[0]?.tool.driver.rules ?? [];
    expect(rules.map((r) => r.id)).toContain("conspicuous-edit");
    expect(rules.find((r) => r.id === "conspicuous-edit")?.helpUri).toMatch(/docs\/review\.md#conspicuous-edit$/);
  });

  it("exits 2 with one located line for a file that is no DOCX, and writes no report", async () => {
    const out = join(tempDir(), "report.txt");
    const r = await runCli(["review", SAMPLE, "--deal", SAMPLE, "-o", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`clausewright: ${SAMPLE}: not a DOCX file (it is not a ZIP package): give the agreement as Word saved it (.docx), not a .doc, PDF or other file\n`);
    expect(existsSync(out)).toBe(false);
  });

  it("exits 2 when the deal is not given, or the format is not one review writes", async () => {
    const noDeal = await runCli(["review", SAMPLE_RETURNED]);
    expect(noDeal.code).toBe(2);
    expect(noDeal.stderr).toMatch(/review needs the deal .*--deal deal\.yaml\n$/);
    const format = await runCli(["review", SAMPLE_RETURNED, "--deal", SAMPLE, "--format", "github"]);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain("--format takes stylish, json, sarif");
  });

  it("writes the deal with the values read back, every other line as it was, and the written deal lints", async () => {
    const out = join(tempDir(), "accepted.yaml");
    const r = await runCli(["review", SAMPLE_RETURNED, "--deal", SAMPLE, "--write-deal", out]);
    expect([r.code, r.stderr]).toEqual([1, ""]);
    const [before, after] = [readFileSync(SAMPLE, "utf8").split("\n"), readFileSync(out, "utf8").split("\n")];
    const changed = after.flatMap((line, i) => (line === before[i] ? [] : [[before[i], line]]));
    expect(changed).toEqual([["      amount: 5000              # or: percent_of_monthly_fee: 2", "      amount: 2000              # or: percent_of_monthly_fee: 2"]]);
    expect(after.length).toBe(before.length);
    const lint = await runCli(["lint", out]);
    expect(lint.code).toBe(0);
  });

  it("refuses to overwrite the deal it compares with, however the path is spelt, and writes nothing", async () => {
    const dir = tempDir();
    const deal = join(dir, "deal.yaml");
    copyFileSync(SAMPLE, deal);
    const r = await runCli(["review", SAMPLE_RETURNED, "--deal", deal, "--write-deal", join(dir, ".", "deal.yaml")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--write-deal .* is the deal the returned file is compared with: give a new file/);
    expect(r.stdout).toBe("");
    expect(readFileSync(deal, "utf8")).toBe(readFileSync(SAMPLE, "utf8"));
  });
});
