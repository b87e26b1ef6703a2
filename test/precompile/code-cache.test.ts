// V8's code cache that `npm run build` writes for the bundled command line and the precompiled
// modules: present, and accepted by this Node (a rejected cache still works, only slower, so
// nothing but these tests would notice a build that stopped writing a usable one).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contentKey, precompiledDir } from "../../src/package/precompiled.js";
import { loadTemplate } from "../../src/template/template.js";

const ROOT = join(import.meta.dirname, "..", "..");

/** Runs an ES module script in a `node` without flags, as the bin runs (vitest's own process has some). */
function node(script: string): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" } });
}

describe("the build's code cache", () => {
  it("the command line's cache is accepted, and the bin runs through it", () => {
    expect(existsSync(join(ROOT, "dist", "bundle", "cli.cjs.cache"))).toBe(true);
    const run = node(
      'import { createRequire } from "node:module"; const { loadCli } = createRequire(import.meta.url)("./dist/bundle/main.js"); const { cli, cacheRejected } = loadCli(); process.stdout.write(JSON.stringify({ cacheRejected, run: typeof cli.run }));',
    );
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ cacheRejected: false, run: "function" });
  });

  it("the sample's validator and template have a cache that V8 accepts", () => {
    const template = loadTemplate("customer-service");
    const files = [contentKey("validator", JSON.stringify(template.schema)), contentKey("template", template.sourceText)].map((k) => join(precompiledDir(), `${k}.cjs`));
    for (const file of files) {
      expect(existsSync(`${file}.cache`), file).toBe(true);
      const script = [
        'import { readFileSync } from "node:fs"; import { Script } from "node:vm";',
        `const file = ${JSON.stringify(file)};`,
        'const source = `(function (exports, require, module, __filename, __dirname) { ${readFileSync(file, "utf8")}\\n});`;',
        'const s = new Script(source, { filename: file, cachedData: readFileSync(file + ".cache") });',
        "process.stdout.write(String(s.cachedDataRejected));",
      ].join("\n");
      const run = node(script);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout, file).toBe("false");
    }
    // the wrapper above is the loader's own: if it changed, the cache would be written for another source
    expect(readFileSync(join(ROOT, "src", "package", "precompiled.ts"), "utf8")).toContain("`(function (exports, require, module, __filename, __dirname) { ${readFileSync(file, \"utf8\")}\\n});`");
  });
});
