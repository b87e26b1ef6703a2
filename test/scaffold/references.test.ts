import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { checkTemplate } from "../../src/check/check-template.js";
import { contractPart, readSchema, renderSampleZh, scaffoldInto, schemaFields } from "./scaffold-helpers.js";

const DOC = [
  "服务协议",
  "甲方：[甲方公司名称]",
  "乙方：[乙方公司名称]",
  "第一条 服务范围",
  "1.1 乙方提供[服务内容]。",
  "1.2 乙方应按第1.1条提供服务。",
  "第二条 违约责任",
  "2.1 违反本条2.2款或第一条的，依照《中华人民共和国民法典》第五百七十七条承担责任。",
  "2.2 见第3.1条b)项；甲方有权根据本协议第[具体条款号]条解除合同，或依第9.2条处理。",
  "第三条 服务水平",
  "3.1 指标如下：",
  "a) 响应时间：[响应时间,例如:15分钟]；",
  "b) 可用性：[可用性,例如:99.5%]。",
].join("\n");

describe("references", () => {
  const { scaffold, dir } = scaffoldInto(DOC, "refs");
  const source = readFileSync(join(dir, "agreement.md"), "utf8");

  it("a reference to a clause, an item or an article that exists becomes {{ref \"id\"}}", () => {
    expect(source).toContain('zh: 乙方应按{{ref "scope.1"}}提供服务。');
    expect(source).toContain('zh: 违反{{ref "liability.2"}}或{{ref "scope"}}的');
    expect(source).toContain('zh: 见{{ref "sla.1.b"}}；');
    expect(scaffold.analysis.references.map((r) => [r.written, r.target, r.rendersAs])).toEqual([
      ["第1.1条", "scope.1", "第1.1条"],
      ["本条2.2款", "liability.2", "第2.2条"],
      ["第一条", "scope", "第一条"],
      ["第3.1条b)项", "sla.1.b", "第3.1条b)项"],
    ]);
  });

  it("a citation of a law is not a reference", () => {
    expect(source).toContain("依照《中华人民共和国民法典》第五百七十七条承担责任");
  });

  it("a placeholder clause number and a clause that does not exist become clause fields used with {{ref field}}", () => {
    expect(source).toContain("甲方有权根据本协议{{ref clause}}解除合同，或依{{ref clause_9_2}}处理。");
    const fields = new Map(schemaFields(readSchema(dir, "refs")).map((f) => [f.path, f.node]));
    expect(fields.get("clause")).toMatchObject({ "x-kind": "clause", "x-label": { zh: "具体条款号" } });
    expect(fields.get("clause_9_2")).toMatchObject({ "x-kind": "clause", "x-label": { zh: "第9.2条" } });
    expect(scaffold.analysis.clauseFields.map((c) => [c.written, c.field.path])).toEqual([
      ["第[具体条款号]条", "clause"],
      ["第9.2条", "clause_9_2"],
    ]);
  });

  it("renders: references with the generated numbers, clause fields as their label until given", () => {
    const rendered = contractPart(renderSampleZh(dir));
    expect(rendered).toContain("1.2 乙方应按第1.1条提供服务。");
    expect(rendered).toContain("2.1 违反第2.2条或第一条的");
    expect(rendered).toContain("2.2 见第3.1条b)项；甲方有权根据本协议【具体条款号】解除合同，或依【第9.2条】处理。");
    expect(checkTemplate(dir, []).findings.filter((f) => f.ruleId !== "missing-translation")).toEqual([]);
  });

  it("a clause field takes a clause id or number, and then renders as that clause", () => {
    const sample = join(dir, "sample-draft.yaml");
    const deal = YAML.parse(readFileSync(sample, "utf8")) as Record<string, unknown>;
    writeFileSync(sample, YAML.stringify({ ...deal, clause: "sla.1", clause_9_2: "1.2" }));
    expect(contractPart(renderSampleZh(dir))).toContain("甲方有权根据本协议第3.1条解除合同，或依第1.2条处理。");
  });

  it("references follow the generated numbers when the document skips one", () => {
    const { dir: skipped } = scaffoldInto("协议\n甲方：[甲方公司名称]\n乙方：[乙方公司名称]\n第一条 服务\n1.1 乙方提供[服务内容]。\n第三条 违约\n3.1 违反第1.1条的，适用本条3.2款。\n3.2 赔偿损失。\n", "skips");
    expect(contractPart(renderSampleZh(skipped))).toContain("2.1 违反第1.1条的，适用第2.2条。");
  });
});
