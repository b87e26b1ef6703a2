import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { loadPolicy, PolicyError } from "../../src/policy/policy.js";
import { ToolError } from "../../src/core/errors.js";
import { HEAD, policyFile } from "./policy-helpers.js";

const ROOT = join(import.meta.dirname, "..", "..");

function failure(yaml: string): PolicyError {
  const file = policyFile(yaml);
  try {
    loadPolicy(file);
  } catch (err) {
    expect(err).toBeInstanceOf(PolicyError);
    expect(err).toBeInstanceOf(ToolError);
    const e = err as PolicyError;
    expect(e.message.startsWith(`${file}:${e.line}:${e.column}: `)).toBe(true);
    return e;
  }
  throw new Error("the policy loaded");
}

describe("loadPolicy", () => {
  it("loads the sample policy: rules with their lines, severity error by default, weights", () => {
    const policy = loadPolicy(join(ROOT, "samples", "policy.yaml"));
    expect(policy.template).toBe("customer-service");
    expect(policy.forTemplate.id).toBe("customer-service");
    const response = policy.rules.find((r) => r.field === "sla.response.minutes");
    expect(response).toMatchObject({ max: 30, severity: "error", weight: 3, message: { zh: "响应时间不得超过30分钟", en: "Response time must be at most 30 minutes" } });
    const text = readFileSync(join(ROOT, "samples", "policy.yaml"), "utf8").split("\n");
    expect(text[(response?.position.line ?? 0) - 1]).toContain("field: sla.response.minutes");
    expect(policy.weights.get("fees.monthly_fee")).toBe(4);
    expect(policy.rules.find((r) => r.field === "data_protection.incident_notice_hours")?.severity).toBe("error");
  });

  it("the sample policy is valid against its JSON Schema (as an editor would check it)", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, "schemas", "policy.schema.json"), "utf8")) as object);
    expect(validate(YAML.parse(readFileSync(join(ROOT, "samples", "policy.yaml"), "utf8"))), JSON.stringify(validate.errors)).toBe(true);
    expect(readFileSync(join(ROOT, "samples", "policy.yaml"), "utf8").split("\n")[0]).toBe("# yaml-language-server: $schema=../schemas/policy.schema.json");
  });

  it("a YAML syntax error: at its line", () => {
    const e = failure(`${HEAD}  - field: sla.response.minutes\n    max: [30\n`);
    expect(e.line).toBeGreaterThanOrEqual(4);
    expect(e.reason).toMatch(/YAML syntax error/);
  });

  it("an unknown key: at its line, naming it", () => {
    const e = failure(`${HEAD}  - field: sla.response.minutes\n    maximum: 30\n`);
    expect(e.line).toBe(4);
    expect(e.reason).toContain("unknown key `maximum`");
  });

  it("a rule that checks nothing and weighs nothing", () => {
    const e = failure(`${HEAD}  - field: sla.response.minutes\n    severity: error\n`);
    expect(e.line).toBe(3);
    expect(e.reason).toContain("at least one of min, max, one_of, required or weight");
  });

  it("a wrong severity, a negative weight, a message in one language", () => {
    expect(failure(`${HEAD}  - field: sla.response.minutes\n    max: 30\n    severity: fatal\n`)).toMatchObject({ line: 5 });
    expect(failure(`${HEAD}  - field: sla.response.minutes\n    weight: -1\n`)).toMatchObject({ line: 4 });
    expect(failure(`${HEAD}  - field: sla.response.minutes\n    max: 30\n    message: { en: too slow }\n`).reason).toContain("`zh` is required");
  });

  it("a field that the template's schema does not have is an error in the policy, at its line, with a suggestion", () => {
    const e = failure(`${HEAD}  - field: sla.availability_percent\n    min: 99\n  - field: sla.minutes\n    max: 30\n`);
    expect(e.line).toBe(5);
    expect(e.column).toBe(12);
    expect(e.reason).toBe("the template `customer-service` has no field `sla.minutes` (did you mean `sla.response.minutes`?)");
  });

  it("min and max only on numbers; one_of not on a group; an enum's one_of among its values", () => {
    expect(failure(`${HEAD}  - field: data_protection.storage_location\n    min: 1\n`).reason).toMatch(/min and max apply to numbers/);
    expect(failure(`${HEAD}  - field: sla.response\n    one_of: [1]\n`).reason).toMatch(/group of fields/);
    const e = failure(`${HEAD}  - field: dispute.method\n    one_of: [arbitration, mediation]\n`);
    expect(e.reason).toContain('`"mediation"` is not a value of `dispute.method`');
    expect(e.line).toBe(4);
  });

  it("min above max", () => {
    expect(failure(`${HEAD}  - field: sla.response.minutes\n    min: 40\n    max: 30\n`)).toMatchObject({ line: 5, reason: expect.stringContaining("below min") });
  });

  it("a weight only on a comparable term, and once per field", () => {
    expect(failure(`${HEAD}  - field: dispute.method\n    weight: 2\n`).reason).toMatch(/only comparable terms/);
    const e = failure(`${HEAD}  - field: sla.response.minutes\n    weight: 2\n  - field: sla.response.minutes\n    max: 30\n    weight: 3\n`);
    expect(e.line).toBe(7);
    expect(e.reason).toContain("already weighted by the rule at line 4");
  });

  it("an unknown template, at the template line", () => {
    const e = failure("rules: []\ntemplate: no-such-template\n");
    expect(e.line).toBe(2);
    expect(e.reason).toMatch(/unknown template `no-such-template`/);
  });

  it("an unreadable policy file is a ToolError", () => {
    expect(() => loadPolicy(join(ROOT, "no-such-policy.yaml"))).toThrow(/cannot read the policy file: no such file/);
  });
});
