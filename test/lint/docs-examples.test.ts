import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { RULES } from "../../src/lint/rules/index.js";
import { lintDeal } from "./lint-helpers.js";

// Each rule's page carries examples that fail and pass; running them here means a page can
// never say something its rule does not do (as remark-lint does with its rules' docs).
const DOCS = join(import.meta.dirname, "..", "..", "docs", "rules");

interface Example {
  page: string;
  expect: "fails" | "passes";
  yaml: string;
}

function examples(page: string): Example[] {
  const text = readFileSync(join(DOCS, page), "utf8");
  return [...text.matchAll(/```yaml (fails|passes)\n([\s\S]*?)```/g)].map((m) => ({ page, expect: m[1] as "fails" | "passes", yaml: m[2] as string }));
}

describe("rule documentation", () => {
  it("every rule has a page, and every page a rule", () => {
    const pages = readdirSync(DOCS).filter((f) => f.endsWith(".md")).map((f) => f.replace(/\.md$/, "")).sort();
    expect(pages).toEqual(RULES.map((r) => r.id).sort());
  });

  for (const rule of RULES) {
    const list = examples(`${rule.id}.md`);
    // the policy rule needs a policy file: its page's examples run in test/policy/docs-examples.test.ts
    if (rule.id !== "policy") {
      it(`${rule.id}: its page has a failing and a passing example`, () => {
        expect(list.some((e) => e.expect === "fails")).toBe(true);
        expect(list.some((e) => e.expect === "passes")).toBe(true);
      });
    }
    list.forEach((ex, i) => {
      it(`${rule.id}: example ${i + 1} ${ex.expect}`, () => {
        const patch = YAML.parse(ex.yaml) as Record<string, unknown>;
        const ids = lintDeal(patch).findings.map((f) => f.ruleId);
        if (ex.expect === "fails") expect(ids).toContain(rule.id);
        else expect(ids).not.toContain(rule.id);
      });
    });
  }
});
