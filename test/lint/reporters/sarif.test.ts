import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../../src/core/finding.js";
import { docsUrl, type Rule } from "../../../src/lint/rule.js";
import type { LintResult, ReporterOptions } from "../../../src/lint/reporters/index.js";
import { AUTOMATION_ID, FINGERPRINT_KEY, formatSarif, pascalCase, region, ruleName, type SarifLog } from "../../../src/lint/reporters/sarif.js";
import { acme, clean, cwd, error, RESULTS, warning } from "./reporter-fixture.js";

/**
 * The SARIF 2.1.0 schema from an npm tarball (see test/fixtures/sarif/README.md). It is written
 * for draft-04, whose only keyword here that draft-07 spells differently is the root `id`.
 * `unicodeRegExp: false`: the schema's pattern for `language`, `^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`,
 * has a stray `]` that is a syntax error under the `u` flag Ajv uses by default (and a literal
 * without it, as validators for draft-04 read it).
 */
function sarifValidator() {
  const file = join(import.meta.dirname, "..", "..", "fixtures", "sarif", "sarif-2.1.0-rtm.5.json");
  const { id, $schema, ...rest } = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  expect($schema).toBe("http://json-schema.org/draft-04/schema#");
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats.default(ajv);
  return ajv.compile({ $id: id as string, ...rest });
}
const validate = sarifValidator();


const yamlSyntax: Finding = { ruleId: "yaml-syntax", severity: "error", file: acme, line: 1, column: 1, message: { en: "YAML syntax error", zh: "YAML 语法错误" } };

const rule = (id: string, defaultSeverity: "error" | "warning", en: string, zh: string): Rule => ({ id, defaultSeverity, description: { en, zh }, check() {} });
const RULES: Rule[] = [
  rule("schema", "error", "A value of the wrong type.", "值的类型错误。"),
  rule("missing-value", "error", "A required value is missing.", "缺少必填的值。"),
  rule("missing-translation", "warning", "Text in one language only.", "只有一种语言的文本。"),
];
const options = (over: Partial<ReporterOptions> = {}): ReporterOptions => ({ lang: "en", color: false, rules: RULES, cwd, toolVersion: "0.1.0", ...over });
const sarif = (results: LintResult[], over: Partial<ReporterOptions> = {}): SarifLog => JSON.parse(formatSarif(results, options(over))) as SarifLog;

