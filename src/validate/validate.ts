import type { ErrorObject } from "ajv/dist/2020.js";
import { closest, distance } from "fastest-levenshtein";
import type { Bilingual } from "../core/bilingual.js";
import { positionOf, type DealFile } from "../load/deal-file.js";
import type { Finding } from "../core/finding.js";
import { fieldLabel, propertiesOf, type SchemaNode } from "../template/schema.js";
import { validatorFor } from "../template/compile-schema.js";
import { printable, shownValue } from "./shown.js";
import { checkValues } from "./values.js";

export { standaloneValidatorSource } from "../template/compile-schema.js";

/**
 * A value left empty (`key:` with nothing after it, `""`, or an empty mapping) counts as not
 * given: the template decides whether it is needed, and `missing-value` says so, rather than a
 * type error about null.
 */
export function withoutEmpty(value: unknown): unknown {
  if (value === null || (typeof value === "string" && value.trim() === "")) return undefined;
  if (Array.isArray(value)) return value.map(withoutEmpty).filter((v) => v !== undefined);
  if (typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const kept = withoutEmpty(v);
      if (kept === undefined) continue;
      // `__proto__` defined, not assigned: it stays a key (an unknown one), never the prototype
      if (k === "__proto__") Object.defineProperty(out, k, { value: kept, enumerable: true, writable: true, configurable: true });
      else out[k] = kept;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }
  return value;
}

const dotted = (pointer: string): string =>
  pointer
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .join(".");

