import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { isMap, isScalar, LineCounter, parseDocument } from "yaml";
import { COLLECTION_KEY, collectionKeyOffset } from "../load/collection-key.js";
import { ToolError } from "../core/errors.js";
import { schemasDir } from "../template/template.js";
import { validatorFor } from "../template/compile-schema.js";
import type { Severity } from "../core/finding.js";

export type RuleLevel = "off" | "warn" | "error";
export type RuleSetting = RuleLevel | [RuleLevel] | [RuleLevel, Record<string, unknown>];

/** `.clausewright.yaml`: which rules run and how severe they are, as ESLint's `rules`. */
export interface LintConfig {
  file?: string;
  rules: Record<string, RuleSetting>;
}

export const CONFIG_NAME = ".clausewright.yaml";

let schema: object | undefined;
const configSchema = (): object => (schema ??= JSON.parse(readFileSync(join(schemasDir(), "clausewright-config.schema.json"), "utf8")) as object);

/** The nearest `.clausewright.yaml` in the deal's folder or above it. */
export function findConfig(startDir: string): string | undefined {
  let dir = resolve(startDir);
  for (;;) {
    const candidate = join(dir, CONFIG_NAME);
    if (existsSync(candidate)) return candidate;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}


export function loadConfig(file: string, knownRules: readonly string[]): LintConfig {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new ToolError(`${file}: cannot read the config file`);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const at = (offset: number | undefined): string => {
    const p = lineCounter.linePos(offset ?? 0);
    return `${file}:${p.line}:${p.col}`;
  };
  if (doc.errors.length > 0) throw new ToolError(`${at(doc.errors[0]?.pos[0])}: YAML syntax error in the config: ${doc.errors[0]?.message.split("\n")[0]}`);
  const keyAt = collectionKeyOffset(doc);
  if (keyAt !== undefined) throw new ToolError(`${at(keyAt)}: invalid config: ${COLLECTION_KEY}`);
  const data = (doc.toJS() ?? {}) as unknown;
  const validateConfig = validatorFor(configSchema());
  if (!validateConfig(data)) {
    const e = validateConfig.errors?.[0];
    const path = (e?.instancePath ?? "").split("/").slice(1);
    const node = path.length ? (doc.getIn(path, true) as { range?: [number, number] } | undefined) : undefined;
    throw new ToolError(`${at(node?.range?.[0])}: invalid config: ${e?.instancePath || "(top)"} ${e?.message}; see schemas/clausewright-config.schema.json`);
  }
  const config = data as LintConfig & { policy?: string };
  config.rules ??= {};
  // `policy:` names a procurement policy, relative to this file, that lint applies as the rule `policy`
  if (config.policy && config.rules.policy === undefined) config.rules.policy = ["error", { file: resolve(dirname(file), config.policy) }];
  for (const id of Object.keys(config.rules)) {
    if (!knownRules.includes(id)) {
      const rules = doc.get("rules", true);
      const pair = isMap(rules) ? rules.items.find((p) => isScalar(p.key) && p.key.value === id) : undefined;
      const key = pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
      throw new ToolError(`${at(key)}: unknown rule \`${id}\` in the config (known: ${knownRules.join(", ")})`);
    }
  }
  return { ...config, file };
}

/** The severity a rule runs at (or off), and its options. */
export function ruleSetting(config: LintConfig | undefined, id: string, defaultSeverity: Severity): { level: Severity | "off"; options: Record<string, unknown> } {
  const setting = config?.rules[id];
  if (setting === undefined) return { level: defaultSeverity, options: {} };
  const [level, options] = Array.isArray(setting) ? setting : [setting, {}];
  return { level: level === "warn" ? "warning" : level, options: options ?? {} };
}
