import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Script } from "node:vm";
import { packageRoot } from "./package-root.js";

// Compiling the bundled schemas (ajv) and templates (Handlebars), and the DOCX package skeleton
// (the docx library), takes most of a cold start, so `npm run build` does it once into
// dist/precompiled/, keyed by the content's hash: a changed or user-supplied schema or template
// has no entry and is compiled when it is loaded, as before.
type Kind = "validator" | "template" | "parsed" | "skeleton" | "manifest";

export function contentKey(kind: Kind, text: string): string {
  return `${kind}-${createHash("sha256").update(text).digest("hex").slice(0, 32)}`;
}

export function precompiledDir(): string {
  return join(packageRoot(), "dist", "precompiled");
}

// The modules are loaded as Node loads CommonJS, but compiled with V8's code cache that the
// build writes beside each (`<module>.cjs.cache`, see writePrecompiledCodeCache): the deal's
// validator alone is 276 kB of ajv's code. A cache that does not fit is rejected by V8 and the
// module compiled from its source, as require() would.
const loaded = new Map<string, { exports: unknown; script: Script }>();

function cachedData(file: string): Buffer | undefined {
  try {
    return readFileSync(`${file}.cache`);
  } catch {
    return undefined;
  }
}

function requireWithCache(file: string): unknown {
  const known = loaded.get(file);
  if (known) return known.exports;
  // the wrapper of Node's CommonJS loader, on the first line: line numbers stay the file's
  const source = `(function (exports, require, module, __filename, __dirname) { ${readFileSync(file, "utf8")}\n});`;
  const data = cachedData(file);
  const script = new Script(source, { filename: file, ...(data ? { cachedData: data } : {}) });
  const module = { exports: {} as unknown };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  loaded.set(file, { exports: module.exports, script });
  return module.exports;
}

/** The precompiled module for this content, or undefined. */
export function loadPrecompiledModule<T>(kind: "validator" | "template", text: string): T | undefined {
  const file = join(precompiledDir(), `${contentKey(kind, text)}.cjs`);
  return existsSync(file) ? (requireWithCache(file) as T) : undefined;
}

/**
 * The build's last step: V8's code cache of each precompiled module this process has loaded and
 * run (a lint and a render of the sample), with the bytecode of every function they compiled.
 */
export function writePrecompiledCodeCache(): number {
  for (const [file, { script }] of loaded) writeFileSync(`${file}.cache`, script.createCachedData());
  return loaded.size;
}

/** Precompiled data for this content (a JSON file), or undefined. */
export function loadPrecompiledJson<T>(kind: "parsed" | "skeleton" | "manifest", text: string): T | undefined {
  const file = join(precompiledDir(), `${contentKey(kind, text)}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : undefined;
}
