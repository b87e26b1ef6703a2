// Bundles the web app's page (clausewright serve) into dist/bundle/web/: one script and one
// stylesheet, served by the app itself, so the page needs no network. Run after scripts/bundle.mjs
// (which empties dist/bundle).
import { build } from "esbuild";
import { copyFileSync, mkdirSync } from "node:fs";

mkdirSync("dist/bundle/web", { recursive: true });
await build({
  entryPoints: { app: "src/serve/web/app.ts" },
  outdir: "dist/bundle/web",
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  minify: true,
  legalComments: "none",
  logLevel: "warning",
});
copyFileSync("src/serve/web/app.css", "dist/bundle/web/app.css");
