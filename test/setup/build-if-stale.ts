// vitest's global setup: the tests that run the command line run dist/, so `npx vitest run` after
// an edit would test a stale build. Build first whenever a source is newer than the build.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");
const SOURCES = ["src", "templates", "schemas", "scripts", "samples", "package.json", "tsconfig.json"];
const BUILT = join(ROOT, "dist", "bundle", "main.js");

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

export default function setup(): void {
  const builtAt = existsSync(BUILT) ? statSync(BUILT).mtimeMs : 0;
  const changedAt = Math.max(...SOURCES.map((s) => join(ROOT, s)).filter(existsSync).map(newest));
  if (changedAt <= builtAt) return;
  process.stderr.write("clausewright: sources are newer than dist/: building first (npm run build)\n");
  execFileSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
}
