import type { Lang } from "../core/bilingual.js";
import { ToolError } from "../core/errors.js";
import { collectDeals, compareDeals, COMPARE_FORMATS, isCompareFormat, writeComparison, type CompareFormat, type Comparison, type Excluded } from "../compare/index.js";
import { UnreadableInputError } from "../load/deal-file.js";
import { loadPolicy, type Policy } from "../policy/policy.js";
import { configFor } from "./config-lookup.js";
import { expandFiles } from "./expand-files.js";
import { prepareDeal } from "./prepare-deal.js";

export interface CompareOptions {
  /** A policy file: flags the cells that break it, scores and ranks the vendors. */
  policy?: string;
  /** md | csv | json | xlsx (default md) */
  format?: CompareFormat;
  /** Language of the table (default en). */
  lang?: Lang;
  templates?: readonly string[];
}

export interface CompareRun {
  /** The comparison in the format asked for: text, or bytes for xlsx; absent when no deal could be compared. */
  output?: string | Uint8Array;
  comparison?: Comparison;
  /** Deals left out (another template, lint errors), each with the findings that say why. */
  excluded: Excluded[];
  /** Files of another kind among the deals (a policy given as a deal), left out. */
  skipped: string[];
}

/**
 * Vendors' offers side by side, optionally against a procurement policy. An unreadable deal, a
 * broken policy and bad usage are ToolErrors; a deal that cannot be compared is `excluded`.
 */
export async function compare(patterns: readonly string[], options: CompareOptions = {}): Promise<CompareRun> {
  const format = options.format ?? "md";
  if (!isCompareFormat(format)) throw new ToolError(`format takes ${COMPARE_FORMATS.join(", ")}, not \`${String(format)}\``);
  const deals = expandFiles(patterns);
  if (deals.length < 2) throw new ToolError(`compare needs at least two deal files, got ${deals.length}`);
  let policy: Policy | undefined;
  let collected: ReturnType<typeof collectDeals>;
  try {
    if (options.policy) policy = loadPolicy(options.policy, { templateDirs: options.templates ?? [] });
    collected = collectDeals(deals, {
      ...(policy ? { template: policy.forTemplate } : {}),
      ...(options.templates ? { templateDirs: options.templates } : {}),
      configFor,
      prepare: (file, templateDirs) => prepareDeal(file, undefined, templateDirs),
    });
  } catch (err) {
    if (err instanceof UnreadableInputError) throw new ToolError(err.message);
    throw err;
  }
  const base = { excluded: collected.excluded, skipped: collected.skipped };
  if (!collected.template || collected.inputs.length === 0) return base;
  const comparison = compareDeals(collected.inputs, collected.template, policy, collected.excluded);
  return { ...base, comparison, output: await writeComparison(comparison, format, options.lang ?? "en") };
}
