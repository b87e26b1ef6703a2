import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCompare } from "../../src/cli/compare-command.js";
import { ToolError } from "../../src/core/errors.js";
import { MINI_DEAL, tempDir } from "../helpers.js";
import { captured, SAMPLE_POLICY, supplier, VENDORS, writeDeals, writePolicy } from "./compare-helpers.js";

const FIXTURES = join(import.meta.dirname, "..", "fixtures");

describe("runCompare", () => {
  it("prints the Markdown table of the sample vendors against the sample policy; exit 0", async () => {
    const { result, stdout, stderr } = await captured(() => runCompare(VENDORS, { policy: SAMPLE_POLICY, format: "md", lang: "en" }));
    expect(stderr).toBe("");
    expect(result).toBe(0);
    expect(stdout).toMatch(/^# Comparison of offers: Customer Service Outsourcing and Team Building Agreement\n/);
    expect(stdout).toContain("| Term | Chengdu Jincheng Call Centre Services Co., Ltd. | Hangzhou Yunxiu Customer Service Co., Ltd. | Shenzhen Haiwan Contact Centre Co., Ltd. |");
    expect(stdout).toContain("| **Rank** | 2 | 1 | disqualified ⚠ |");
  });

  it("takes a folder of deals, as lint does", async () => {
    const { result, stdout } = await captured(() => runCompare([dirname(VENDORS[0] ?? "")], { format: "csv", lang: "zh" }));
    expect(result).toBe(0);
    expect(stdout.split("\r\n")[0]).toBe("\uFEFF条款,成都锦程呼叫中心服务有限公司,杭州云岫客户服务有限公司,深圳海湾联络中心有限公司");
  });

  it("writes -o whole, and nothing on stdout", async () => {
    const dir = tempDir();
    const out = join(dir, "sub", "offers.json");
    const { result, stdout } = await captured(() => runCompare(VENDORS, { policy: SAMPLE_POLICY, format: "json", lang: "en", out }));
    expect(result).toBe(0);
    expect(stdout).toBe("");
    expect(JSON.parse(readFileSync(out, "utf8")).vendors).toHaveLength(3);
    expect(readdirSync(join(dir, "sub"))).toEqual(["offers.json"]);
  });

  it("writes xlsx to -o, and refuses xlsx to stdout (exit 2)", async () => {
    const out = join(tempDir(), "offers.xlsx");
    const { result } = await captured(() => runCompare(VENDORS, { format: "xlsx", lang: "zh", out }));
    expect(result).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString("latin1")).toBe("PK");
    await expect(runCompare(VENDORS, { format: "xlsx", lang: "zh" })).rejects.toThrow(ToolError);
    await expect(runCompare(VENDORS, { format: "xlsx", lang: "zh" })).rejects.toThrow(/-o <file\.xlsx>/);
  });

  it("bad usage is a ToolError (exit 2): an unknown format, fewer than two deals", async () => {
    await expect(runCompare(VENDORS, { format: "pdf", lang: "en" })).rejects.toThrow("--format takes md, csv, json, xlsx, not `pdf`");
    await expect(runCompare([VENDORS[0] ?? ""], { format: "md", lang: "en" })).rejects.toThrow(/at least two deal files/);
  });

  it("an unreadable deal is a ToolError (exit 2)", async () => {
    const missing = join(tempDir(), "nope.yaml");
    const err = await runCompare([VENDORS[0] ?? "", missing], { format: "md", lang: "en" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ToolError);
    expect((err as Error).message).toBe(`${missing}: cannot read the file: no such file`);
  });

  it("a broken policy is a ToolError at the policy's line (exit 2), and nothing is written", async () => {
    const policy = writePolicy("template: customer-service\nrules:\n  - field: sla.response.minute\n    max: 30\n");
    const out = join(tempDir(), "offers.md");
    const err = await runCompare(VENDORS, { policy, format: "md", lang: "en", out }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ToolError);
    expect((err as Error).message).toBe(`${policy}:3:12: the template \`customer-service\` has no field \`sla.response.minute\` (did you mean \`sla.response.minutes\`?)`);
    expect(existsSync(out)).toBe(false);
  });

  it("a deal of another template is reported at its template line and left out; the rest is printed; exit 1", async () => {
    const { result, stdout, stderr } = await captured(() => runCompare([...VENDORS.slice(0, 2), MINI_DEAL], { format: "md", lang: "en", templates: [FIXTURES] }));
    expect(result).toBe(1);
    expect(stderr).toContain(`${MINI_DEAL}:1:11: error: This deal is for template \`mini\`, and the comparison is of \`customer-service\``);
    expect(stderr).toContain(`clausewright: ${MINI_DEAL} is left out of the comparison (1 error)`);
    expect(stdout).toContain("| Term | Chengdu Jincheng Call Centre Services Co., Ltd. | Hangzhou Yunxiu Customer Service Co., Ltd. |\n");
    expect(stdout).toContain("## Left out of the comparison");
  });

  it("with a policy, the policy's template is the one compared, even when the first deal is of another", async () => {
    const policy = writePolicy("template: customer-service\nrules:\n  - field: sla.response.minutes\n    max: 30\n");
    const { result, stdout, stderr } = await captured(() => runCompare([MINI_DEAL, ...VENDORS], { policy, format: "json", lang: "en", templates: [FIXTURES] }));
    expect(result).toBe(1);
    expect(stderr).toContain("(the policy's template)");
    const data = JSON.parse(stdout);
    expect(data.vendors).toHaveLength(3);
    expect(data.excluded.map((e: { file: string }) => e.file)).toEqual([MINI_DEAL]);
  });

  it("a deal that does not validate is reported file:line:column on stderr and left out; exit 1", async () => {
    const [good, bad, other] = writeDeals([supplier("A"), { ...supplier("B"), team: { min_headcount: 0 } }, supplier("C")]);
    const text = readFileSync(bad ?? "", "utf8");
    const line = text.split("\n").findIndex((l) => l.includes("min_headcount: 0")) + 1;
    const { result, stdout, stderr } = await captured(() => runCompare([good ?? "", bad ?? "", other ?? ""], { format: "csv", lang: "en" }));
    expect(result).toBe(1);
    expect(stderr).toMatch(new RegExp(`^${bad}:${line}:\\d+: error: .*min_headcount.* \\(schema\\)$`, "m"));
    expect(stdout.split("\r\n")[0]).toBe("\uFEFFTerm,A Ltd.,C Ltd.");
  });

  it("in Chinese: the messages on stderr too", async () => {
    const [good, bad] = writeDeals([supplier("A"), { ...supplier("B"), team: { min_headcount: 0 } }]);
    const { result, stderr } = await captured(() => runCompare([good ?? "", bad ?? ""], { format: "md", lang: "zh" }));
    expect(result).toBe(1);
    expect(stderr).toContain(`clausewright: ${bad} 未纳入比较（1 个错误）`);
  });

  it("a policy breach never leaves an offer out", async () => {
    const policy = writePolicy("template: customer-service\nrules:\n  - field: sla.response.minutes\n    max: 5\n");
    const { result, stdout } = await captured(() => runCompare(writeDeals([supplier("A"), supplier("B")]), { policy, format: "json", lang: "en" }));
    expect(result).toBe(0);
    const data = JSON.parse(stdout);
    expect(data.vendors.map((v: { disqualified: boolean }) => v.disqualified)).toEqual([true, true]);
  });

  it("no deal left to compare: exit 1, nothing on stdout", async () => {
    const [a, b] = writeDeals([{ team: { min_headcount: 0 } }, { team: { min_headcount: -1 } }]);
    const { result, stdout, stderr } = await captured(() => runCompare([a ?? "", b ?? ""], { format: "md", lang: "en" }));
    expect(result).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("no deal could be compared");
  });

  it("a YAML syntax error in a deal leaves it out at its line", async () => {
    const [a, b] = writeDeals([supplier("A"), supplier("B")]);
    writeFileSync(b ?? "", "template: customer-service\nteam: [\n");
    const { result, stderr } = await captured(() => runCompare([a ?? "", b ?? ""], { format: "md", lang: "en" }));
    expect(result).toBe(1);
    expect(stderr).toMatch(new RegExp(`${b}:\\d+:\\d+: error: YAML syntax error`));
  });
});
