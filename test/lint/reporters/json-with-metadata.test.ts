// `--format json-with-metadata` in the shape ESLint documents for its formatter of that name
// (https://eslint.org/docs/latest/use/formatters#json-with-metadata): `results` as `--format
// json`, and `metadata` with `cwd` and `rulesMeta`, each rule's `type`, `docs.description`,
// `docs.url` and, when it has them, `messages`. ESLint is not a dependency of this project, so
// no ESLint formatter is run here: the test holds our output to that documented shape.

import { describe, expect, it } from "vitest";
import type { Finding } from "../../../src/core/finding.js";
import { docsUrl, type Rule } from "../../../src/lint/rule.js";
import { REPORTERS } from "../../../src/lint/reporters/index.js";
import { formatJson } from "../../../src/lint/reporters/json.js";
import { formatJsonWithMetadata, type EslintResultsWithMetadata } from "../../../src/lint/reporters/json-with-metadata.js";
import { RULES as ALL_RULES } from "../../../src/lint/rules/index.js";
import { acme, cwd, error, options, RESULTS, warning } from "./reporter-fixture.js";

const rule = (id: string, defaultSeverity: "error" | "warning", en: string, zh: string, extra: object = {}): Rule => ({ id, defaultSeverity, description: { en, zh }, check() {}, ...extra });
const RULES: Rule[] = [
  rule("missing-value", "error", "A required value is missing.", "缺少必填的值。", {
    messages: { missing: { en: "{{field}} is missing.", zh: "缺少{{field}}。" }, broken: { en: 3, zh: null } },
  }),
  rule("missing-translation", "warning", "Text in one language only.", "只有一种语言的文本。"),
];

const parse = (text: string): EslintResultsWithMetadata => JSON.parse(text) as EslintResultsWithMetadata;

describe("formatJsonWithMetadata", () => {
  it("is ESLint's shape: results as --format json gives them, and metadata with cwd and rulesMeta", () => {
    const text = formatJsonWithMetadata(RESULTS, options({ rules: RULES }));
    expect(text).not.toMatch(/\n/);
    const out = parse(text);
    expect(Object.keys(out)).toEqual(["results", "metadata"]);
    expect(out.results).toEqual(JSON.parse(formatJson(RESULTS, options({ rules: RULES }))));
    expect(Object.keys(out.metadata)).toEqual(["cwd", "rulesMeta"]);
    expect(out.metadata.cwd).toBe(cwd);
    expect(out.metadata.rulesMeta).toEqual({
      "missing-value": {
        type: "problem",
        docs: { description: "A required value is missing.", url: docsUrl("missing-value") },
        messages: { missing: "{{field}} is missing." },
      },
      "missing-translation": { type: "suggestion", docs: { description: "Text in one language only.", url: docsUrl("missing-translation") } },
    });
  });

  it("describes the rules in the report's language", () => {
    const meta = parse(formatJsonWithMetadata(RESULTS, options({ rules: RULES, lang: "zh" }))).metadata.rulesMeta;
    expect(meta["missing-value"]?.docs.description).toBe("缺少必填的值。");
    expect(meta["missing-value"]?.messages).toEqual({ missing: "缺少{{field}}。" });
  });

  it("gives each message's range and message id, as ESLint's messages carry them", () => {
    const ranged: Finding = { ...error, endLine: 4, endColumn: 20, messageId: "missing" };
    const [entry] = parse(formatJsonWithMetadata([{ filePath: acme, findings: [ranged, warning] }], options({ rules: RULES }))).results;
    expect(entry?.messages.map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn, m.messageId])).toEqual([
      ["missing-translation", 2, 3, undefined, undefined, undefined],
      ["missing-value", 4, 12, 4, 20, "missing"],
    ]);
  });

  it("has the meta of every rule of clausewright, each with its page", () => {
    const meta = parse(REPORTERS["json-with-metadata"](RESULTS, options({ rules: ALL_RULES }))).metadata.rulesMeta;
    expect(Object.keys(meta)).toEqual(ALL_RULES.map((r) => r.id));
    for (const [id, m] of Object.entries(meta)) {
      expect(["problem", "suggestion"]).toContain(m.type);
      expect(m.docs.url).toBe(docsUrl(id));
      expect(m.docs.description.length).toBeGreaterThan(10);
    }
  });
});
