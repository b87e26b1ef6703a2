// Bundles the command line into dist/bundle/ (hundreds of small modules, micromark alone dozens,
// are most of a cold start's module resolution):
// - cli.cjs: the whole command line as one CommonJS file, loaded by the bin (main.js, from
//   scripts/bin/) through V8's code cache, which scripts/code-cache.mjs writes last;
// - render-worker.js, lint-worker.js: the batch workers, ES modules, so that each worker thread
//   starts as fast as the command.
// The library (dist/src) stays unbundled.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { copyFileSync, rmSync } from "node:fs";

rmSync("dist/bundle", { recursive: true, force: true });
const common = { bundle: true, platform: "node", target: "node20", logLevel: "warning" };
await build({
  ...common,
  // the command line, and for scripts/code-cache.mjs the precompiled modules' cache
  stdin: {
    contents: 'export { run } from "./dist/src/cli/run.js";\nexport { writePrecompiledCodeCache } from "./dist/src/package/precompiled.js";\n',
    resolveDir: ".",
    sourcefile: "cli-entry.js",
  },
  outfile: "dist/bundle/cli.cjs",
  format: "cjs",
  // a CommonJS module has no import.meta: its URL is the file's own (packageRoot and createRequire read it)
  define: { "import.meta.url": "__clausewrightUrl" },
  banner: { js: "var __clausewrightUrl = require('node:url').pathToFileURL(__filename).href;" },
});
await build({
  ...common,
  outdir: "dist/bundle",
  entryPoints: {
    "render-worker": "dist/src/library/batch/render-worker.js",
    "lint-worker": "dist/src/library/batch/lint-worker.js",
  },
  splitting: true,
  format: "esm",
  // CommonJS packages inside an ES module bundle need a `require`
  banner: { js: "import { createRequire as __clausewrightRequire } from 'node:module'; const require = __clausewrightRequire(import.meta.url);" },
});
for (const file of ["main.js", "load-cli.js"]) copyFileSync(`scripts/bin/${file}`, `dist/bundle/${file}`);
const cache = spawnSync(process.execPath, ["scripts/code-cache.mjs"], { stdio: "inherit", env: { ...process.env, NODE_OPTIONS: "" } });
if (cache.status !== 0) process.exit(cache.status ?? 1);
