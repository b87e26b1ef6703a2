import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkTemplate } from "../../src/check/check-template.js";
import { lintPrepared } from "../../src/lint/engine.js";
import { prepareDeal } from "../../src/library/prepare-deal.js";
import { loadTemplate } from "../../src/template/template.js";
import { tempDir } from "../helpers.js";
import { contractPart, docxOf, readSchema, renderSampleZh, runCaptured, schemaFields, SEED, SEED_FILE } from "./scaffold-helpers.js";

/**
 * What the scaffolded template's sample must render to, worked out from the seed itself (not
 * from the scaffold's own code):
 *
 * - the contract is the seed from its title (客服团队建设条款) up to the site's name at the end
 *   (原创力文档): the six list lines before the title and the lines after the cut-off `4.1乙` are
 *   page furniture;
 * - a placeholder shows its example (`[时间周期,例如:半年]` → 半年); one without an example shows
 *   the example an earlier placeholder of the same label gave (`[服务内容描述]`), else its label
 *   as a draft placeholder (`[具体人数]` → 【具体人数】);
 * - `第[具体条款号]条` → 【具体条款号】: a clause number to fill in is a clause reference, and a
 *   reference renders whole (第9.2条 once given), so 第 and 条 belong to it;
 * - `本条3.1款` → 第3.1条: a reference to a clause that exists renders as the engine writes
 *   references;
 * - the party lines (甲方:… 地址:… 统一社会信用代码:…) become the parties block the engine
 *   generates from the manifest, which writes its labels with full-width colons (：).
 */
function expectedFromSeed(seed: string): string {
  const lines = seed.split("\n");
  const start = lines.indexOf("客服团队建设条款");
  const end = lines.indexOf("原创力文档");
  const preambleAt = lines.findIndex((l) => l.startsWith("鉴于"));
  const contract = lines.slice(start, end).map((line, i) => (start + i < preambleAt ? line.replace(/:/g, "：") : line));
  const examples = new Map<string, string>();
  const text = contract
    .join("\n")
    .replace(/(第)?\[([^\]]+)\](条)?/g, (_m, di: string | undefined, content: string, tiao: string | undefined) => {
      const [label, example] = content.split(",例如:") as [string, string | undefined];
      if (di && tiao) return `【${label}】`;
      if (example !== undefined && !examples.has(label)) examples.set(label, example);
      return `${di ?? ""}${example ?? examples.get(label) ?? `【${label}】`}${tiao ?? ""}`;
    })
    .replace("本条3.1款", "第3.1条");
  return text.replace(/\s+/g, "");
}

/**
 * The rendered Markdown as text: the generated signature page cut off, heading marks (#) and the
 * writer's Markdown escapes (\) removed, and all white space removed (the engine writes 第一条
 * 服务范围与内容 and 1.1 乙方… where the seed writes 第一条服务范围与内容 and 1.1乙方…).
 */
