import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../../src/core/finding.js";
import { REPORTERS, type LintResult, type ReporterOptions } from "../../../src/lint/reporters/index.js";
import { formatStylish } from "../../../src/lint/reporters/stylish.js";

const cwd = resolve("/srv/deals-repo");
const acme = join(cwd, "deals", "acme.yaml");
const finding: Finding = { ruleId: "missing-value", severity: "error", message: { en: "Missing: name", zh: "缺少：名称" }, file: acme, line: 3, column: 5 };
const RESULTS: LintResult[] = [
  { filePath: acme, findings: [finding] },
  { filePath: join(cwd, "deals", "clean.yaml"), findings: [] },
];
const options = (over: Partial<ReporterOptions> = {}): ReporterOptions => ({ lang: "en", color: false, rules: [], cwd, toolVersion: "0.1.0", ...over });

describe("REPORTERS", () => {
  it("has the five formats", () => {
    expect(Object.keys(REPORTERS).sort()).toEqual(["github", "json", "json-with-metadata", "sarif", "stylish"]);
  });

  it.each<[ReporterOptions["lang"], boolean]>([
    ["en", false],
    ["zh", false],
    ["en", true],
  ])("stylish is formatStylish over all findings (lang %s, color %s)", (lang, color) => {
    expect(REPORTERS.stylish(RESULTS, options({ lang, color }))).toBe(formatStylish([finding], { lang, color }));
  });

  it.each([
    ["stylish", ""],
    ["github", ""],
    ["json", "[]"],
  ] as const)("%s with no files prints %j", (name, expected) => {
    expect(REPORTERS[name]([], options())).toBe(expected);
  });

  it.each(["json", "json-with-metadata", "sarif"] as const)("%s prints JSON", (name) => {
    expect(() => JSON.parse(REPORTERS[name](RESULTS, options())) as unknown).not.toThrow();
  });
});
