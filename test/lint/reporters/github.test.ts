import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { escapeData, escapeProperty, formatGithub } from "../../../src/lint/reporters/github.js";
import type { LintResult, ReporterOptions } from "../../../src/lint/reporters/index.js";
import { cwd, acme, clean, error, warning, RESULTS, options } from "./reporter-fixture.js";



describe("escaping", () => {
  it.each([
    ["plain", "plain", "plain"],
    ["100%", "100%25", "100%25"],
    ["a\nb", "a%0Ab", "a%0Ab"],
    ["a\r\nb", "a%0D%0Ab", "a%0D%0Ab"],
    ["a: b, c", "a: b, c", "a%3A b%2C c"],
    ["%0A", "%250A", "%250A"],
    ["费用：5%，第3.2条", "费用：5%25，第3.2条", "费用：5%25，第3.2条"],
  ])("%j → data %j, property %j", (input, data, property) => {
    expect(escapeData(input)).toBe(data);
    expect(escapeProperty(input)).toBe(property);
  });
});

describe("formatGithub", () => {
  it.each<[string, LintResult[], Partial<ReporterOptions>, string[]]>([
    [
      "English messages, sorted by line, escaped",
      RESULTS,
      {},
      [
        "::warning file=deals/acme.yaml,line=2,col=3,title=missing-translation::No English text for 甲方公司名称.",
        "::error file=deals/acme.yaml,line=4,col=12,title=missing-value::Fee: 5%25 of 100,000%0Asee clause 3.2",
      ],
    ],
    [
      "Chinese messages",
      RESULTS,
      { lang: "zh" },
      [
        "::warning file=deals/acme.yaml,line=2,col=3,title=missing-translation::“甲方公司名称”缺少英文。",
        "::error file=deals/acme.yaml,line=4,col=12,title=missing-value::费用：100,000 的 5%25%0A见第 3.2 条",
      ],
    ],
    ["no findings: no output", [{ filePath: clean, findings: [] }], {}, []],
    ["no files: no output", [], {}, []],
    [
      "a relative finding path is taken from cwd",
      [{ filePath: acme, findings: [{ ...warning, file: "deals/acme.yaml" }] }],
      {},
      ["::warning file=deals/acme.yaml,line=2,col=3,title=missing-translation::No English text for 甲方公司名称."],
    ],
    [
      "a file name with a comma, a colon and a percent sign is escaped as a property",
      [{ filePath: join(cwd, "a,b:c%.yaml"), findings: [{ ...warning, file: join(cwd, "a,b:c%.yaml") }] }],
      {},
      ["::warning file=a%2Cb%3Ac%25.yaml,line=2,col=3,title=missing-translation::No English text for 甲方公司名称."],
    ],
    [
      "a file outside cwd keeps its absolute path",
      [{ filePath: acme, findings: [{ ...error, file: resolve("/elsewhere/t.md"), message: { en: "x", zh: "x" } }] }],
      {},
      [`::error file=${escapeProperty(resolve("/elsewhere/t.md").split("\\").join("/"))},line=4,col=12,title=missing-value::x`],
    ],
    [
      "a finding with another rule id (yaml-syntax) and a Chinese file name",
      [{ filePath: join(cwd, "合同", "乙方.yaml"), findings: [{ ruleId: "yaml-syntax", severity: "error", file: join(cwd, "合同", "乙方.yaml"), line: 1, column: 1, message: { en: "YAML syntax error", zh: "YAML 语法错误" } }] }],
      { lang: "zh" },
      ["::error file=合同/乙方.yaml,line=1,col=1,title=yaml-syntax::YAML 语法错误"],
    ],
  ])("%s", (_name, results, over, lines) => {
    expect(formatGithub(results, options(over))).toBe(lines.join("\n"));
  });

  it("writes one workflow command per line, whatever the messages contain", () => {
    const out = formatGithub(RESULTS, options());
    expect(out.split("\n")).toHaveLength(2);
    for (const line of out.split("\n")) expect(line).toMatch(/^::(error|warning) file=[^,:]+,line=\d+,col=\d+,title=[^,:]+::/);
  });
});
