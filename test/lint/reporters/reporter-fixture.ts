// The results every reporter test formats: one file with an error and a warning (listed out of
// order, with a comma, colon, percent sign, newline and Chinese in the messages), and a clean file.
import { join, resolve } from "node:path";
import type { Finding } from "../../../src/core/finding.js";
import type { LintResult, ReporterOptions } from "../../../src/lint/reporters/index.js";

export const cwd = resolve("/srv/deals-repo");
export const acme = join(cwd, "deals", "acme.yaml");
export const clean = join(cwd, "deals", "clean.yaml");

export const error: Finding = {
  ruleId: "missing-value",
  severity: "error",
  message: { en: "Fee: 5% of 100,000\nsee clause 3.2", zh: "费用：100,000 的 5%\n见第 3.2 条" },
  file: acme,
  line: 4,
  column: 12,
  path: "fees.rate",
  clause: "3.2",
};

export const warning: Finding = {
  ruleId: "missing-translation",
  severity: "warning",
  message: { en: "No English text for 甲方公司名称.", zh: "“甲方公司名称”缺少英文。" },
  file: acme,
  line: 2,
  column: 3,
};

export const RESULTS: LintResult[] = [
  { filePath: acme, findings: [error, warning] },
  { filePath: clean, findings: [] },
];

export const options = (over: Partial<ReporterOptions> = {}): ReporterOptions => ({ lang: "en", color: false, rules: [], cwd, toolVersion: "0.1.0", ...over });
