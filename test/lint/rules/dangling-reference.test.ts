import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintPrepared } from "../../../src/lint/engine.js";
import { danglingReferenceRule } from "../../../src/lint/rules/dangling-reference.js";
import { prepareDeal } from "../../../src/library/prepare-deal.js";
import { loadTemplate } from "../../../src/template/template.js";
import { MINI, MINI_DEAL, tempDir } from "../../helpers.js";
import { expectValues, lintDeal, spanOf } from "../lint-helpers.js";

// The sample's remedy for repeated SLA failures is term.termination_for_sla (clause 7.4).

describe("dangling-reference", () => {
  it("is an error by default", () => {
    expect(danglingReferenceRule.defaultSeverity).toBe("error");
  });

  const valid: Array<[string, Record<string, unknown>]> = [
    ["the sample's clause id", {}],
    ["a clause number that exists", { sla: { penalty: { remedy_clause: "7.4" } } }],
    ["a text that mentions a clause that exists", { team: { replacement: { support: { zh: "按第2.7条提供替代人员", en: "a replacement under Clause 2.7" } } } }],
    ["a statute's article", { data_protection: { method: { zh: "依照《个人信息保护法》第二十一条约定的方式", en: "by the method agreed under Article 21 of the Personal Information Protection Law" } } }],
  ];
  it.each(valid)("valid: %s", (_, patch) => {
    expect(lintDeal(patch, [danglingReferenceRule]).findings).toEqual([]);
  });

  const invalid: Array<{ name: string; patch: Record<string, unknown>; messageId: string; line: string; value: string; path: string; clause?: string; values: string[] }> = [
    {
      name: "a clause id that no clause has",
      patch: { sla: { penalty: { remedy_clause: "term.no_such_clause" } } },
      messageId: "clauseField",
      line: "remedy_clause: term.no_such_clause",
      value: "term.no_such_clause",
      path: "sla.penalty.remedy_clause",
      clause: "3.2",
      values: ["term.no_such_clause"],
    },
    {
      name: "a clause number that no clause has",
      patch: { sla: { penalty: { remedy_clause: "9.9" } } },
      messageId: "clauseField",
      line: "remedy_clause:",
      value: '"9.9"',
      path: "sla.penalty.remedy_clause",
      clause: "3.2",
      values: ["9.9"],
    },
    {
      name: "a clause number written in a text",
      patch: { team: { replacement: { support: { zh: "按第15.2条提供替代人员", en: "a replacement as set out in Clause 15.2" } } } },
      messageId: "numberInText",
      line: "zh: 按第15.2条提供替代人员",
      value: "按第15.2条提供替代人员",
      path: "team.replacement.support.zh",
      values: ["第15.2条"],
    },
  ];
  it.each(invalid)("invalid: $name", ({ patch, messageId, line, value, path, clause, values }) => {
    const { text, findings } = lintDeal(patch, [danglingReferenceRule]);
    expect(findings[0]).toEqual(expect.objectContaining({ ruleId: "dangling-reference", messageId, severity: "error", path, ...spanOf(text, line, value) }));
    expect(findings[0]?.clause).toBe(clause);
    expectValues(findings[0], values);
  });

  it("reports each clause number in each language's text", () => {
    const { findings } = lintDeal({ team: { replacement: { support: { zh: "按第15.2条提供替代人员", en: "a replacement as set out in Clause 15.2" } } } }, [danglingReferenceRule]);
    expect(findings.map((f) => [f.path, f.messageId])).toEqual([
      ["team.replacement.support.zh", "numberInText"],
      ["team.replacement.support.en", "numberInText"],
    ]);
  });

  it("reports the template's own reference to a clause this deal's options leave out, at its line in the source", () => {
    const dir = join(tempDir(), "mini");
    cpSync(MINI, dir, { recursive: true });
    const source = join(dir, "agreement.md");
    writeFileSync(source, readFileSync(source, "utf8").replace('亦可依{{ref "services"}}终止', '亦可依{{ref "services.extra"}}终止'));
    const deal = join(tempDir(), "deal.yaml");
    writeFileSync(deal, readFileSync(MINI_DEAL, "utf8").replace("extra: true", "extra: false"));
    const findings = lintPrepared(prepareDeal(deal, loadTemplate(dir)), undefined, [danglingReferenceRule]);
    const line = readFileSync(source, "utf8").split("\n").findIndex((l) => l.includes('{{ref "services.extra"}}')) + 1;
    expect(findings).toEqual([expect.objectContaining({ ruleId: "dangling-reference", messageId: "templateReference", file: source, line })]);
    expect(findings[0]?.message.en).toBe("The template refers to `services.extra`, which is not an article, clause or item of this agreement (with these options).");
  });
});
