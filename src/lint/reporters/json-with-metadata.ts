import { resolve } from "node:path";
import type { Bilingual } from "../../core/bilingual.js";
import { docsUrl } from "../rule.js";
import { eslintResults, type EslintFileResult } from "./json.js";
import type { LintResult, ReporterOptions, RuleMeta } from "./types.js";

/** A rule's `meta` as ESLint gives it to formatters (the part of it that formatters read). */
export interface EslintRuleMeta {
  /** ESLint's kinds: a rule whose findings are errors by default finds problems; the others, suggestions. */
  type: "problem" | "suggestion";
  docs: { description: string; url: string };
  /** The rule's message table, in the report's language, when the rule declares one. */
  messages?: Record<string, string>;
}

/** `eslint --format json-with-metadata`: the results, and what ESLint's formatters need to know of the rules. */
export interface EslintResultsWithMetadata {
  results: EslintFileResult[];
  metadata: { cwd: string; rulesMeta: Record<string, EslintRuleMeta> };
}

/**
 * A rule's message table, if it declares one (`messages: { id: { en, zh } }`, as ESLint's
 * `meta.messages`); only messages that are text in both languages are passed on.
 */
function messagesOf(rule: RuleMeta, lang: ReporterOptions["lang"]): Record<string, string> | undefined {
  const table = (rule as { messages?: unknown }).messages;
  if (!table || typeof table !== "object") return undefined;
  const out: Record<string, string> = {};
  for (const [id, message] of Object.entries(table as Record<string, Partial<Bilingual<unknown>>>)) {
    const text = message?.[lang];
    if (typeof text === "string") out[id] = text;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function ruleMeta(rule: RuleMeta, lang: ReporterOptions["lang"]): EslintRuleMeta {
  const messages = messagesOf(rule, lang);
  return {
    type: rule.defaultSeverity === "error" ? "problem" : "suggestion",
    docs: { description: rule.description[lang], url: rule.docs ?? docsUrl(rule.id) },
    ...(messages ? { messages } : {}),
  };
}

/**
 * ESLint's JSON with metadata: `results` exactly as `--format json` gives them, and
 * `metadata.rulesMeta` with every rule that could have run (as SARIF lists them), so that
 * formatters written for ESLint (eslint-formatter-html and the like) link each message to its
 * rule's page. A finding that is not from a rule (`yaml-syntax`) has no meta, as in ESLint.
 */
export function resultsWithMetadata(results: readonly LintResult[], options: ReporterOptions): EslintResultsWithMetadata {
  const rulesMeta: Record<string, EslintRuleMeta> = {};
  for (const rule of options.rules) rulesMeta[rule.id] = ruleMeta(rule, options.lang);
  return { results: eslintResults(results, options), metadata: { cwd: resolve(options.cwd), rulesMeta } };
}

/** `--format json-with-metadata`: one line of JSON, like ESLint's. */
export function formatJsonWithMetadata(results: LintResult[], options: ReporterOptions): string {
  return JSON.stringify(resultsWithMetadata(results, options));
}
