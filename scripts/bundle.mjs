// Bundles the command line into dist/bundle/: one file per command instead of hundreds of small
// modules (micromark alone is dozens), which is most of a cold start's module resolution.
// The library (dist/src) stays unbundled; the batch worker is bundled too, so each worker
// thread starts as fast as the command.
import { build } from "esbuild";

import { rmSync } from "node:fs";

rmSync("dist/bundle", { recursive: true, force: true });
await build({
  entryPoints: {
    main: "dist/src/cli/main.js",
    "render-worker": "dist/src/library/batch/render-worker.js",
    "lint-worker": "dist/src/library/batch/lint-worker.js",
  },
  outdir: "dist/bundle",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  logLevel: "warning",
  // CommonJS packages inside an ES module bundle need a `require`
  banner: { js: "import { createRequire as __clausewrightRequire } from 'node:module'; const require = __clausewrightRequire(import.meta.url);" },
});
