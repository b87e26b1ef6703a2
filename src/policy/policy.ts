// A procurement policy: the company's rules for the deals of one template (thresholds per field,
// a message in both languages, a severity, a weight for compare's score). The file's shape is
// schemas/policy.schema.json; a broken policy is reported at its line, as the tool's failure
// (exit code 2), never as a finding about a deal.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ErrorObject } from "ajv/dist/2020.js";
import { distance } from "fastest-levenshtein";
import { LineCounter, parseDocument, type Document } from "yaml";
import { COLLECTION_KEY, collectionKeyOffset } from "../load/collection-key.js";
import type { Bilingual } from "../core/bilingual.js";
import { ToolError } from "../core/errors.js";
import type { Severity } from "../core/finding.js";
import { deref, fieldSchema, propertiesOf, type SchemaNode } from "../template/schema.js";
import { loadTemplate, schemasDir, TemplateNotFoundError, type Template } from "../template/template.js";
import { validatorFor } from "../template/compile-schema.js";
import { isNumericField } from "./values.js";

export interface PolicyPosition {
  line: number;
  column: number;
}

/** One rule of the policy, as written, with where it stands in the file. */
export interface PolicyRule {
  /** 0-based index in `rules`. */
  index: number;
  field: string;
  min?: number;
  max?: number;
  one_of?: Array<string | number | boolean>;
  required?: boolean;
  severity: Severity;
  weight?: number;
  message?: Bilingual<string>;
  /** The position of the rule's `field` value. */
  position: PolicyPosition;
}

/** A policy file read and checked for its shape; its fields are not yet checked against a template. */
export interface PolicyFile {
  file: string;
  template: string;
  rules: PolicyRule[];
  /** The position of the `template` value. */
  templatePosition: PolicyPosition;
  /** Where each key of each rule stands: `${index}.${key}` → position of its value. */
  keyPositions: Map<string, PolicyPosition>;
}

/** A policy whose every field exists in its template's schema. */
export interface Policy extends PolicyFile {
  /** The template the policy was checked against. */
  forTemplate: Template;
  schema: SchemaNode;
  /** The weight of each comparable field that a rule weighs (the others weigh 1). */
  weights: Map<string, number>;
}

