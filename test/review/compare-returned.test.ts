// compare with returned agreements among the offers: the values read back from the file are
// that vendor's column; a file whose values are unclear is left out with the findings that say why.

import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ToolError } from "../../src/core/errors.js";
import { compare } from "../../src/library/compare.js";
import { editDocument, editParagraph, replaceOnce, returnedFile, SAMPLE, sampleDocx } from "./returned-docx.js";
import { SAMPLE_RETURNED } from "./sample-returned.js";
import { runCli } from "../cli/run-cli.js";

const VENDORS = join(import.meta.dirname, "..", "..", "samples", "vendors");

async function penaltyReturned(): Promise<string> {
  const edit = (xml: string): string =>
    editParagraph(
      editParagraph(xml, "cw_sla_penalty_zh", (p) => replaceOnce(p, ">人民币伍仟元整（¥5,000.00）<", ">人民币贰仟元整（¥2,000.00）<")),
      "cw_sla_penalty_en",
      (p) => replaceOnce(p, ">RMB 5,000.00 (five thousand yuan)<", ">RMB 2,000.00 (two thousand yuan)<"),
    );
  return returnedFile(editDocument(await sampleDocx(), edit), "yuanfan-returned.docx");
}

describe("compare with returned agreements as offers", () => {
  it("gives a returned file the column of the deal with its values read back", async () => {
    const returned = await penaltyReturned();
    const run = await compare([join(VENDORS, "chengdu-jincheng.yaml"), returned], { deal: SAMPLE, format: "json" });
    expect(run.excluded).toEqual([]);
    const comparison = run.comparison;
    const column = comparison?.vendors.findIndex((v) => v.file === returned) ?? -1;
    expect(comparison?.vendors[column]?.name.en).toBe("Suzhou Yuanfan Customer Service Outsourcing Co., Ltd.");
    const penalty = comparison?.rows.find((r) => r.path.startsWith("sla.penalty.per_breach"));
    expect(penalty?.cells[column]?.figure).toBe(2000);
    const headcount = comparison?.rows.find((r) => r.path === "team.min_headcount");
    expect(headcount?.cells[column]?.value).toBe(20);
  });

  it("leaves out a returned file whose versions state a value differently, with the finding at the clause", async () => {
    const run = await compare([join(VENDORS, "chengdu-jincheng.yaml"), join(VENDORS, "shenzhen-haiwan.yaml"), SAMPLE_RETURNED], { deal: SAMPLE, format: "json" });
    expect(run.excluded.map((e) => [e.file, e.findings.map((f) => [f.ruleId, f.clause])])).toEqual([[SAMPLE_RETURNED, [["one-language-edit", "2.2"]]]]);
    expect(run.comparison?.vendors.map((v) => v.file)).toEqual([join(VENDORS, "chengdu-jincheng.yaml"), join(VENDORS, "shenzhen-haiwan.yaml")]);
  });

  it("needs the deal a returned file was rendered from, and says so", async () => {
    const returned = await penaltyReturned();
    await expect(compare([join(VENDORS, "chengdu-jincheng.yaml"), returned], { format: "json" })).rejects.toThrow(ToolError);
    await expect(compare([join(VENDORS, "chengdu-jincheng.yaml"), returned], { format: "json" })).rejects.toThrow(/give it with --deal deal\.yaml/);
  });

  it("takes --deal on the command line; without it, exits 2 in one line", async () => {
    const returned = await penaltyReturned();
    const r = await runCli(["compare", join(VENDORS, "chengdu-jincheng.yaml"), returned, "--deal", SAMPLE, "--format", "json", "--lang", "en"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toContain(returned);
    const without = await runCli(["compare", join(VENDORS, "chengdu-jincheng.yaml"), returned]);
    expect(without.code).toBe(2);
    expect(without.stderr).toMatch(/^clausewright: .*yuanfan-returned\.docx: a returned agreement is read against the deal it was rendered from.*--deal deal\.yaml\n$/);
  });
});
