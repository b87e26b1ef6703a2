import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseEvaluatedSource } from "../../src/agreement/parse-source.js";
import { evaluate } from "../../src/evaluate/evaluate.js";
import { parseDealText, readDealFile } from "../../src/load/deal-file.js";
import { loadPrecompiledJson } from "../../src/package/precompiled.js";
import { writeDealSkeleton } from "../../src/template/skeleton.js";
import { loadTemplate } from "../../src/template/template.js";
import { withoutEmpty } from "../../src/validate/validate.js";

const ROOT = join(import.meta.dirname, "..", "..");
const template = loadTemplate("customer-service");

function evaluatedSource(yamlFile: string | { text: string }): string {
  const loaded = typeof yamlFile === "string" ? readDealFile(yamlFile) : parseDealText(yamlFile.text, "skeleton.yaml");
  if (!loaded.ok) throw new Error(`${String(yamlFile)} did not load`);
  return evaluate(template.compiled.render, (withoutEmpty(loaded.deal.data) ?? {}) as Record<string, unknown>).markdown;
}

// `npm test` builds first; these check what `npm run build` left in dist/precompiled.
describe("parsed sources precompiled by the build", () => {
  const samples = readdirSync(join(ROOT, "samples"), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".yaml") && f !== "policy.yaml")
    .map((f) => join(ROOT, "samples", f));

  it.each(samples.map((f) => [f.slice(ROOT.length + 1), f]))("%s: its variant has a stored parse, equal to a fresh one", (_, file) => {
    const markdown = evaluatedSource(file);
    const stored = loadPrecompiledJson("parsed", markdown);
    expect(stored).toBeDefined();
    expect(stored).toEqual(parseEvaluatedSource(markdown));
  });

  it("the init skeleton's variant is stored too", () => {
    const markdown = evaluatedSource({ text: writeDealSkeleton(template, "skeleton") });
    expect(loadPrecompiledJson("parsed", markdown)).toEqual(parseEvaluatedSource(markdown));
  });
});
