// Checking a deal's values against a policy. Pure: data in, breaches out; the lint rule and
// compare each say where and how.

import type { Bilingual, Lang } from "../core/bilingual.js";
import { formatScalar } from "../wording/index.js";
import type { Severity } from "../core/finding.js";
import { fieldLabel, fieldSchema, type SchemaNode } from "../template/schema.js";
import type { Policy, PolicyRule } from "./policy.js";
import { displayValue, isBilingualValue, isGiven, NUMERIC_KINDS, valueAt } from "./values.js";

export type PolicyTest = "required" | "min" | "max" | "one_of";

/** One rule that a deal breaks. */
export interface Breach {
  rule: PolicyRule;
  check: PolicyTest;
  severity: Severity;
  /** The rule's field. */
  field: string;
  /** Where in the deal: the field, or the half of a bilingual text that fails (`….zh`). */
  path: string;
  /** The value that breaks the rule; undefined when the field is not given. */
  value: unknown;
  /** The rule's message, or one worded from the field's label and the threshold. */
  message: Bilingual<string>;
  /** What the deal has, as the agreement writes it: "45 minutes", or "not given". */
  actual: Bilingual<string>;
}

const LANGS: readonly Lang[] = ["zh", "en"];

/** Texts as one_of compares them: trimmed, runs of white space as one space, Latin letters in lower case. */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}

function matches(value: unknown, allowed: ReadonlyArray<string | number | boolean>): boolean {
  if (typeof value === "string") return allowed.some((a) => typeof a === "string" && normalizeText(a) === normalizeText(value));
  return allowed.some((a) => a === value);
}

const both = (f: (lang: Lang) => string): Bilingual<string> => ({ zh: f("zh"), en: f("en") });

function threshold(node: SchemaNode | undefined, n: number, lang: Lang): string {
  const kind = node?.["x-kind"];
  if (kind && NUMERIC_KINDS.has(kind)) {
    try {
      return formatScalar(kind, n, lang);
    } catch {
      // a threshold the kind cannot write (e.g. 2.5 days) is shown as a number
    }
  }
  return String(n);
}

/** The message of a check, when the rule does not give its own. */
export function defaultMessage(policy: Policy, rule: PolicyRule, check: PolicyTest): Bilingual<string> {
  const node = fieldSchema(policy.schema, rule.field);
  const label = both((lang) => fieldLabel(policy.schema, rule.field, lang));
  switch (check) {
    case "required":
      return { en: `${label.en} must be given`, zh: `须约定${label.zh}` };
    case "min":
      return { en: `${label.en} must be at least ${threshold(node, rule.min ?? 0, "en")}`, zh: `${label.zh}不得低于${threshold(node, rule.min ?? 0, "zh")}` };
    case "max":
      return { en: `${label.en} must be at most ${threshold(node, rule.max ?? 0, "en")}`, zh: `${label.zh}不得超过${threshold(node, rule.max ?? 0, "zh")}` };
    case "one_of": {
      const list = (lang: Lang): string =>
        (rule.one_of ?? []).map((v) => (typeof v === "string" && node?.["x-kind"] !== "enum" ? (lang === "zh" ? `“${v}”` : `"${v}"`) : displayValue(node, v, lang))).join(lang === "zh" ? "、" : ", ");
      return { en: `${label.en} must be one of: ${list("en")}`, zh: `${label.zh}须为以下之一：${list("zh")}` };
    }
  }
}

const NOT_GIVEN: Bilingual<string> = { zh: "未约定", en: "not given" };

/**
 * The rules of the policy that the deal's values break, in the policy's order, at most one
 * breach per rule. A rule's checks run in this order: required, min, max, one_of. A value that is
 * not given breaks only `required`: min, max and one_of apply to the values a deal gives (a
 * missing value the agreement needs is the missing-value rule's finding). A value of the wrong
 * type for min and max (which the schema rule reports) is not checked.
 *
 * one_of on a bilingual text: each half the deal gives (zh, en) must be one of the listed
 * strings; list the Chinese and the English wording. So a deal whose Chinese says 中华人民共和国境内
 * but whose English says Singapore breaks the rule, at the English line.
 */
export function policyBreaches(policy: Policy, data: Record<string, unknown>): Breach[] {
  const breaches: Breach[] = [];
  for (const rule of policy.rules) {
    const node = fieldSchema(policy.schema, rule.field);
    const value = valueAt(data, rule.field);
    const breach = (check: PolicyTest, path: string, actual: Bilingual<string>, broken: unknown = value): void => {
      breaches.push({
        rule,
        check,
        severity: rule.severity,
        field: rule.field,
        path,
        value: broken,
        message: rule.message ?? defaultMessage(policy, rule, check),
        actual,
      });
    };
    if (!isGiven(value)) {
      if (rule.required) breach("required", rule.field, NOT_GIVEN, undefined);
      continue;
    }
    const shown = both((lang) => displayValue(node, value, lang));
    if (typeof value === "number") {
      if (rule.min !== undefined && value < rule.min) {
        breach("min", rule.field, shown);
        continue;
      }
      if (rule.max !== undefined && value > rule.max) {
        breach("max", rule.field, shown);
        continue;
      }
    }
    if (rule.one_of === undefined) continue;
    if (isBilingualValue(value)) {
      const half = LANGS.find((lang) => {
        const text = value[lang];
        return text !== undefined && text.trim() !== "" && !matches(text, rule.one_of ?? []);
      });
      if (half) breach("one_of", `${rule.field}.${half}`, { zh: `“${value[half] ?? ""}”`, en: `"${value[half] ?? ""}"` }, value[half]);
    } else if (!matches(value, rule.one_of)) {
      breach("one_of", rule.field, shown);
    }
  }
  return breaches;
}

/**
 * A breach as a lint message: the rule's message, what the deal has, and where the rule is.
 * "Response time must be at most 30 minutes: sla.response.minutes (Response time) is 45 minutes
 * (policy rule at samples/policy.yaml:7)."
 */
export function breachMessage(policy: Policy, breach: Breach): Bilingual<string> {
  // the half of a bilingual text that fails is named after the text: 存储地点（中文）
  const half = breach.path !== breach.field ? breach.path.slice(breach.field.length + 1) : undefined;
  const label = both((lang) => {
    const text = fieldLabel(policy.schema, breach.field, lang);
    if (half !== "zh" && half !== "en") return text;
    const name = { zh: { zh: "中文", en: "Chinese" }, en: { zh: "英文", en: "English" } }[half][lang];
    return lang === "zh" ? `${text}（${name}）` : `${text} (${name})`;
  });
  const where = `${policy.file}:${breach.rule.position.line}`;
  const stop = (s: string, mark: string): string => s.replace(/[.。!！]$/, "") + mark;
  if (breach.value === undefined) {
    return {
      en: `${stop(breach.message.en, "")}: ${breach.path} (${label.en}) is not given (policy rule at ${where}).`,
      zh: `${stop(breach.message.zh, "")}：${breach.path}（${label.zh}）未约定（政策规则见 ${where}）。`,
    };
  }
  return {
    en: `${stop(breach.message.en, "")}: ${breach.path} (${label.en}) is ${breach.actual.en} (policy rule at ${where}).`,
    zh: `${stop(breach.message.zh, "")}：${breach.path}（${label.zh}）为${breach.actual.zh}（政策规则见 ${where}）。`,
  };
}
