import { existsSync, readFileSync, readdirSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import YAML, { LineCounter } from "yaml";
import { ToolError } from "../core/errors.js";
import type { Bilingual } from "../core/bilingual.js";
import { templateHelpers } from "./helpers.js";
import { compileSource, loadPrecompiled, TemplateSyntaxError, type ClauseRefUse, type CompiledSource, type FieldUse } from "./compile.js";
import { loadPrecompiledModule } from "../package/precompiled.js";
import { validatorFor } from "./compile-schema.js";

function precompiledOrCompiled(sourceText: string, sourceFile: string): CompiledSource {
  const pre = loadPrecompiledModule<{ spec: TemplateSpecification; fields: FieldUse[]; clauseRefs: ClauseRefUse[] }>("template", sourceText);
  return pre ? loadPrecompiled(pre.spec, pre.fields, pre.clauseRefs, templateHelpers) : compileSource(sourceText, sourceFile, templateHelpers);
}
import { packageRoot } from "../package/package-root.js";
import type { SchemaNode } from "./schema.js";

export interface PartySpec {
  field: string;
  role: Bilingual<string>;
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
  const lineCounter = new LineCounter();
  const doc = YAML.parseDocument(readFileSync(file, "utf8"), { lineCounter });
  const where = (offset: number | undefined) => {
    const p = lineCounter.linePos(offset ?? 0);
    return { line: p.line, column: p.col };
  };
  const first = doc.errors[0];
  if (first) {
    const p = where(first.pos[0]);
    throw new TemplateSyntaxError(file, p.line, p.column, `YAML syntax error: ${first.message.split("\n")[0]}`);
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
  const schemaFile = manifest.schema.endsWith(".json") ? resolve(dir, manifest.schema) : join(schemasDir(), `${manifest.schema}.schema.json`);
  const schema = JSON.parse(readFileSync(schemaFile, "utf8")) as SchemaNode;
  const sourceFile = join(dir, manifest.source);
  const sourceText = readFileSync(sourceFile, "utf8");
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
