import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import YAML, { LineCounter } from "yaml";
import { ToolError } from "../core/errors.js";
import { COLLECTION_KEY, collectionKeyOffset } from "../load/collection-key.js";
import type { Bilingual } from "../core/bilingual.js";
import { templateHelpers } from "./helpers.js";
import { compileSource, loadPrecompiled, TemplateSyntaxError, type ClauseRefUse, type CompiledSource, type FieldUse } from "./compile.js";
import { loadPrecompiledJson, loadPrecompiledModule } from "../package/precompiled.js";
import { validatorFor } from "./compile-schema.js";

function precompiledOrCompiled(sourceText: string, sourceFile: string): CompiledSource {
  const pre = loadPrecompiledModule<{ spec: TemplateSpecification; fields: FieldUse[]; clauseRefs: ClauseRefUse[] }>("template", sourceText);
  return pre ? loadPrecompiled(pre.spec, pre.fields, pre.clauseRefs, templateHelpers) : compileSource(sourceText, sourceFile, templateHelpers);
}
import { packageRoot } from "../package/package-root.js";
import type { PartyKind } from "./party-kind.js";
import type { SchemaNode } from "./schema.js";

export interface PartySpec {
  field: string;
  role: Bilingual<string>;
  /** company when absent (party-kind.ts) */
  kind?: PartyKind;
}

export interface Manifest {
  id: string;
  version: string;
  title: Bilingual<string>;
  schema: string;
  source: string;
  agreement_number?: string;
  prevailing_language?: string;
  parties: PartySpec[];
  fonts?: { east_asian?: string; latin?: string };
  /** The kinds of clause the template names (remedy, signing …), with their names for messages. */
  clause_kinds?: Record<string, Bilingual<string>>;
  /** Clause id → its kinds: what a reference field (x-clause-kind) may point at. */
  clauses?: Record<string, string[]>;
}

export interface Template {
  id: string;
  dir: string;
  manifest: Manifest;
  sourceFile: string;
  sourceText: string;
  schemaFile: string;
  schema: SchemaNode;
  compiled: CompiledSource;
  fonts: Fonts;
}

/** The fonts a template is set in: per script, so a line mixing Chinese and Latin text comes out right. */
export interface Fonts {
  eastAsian: string;
  latin: string;
}

export class TemplateNotFoundError extends ToolError {}

let manifestSchema: object | undefined;

/** The manifest, checked against schemas/template-manifest.schema.json: a broken one names its line. */
function readManifest(file: string): Manifest {
  const text = readFileSync(file, "utf8");
  // a bundled template's manifest, parsed and checked by the build (src/precompile/build.ts)
  const stored = loadPrecompiledJson<Manifest>("manifest", text);
  if (stored) return stored;
  const lineCounter = new LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter });
  const where = (offset: number | undefined) => {
    const p = lineCounter.linePos(offset ?? 0);
    return { line: p.line, column: p.col };
  };
  const first = doc.errors[0];
  if (first) {
    const p = where(first.pos[0]);
    throw new TemplateSyntaxError(file, p.line, p.column, `YAML syntax error: ${first.message.split("\n")[0]}`);
  }
  const keyAt = collectionKeyOffset(doc);
  if (keyAt !== undefined) {
    const p = where(keyAt);
    throw new TemplateSyntaxError(file, p.line, p.column, COLLECTION_KEY);
  }
  const data = doc.toJS() as unknown;
  manifestSchema ??= JSON.parse(readFileSync(join(schemasDir(), "template-manifest.schema.json"), "utf8")) as object;
  const validateManifest = validatorFor(manifestSchema);
  if (!validateManifest(data)) {
    const e = validateManifest.errors?.[0];
    const path = (e?.instancePath ?? "").split("/").slice(1);
    const node = path.length ? (doc.getIn(path, true) as { range?: [number, number] } | undefined) : undefined;
    const p = where(node?.range?.[0]);
    const extra = e?.keyword === "additionalProperties" ? ` (\`${(e.params as { additionalProperty: string }).additionalProperty}\`)` : "";
    throw new TemplateSyntaxError(file, p.line, p.column, `invalid manifest: ${e?.instancePath || "(top)"} ${e?.message}${extra}; see schemas/template-manifest.schema.json`);
  }
  return data as Manifest;
}

/** Where a key of the manifest is written, to point at it. */
function manifestKey(manifestFile: string, manifestText: string, key: string): string {
  const line = manifestText.split("\n").findIndex((l) => l.startsWith(`${key}:`)) + 1;
  return `${manifestFile}:${Math.max(1, line)}:1`;
}

/** A file the manifest names, which must stay inside the template's folder: a template is one folder. */
function inside(dir: string, name: string, manifestFile: string, manifestText: string, key: string): string {
  const file = resolve(dir, name);
  const rel = relative(dir, file);
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) {
    throw new ToolError(`${manifestKey(manifestFile, manifestText, key)}: \`${key}: ${name}\` must name a file inside the template's folder ${dir}`);
  }
  return file;
}

/** A bundled schema by its id: a name, never a path. */
function namedSchema(id: string, manifestFile: string, manifestText: string): string {
  if (!/^[a-z0-9][a-z0-9._-]*$/i.test(id) || id.includes("..")) {
    throw new ToolError(`${manifestKey(manifestFile, manifestText, "schema")}: \`schema: ${id}\` is neither a schema id (schemas/<id>.schema.json) nor a file ending in .json inside the template's folder`);
  }
  return join(schemasDir(), `${id}.schema.json`);
}

