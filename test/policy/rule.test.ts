import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { lintPrepared } from "../../src/lint/engine.js";
import type { Finding } from "../../src/core/finding.js";
import { RULES } from "../../src/lint/rules/index.js";
import { policyRule } from "../../src/lint/rules/policy.js";
import { prepareDeal } from "../../src/library/prepare-deal.js";
import { PolicyError } from "../../src/policy/policy.js";
import { MINI_DEAL, tempDir } from "../helpers.js";
import { lineOf, merge, sampleData } from "../lint/lint-helpers.js";
import { HEAD, policyFile, withKind } from "./policy-helpers.js";

function lintWithPolicy(deal: string, policy: string | undefined, level: "error" | "warn" = "error"): Finding[] {
  const config = { rules: { policy: policy === undefined ? level : ([level, { file: policy }] as [typeof level, Record<string, unknown>]) } };
  return lintPrepared(prepareDeal(deal), config, [policyRule]);
}

function dealFile(patch: Record<string, unknown> | string): { file: string; text: string } {
  const text = typeof patch === "string" ? patch : YAML.stringify(merge(sampleData(), patch));
  const file = join(tempDir(), "deal.yaml");
  writeFileSync(file, text);
  return { file, text };
}

const POLICY = `${HEAD}  - field: sla.response.minutes
    max: 30
    message: { zh: 响应时间不得超过30分钟, en: Response time must be at most 30 minutes }
  - field: sla.availability_percent
    min: 99.5
  - field: data_protection.storage_location
    one_of: [中华人民共和国境内（不包括香港特别行政区、澳门特别行政区和台湾地区）, 中国境内, mainland China]
    severity: warning
  - field: confidentiality.years_after_termination
    required: true
  - field: fees.monthly_fee
    weight: 3
`;

