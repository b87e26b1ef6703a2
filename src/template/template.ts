import { existsSync, readFileSync, readdirSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import YAML from "yaml";
import { ToolError } from "../errors.js";
import type { Bilingual, Fonts } from "../agreement/types.js";
import { templateHelpers } from "../evaluate/evaluate.js";
import { compileSource, type CompiledSource } from "./compile.js";
import { packageRoot } from "./package-root.js";
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

export class TemplateNotFoundError extends ToolError {}

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
  const manifest = YAML.parse(readFileSync(manifestFile, "utf8")) as Manifest;
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
    compiled: compileSource(sourceText, sourceFile, templateHelpers),
    fonts: {
      eastAsian: manifest.fonts?.east_asian ?? "SimSun",
      latin: manifest.fonts?.latin ?? "Times New Roman",
    },
  };
  cache.set(dir, template);
  return template;
}
