import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintPrepared } from "../../src/lint/engine.js";
import { formatMessage, MessageError, placeholdersOf } from "../../src/lint/messages.js";
import type { Rule } from "../../src/lint/rule.js";
import { RULES } from "../../src/lint/rules/index.js";
import { prepareDeal } from "../../src/library/prepare-deal.js";
import { SAMPLE } from "./lint-helpers.js";

const TABLE = {
  plain: { en: "No value.", zh: "无值。" },
  field: { en: "{{path}} ({{label}}) is {{ value }}.", zh: "{{path}}（{{label}}）为{{value}}。" },
};

describe("formatMessage", () => {
  it("fills each placeholder, a bilingual value with each language's half", () => {
    expect(formatMessage("r", TABLE, "field", { path: "fees.cap", label: { en: "Cap", zh: "上限" }, value: 5 })).toEqual({ en: "fees.cap (Cap) is 5.", zh: "fees.cap（上限）为5。" });
  });

  it("leaves a value's own braces as they are", () => {
    expect(formatMessage("r", TABLE, "field", { path: "{{label}}", label: "x", value: "{{value}}" }).en).toBe("{{label}} (x) is {{value}}.");
  });

  it("needs no data for a message without placeholders", () => {
    expect(formatMessage("r", TABLE, "plain")).toEqual({ en: "No value.", zh: "无值。" });
  });

  it("throws for a message the table does not have", () => {
    expect(() => formatMessage("r", TABLE, "other")).toThrow(new MessageError('rule r reports message "other", which is not in its messages table'));
    expect(() => formatMessage("r", TABLE, "toString")).toThrow(MessageError);
  });

  it("throws for a placeholder the data does not give", () => {
    expect(() => formatMessage("r", TABLE, "field", { path: "fees.cap", value: 5 })).toThrow(new MessageError('rule r, message "field" (en): no data for {{label}}'));
  });

  it("lists a message's placeholders", () => {
    expect(placeholdersOf(TABLE.field.en)).toEqual(["path", "label", "value"]);
  });
});

describe("the engine and a rule's messages", () => {
  const rule = (report: Parameters<Rule["lint"]>[0]["report"] extends (r: infer R) => void ? R : never): Rule => ({
    id: "test-rule",
    defaultSeverity: "error",
    description: { en: "A rule for the test.", zh: "测试用规则。" },
    messages: TABLE,
    lint: (ctx) => ctx.report(report),
  });

  it("fills the message from the table and sets the messageId", () => {
    const [f] = lintPrepared(prepareDeal(SAMPLE), undefined, [rule({ messageId: "field", data: { path: "p", label: "l", value: 1 }, path: "template" })]);
    expect(f).toMatchObject({ ruleId: "test-rule", messageId: "field", message: { en: "p (l) is 1.", zh: "p（l）为1。" } });
  });

  it("throws for a report the table cannot fill: a bug in the rule, not a finding", () => {
    expect(() => lintPrepared(prepareDeal(SAMPLE), undefined, [rule({ messageId: "nope" })])).toThrow(MessageError);
    expect(() => lintPrepared(prepareDeal(SAMPLE), undefined, [rule({ messageId: "field", data: { path: "p" } })])).toThrow(MessageError);
  });
});

// Each rule's test file asserts the messageId of each case (`messageId: "…"`): every message in
// a table is given by some case, so a message no input reaches, or one whose data a rule does
// not supply (the engine throws), is found.
const TESTS = join(import.meta.dirname, "rules");

describe.each(RULES.map((r) => [r.id, r] as const))("%s's messages", (id, rule) => {
  const ids = Object.keys(rule.messages);

  it("has at least one, each named in camelCase, in both languages", () => {
    expect(ids.length).toBeGreaterThan(0);
    for (const messageId of ids) {
      expect(messageId).toMatch(/^[a-z][a-zA-Z0-9]*$/);
      const m = rule.messages[messageId];
      expect(m?.en.trim()).not.toBe("");
      expect(m?.zh.trim()).not.toBe("");
      // a stray brace is a placeholder mistyped
      for (const text of [m?.en ?? "", m?.zh ?? ""]) expect(text.replace(/\{\{\s*[A-Za-z_]\w*\s*\}\}/g, "")).not.toMatch(/\{\{|\}\}/);
    }
  });

  it("each is what some case of its test file expects", () => {
    const source = readFileSync(join(TESTS, `${id}.test.ts`), "utf8");
    const tested = new Set([...source.matchAll(/messageId: "(\w+)"/g)].map((m) => m[1]));
    expect(ids.filter((messageId) => !tested.has(messageId))).toEqual([]);
  });
});
