// Our SARIF as Microsoft's SARIF multitool judges it (`Sarif.Multitool validate`, the checker that
// code-scanning services follow): no error and no warning, on the draft sample's findings and on
// findings with ranges, templates, Chinese paths and repeats. The multitool is a dev dependency
// (@microsoft/sarif-multitool, a self-contained binary per platform).

import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Finding } from "../../../src/core/finding.js";
import { lintDeal } from "../../../src/library/lint-deal.js";
import { REPORTERS, type LintResult, type ReporterOptions } from "../../../src/lint/reporters/index.js";
import { RULES } from "../../../src/lint/rules/index.js";
import { tempDir } from "../../helpers.js";
import { acme, cwd, error, warning } from "./reporter-fixture.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const MULTITOOL = createRequire(import.meta.url)("@microsoft/sarif-multitool") as string;

interface ValidationLog {
  runs: Array<{
    results?: Array<{
      ruleId: string;
      level?: string;
      message: { text?: string; arguments?: string[] };
      locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string } } }>;
    }>;
    invocations?: Array<{ executionSuccessful: boolean; toolExecutionNotifications?: unknown[] }>;
  }>;
}

/**
 * The multitool's errors and warnings on each SARIF text, one line each ("SARIF1001 warning:
 * …"). All the texts go to one run of the multitool: it takes seconds to start, and each case's
 * problems are told apart by the file they are reported in.
 */
function multitoolProblems(sarifs: string[]): string[][] {
  const dir = tempDir();
  const files = sarifs.map((sarif, i) => {
    const file = join(dir, `case-${i}.sarif`);
    writeFileSync(file, sarif);
    return file;
  });
  const out = join(dir, "validation.sarif");
  const run = spawnSync(MULTITOOL, ["validate", ...files, "--output", out], { encoding: "utf8", timeout: 120_000 });
  expect(run.status, `${MULTITOOL}: ${run.stderr}${run.stdout}`).toBe(0);
  const log = JSON.parse(readFileSync(out, "utf8")) as ValidationLog;
  const runOf = log.runs[0];
  expect(runOf?.invocations?.[0]?.executionSuccessful).toBe(true);
  expect(runOf?.invocations?.[0]?.toolExecutionNotifications ?? []).toEqual([]);
  const problems = files.map((): string[] => []);
  for (const r of runOf?.results ?? []) {
    // a result without a level is a warning (SARIF §3.27.10)
    const level = r.level ?? "warning";
    if (level !== "error" && level !== "warning") continue;
    const uri = r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? "";
    const index = files.findIndex((file) => uri.endsWith(`/${basename(file)}`));
    expect(index, `a result in no case's file: ${uri}`).toBeGreaterThanOrEqual(0);
    problems[index]?.push(`${r.ruleId} ${level}: ${(r.message.arguments ?? []).join(", ")}`);
  }
  return problems;
}

const options = (over: Partial<ReporterOptions> = {}): ReporterOptions => ({ lang: "en", color: false, rules: RULES, cwd, toolVersion: "0.1.0", ...over });

const CASES: Array<[string, LintResult[], Partial<ReporterOptions>]> = [
  [
    "findings with ranges, on one line and over several",
    [{ filePath: acme, findings: [{ ...error, endLine: 4, endColumn: 20 }, { ...warning, endLine: 5, endColumn: 1 }] }],
    {},
  ],
  [
    "in Chinese, a finding in a template, one that is not a rule, and one field reported twice",
    [
      {
        filePath: join(cwd, "合同 草稿", "乙方.yaml"),
        findings: [
          { ...error, file: join(cwd, "合同 草稿", "乙方.yaml") },
          { ...error, file: join(cwd, "合同 草稿", "乙方.yaml"), line: 9 },
          { ...warning, file: join(cwd, "templates", "cs", "agreement.md") },
          { ruleId: "yaml-syntax", severity: "error", file: join(cwd, "合同 草稿", "乙方.yaml"), line: 1, column: 1, message: { en: "YAML syntax error", zh: "YAML 语法错误" } },
        ] satisfies Finding[],
      },
    ],
    { lang: "zh" },
  ],
  ["a file outside the working directory", [{ filePath: acme, findings: [{ ...error, file: resolve("/elsewhere/templates/t.md") }] }], {}],
  ["no files", [], {}],
];

/** The draft sample's findings, as `lint --format sarif` gives them. */
function draftSampleSarif(): string {
  const file = join(ROOT, "samples", "customer-service-draft.yaml");
  const outcome = lintDeal({ file });
  if (!("findings" in outcome)) throw new Error(outcome.error);
  expect(outcome.findings.length).toBeGreaterThan(5);
  return REPORTERS.sarif([{ filePath: file, findings: outcome.findings }], options({ cwd: ROOT }));
}

/** A log the multitool must warn on (the validator is live): a rule named as its id. */
function ruleNamedAsItsId(): string {
  const log = JSON.parse(REPORTERS.sarif([{ filePath: acme, findings: [error] }], options())) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string; name: string }> } } }> };
  const rule = log.runs[0]?.tool.driver.rules[0];
  if (rule) rule.name = rule.id;
  return JSON.stringify(log);
}

describe("SARIF multitool validate", () => {
  let problems: string[][] = [];
  beforeAll(() => {
    problems = multitoolProblems([draftSampleSarif(), ruleNamedAsItsId(), ...CASES.map(([, results, over]) => REPORTERS.sarif(results, options(over)))]);
  }, 180_000);

  it("gives no error and no warning on the draft sample's findings", () => {
    expect(problems[0]).toEqual([]);
  });

  it("reports what it should (the validator is live): a rule named as its id", () => {
    expect(problems[1]?.map((p) => p.split(":")[0])).toEqual(["SARIF1001 warning"]);
  });

  it.each(CASES.map(([name], i) => [name, i + 2] as const))("gives no error and no warning: %s", (_name, index) => {
    expect(problems[index]).toEqual([]);
  });
});
