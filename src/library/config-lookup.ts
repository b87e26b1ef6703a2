import { dirname } from "node:path";
import { findConfig, loadConfig, type LintConfig } from "../lint/config.js";
import { RULES } from "../lint/rules/index.js";
import { REVIEW_RULES } from "../review/rules.js";

// one config sets the severity of the lint rules and of the review rules alike (rules.js alone:
// lint does not load the review stage)
const KNOWN_RULES = [...RULES, ...REVIEW_RULES].map((r) => r.id);

const loaded = new Map<string, LintConfig>();

/** The config that applies to a deal: the nearest .clausewright.yaml above it, loaded once. */
export function configFor(dealFile: string): LintConfig | undefined {
  const file = findConfig(dirname(dealFile));
  if (!file) return undefined;
  let config = loaded.get(file);
  if (!config) {
    config = loadConfig(file, KNOWN_RULES);
    loaded.set(file, config);
  }
  return config;
}

/** A config file named by the caller (`--config`), checked against the rules there are. */
export function loadConfigFile(file: string): LintConfig {
  return loadConfig(file, KNOWN_RULES);
}

/** A config given as a file's path or as data: the same thing for the library's callers. */
export function resolveConfig(config: LintConfig | string | undefined): LintConfig | undefined {
  return typeof config === "string" ? loadConfigFile(config) : config;
}
