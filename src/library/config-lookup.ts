import { dirname } from "node:path";
import { findConfig, loadConfig, type LintConfig } from "../lint/config.js";
import { RULES } from "../lint/rules/index.js";

const loaded = new Map<string, LintConfig>();

/** The config that applies to a deal: the nearest .clausewright.yaml above it, loaded once. */
export function configFor(dealFile: string): LintConfig | undefined {
  const file = findConfig(dirname(dealFile));
  if (!file) return undefined;
  let config = loaded.get(file);
  if (!config) {
    config = loadConfig(file, RULES.map((r) => r.id));
    loaded.set(file, config);
  }
  return config;
}

export function configFromFlag(file: string): LintConfig {
  return loadConfig(file, RULES.map((r) => r.id));
}
