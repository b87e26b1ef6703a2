// A bundled template's manifest is read from dist/precompiled, as the build parsed it: it must be
// what its YAML says now, and a manifest that differs from the bundled one must not find it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { loadPrecompiledJson } from "../../src/package/precompiled.js";
import { listTemplateIds, templatesDir } from "../../src/template/template.js";

// `npm test` builds first; these check what `npm run build` left in dist/precompiled.
describe("manifests precompiled by the build", () => {
  it.each(listTemplateIds())("%s: stored, and equal to its YAML", (id) => {
    const text = readFileSync(join(templatesDir(), id, "template.yaml"), "utf8");
    const stored = loadPrecompiledJson("manifest", text);
    expect(stored).toBeDefined();
    expect(stored).toEqual(YAML.parse(text));
    expect(loadPrecompiledJson("manifest", `${text}\n# edited\n`)).toBeUndefined();
  });
});
