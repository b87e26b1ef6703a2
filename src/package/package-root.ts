import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The folder of clausewright's own package.json, whether run from src/ (tests) or dist/src/. */
let root: string | undefined;

export function packageRoot(): string {
  root ??= findRoot();
  return root;
}

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, "utf8")) as { name?: string }).name === "clausewright") return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error("clausewright: cannot find its own package folder");
    dir = up;
  }
}
