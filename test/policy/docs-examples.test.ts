import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { lintPrepared } from "../../src/lint/engine.js";
import { formatStylish } from "../../src/lint/reporters/stylish.js";
import { policyRule } from "../../src/lint/rules/policy.js";
import { prepareDeal } from "../../src/library/prepare-deal.js";
import { lintDeal } from "../lint/lint-helpers.js";
import { policyFile } from "./policy-helpers.js";

// docs/rules/policy.md: its examples need a policy, so they are plain ```yaml blocks (the shared
// harness in test/lint/docs-examples.test.ts runs only ```yaml fails / passes): the block that
// starts with `# policy.yaml` is the policy, each one that starts with `# breaks the policy` or
// `# passes` a patch of the sample deal.
const ROOT = join(import.meta.dirname, "..", "..");
const PAGE = readFileSync(join(ROOT, "docs", "rules", "policy.md"), "utf8");
const blocks = [...PAGE.matchAll(/```yaml\n# (policy\.yaml|breaks the policy|passes)\n([\s\S]*?)```/g)].map((m) => ({ kind: m[1] as string, yaml: m[2] as string }));

describe("docs/rules/policy.md", () => {
  const policies = blocks.filter((b) => b.kind === "policy.yaml");
  const examples = blocks.filter((b) => b.kind !== "policy.yaml");

  it("has one policy, and examples that break it and that pass", () => {
    expect(policies).toHaveLength(1);
    expect(examples.some((e) => e.kind === "breaks the policy")).toBe(true);
    expect(examples.some((e) => e.kind === "passes")).toBe(true);
    expect(PAGE).not.toMatch(/```yaml (fails|passes)/);
  });

  const policy = policyFile(policies[0]?.yaml ?? "");
  examples.forEach((ex, i) => {
    it(`example ${i + 1} ${ex.kind}`, () => {
      const patch = YAML.parse(ex.yaml) as Record<string, unknown>;
      const rule = { ...policyRule, lint: (ctx: Parameters<typeof policyRule.lint>[0]) => policyRule.lint({ ...ctx, options: { file: policy } }) };
      const found = lintDeal(patch, [rule]).findings.filter((f) => f.ruleId === "policy");
      if (ex.kind === "passes") expect(found).toEqual([]);
      else expect(found).not.toEqual([]);
    });
  });

  it("shows the findings for samples/vendors/shenzhen-haiwan.yaml as lint prints them", () => {
    const shown = /```text\n([\s\S]*?)```/.exec(PAGE)?.[1] ?? "";
    const file = join(ROOT, "samples", "vendors", "shenzhen-haiwan.yaml");
    const findings = lintPrepared(prepareDeal(file), { rules: { policy: ["error", { file: join(ROOT, "samples", "policy.yaml") }] } }, [policyRule]);
    const printed = formatStylish(findings, { lang: "en", color: false }).split(`${ROOT}/`).join("");
    expect(shown).toBe(`${printed}\n`);
  });
});
