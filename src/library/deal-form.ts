import type { Bilingual } from "../core/bilingual.js";
import type { ValueKind } from "../wording/index.js";
import { formatScalar } from "../wording/index.js";
import { fieldLabel, fieldSchema, leafFields, type SchemaNode } from "../template/schema.js";
import { loadTemplate, type Template } from "../template/template.js";
import { buildAgreement } from "../agreement/build.js";
import type { Agreement } from "../agreement/types.js";
import { evaluate } from "../evaluate/evaluate.js";

/** The control a field is filled with: chosen from its x-kind, so no template needs a hand-written form. */
export type FieldInput = "text-pair" | "text" | "integer" | "number" | "date" | "select" | "switch";

export interface FormField {
  /** The deal field, as a dotted path ("sla.response.minutes"). */
  path: string;
  label: Bilingual<string>;
  kind?: ValueKind;
  input: FieldInput;
  hint?: Bilingual<string>;
  note?: Bilingual<string>;
  /** What a number is counted in, shown beside its box. */
  unit?: Bilingual<string>;
  /** The schema's first example, as written in the deal file and as the agreement prints it. */
  example?: Bilingual<string>;
  minimum?: number;
  maximum?: number;
  /** The bound itself is not allowed (a percentage above 0). */
  exclusiveMinimum?: number;
  options?: Array<{ value: string; label: Bilingual<string> }>;
  /** A switch that decides whether clauses are in the agreement at all (an optional clause). */
  decidesClauses: boolean;
}

/** The fields of one article (or of the cover and parties), in the order the agreement uses them. */
export interface FormGroup {
  /** The article's id (`sla`), or `cover` and `other` for fields no article prints. */
  id: string;
  /** 第三条 / Article 3, when the group is an article. */
  number?: Bilingual<string>;
  title: Bilingual<string>;
  fields: FormField[];
}

const UNITS: Partial<Record<ValueKind, Bilingual<string>>> = {
  money: { zh: "元", en: "RMB" },
  percent: { zh: "%", en: "%" },
  minutes: { zh: "分钟", en: "minutes" },
  hours: { zh: "小时", en: "hours" },
  days: { zh: "日", en: "days" },
  "business-days": { zh: "个工作日", en: "business days" },
  months: { zh: "个月", en: "months" },
  years: { zh: "年", en: "years" },
};

const INPUTS: Record<ValueKind, FieldInput> = {
  text: "text-pair",
  plain: "text",
  clause: "text",
  integer: "integer",
  minutes: "integer",
  hours: "integer",
  days: "integer",
  "business-days": "integer",
  months: "integer",
  years: "integer",
  number: "number",
  money: "number",
  percent: "number",
  date: "date",
  enum: "select",
  boolean: "switch",
};

const COVER: Bilingual<string> = { zh: "封面与当事人", en: "Cover and parties" };
const OTHER: Bilingual<string> = { zh: "其他", en: "Other" };

const forms = new WeakMap<Template, FormGroup[]>();

/**
 * The form of a template's deal, made from its JSON Schema: every field with both labels, hint,
 * unit and example and the control its type takes, grouped by the article that first uses it, in
 * the agreement's order. The same for every deal of the template, so the form does not move while
 * a user switches an optional clause on or off.
 */
export function dealForm(templateId: string, options: { templates?: readonly string[] } = {}): FormGroup[] {
  const template = loadTemplate(templateId, options.templates);
  let form = forms.get(template);
  if (!form) forms.set(template, (form = buildForm(template)));
  return form;
}

function buildForm(template: Template): FormGroup[] {
  const root = template.schema;
  // the articles and their order as the tree has them, from an agreement with every example given
  // (so every optional clause is in it): not a second reading of the template source
  const base = exampleDeal(template);
  const articles = agreementOf(template, base).articles.map((a) => ({ a, line: a.position.line })).sort((x, y) => x.line - y.line);
  const firstUse = new Map<string, { line: number; column: number }>();
  for (const use of template.compiled.fields) {
    const known = firstUse.get(use.path);
    if (!known || use.loc.line < known.line || (use.loc.line === known.line && use.loc.column < known.column)) firstUse.set(use.path, use.loc);
  }
  const conditions = new Set(template.compiled.fields.filter((f) => f.as === "condition").map((f) => f.path));
  const groups = new Map<string, FormGroup & { order: Map<string, number> }>();
  const group = (id: string, title: Bilingual<string>, number?: Bilingual<string>) => {
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { id, title, ...(number ? { number } : {}), fields: [], order: new Map() }));
    return g;
  };
  group("cover", COVER);
  for (const { a } of articles) group(a.id, a.title, a.label);
  for (const path of leafFields(root)) {
    if (path === "template") continue;
    const node = fieldSchema(root, path);
    if (!node) continue;
    const use = firstUse.get(path);
    const article = use ? [...articles].reverse().find((x) => x.line <= use.line)?.a : undefined;
    const isPartyField = template.manifest.parties.some((p) => path.startsWith(`${p.field}.`)) || path === template.manifest.agreement_number;
    const g = article ? group(article.id, article.title, article.label) : use || isPartyField ? group("cover", COVER) : group("other", OTHER);
    const decides = conditions.has(path) && node["x-kind"] === "boolean" && switchesClauses(template, base, path);
    g.fields.push(formField(root, path, node, decides));
    g.order.set(path, use ? use.line * 1e5 + use.column : Number.MAX_SAFE_INTEGER);
  }
  return [...groups.values()]
    .filter((g) => g.fields.length > 0)
    .map(({ order, ...g }) => ({ ...g, fields: [...g.fields].sort((x, y) => (order.get(x.path) ?? 0) - (order.get(y.path) ?? 0)) }));
}