describe("formatSarif: valid SARIF 2.1.0", () => {
  it.each<[string, LintResult[], Partial<ReporterOptions>]>([
    ["an error and a warning in one file, a clean file", RESULTS, {}],
    ["the same in Chinese", RESULTS, { lang: "zh" }],
    ["no files", [], {}],
    ["no rules", RESULTS, { rules: [] }],
    ["a finding that is not from a rule (yaml-syntax)", [{ filePath: acme, findings: [yamlSyntax] }], {}],
    ["a file name with Chinese, a space, a colon and a percent sign", [{ filePath: join(cwd, "合同 草稿", "a:b%.yaml"), findings: [{ ...warning, file: join(cwd, "合同 草稿", "a:b%.yaml") }] }], {}],
    ["a file outside cwd", [{ filePath: acme, findings: [{ ...error, file: resolve("/elsewhere/templates/t.md") }] }], {}],
    ["a position of 0:0", [{ filePath: acme, findings: [{ ...error, line: 0, column: 0 }] }], {}],
    ["findings with an end", [{ filePath: acme, findings: [{ ...error, endLine: 4, endColumn: 30 }, { ...warning, endLine: 7, endColumn: 1 }] }], {}],
  ])("%s", (_name, results, over) => {
    const log = sarif(results, over);
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("rejects what the schema forbids (the validator is live)", () => {
    const log = sarif(RESULTS) as unknown as { version: string; runs: { results: { level: string }[] }[] };
    expect(validate({ ...log, version: "2.0.0" })).toBe(false);
    const bad = structuredClone(log);
    const first = bad.runs[0]?.results[0];
    if (first) first.level = "fatal";
    expect(validate(bad)).toBe(false);
  });
});

describe("formatSarif: content", () => {
  it("describes the tool and every rule", () => {
    const run = sarif(RESULTS).runs[0];
    expect(run.tool.driver).toMatchObject({ name: "clausewright", fullName: "clausewright 0.1.0", version: "0.1.0", informationUri: "https://github.com/clausewright/clausewright" });
    expect(run.automationDetails.id).toBe(AUTOMATION_ID);
    expect(run.tool.driver.rules.map((r) => r.name)).toEqual(["SchemaRule", "MissingValue", "MissingTranslation"]);
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(["schema", "missing-value", "missing-translation"]);
    expect(run.tool.driver.rules[1]).toEqual({
      id: "missing-value",
      name: "MissingValue",
      shortDescription: { text: "A required value is missing." },
      fullDescription: { text: "A required value is missing. / 缺少必填的值。" },
      helpUri: docsUrl("missing-value"),
      help: {
        text: `A required value is missing.\n缺少必填的值。\n${docsUrl("missing-value")}`,
        markdown: `A required value is missing.\n\n缺少必填的值。\n\n[missing-value](${docsUrl("missing-value")})`,
      },
      defaultConfiguration: { level: "error" },
    });
    expect(run.tool.driver.rules[2]?.defaultConfiguration).toEqual({ level: "warning" });
  });

  it.each<[string, ReporterOptions["lang"], string, string]>([
    ["English", "en", "No English text for 甲方公司名称.", "Fee: 5% of 100,000\nsee clause 3.2"],
    ["Chinese", "zh", "“甲方公司名称”缺少英文。", "费用：100,000 的 5%\n见第 3.2 条"],
  ])("one result per finding, sorted, messages in %s", (_name, lang, first, second) => {
    const run = sarif(RESULTS, { lang }).runs[0];
    expect(run.results).toEqual([
      {
        ruleId: "missing-translation",
        ruleIndex: 2,
        level: "warning",
        message: { text: first },
        locations: [{ physicalLocation: { artifactLocation: { uri: "deals/acme.yaml", uriBaseId: "%SRCROOT%", index: 0 }, region: { startLine: 2, startColumn: 3 } } }],
        partialFingerprints: { [FINGERPRINT_KEY]: expect.stringMatching(/^[0-9a-f]{32}$/) },
        properties: { message: warning.message },
      },
      {
        ruleId: "missing-value",
        ruleIndex: 1,
        level: "error",
        message: { text: second },
        locations: [{ physicalLocation: { artifactLocation: { uri: "deals/acme.yaml", uriBaseId: "%SRCROOT%", index: 0 }, region: { startLine: 4, startColumn: 12 } } }],
        partialFingerprints: { [FINGERPRINT_KEY]: expect.stringMatching(/^[0-9a-f]{32}$/) },
        properties: { message: error.message, path: "fees.rate", clause: "3.2" },
      },
    ]);
  });

  it("lists every linted file as an artifact, relative to %SRCROOT% = cwd", () => {
    const run = sarif(RESULTS).runs[0];
    expect(run.artifacts).toEqual([
      { location: { uri: "deals/acme.yaml", uriBaseId: "%SRCROOT%" }, roles: ["analysisTarget"] },
      { location: { uri: "deals/clean.yaml", uriBaseId: "%SRCROOT%" }, roles: ["analysisTarget"] },
    ]);
    expect(run.originalUriBaseIds).toEqual({ "%SRCROOT%": { uri: `${pathToFileURL(cwd).href}/` } });
    expect(run.columnKind).toBe("utf16CodeUnits");
  });

  it("adds a rule for a finding whose rule id is not a rule, and points at it", () => {
    const run = sarif([{ filePath: acme, findings: [yamlSyntax, warning] }]).runs[0];
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(["schema", "missing-value", "missing-translation", "yaml-syntax"]);
    expect(run.tool.driver.rules[3]).toEqual({ id: "yaml-syntax", name: "YamlSyntax" });
    expect(sarif([{ filePath: acme, findings: [{ ...yamlSyntax, ruleId: "yaml" }] }]).runs[0].tool.driver.rules[3]).toEqual({ id: "yaml", name: "YamlRule" });
    expect(run.results.map((r) => [r.ruleId, r.ruleIndex])).toEqual([
      ["yaml-syntax", 3],
      ["missing-translation", 2],
    ]);
  });

  it.each<[string, string, { uri: string; uriBaseId?: string }]>([
    ["a nested file", join(cwd, "deals", "acme.yaml"), { uri: "deals/acme.yaml", uriBaseId: "%SRCROOT%" }],
    ["a relative path", "deals/acme.yaml", { uri: "deals/acme.yaml", uriBaseId: "%SRCROOT%" }],
    ["Chinese and a space", join(cwd, "合同 草稿", "乙方.yaml"), { uri: "%E5%90%88%E5%90%8C%20%E8%8D%89%E7%A8%BF/%E4%B9%99%E6%96%B9.yaml", uriBaseId: "%SRCROOT%" }],
    ["a colon, a percent sign and a hash", join(cwd, "a:b%#.yaml"), { uri: "a%3Ab%25%23.yaml", uriBaseId: "%SRCROOT%" }],
    ["outside cwd", resolve("/elsewhere/t.md"), { uri: pathToFileURL(resolve("/elsewhere/t.md")).href }],
  ])("artifact URI for %s", (_name, file, location) => {
    const run = sarif([{ filePath: file, findings: [{ ...warning, file }] }]).runs[0];
    expect(run.artifacts).toEqual([{ location, roles: ["analysisTarget"] }]);
    expect(run.results[0]?.locations[0]?.physicalLocation.artifactLocation).toEqual({ ...location, index: 0 });
  });

  it("adds a template that a finding points at as an artifact that was not linted", () => {
    const template = join(cwd, "templates", "cs", "agreement.md");
    const run = sarif([{ filePath: acme, findings: [{ ...error, file: template }] }]).runs[0];
    expect(run.artifacts).toEqual([
      { location: { uri: "deals/acme.yaml", uriBaseId: "%SRCROOT%" }, roles: ["analysisTarget"] },
      { location: { uri: "templates/cs/agreement.md", uriBaseId: "%SRCROOT%" } },
    ]);
    expect(run.results[0]?.locations[0]?.physicalLocation.artifactLocation.index).toBe(1);
  });

  it("is deterministic", () => {
    expect(formatSarif(RESULTS, options())).toBe(formatSarif(RESULTS, options()));
  });

  it.each([
    ["missing-value", "MissingValue"],
    ["dangling-reference", "DanglingReference"],
    ["schema", "Schema"],
    ["yaml-syntax", "YamlSyntax"],
    ["a--b_c", "ABC"],
  ])("pascalCase(%j) = %j", (id, name) => {
    expect(pascalCase(id)).toBe(name);
  });
});

describe("formatSarif: ranges and fingerprints", () => {
  it.each<[string, Partial<Finding>, object]>([
    ["no end", {}, { startLine: 4, startColumn: 12 }],
    ["an end on the same line", { endLine: 4, endColumn: 20 }, { startLine: 4, startColumn: 12, endLine: 4, endColumn: 20 }],
    ["an end on a later line", { endLine: 6, endColumn: 1 }, { startLine: 4, startColumn: 12, endLine: 6, endColumn: 1 }],
    ["an end line without an end column", { endLine: 6 }, { startLine: 4, startColumn: 12 }],
    ["an end before the start", { endLine: 4, endColumn: 12 }, { startLine: 4, startColumn: 12 }],
  ])("region: %s", (_name, end, expected) => {
    expect(region({ ...error, ...end })).toEqual(expected);
    const run = sarif([{ filePath: acme, findings: [{ ...error, ...end }] }]).runs[0];
    expect(run.results[0]?.locations[0]?.physicalLocation.region).toEqual(expected);
  });

  const fingerprint = (f: Finding, file = acme): string | undefined =>
    sarif([{ filePath: file, findings: [f] }]).runs[0].results[0]?.partialFingerprints[FINGERPRINT_KEY];

  it("keeps a finding's fingerprint when lines are added above it, or its wording or language changes", () => {
    const moved = { ...error, line: 40, column: 3, endLine: 40, endColumn: 9 };
    expect(fingerprint(moved)).toBe(fingerprint(error));
    expect(fingerprint({ ...error, message: { en: "Reworded", zh: "改写" } })).toBe(fingerprint(error));
    expect(sarif([{ filePath: acme, findings: [error] }], { lang: "zh" }).runs[0].results[0]?.partialFingerprints).toEqual(
      sarif([{ filePath: acme, findings: [error] }], { lang: "en" }).runs[0].results[0]?.partialFingerprints,
    );
  });

  it("tells apart findings of another rule, field, message id or file", () => {
    const base = fingerprint(error);
    expect(fingerprint({ ...error, ruleId: "schema" })).not.toBe(base);
    expect(fingerprint({ ...error, path: "fees.amount" })).not.toBe(base);
    expect(fingerprint({ ...error, messageId: "tooLow" })).not.toBe(base);
    expect(fingerprint({ ...error, file: clean }, clean)).not.toBe(base);
  });

  it("numbers the repeats of one identity in a run", () => {
    const run = sarif([{ filePath: acme, findings: [error, { ...error, line: 9 }, warning] }]).runs[0];
    const [first, second] = run.results.filter((r) => r.ruleId === "missing-value").map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
    expect(second).toBe(`${first}:2`);
  });

  it.each([
    ["missing-value", "MissingValue"],
    ["schema", "SchemaRule"],
    ["policy", "PolicyRule"],
    ["yaml-syntax", "YamlSyntax"],
  ])("ruleName(%j) = %j, never the id itself", (id, name) => {
    expect(ruleName(id)).toBe(name);
    expect(ruleName(id).toLowerCase()).not.toBe(id.toLowerCase());
  });
});