/** The policy file cannot be used: unreadable, not YAML, not the schema's shape, or a field the template lacks. */
export class PolicyError extends ToolError {
  override name = "PolicyError";
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}:${column}: ${reason}`);
  }
}

let shape: object | undefined;
const policySchema = (): object => (shape ??= JSON.parse(readFileSync(join(schemasDir(), "policy.schema.json"), "utf8")) as object);

/** The most useful of ajv's errors: the deepest, and not the anyOf summary when a branch says more. */
function firstError(errors: readonly ErrorObject[]): ErrorObject | undefined {
  const depth = (e: ErrorObject): number => e.instancePath.split("/").length;
  const specific = errors.filter((e) => e.keyword !== "anyOf" && !e.schemaPath.includes("/anyOf/"));
  if (specific.length === 0) return errors.find((e) => e.keyword === "anyOf") ?? errors[0];
  return [...specific].sort((a, b) => depth(b) - depth(a))[0];
}

function describeError(e: ErrorObject): string {
  const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, ".") : "(top)";
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "additionalProperties":
      return `${where}: unknown key \`${String(p.additionalProperty)}\` (a rule takes field, min, max, one_of, required, severity, weight, message)`;
    case "required":
      return `${where}: \`${String(p.missingProperty)}\` is required`;
    case "anyOf":
      return `${where}: a rule needs at least one of min, max, one_of, required or weight`;
    case "enum":
      return `${where}: must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
    default:
      return `${where} ${e.message ?? "is invalid"}`;
  }
}

/** Read a policy file and check its shape; positions come from the YAML's LineCounter. */
export function readPolicyFile(file: string): PolicyFile {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ToolError(`${file}: cannot read the policy file: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : String(code ?? err)}`);
  }
  return parsePolicyText(text, file);
}

/** Parse a policy from its text (the file name is for messages only). */
export function parsePolicyText(text: string, file: string): PolicyFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined): PolicyPosition => {
    const p = lineCounter.linePos(offset ?? 0);
    return { line: p.line, column: p.col };
  };
  const fail = (pos: PolicyPosition, reason: string): never => {
    throw new PolicyError(file, pos.line, pos.column, reason);
  };
  const firstYamlError = doc.errors[0];
  if (firstYamlError) fail(at(firstYamlError.pos[0]), `YAML syntax error in the policy: ${firstYamlError.message.split("\n")[0]}`);
  const keyAt = collectionKeyOffset(doc);
  if (keyAt !== undefined) fail(at(keyAt), COLLECTION_KEY);
  const data = doc.toJS({ maxAliasCount: 100 }) as unknown;
  // the marker that keeps a policy from being taken for a deal: asked for by name, as it is new
  if (data && typeof data === "object" && !Array.isArray(data) && !("kind" in data)) {
    fail({ line: 1, column: 1 }, "a policy file says what it is: add `kind: policy` as its first key (render, lint and compare then never take it for a deal)");
  }
  const validate = validatorFor(policySchema());
  if (!validate(data)) {
    const e = firstError(validate.errors ?? []);
    const path: Array<string | number> = (e?.instancePath ?? "").split("/").slice(1).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    // an unknown key: point at it, not at the rule around it
    if (e?.keyword === "additionalProperties") path.push(String((e.params as { additionalProperty: string }).additionalProperty));
    fail(nodePosition(doc, path, at), `invalid policy: ${e ? describeError(e) : "not a policy"}; see schemas/policy.schema.json`);
  }
  const raw = data as { template: string; rules: Array<Omit<PolicyRule, "index" | "position" | "severity"> & { severity?: Severity }> };
  const keyPositions = new Map<string, PolicyPosition>();
  const rules = raw.rules.map((r, index): PolicyRule => {
    for (const key of Object.keys(r)) keyPositions.set(`${index}.${key}`, nodePosition(doc, ["rules", index, key], at));
    return { ...r, index, severity: r.severity ?? "error", position: nodePosition(doc, ["rules", index, "field"], at) };
  });
  return { file, template: raw.template, rules, templatePosition: nodePosition(doc, ["template"], at), keyPositions };
}

/** The position of the node at `path`, else of its nearest ancestor that is written. */
function nodePosition(doc: Document, path: Array<string | number>, at: (offset: number | undefined) => PolicyPosition): PolicyPosition {
  for (let n = path.length; n >= 0; n--) {
    const node = (n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true)) as { range?: [number, number] } | null | undefined;
    if (node?.range) return at(node.range[0]);
  }
  return { line: 1, column: 1 };
}

/** The comparable fields of a schema: those marked x-compare, in the schema's order. */
export function isComparable(node: SchemaNode | undefined): boolean {
  return node?.["x-compare"] !== undefined;
}

/**
 * Check a policy's fields against its template's schema: every field must exist, min and max
 * only on numbers, one_of only on single values (an enum's entries among its keys), a weight only
 * on a comparable field and at most once per field, min not above max.
 */
export function resolvePolicy(policy: PolicyFile, template: Template): Policy {
  if (policy.template !== template.id) {
    throw new PolicyError(policy.file, policy.templatePosition.line, policy.templatePosition.column, `the policy is for template \`${policy.template}\`, not \`${template.id}\``);
  }
  const schema = template.schema;
  const weights = new Map<string, number>();
  const weightedAt = new Map<string, number>();
  for (const rule of policy.rules) {
    const pos = (key: string): PolicyPosition => policy.keyPositions.get(`${rule.index}.${key}`) ?? rule.position;
    const fail = (key: string, reason: string): never => {
      const p = pos(key);
      throw new PolicyError(policy.file, p.line, p.column, reason);
    };
    const node = fieldSchema(schema, rule.field);
    if (!node || rule.field === "template") {
      fail("field", `the template \`${template.id}\` has no field \`${rule.field}\`${suggestion(schema, rule.field)}`);
      continue;
    }
    const isObject = !node["x-kind"] && Object.keys(propertiesOf(schema, node)).length > 0;
    if ((rule.min !== undefined || rule.max !== undefined) && !isNumericField(node)) {
      fail(rule.min !== undefined ? "min" : "max", `min and max apply to numbers, and \`${rule.field}\` is ${node["x-kind"] ? `of kind ${node["x-kind"]}` : "not a number"}: use one_of or required`);
    }
    if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max) fail("max", `max (${rule.max}) is below min (${rule.min}): no value could pass`);
    if (rule.one_of !== undefined) {
      if (isObject) fail("one_of", `one_of applies to a single value, a bilingual text or an enum, and \`${rule.field}\` is a group of fields: name one of them`);
      const allowed = node.enum;
      if (allowed) {
        const wrong = rule.one_of.find((v) => !allowed.includes(v));
        if (wrong !== undefined) fail("one_of", `\`${JSON.stringify(wrong)}\` is not a value of \`${rule.field}\` (its values: ${allowed.map((v) => JSON.stringify(v)).join(", ")})`);
      }
    }
    if (rule.weight !== undefined) {
      if (!isComparable(node)) fail("weight", `only comparable terms (x-compare in the schema) can be weighted, and \`${rule.field}\` is not one`);
      const earlier = weightedAt.get(rule.field);
      if (earlier !== undefined) fail("weight", `\`${rule.field}\` is already weighted by the rule at line ${earlier}: give its weight once`);
      weightedAt.set(rule.field, pos("weight").line);
      weights.set(rule.field, rule.weight);
    }
  }
  return { ...policy, forTemplate: template, schema, weights };
}

