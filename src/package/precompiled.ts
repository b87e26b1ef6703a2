import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { packageRoot } from "./package-root.js";

// Compiling the bundled schemas (ajv) and templates (Handlebars), and the DOCX package skeleton
// (the docx library), takes most of a cold start, so `npm run build` does it once into
// dist/precompiled/, keyed by the content's hash: a changed or user-supplied schema or template
// has no entry and is compiled when it is loaded, as before.
const require = createRequire(import.meta.url);

type Kind = "validator" | "template" | "parsed" | "skeleton";

export function contentKey(kind: Kind, text: string): string {
  return `${kind}-${createHash("sha256").update(text).digest("hex").slice(0, 32)}`;
}

export function precompiledDir(): string {
  return join(packageRoot(), "dist", "precompiled");
}

/** The precompiled module for this content, or undefined. */
export function loadPrecompiledModule<T>(kind: "validator" | "template", text: string): T | undefined {
  const file = join(precompiledDir(), `${contentKey(kind, text)}.cjs`);
  return existsSync(file) ? (require(file) as T) : undefined;
}

/** Precompiled data for this content (a JSON file), or undefined. */
export function loadPrecompiledJson<T>(kind: "parsed" | "skeleton", text: string): T | undefined {
  const file = join(precompiledDir(), `${contentKey(kind, text)}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : undefined;
}
