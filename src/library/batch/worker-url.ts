import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { packageRoot } from "../../package/package-root.js";

/** A batch worker's module: the bundled one beside the bundled command; the library's own when run unbundled. */
export function workerUrl(name: "render-worker" | "lint-worker"): URL {
  const bundled = join(packageRoot(), "dist", "bundle", `${name}.js`);
  return pathToFileURL(existsSync(bundled) ? bundled : join(packageRoot(), "dist", "src", "library", "batch", `${name}.js`));
}
