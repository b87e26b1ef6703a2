import { describe, expect, it } from "vitest";
import { prepareAndLint } from "../../src/library/lint-deal.js";
import { leafFields } from "../../src/template/schema.js";
import { writeDealSkeleton } from "../../src/template/skeleton.js";
import { loadTemplate } from "../../src/template/template.js";

const template = loadTemplate("customer-service");
const skeleton = writeDealSkeleton(template, "../schemas/customer-service.schema.json");

describe("`clausewright lint` on a fresh skeleton", () => {
  const linted = prepareAndLint({ file: "deal.yaml", text: skeleton });
  if ("error" in linted) throw new Error(linted.error);
  const { findings } = linted;

  it("says which values are missing, each at its key's line", () => {
    const missing = findings.filter((f) => f.ruleId === "missing-value");
    const paths = missing.map((f) => f.path);
    expect(paths).toContain("team.min_headcount");
    expect(paths).toContain("sla.response.minutes");
    expect(paths).toContain("party_a.credit_code");
    const lines = skeleton.split("\n");
    // at the key, or at its group when the skeleton writes another alternative (per_breach: amount)
    for (const f of missing) expect(lines[f.line - 1], f.path).toMatch(new RegExp(`^\\s*(${f.path?.split(".").join("|")}):`));
    // every field the agreement prints is reported; none is passed over as "given"
    expect(missing.length).toBeGreaterThan(leafFields(template.schema).length / 2);
  });

  it("reports no schema error for the empty values", () => {
    expect(findings.filter((f) => f.ruleId === "schema")).toEqual([]);
  });
});
