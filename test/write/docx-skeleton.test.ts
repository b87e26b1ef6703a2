// The DOCX package skeleton that `npm run build` stores in dist/precompiled must be what the
// docx library makes now, for every bundled template, layout and prevailing language; and a
// render of the sample must not load the library at all.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LAYOUTS } from "../../src/core/layout.js";
import { contentKey, loadPrecompiledJson, precompiledDir } from "../../src/package/precompiled.js";
import { listTemplateIds, loadTemplate } from "../../src/template/template.js";
import { compileFixedParts, skeletonKey, storedSkeleton, type StoredSkeleton } from "../../src/write/docx-package.js";
import { fixedPartsInput } from "../../src/write/docx.js";

const ROOT = join(import.meta.dirname, "..", "..");

const cases = listTemplateIds().flatMap((id) => {
  const template = loadTemplate(id);
  return LAYOUTS.flatMap((layout) =>
    (["zh", "en", null] as const).map((prevailing) => {
      const input = fixedPartsInput(
        { fonts: template.fonts, title: template.manifest.title, templateId: template.id, templateVersion: template.manifest.version, prevailing },
        layout,
      );
      return [`${id} ${layout}, prevailing ${String(prevailing)}`, input] as const;
    }),
  );
});

// `npm test` builds first; these check what `npm run build` left in dist/precompiled.
describe("DOCX skeletons precompiled by the build", () => {
  it.each(cases)("%s: stored, and equal to the library's own", async (_, input) => {
    const stored = loadPrecompiledJson<StoredSkeleton>("skeleton", skeletonKey(input));
    expect(stored).toBeDefined();
    expect(stored).toEqual(storedSkeleton(await compileFixedParts(input)));
  });

  it("one file for each distinct skeleton, and no stale ones", () => {
    const expected = new Set(cases.map(([, input]) => `${contentKey("skeleton", skeletonKey(input))}.json`));
    const files = readdirSync(precompiledDir()).filter((f) => f.startsWith("skeleton-"));
    expect(new Set(files)).toEqual(expected);
  });

  it("a render of the sample does not load the docx library", () => {
    // a module hook that prints every file the process loads
    const hook = `data:text/javascript,${encodeURIComponent(
      'export async function load(url, context, next) { if (url.startsWith("file:")) process.stderr.write("LOADED " + url + "\\n"); return next(url, context); }',
    )}`;
    const script = [
      'import { register } from "node:module";',
      `register(${JSON.stringify(hook)});`,
      'const { prepareDeal } = await import("./dist/src/library/prepare-deal.js");',
      'const { writeDocx } = await import("./dist/src/write/docx.js");',
      'const { agreement } = prepareDeal("samples/customer-service.yaml");',
      'const bytes = await writeDocx(agreement, { layout: "parallel" });',
      'process.stdout.write(String(bytes.length));',
    ].join("\n");
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    expect(Number(run.stdout)).toBeGreaterThan(10_000);
    const loaded = run.stderr.split("\n").filter((l) => l.startsWith("LOADED "));
    expect(loaded.some((l) => l.includes("/dist/src/write/docx-body.js"))).toBe(true);
    expect(loaded.filter((l) => l.includes("/node_modules/docx/") || l.includes("/write/docx-skeleton.js"))).toEqual([]);
  });
});
