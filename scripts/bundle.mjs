// Bundles the command line into dist/bundle/ (hundreds of small modules, micromark alone dozens,
// are most of a cold start's module resolution):
// - cli.cjs: the whole command line as one CommonJS file, loaded by the bin (main.js, from
//   scripts/bin/) through V8's code cache, which scripts/code-cache.mjs writes last;
// - vendor/*.cjs: the large packages of the commands that are not lint or render;
// - render-worker.js, lint-worker.js: the batch workers, each one file, so that each worker
//   thread starts as fast as the command.
// All CommonJS: Node starts a CommonJS main file without its ES module loader.
// The library (dist/src) stays unbundled.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { copyFileSync, rmSync, writeFileSync } from "node:fs";

rmSync("dist/bundle", { recursive: true, force: true });
const common = { bundle: true, platform: "node", target: "node20", logLevel: "warning" };

// The packages only some commands load (the docx library for a skeleton no build stored, exceljs
// for compare's xlsx, mammoth for scaffold, hono for serve) are kept out of cli.cjs, which every
// start reads whole, each in a CommonJS file of its own that the command requires when it runs.
const VENDOR = ["docx", "exceljs", "mammoth", "hono", "@hono/node-server"];
const vendorFile = (name) => `./vendor/${name.replace("/", "+")}.cjs`;
const vendor = {
  name: "vendor",
  setup(b) {
    b.onResolve({ filter: new RegExp(`^(${VENDOR.join("|")})$`) }, (args) => ({ path: vendorFile(args.path), external: true }));
  },
};
for (const name of VENDOR) {
  await build({
    ...common,
    stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: ".", sourcefile: `${name}-entry.js` },
    outfile: `dist/bundle/${vendorFile(name)}`,
    format: "cjs",
  });
}
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
  plugins: [vendor],
  // import() of a vendored package becomes a require() when the command runs
  supported: { "dynamic-import": false },
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
  format: "cjs",
  plugins: [vendor],
  supported: { "dynamic-import": false },
  define: { "import.meta.url": "__clausewrightUrl" },
  banner: { js: "var __clausewrightUrl = require('node:url').pathToFileURL(__filename).href;" },
});
// every .js file of dist/bundle/ is CommonJS (the web app's script is the browser's, not Node's)
writeFileSync("dist/bundle/package.json", `${JSON.stringify({ type: "commonjs" })}\n`);
copyFileSync("scripts/bin/main.js", "dist/bundle/main.js");
const cache = spawnSync(process.execPath, ["scripts/code-cache.mjs"], { stdio: "inherit", env: { ...process.env, NODE_OPTIONS: "" } });
if (cache.status !== 0) process.exit(cache.status ?? 1);