function normalisedRender(markdown: string): string {
  return contractPart(markdown)
    .replace(/^#+ /gm, "")
    .replace(/\\([!-/:-@[-`{-~])/g, "$1")
    .replace(/\s+/g, "");
}

/** Every bracketed placeholder of the seed, by label. */
const seedLabels = [...new Set([...SEED.matchAll(/\[([^\]]+)\]/g)].map((m) => (m[1] as string).split(",例如:")[0] as string))];

function expectCompleteTemplate(dir: string, id: string): void {
  // fields cover every bracketed placeholder
  const labels = schemaFields(readSchema(dir, id)).map((f) => f.node["x-label"]?.zh);
  for (const label of seedLabels) expect(labels, label).toContain(label);
  // check reports nothing but the English side left to write
  const result = checkTemplate(dir, []);
  expect(result.findings.length).toBeGreaterThan(0);
  expect(result.findings.filter((f) => f.ruleId !== "missing-translation")).toEqual([]);
  expect(result.findings.every((f) => f.message.en.includes("has no English text"))).toBe(true);
  // and the sample renders to the seed's own text
  expect(normalisedRender(renderSampleZh(dir))).toBe(expectedFromSeed(SEED));
}

describe("scaffold the seed (text)", () => {
  let dir: string;
  let stdout: string;
  beforeAll(async () => {
    dir = join(tempDir(), "cs-team");
    const run = await runCaptured(SEED_FILE, { id: "cs-team", out: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    stdout = run.stdout;
  });

  it("the oracle itself reads the seed as expected", () => {
    const expected = expectedFromSeed(SEED);
    expect(expected.startsWith("客服团队建设条款甲方：【甲方公司名称】地址：【甲方公司地址】")).toBe(true);
    expect(expected).toContain("鉴于甲方希望获得信息技术支持、业务流程外包等服务");
    expect(expected).toContain("提供信息技术支持、业务流程外包等服务及相关");
    expect(expected).toContain("根据本协议【具体条款号】的规定");
    expect(expected.endsWith("第四条费用与支付4.1乙")).toBe(true);
    // 22 placeholders, 20 labels: [服务内容描述] twice, [具体时间,例如:…] twice with different examples
    expect([...SEED.matchAll(/\[([^\]]+)\]/g)]).toHaveLength(22);
    expect(seedLabels).toHaveLength(20);
  });

  it("gives a complete template whose sample renders to the seed's text", () => {
    expectCompleteTemplate(dir, "cs-team");
  });

  it("writes the four files", () => {
    for (const name of ["template.yaml", "agreement.md", "cs-team.schema.json", "sample-draft.yaml"]) expect(readFileSync(join(dir, name), "utf8")).not.toBe("");
    const source = readFileSync(join(dir, "agreement.md"), "utf8");
    expect(source).toContain("# 服务范围与内容 | (to translate) 服务范围与内容 {#scope}");
    expect(source).toContain('若乙方未能达到{{ref "sla.1"}}约定的SLA指标');
    expect(source).toContain("甲方有权根据本协议{{ref clause}}的规定");
    // the written side is Chinese; every English side is left empty for the translator
    expect(source.match(/^\s*en:$/gm)?.length).toBe(source.match(/^\s*zh:/gm)?.length);
  });

  it("prints what it found, left out and could not finish", () => {
    expect(stdout).toContain("4 articles, 14 clauses, 4 items");
    expect(stdout).toContain("22 placeholders → 21 fields");
    expect(stdout).toMatch(/本条3\.1款 → \{\{ref "sla\.1"\}\} \(renders 第3\.1条\)/);
    expect(stdout).toContain("第[具体条款号]条 → {{ref clause}}");
    for (const line of ["- 0", "- 约3.24千字", "- 约 5页", "- 2026-01-29 发布于辽宁", "- 举报", "原创力文档", "文档评论(0)"]) expect(stdout).toContain(`: ${line} — `);
    expect(stdout).toMatch(/cut off: clause 4\.1 ends mid-sentence/);
    expect(stdout).toContain("clausewright check");
  });

  it("its sample is a valid deal of its schema, whose references all resolve", () => {
    // (lint also reports the values and English texts still to write: a draft's findings)
    const findings = lintPrepared(prepareDeal(join(dir, "sample-draft.yaml"), loadTemplate(dir)));
    expect(findings.filter((f) => f.ruleId === "schema" || f.ruleId === "dangling-reference")).toEqual([]);
    expect(findings.map((f) => f.ruleId)).toContain("missing-value");
  });

  it("derives readable keys from the labels", () => {
    const paths = schemaFields(readSchema(dir, "cs-team")).map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "party_a.name", "party_a.address", "party_a.credit_code", "party_b.name", "service_description", "service_scope",
        "headcount", "interval", "days", "support_method", "response_time", "service_availability_time", "clause",
      ]),
    );
    expect(paths.filter((p) => /^field_\d+$/.test(p))).toEqual([]);
  });
});

describe("scaffold the seed (DOCX, one paragraph per line)", () => {
  it("gives the same template", async () => {
    const work = tempDir();
    const docx = await docxOf(SEED, join(work, "seed.docx"));
    const dir = join(work, "cs-team");
    const run = await runCaptured(docx, { id: "cs-team", out: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("(docx)");
    expectCompleteTemplate(dir, "cs-team");

    // the same files as from the text, but for the document's name in their comments
    const fromText = join(work, "from-text");
    expect((await runCaptured(SEED_FILE, { id: "cs-team", out: fromText })).code).toBe(0);
    const withoutSource = (s: string): string => s.replaceAll(docx, "SOURCE").replaceAll(SEED_FILE, "SOURCE");
    for (const name of ["template.yaml", "agreement.md", "cs-team.schema.json", "sample-draft.yaml"]) {
      expect(withoutSource(readFileSync(join(dir, name), "utf8")), name).toBe(withoutSource(readFileSync(join(fromText, name), "utf8")));
    }
  });
});