const agreementOf = (template: Template, data: Record<string, unknown>): Agreement =>
  buildAgreement(template, evaluate(template.compiled.render, data), data).agreement;

const clauseIds = (a: Agreement): string => a.articles.flatMap((x) => x.clauses.map((c) => c.id)).join(" ");

/** A switch whose two positions give agreements with different clauses: it switches a clause on or off. */
function switchesClauses(template: Template, base: Record<string, unknown>, path: string): boolean {
  return clauseIds(agreementOf(template, withValue(base, path, true))) !== clauseIds(agreementOf(template, withValue(base, path, false)));
}

/** A deal with every field at the schema's first example. */
function exampleDeal(template: Template): Record<string, unknown> {
  let data: Record<string, unknown> = {};
  for (const leaf of leafFields(template.schema)) {
    const example = fieldSchema(template.schema, leaf)?.examples?.[0];
    if (example !== undefined) data = withValue(data, leaf, example);
  }
  return data;
}

function withValue(data: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(data);
  const keys = path.split(".");
  let node = copy;
  for (const k of keys.slice(0, -1)) {
    if (typeof node[k] !== "object" || node[k] === null) node[k] = {};
    node = node[k] as Record<string, unknown>;
  }
  node[keys.at(-1) as string] = value;
  return copy;
}

function formField(root: SchemaNode, path: string, node: SchemaNode, decides: boolean): FormField {
  const kind = node["x-kind"];
  const types = Array.isArray(node.type) ? node.type : node.type ? [node.type] : [];
  const input: FieldInput = kind ? INPUTS[kind] : types.includes("integer") ? "integer" : types.includes("number") ? "number" : types.includes("boolean") ? "switch" : "text";
  const field: FormField = { path, label: { zh: fieldLabel(root, path, "zh"), en: fieldLabel(root, path, "en") }, input, decidesClauses: decides };
  if (kind) field.kind = kind;
  if (node["x-hint"]) field.hint = node["x-hint"];
  if (node["x-note"]) field.note = node["x-note"];
  const unit = kind ? UNITS[kind] : undefined;
  if (unit) field.unit = unit;
  const example = exampleOf(node, kind);
  if (example) field.example = example;
  if (typeof node.minimum === "number") field.minimum = node.minimum;
  if (typeof node.maximum === "number") field.maximum = node.maximum;
  const exclusive = (node as { exclusiveMinimum?: unknown }).exclusiveMinimum;
  if (typeof exclusive === "number") field.exclusiveMinimum = exclusive;
  if (node.enum) {
    const labels = node["x-enum-labels"] ?? {};
    field.options = node.enum.filter((v) => v !== null).map((v) => ({ value: String(v), label: labels[String(v)] ?? { zh: String(v), en: String(v) } }));
  }
  return field;
}

function exampleOf(node: SchemaNode, kind: ValueKind | undefined): Bilingual<string> | undefined {
  const example = node.examples?.[0];
  if (example === undefined || example === null) return undefined;
  if (typeof example === "object") {
    const text = example as Partial<Bilingual<string>>;
    return { zh: text.zh ?? "", en: text.en ?? "" };
  }
  if (kind === "enum") return node["x-enum-labels"]?.[String(example)] ?? { zh: String(example), en: String(example) };
  if (kind && kind !== "clause" && kind !== "plain" && kind !== "boolean" && kind !== "text") {
    try {
      return { zh: formatScalar(kind, example, "zh"), en: formatScalar(kind, example, "en") };
    } catch {
      // an example of the wrong type is the check command's to report; the form shows it as written
    }
  }
  return { zh: String(example), en: String(example) };
}
