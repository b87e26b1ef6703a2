import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collectDeals, compareDeals } from "../../src/compare/index.js";
import { creditCodeProblems } from "../../src/lint/gb32100.js";
import { lintPrepared } from "../../src/lint/engine.js";
import { RULES } from "../../src/lint/rules/index.js";
import { creditCodeRule } from "../../src/lint/rules/credit-code.js";
import { policyRule } from "../../src/lint/rules/policy.js";
import { prepareDeal } from "../../src/library/prepare-deal.js";
import { loadPolicy } from "../../src/policy/policy.js";
import { valueAt } from "../../src/policy/values.js";

const ROOT = join(import.meta.dirname, "..", "..");
const DIR = join(ROOT, "samples", "vendors");
const FILES = readdirSync(DIR).filter((f) => f.endsWith(".yaml")).sort().map((f) => join(DIR, f));
const POLICY = join(ROOT, "samples", "policy.yaml");
// every rule there is, whether the lead has registered it yet or not
const ALL_RULES = [...RULES, ...[creditCodeRule, policyRule].filter((r) => !RULES.some((x) => x.id === r.id))];

describe("samples/vendors", () => {
  it("holds three offers", () => {
    expect(FILES).toHaveLength(3);
  });

  for (const file of FILES) {
    it(`${file.slice(ROOT.length + 1)} lints with no errors`, () => {
      const prepared = prepareDeal(file);
      const findings = lintPrepared(prepared, undefined, ALL_RULES.filter((r) => r.id !== "policy"));
      expect(findings.filter((f) => f.severity === "error")).toEqual([]);
      expect(prepared.template?.id).toBe("customer-service");
    });
  }

  const data = FILES.map((f) => prepareDeal(f).data ?? {});

  it("have the same Party A and different Party B suppliers, with valid credit codes", () => {
    expect(new Set(data.map((d) => JSON.stringify(valueAt(d, "party_a")))).size).toBe(1);
    expect(new Set(data.map((d) => String(valueAt(d, "party_b.credit_code")))).size).toBe(3);
    expect(new Set(data.map((d) => JSON.stringify(valueAt(d, "party_b.name")))).size).toBe(3);
    for (const d of data) {
      for (const party of ["party_a", "party_b"]) expect(creditCodeProblems(String(valueAt(d, `${party}.credit_code`)))).toEqual([]);
    }
  });

  it("each is the best offer on some terms and not on others", () => {
    const collected = collectDeals(FILES, { prepare: (f, dirs) => prepareDeal(f, undefined, dirs) });
    expect(collected.excluded).toEqual([]);
    const c = compareDeals(collected.inputs, collected.template!);
    c.vendors.forEach((_, i) => {
      const best = c.rows.filter((r) => r.cells[i]?.best).length;
      const worse = c.rows.filter((r) => r.cells.some((x) => x.best) && !r.cells[i]?.best).length;
      expect(best, c.vendors[i]?.name.en).toBeGreaterThan(0);
      expect(worse, c.vendors[i]?.name.en).toBeGreaterThan(0);
    });
  });

  it("exactly one breaks a rule of severity error in samples/policy.yaml", () => {
    const broken = FILES.filter((file) =>
      lintPrepared(prepareDeal(file), { rules: { policy: ["error", { file: POLICY }] } }, [policyRule]).some((f) => f.severity === "error"),
    );
    expect(broken.map((f) => f.slice(ROOT.length + 1))).toEqual(["samples/vendors/shenzhen-haiwan.yaml"]);
  });

  it("samples/policy.yaml uses min, max, one_of and required, and both severities", () => {
    const policy = loadPolicy(POLICY);
    expect(policy.rules.some((r) => r.min !== undefined)).toBe(true);
    expect(policy.rules.some((r) => r.max !== undefined)).toBe(true);
    expect(policy.rules.some((r) => r.one_of !== undefined)).toBe(true);
    expect(policy.rules.find((r) => r.field === "liability.cap")?.required).toBe(true);
    expect(policy.rules.find((r) => r.field === "sla.response.minutes")?.max).toBe(30);
    expect(policy.rules.find((r) => r.field === "sla.availability_percent")?.min).toBe(99.5);
    expect(policy.rules.find((r) => r.field === "data_protection.storage_location")?.one_of).toContain("mainland China");
    expect(new Set(policy.rules.map((r) => r.severity))).toEqual(new Set(["error", "warning"]));
  });
});
