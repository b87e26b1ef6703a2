import { existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { ToolError } from "../core/errors.js";

// tinyglobby (and picomatch) are loaded only when a glob or a folder is given: linting one
// named file, as an editor does on every keystroke, does not pay for them.
const require = createRequire(import.meta.url);
const glob = (): typeof import("tinyglobby") => require("tinyglobby") as typeof import("tinyglobby");
const MAYBE_GLOB = /[*?[\]{}()!+@]/;

/**
 * Files and globs as given (quoted globs are expanded here, so they work the same in every
 * shell and on CI), in a stable order, each once. A folder means the YAML files inside it.
 */
export function expandFiles(patterns: readonly string[]): string[] {
  const files = new Set<string>();
  for (const pattern of patterns) {
    if (MAYBE_GLOB.test(pattern) && glob().isDynamicPattern(pattern)) {
      const matched = glob().globSync(pattern, { onlyFiles: true, expandDirectories: false }).sort();
      if (matched.length === 0) throw new ToolError(`no files match \`${pattern}\``);
      for (const f of matched) files.add(f);
    } else if (existsSync(pattern) && statSync(pattern).isDirectory()) {
      const matched = glob().globSync("**/*.{yaml,yml}", { cwd: pattern, absolute: false, ignore: ["**/node_modules/**"] })
        .sort()
        .map((f) => `${pattern.replace(/\/$/, "")}/${f}`);
      if (matched.length === 0) throw new ToolError(`no YAML files in the folder \`${pattern}\``);
      for (const f of matched) files.add(f);
    } else {
      // a plain name that does not exist is reported when it is read: exit code 2 there
      files.add(pattern);
    }
  }
  return [...files];
}
