import type { Bilingual, Lang } from "../core/bilingual.js";
import type { ValueKind } from "../wording/index.js";

/** The parts of a JSON Schema node that clausewright reads, besides what ajv checks. */
export interface SchemaNode {
  type?: string | string[];
  title?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  required?: string[];
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  enum?: unknown[];
  const?: unknown;
  examples?: unknown[];
  minimum?: number;
  maximum?: number;
  $ref?: string;
  $defs?: Record<string, SchemaNode>;
  "x-label"?: Bilingual<string>;
  "x-hint"?: Bilingual<string>;
  "x-kind"?: ValueKind;
  /**
   * A term procurement compares. On an object of alternatives, `percent_of` makes it one term
   * compared in yuan: each alternative named is a percentage of the money field it names, any
   * other is an amount (see compare/figures.ts).
   */
  "x-compare"?: { better: "lower" | "higher"; unit?: string; percent_of?: Record<string, string> };
  "x-enum-labels"?: Record<string, Bilingual<string>>;
  /** On a reference field (x-kind clause): the kinds of clause (the manifest's clause_kinds) it may point at. */
  "x-clause-kind"?: string[];
  /** A note for the editor's help, in both languages (when a value may be left out, what it switches on). */
  "x-note"?: Bilingual<string>;
  // read by editors (yaml-language-server, VS Code); made from the x-keywords by editor-help.ts
  markdownDescription?: string;
  enumDescriptions?: string[];
  markdownEnumDescriptions?: string[];
  errorMessage?: string;
  $comment?: string;
  $schema?: string;
  $id?: string;
}

/** Resolve a local `$ref` (#/$defs/name), keeping the referring node's own keywords on top. */
const derefs = new WeakMap<SchemaNode, SchemaNode>();
const properties = new WeakMap<SchemaNode, Record<string, SchemaNode>>();

export function deref(root: SchemaNode, node: SchemaNode): SchemaNode {
  if (!node.$ref) return node;
  const known = derefs.get(node);
  if (known) return known;
  const resolved = resolveRef(root, node);
  derefs.set(node, resolved);
  return resolved;
}

function resolveRef(root: SchemaNode, node: SchemaNode): SchemaNode {
  const name = String(node.$ref).replace(/^#\/\$defs\//, "");
  const target = root.$defs?.[name];
  if (!target) return node;
  const { $ref: _ignored, ...own } = node;
  return { ...deref(root, target), ...own };
}

/** The properties an object node allows, across its oneOf/anyOf alternatives. */
export function propertiesOf(root: SchemaNode, node: SchemaNode): Record<string, SchemaNode> {
  const known = properties.get(node);
  if (known) return known;
  const n = deref(root, node);
  const props: Record<string, SchemaNode> = { ...(n.properties ?? {}) };
  for (const alt of [...(n.oneOf ?? []), ...(n.anyOf ?? [])]) Object.assign(props, propertiesOf(root, alt));
  properties.set(node, props);
  return props;
}

const fieldSchemas = new WeakMap<SchemaNode, Map<string, SchemaNode | undefined>>();

/** The schema node of a dotted path, or undefined when the schema has no such field. */
export function fieldSchema(root: SchemaNode, path: string): SchemaNode | undefined {
  // schemas are loaded once and never changed: each path is looked up once
  let known = fieldSchemas.get(root);
  if (!known) fieldSchemas.set(root, (known = new Map()));
  if (known.has(path)) return known.get(path);
  const node = lookUpField(root, path);
  known.set(path, node);
  return node;
}

function lookUpField(root: SchemaNode, path: string): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const key of path.split(".")) {
    if (!node) return undefined;
    node = propertiesOf(root, node)[key];
  }
  return node ? deref(root, node) : undefined;
}

/**
 * The field's label in a language: its x-label, else its title, else the path. A field of a
 * shared definition (a party's name) is named with its owner: 甲方统一社会信用代码 /
 * Unified Social Credit Code of Party A.
 */
export function fieldLabel(root: SchemaNode, path: string, lang: Lang): string {
  const keys = path.split(".");
  // a bilingual text's halves are named after the text
  const last = keys.at(-1);
  const half = keys.length > 1 && (last === "zh" || last === "en") && fieldSchema(root, keys.slice(0, -1).join("."))?.["x-kind"] === "text" ? keys.pop() : undefined;
  let node: SchemaNode | undefined = root;
  let owner: Bilingual<string> | undefined;
  let label: Bilingual<string> | undefined;
  for (const key of keys) {
    const raw: SchemaNode | undefined = node ? propertiesOf(root, node)[key] : undefined;
    if (!raw) return path;
    node = deref(root, raw);
    label = node["x-label"] ?? (node.title ? { zh: node.title, en: node.title } : undefined);
    // a labelled object built from a shared definition names the fields inside it
    if (raw.$ref && label && !node["x-kind"] && Object.keys(propertiesOf(root, node)).length > 0) owner = label;
  }
  let text = label?.[lang] ?? path;
  if (owner && label && owner !== label) text = lang === "zh" ? `${owner.zh}${label.zh}` : `${label.en} of ${owner.en}`;
  if (half) {
    const h = half === "zh" ? (lang === "zh" ? "中文" : "Chinese") : lang === "zh" ? "英文" : "English";
    text = lang === "zh" ? `${text}（${h}）` : `${text} (${h})`;
  }
  return text;
}

/** Every leaf field of the schema, as dotted paths (a bilingual text counts as one leaf). */
export function leafFields(root: SchemaNode, node: SchemaNode = root, prefix = ""): string[] {
  const n = deref(root, node);
  const props = propertiesOf(root, n);
  const keys = Object.keys(props);
  if (keys.length === 0 || n["x-kind"]) return prefix ? [prefix] : [];
  return keys.flatMap((k) => leafFields(root, props[k] as SchemaNode, prefix ? `${prefix}.${k}` : k));
}