describe("the policy rule", () => {
  it("does nothing without a policy file", () => {
    const { file } = dealFile({ sla: { response: { minutes: 90 } } });
    expect(lintWithPolicy(file, undefined)).toEqual([]);
  });

  it("is not among the rules a lint runs unless the lead registers it, and has an id, severity and both descriptions", () => {
    expect(policyRule.id).toBe("policy");
    expect(policyRule.defaultSeverity).toBe("error");
    expect(policyRule.description.zh).toMatch(/政策/);
    expect(policyRule.description.en).toMatch(/policy/);
    // registered or not, a lint without a policy file finds nothing for it
    const { file } = dealFile({});
    expect(lintPrepared(prepareDeal(file), undefined, [...RULES.filter((r) => r.id !== "policy"), policyRule]).filter((f) => f.ruleId === "policy")).toEqual([]);
  });

  it("reports each breach at the deal's line for the field, with the policy's message, the value and the policy's line", () => {
    const policy = policyFile(POLICY);
    const { file, text } = dealFile({
      sla: { response: { minutes: 45 }, availability_percent: 99 },
      data_protection: { storage_location: { zh: "中国境内", en: "Singapore" } },
    });
    const found = lintWithPolicy(file, policy);
    expect(found.map((f) => [f.ruleId, f.severity, f.path, f.line])).toEqual([
      ["policy", "error", "sla.response.minutes", lineOf(text, "minutes: 45")],
      ["policy", "error", "sla.availability_percent", lineOf(text, "availability_percent: 99")],
      ["policy", "warning", "data_protection.storage_location.en", lineOf(text, "en: Singapore")],
    ]);
    expect(found[0]?.message).toEqual({
      en: `Response time must be at most 30 minutes: sla.response.minutes (Response time) is 45 minutes (policy rule at ${policy}:3).`,
      zh: `响应时间不得超过30分钟：sla.response.minutes（响应时限）为45分钟（政策规则见 ${policy}:3）。`,
    });
    expect(found[0]?.column).toBe(lineOf(text, "minutes: 45") && text.split("\n")[lineOf(text, "minutes: 45") - 1]!.indexOf("45") + 1);
    expect(found[1]?.message.en).toBe(`Service availability must be at least 99.5%: sla.availability_percent (Service availability) is 99% (policy rule at ${policy}:6).`);
    expect(found[2]?.message.en).toContain('data_protection.storage_location.en (Storage location (English)) is "Singapore"');
    expect(found[2]?.message.zh).toContain("data_protection.storage_location.en（存储地点（英文））为“Singapore”");
  });

  it("gives the clause that prints the value", () => {
    const { file } = dealFile({ sla: { response: { minutes: 45 } } });
    const [f] = lintWithPolicy(file, policyFile(POLICY));
    expect(f?.clause).toMatch(/^\d+\.\d+(\([a-z]\))?$/);
  });

  it("a required field left out: at its parent's key; a whole group left out: at the top", () => {
    const policy = policyFile(POLICY);
    const a = dealFile({ confidentiality: { years_after_termination: null, other: null } });
    // YAML.stringify writes `confidentiality:` with nulls; take it out of the text instead
    const text = a.text.replace(/confidentiality:\n(  .*\n)+/, "confidentiality:\n  # none agreed\n");
    writeFileSync(a.file, text);
    const [f] = lintWithPolicy(a.file, policy);
    expect(f).toMatchObject({ path: "confidentiality.years_after_termination", line: lineOf(text, "confidentiality:"), column: 1 });
    expect(f?.message.en).toBe(`Confidentiality period after termination must be given: confidentiality.years_after_termination (Confidentiality period after termination) is not given (policy rule at ${policy}:11).`);

    const b = dealFile({});
    const without = b.text.replace(/confidentiality:\n(  .*\n)+/, "");
    writeFileSync(b.file, without);
    expect(lintWithPolicy(b.file, policy).map((x) => [x.line, x.column])).toEqual([[1, 1]]);
  });

  it("set to warn, every breach is a warning", () => {
    const { file } = dealFile({ sla: { response: { minutes: 45 } } });
    expect(lintWithPolicy(file, policyFile(POLICY), "warn").map((f) => f.severity)).toEqual(["warning"]);
  });

  it("a deal clean of the policy has no finding", () => {
    expect(lintWithPolicy(dealFile({}).file, policyFile(POLICY))).toEqual([]);
    const { file } = dealFile({ data_protection: { storage_location: { zh: "中国境内", en: "mainland China" } } });
    expect(lintWithPolicy(file, policyFile(POLICY))).toEqual([]);
  });

  it("a broken policy stops the lint with the policy's line (a ToolError: exit code 2)", () => {
    const { file } = dealFile({});
    const policy = policyFile(`${HEAD}  - field: sla.respons.minutes\n    max: 30\n`);
    expect(() => lintWithPolicy(file, policy)).toThrow(PolicyError);
    expect(() => lintWithPolicy(file, policy)).toThrow(`${policy}:3:12: the template \`customer-service\` has no field \`sla.respons.minutes\``);
  });

  it("a deal of another template: one warning at its template line, no check", () => {
    const found = lintPrepared(prepareDeal(MINI_DEAL, undefined, [join(import.meta.dirname, "..", "fixtures")]), { rules: { policy: ["error", { file: policyFile(POLICY) }] } }, [policyRule]);
    expect(found.map((f) => [f.severity, f.line, f.path])).toEqual([["warning", 1, "template"]]);
    expect(found[0]?.message.en).toMatch(/is for template `customer-service` and this deal is for `mini`/);
  });

  it("reads the policy again when it changes", () => {
    const { file } = dealFile({ sla: { response: { minutes: 45 } } });
    const policy = policyFile(POLICY);
    expect(lintWithPolicy(file, policy)).toHaveLength(1);
    writeFileSync(policy, withKind(`${HEAD}  - field: sla.response.minutes\n    max: 60\n\n`));
    expect(lintWithPolicy(file, policy)).toEqual([]);
  });
});
