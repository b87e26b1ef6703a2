import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { LintResult, ReporterOptions } from "../../../src/lint/reporters/index.js";
import { formatJson } from "../../../src/lint/reporters/json.js";
import { cwd, acme, clean, error, warning, RESULTS, options } from "./reporter-fixture.js";

const template = join(cwd, "templates", "customer-service", "agreement.md");


const entry = (filePath: string, messages: unknown[], errorCount: number, warningCount: number) => ({
  filePath,
  messages,
  suppressedMessages: [],
  errorCount,
  fatalErrorCount: 0,
  warningCount,
  fixableErrorCount: 0,
  fixableWarningCount: 0,
  usedDeprecatedRules: [],
});

describe("formatJson", () => {
  it.each<[string, LintResult[], Partial<ReporterOptions>, unknown]>([
    [
      "English: one entry per file, the clean one too, messages sorted by line",
      RESULTS,
      {},
      [
        entry(
          acme,
          [
            { ruleId: "missing-translation", severity: 1, message: "No English text for 甲方公司名称.", line: 2, column: 3, nodeType: null },
            { ruleId: "missing-value", severity: 2, message: "Fee: 5% of 100,000\nsee clause 3.2", line: 4, column: 12, nodeType: null, clause: "3.2", path: "fees.rate" },
          ],
          1,
          1,
        ),
        entry(clean, [], 0, 0),
      ],
    ],
    [
      "Chinese",
      RESULTS,
      { lang: "zh" },
      [
        entry(
          acme,
          [
            { ruleId: "missing-translation", severity: 1, message: "“甲方公司名称”缺少英文。", line: 2, column: 3, nodeType: null },
            { ruleId: "missing-value", severity: 2, message: "费用：100,000 的 5%\n见第 3.2 条", line: 4, column: 12, nodeType: null, clause: "3.2", path: "fees.rate" },
          ],
          1,
          1,
        ),
        entry(clean, [], 0, 0),
      ],
    ],
    ["no files", [], {}, []],
    [
      "relative paths are made absolute from cwd",
      [{ filePath: "deals/acme.yaml", findings: [{ ...warning, file: "deals/acme.yaml" }] }],
      {},
      [entry(acme, [{ ruleId: "missing-translation", severity: 1, message: "No English text for 甲方公司名称.", line: 2, column: 3, nodeType: null }], 0, 1)],
    ],
    [
      "a finding in a template is listed under the template",
      [{ filePath: acme, findings: [{ ...error, file: template, line: 30, column: 1 }] }],
      {},
      [
        entry(acme, [], 0, 0),
        entry(template, [{ ruleId: "missing-value", severity: 2, message: "Fee: 5% of 100,000\nsee clause 3.2", line: 30, column: 1, nodeType: null, clause: "3.2", path: "fees.rate" }], 1, 0),
      ],
    ],
    [
      "a finding that is not from a rule (yaml-syntax)",
      [{ filePath: acme, findings: [{ ruleId: "yaml-syntax", severity: "error", file: acme, line: 7, column: 1, message: { en: "YAML syntax error", zh: "YAML 语法错误" } }] }],
      {},
      [entry(acme, [{ ruleId: "yaml-syntax", severity: 2, message: "YAML syntax error", line: 7, column: 1, nodeType: null }], 1, 0)],
    ],
  ])("%s", (_name, results, over, expected) => {
    const out = formatJson(results, options(over));
    expect(JSON.parse(out)).toEqual(expected);
  });

  it("keeps ESLint's key order and writes one line", () => {
    const out = formatJson(RESULTS, options());
    expect(out).not.toContain("\n");
    const [first] = JSON.parse(out) as Record<string, unknown>[];
    expect(Object.keys(first ?? {})).toEqual([
      "filePath",
      "messages",
      "suppressedMessages",
      "errorCount",
      "fatalErrorCount",
      "warningCount",
      "fixableErrorCount",
      "fixableWarningCount",
      "usedDeprecatedRules",
    ]);
    const messages = (first?.messages ?? []) as Record<string, unknown>[];
    expect(Object.keys(messages[0] ?? {})).toEqual(["ruleId", "severity", "message", "line", "column", "nodeType"]);
    for (const m of messages) {
      expect(m).not.toHaveProperty("messageId");
      expect(m).not.toHaveProperty("endLine");
      expect(m).not.toHaveProperty("endColumn");
    }
  });
});