/**
 * " (did you mean `sla.response.minutes`?)": the fields whose last key is the one written, else
 * the field closest to what is written (a typo of a few characters).
 */
function suggestion(schema: SchemaNode, field: string): string {
  const last = field.split(".").at(-1) ?? field;
  const paths: string[] = [];
  const walk = (node: SchemaNode, prefix: string): void => {
    for (const [key, child] of Object.entries(propertiesOf(schema, node))) {
      const path = prefix ? `${prefix}.${key}` : key;
      paths.push(path);
      if (!deref(schema, child)["x-kind"]) walk(child, path);
    }
  };
  walk(schema, "");
  let candidates = paths.filter((p) => p !== field && p.split(".").at(-1) === last);
  if (candidates.length === 0) {
    const scored = paths.map((p) => ({ p, d: distance(p, field) })).filter((x) => x.d <= Math.max(2, Math.floor(field.length / 6)));
    const best = Math.min(...scored.map((x) => x.d));
    candidates = scored.filter((x) => x.d === best).map((x) => x.p);
  }
  return candidates.length > 0 ? ` (did you mean ${candidates.map((c) => `\`${c}\``).join(" or ")}?)` : "";
}

/**
 * Read a policy and check it against its template: the given one when its id matches, else the
 * template the policy names (looked up in `templateDirs`, then among the bundled ones).
 */
export function loadPolicy(file: string, options: { template?: Template; templateDirs?: readonly string[] } = {}): Policy {
  const policy = readPolicyFile(file);
  let template = options.template?.id === policy.template ? options.template : undefined;
  if (!template) {
    try {
      template = loadTemplate(policy.template, options.templateDirs ?? []);
    } catch (err) {
      if (!(err instanceof TemplateNotFoundError)) throw err;
      throw new PolicyError(file, policy.templatePosition.line, policy.templatePosition.column, `unknown template \`${policy.template}\`: ${err.message}`);
    }
  }
  return resolvePolicy(policy, template);
}