function expectation(e: ErrorObject, schema: SchemaNode, source: string | undefined): Bilingual<string> {
  const p = e.params as Record<string, unknown>;
  const shown = shownValue(e.data, source);
  // the allowed values and limits come from the schema: quoted as JSON, which they are
  const show = (v: unknown): string => JSON.stringify(v);
  switch (e.keyword) {
    case "type": {
      // null is in a type only to let a value be left empty, which counts as not given
      const types = String(p.type).split(",").filter((t) => t !== "null");
      return { en: `must be of type ${types.join(" or ")}, not ${shown.en}`, zh: `应为 ${types.join(" 或 ")} 类型，而不是 ${shown.zh}` };
    }
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      const words = {
        minimum: ["at least", "不小于"],
        maximum: ["at most", "不大于"],
        exclusiveMinimum: ["more than", "大于"],
        exclusiveMaximum: ["less than", "小于"],
      }[e.keyword];
      return { en: `must be ${words[0]} ${String(p.limit)}, not ${shown.en}`, zh: `应${words[1]} ${String(p.limit)}，而不是 ${shown.zh}` };
    }
    case "multipleOf":
      return { en: `must be a multiple of ${String(p.multipleOf)}`, zh: `应为 ${String(p.multipleOf)} 的整数倍` };
    case "pattern":
      return { en: `${shown.en} is not in the expected form (${String(p.pattern)})`, zh: `${shown.zh} 格式不正确（应符合 ${String(p.pattern)}）` };
    case "format":
      return p.format === "date"
        ? { en: `${shown.en} is not a date: write YYYY-MM-DD, e.g. 2027-01-01`, zh: `${shown.zh} 不是有效日期：请写成 YYYY-MM-DD，例如 2027-01-01` }
        : { en: `${shown.en} is not a valid ${String(p.format)}`, zh: `${shown.zh} 不是有效的 ${String(p.format)}` };
    case "enum": {
      // null is allowed only as "left empty for later" (the published schema's concession to editors): not a choice to offer
      const choices = (p.allowedValues as unknown[]).filter((v) => v !== null).map(show);
      return { en: `must be one of ${choices.join(", ")}, not ${shown.en}`, zh: `应为 ${choices.join("、")} 之一，而不是 ${shown.zh}` };
    }
    case "const":
      return { en: `must be ${show(p.allowedValue)}, not ${shown.en}`, zh: `应为 ${show(p.allowedValue)}，而不是 ${shown.zh}` };
    case "minLength":
      return { en: "must not be empty", zh: "不能为空" };
    case "maxLength":
      return { en: `must be at most ${String(p.limit)} characters long`, zh: `长度不能超过 ${String(p.limit)} 个字符` };
    case "oneOf": {
      const alts = ((e.parentSchema as SchemaNode | undefined)?.oneOf ?? []).map((alt) => Object.keys(propertiesOf(schema, alt)).join(" + "));
      return {
        en: `must give exactly one of: ${alts.map((a) => `\`${a}\``).join(" or ")}`,
        zh: `应当且只能填写其中一项：${alts.map((a) => `\`${a}\``).join(" 或 ")}`,
      };
    }
    default:
      return { en: e.message ?? e.keyword, zh: e.message ?? e.keyword };
  }
}

/** A deal past the validate stage: the values the template sees, and what the schema found wrong in them. */
export interface ValidatedDeal {
  /** The deal's values with empty ones removed, and without the values refused here: what the template sees. */
  data: Record<string, unknown>;
  /** The values as given (empty ones removed), the refused ones too: for rules that explain what is wrong with one. */
  given: Record<string, unknown>;
  /** The schema's findings (rule `schema`), each at its YAML line. */
  findings: Finding[];
}

/**
 * The validate stage: empty values removed, then checked against the template's schema. The
 * `schema` lint rule reports what this finds; nothing after this stage re-validates.
 */
export function validateStage(deal: DealFile, schema: SchemaNode): ValidatedDeal {
  const given = (withoutEmpty(deal.data) ?? {}) as Record<string, unknown>;
  const data = (withoutEmpty(deal.data) ?? {}) as Record<string, unknown>;
  const findings = validateDeal(deal, schema, given);
  const refused = new Set(findings.map((f) => f.path ?? ""));
  findings.push(...checkValues(deal, schema, given, refused));
  // what is refused is taken out: the template, the tree and the rules never see it, and a draft
  // shows its placeholder; the finding says what is wrong with it
  const paths = findings.filter((f) => f.severity === "error" && f.path).map((f) => f.path as string);
  // the last item of a list first, so that taking one out does not move the others
  for (const path of [...new Set(paths)].sort((a, b) => b.localeCompare(a, "en", { numeric: true }))) removePath(data, path);
  return { data, given, findings };
}

/** Take the value at a dotted path out of the data (a list closes up). */
function removePath(data: Record<string, unknown>, path: string): void {
  const keys = path.split(".");
  const last = keys.pop() as string;
  let parent: unknown = data;
  for (const key of keys) {
    if (parent === null || typeof parent !== "object" || !Object.hasOwn(parent, key)) return;
    parent = (parent as Record<string, unknown>)[key];
  }
  if (parent === null || typeof parent !== "object" || !Object.hasOwn(parent, last)) return;
  if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete (parent as Record<string, unknown>)[last];
}

/** Check a deal against its template's schema; every finding points at the YAML line. */
export function validateDeal(deal: DealFile, schema: SchemaNode, given: unknown = withoutEmpty(deal.data)): Finding[] {
  const validate = validatorFor(schema);
  const data = given ?? {};
  if (validate(data)) return [];
  const errors = validate.errors ?? [];
  // Inside a failed oneOf, the alternatives' own errors say less than the oneOf itself.
  const oneOfPaths = errors.filter((e) => e.keyword === "oneOf").map((e) => e.schemaPath.replace(/\/oneOf$/, "/oneOf/"));
  const findings: Finding[] = [];
  for (const e of errors) {
    if (e.keyword !== "oneOf" && oneOfPaths.some((p) => e.schemaPath.startsWith(p))) continue;
    if (e.keyword === "required") continue; // what is needed is the template's call: missing-value
    const path = dotted(e.instancePath);
    if (e.keyword === "additionalProperties") {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const full = path ? `${path}.${key}` : key;
      const known = Object.keys((e.parentSchema as SchemaNode | undefined)?.properties ?? {});
      const guess = known.length > 0 ? closest(key, known) : undefined;
      const near = guess !== undefined && distance(key, guess) <= Math.max(2, Math.floor(key.length / 3));
      findings.push({
        ruleId: "schema",
        severity: "error",
        file: deal.file,
        ...positionOf(deal, full, "key"),
        path: full,
        message: {
          en: `Unknown key \`${printable(full)}\`.${near ? ` Did you mean \`${guess}\`?` : ""} ${known.length ? `Allowed here: ${known.join(", ")}.` : ""}`.trim(),
          zh: `未知的键 \`${printable(full)}\`。${near ? `是否应为 \`${guess}\`？` : ""}${known.length ? `此处允许：${known.join("、")}。` : ""}`,
        },
      });
      continue;
    }
    // one finding per value: a mapping given for a text is not also "not one of" its allowed values
    if (findings.some((f) => f.path === path && f.ruleId === "schema")) continue;
    const what = expectation(e, schema, deal.numberSources?.get(path));
    findings.push({
      ruleId: "schema",
      severity: "error",
      file: deal.file,
      ...positionOf(deal, path),
      path,
      message: {
        en: `${path || "deal"} (${fieldLabel(schema, path, "en")}) ${what.en}.`,
        zh: `${path || "deal"}（${fieldLabel(schema, path, "zh")}）${what.zh}。`,
      },
    });
  }
  return findings;
}