function readTemplateFile(file: string, manifestFile: string, manifestText: string, key: string): string {
  try {
    if (!statSync(file).isFile()) throw Object.assign(new Error("not a file"), { code: "EISDIR" });
    return readFileSync(file, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder, not a file" : String(code ?? err);
    throw new ToolError(`${manifestKey(manifestFile, manifestText, key)}: cannot read the ${key} ${file}: ${why}`);
  }
}

/** The input schema: JSON, and a JSON Schema ajv can compile, or a ToolError at its line. */
function readSchema(file: string, manifestFile: string, manifestText: string): SchemaNode {
  const text = readTemplateFile(file, manifestFile, manifestText, "schema");
  let schema: SchemaNode;
  try {
    schema = JSON.parse(text) as SchemaNode;
  } catch (err) {
    const msg = (err as Error).message;
    const at = Number(/position (\d+)/.exec(msg)?.[1] ?? 0);
    const before = text.slice(0, at).split("\n");
    throw new TemplateSyntaxError(file, before.length, (before.at(-1)?.length ?? 0) + 1, `not JSON: ${msg.replace(/ in JSON at position \d+.*$/, "")}`);
  }
  if (schema === null || typeof schema !== "object" || Array.isArray(schema)) throw new TemplateSyntaxError(file, 1, 1, "a schema is a JSON object");
  try {
    validatorFor(schema);
  } catch (err) {
    throw new TemplateSyntaxError(file, 1, 1, `not a JSON Schema that can be used: ${(err as Error).message.split("\n")[0]}`);
  }
  return schema;
}

/**
 * What makes a source no agreement, found before it is compiled: no article at all (an empty
 * file), or an id given to two articles, clauses or items (references would not know which).
 */
function checkSource(text: string, file: string): void {
  const lines = text.split("\n");
  if (!lines.some((l) => /^# .*(?<!\{)\{#[^}\s]+/.test(l))) {
    throw new TemplateSyntaxError(file, 1, 1, "the source has no article (`# 中文标题 | English title {#id}`): a template needs at least one");
  }
  const seen = new Map<string, number>();
  lines.forEach((l, i) => {
    // `{#id}` marks a heading or an item; `{{#if …}}` is a block of the template language
    const m = /^(?:#{1,2} .*|- )(?<!\{)\{#([^}\s]+)/.exec(l);
    if (!m) return;
    const id = m[1] as string;
    const first = seen.get(id);
    if (first !== undefined) throw new TemplateSyntaxError(file, i + 1, l.indexOf(`{#${id}`) + 1, `the id \`${id}\` is given twice (first at line ${first}): every article, clause and item needs its own`);
    seen.set(id, i + 1);
  });
}

export function templatesDir(): string {
  return join(packageRoot(), "templates");
}

export function schemasDir(): string {
  return join(packageRoot(), "schemas");
}

/** The bundled templates' ids, in alphabetical order. */
export function listTemplateIds(): string[] {
  const dir = templatesDir();
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, "template.yaml")))
    .map((d) => d.name)
    .sort();
}

// Loaded once per process: a batch of deals compiles each template once.
const cache = new Map<string, Template>();

/**
 * A template by folder path, or by id: looked up in `searchDirs` (a user's own template
 * repository) first, then among the bundled templates.
 */
export function loadTemplate(idOrDir: string, searchDirs: readonly string[] = []): Template {
  const dir =
    idOrDir.includes("/") || isAbsolute(idOrDir)
      ? resolve(idOrDir)
      : ([...searchDirs, templatesDir()].map((d) => resolve(d, idOrDir)).find((d) => existsSync(join(d, "template.yaml"))) ??
        join(templatesDir(), idOrDir));
  const cached = cache.get(dir);
  if (cached) return cached;
  const manifestFile = join(dir, "template.yaml");
  if (!existsSync(manifestFile)) {
    const known = existsSync(templatesDir()) ? listTemplateIds() : [];
    throw new TemplateNotFoundError(
      `no template \`${idOrDir}\` (looked for ${manifestFile}). Known templates: ${known.join(", ") || "none"}.`,
    );
  }
  const manifest = readManifest(manifestFile);
  const manifestText = readFileSync(manifestFile, "utf8");
  const schemaFile = manifest.schema.endsWith(".json") ? inside(dir, manifest.schema, manifestFile, manifestText, "schema") : namedSchema(manifest.schema, manifestFile, manifestText);
  const schema = readSchema(schemaFile, manifestFile, manifestText);
  const sourceFile = inside(dir, manifest.source, manifestFile, manifestText, "source");
  const sourceText = readTemplateFile(sourceFile, manifestFile, manifestText, "source");
  checkSource(sourceText, sourceFile);
  const template: Template = {
    id: manifest.id,
    dir,
    manifest,
    sourceFile,
    sourceText,
    schemaFile,
    schema,
    compiled: precompiledOrCompiled(sourceText, sourceFile),
    fonts: {
      eastAsian: manifest.fonts?.east_asian ?? "SimSun",
      latin: manifest.fonts?.latin ?? "Times New Roman",
    },
  };
  cache.set(dir, template);
  return template;
}
