import type { Lang } from "../core/bilingual.js";
import { ToolError } from "../core/errors.js";
import { collectDeals, compareDeals, COMPARE_FORMATS, isCompareFormat, writeComparison, type CompareFormat, type Comparison, type Excluded } from "../compare/index.js";
import { UnreadableInputError } from "../load/deal-file.js";
import { loadPolicy, type Policy } from "../policy/policy.js";
import { configFor } from "./config-lookup.js";
import { expandFiles } from "./expand-files.js";
import { isReturnedFile, returnedOffers } from "./compare-returned.js";
import { prepareDeal, prepareDealText } from "./prepare-deal.js";

export interface CompareOptions {
  /** A policy file: flags the cells that break it, scores and ranks the vendors. */
  policy?: string;
  /** md | csv | json | xlsx (default md) */
  format?: CompareFormat;
  /** Language of the table (default en). */
  lang?: Lang;
  templates?: readonly string[];
  /** The deal that returned agreements (.docx offers) were rendered from: each is read back against it. */
  deal?: string;
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
  if (deals.length < 2) throw new ToolError(`compare needs at least two deal files or returned agreements, got ${deals.length}`);
  const offers = await returnedOffers(deals.filter(isReturnedFile), options.deal, options.templates);
  const texts = new Map(offers.flatMap((o) => ("text" in o ? [[o.file, o.text] as const] : [])));
  const unclear = offers.flatMap((o) => ("excluded" in o ? [o.excluded] : []));
  let policy: Policy | undefined;
  let collected: ReturnType<typeof collectDeals>;
  try {
    if (options.policy) policy = loadPolicy(options.policy, { templateDirs: options.templates ?? [] });
    collected = collectDeals(deals.filter((file) => !isReturnedFile(file) || texts.has(file)), {
      ...(policy ? { template: policy.forTemplate } : {}),
      ...(options.templates ? { templateDirs: options.templates } : {}),
      configFor,
      // a returned agreement's offer is the deal with the values read back from it
      prepare: (file, templateDirs) => {
        const text = texts.get(file);
        return text === undefined ? prepareDeal(file, undefined, templateDirs) : prepareDealText(text, file, templateDirs);
      },
    });
  } catch (err) {
    if (err instanceof UnreadableInputError) throw new ToolError(err.message);
    throw err;
  }
  const base = { excluded: [...unclear, ...collected.excluded], skipped: collected.skipped };
  if (!collected.template || collected.inputs.length === 0) return base;
  const comparison = compareDeals(collected.inputs, collected.template, policy, base.excluded);
  return { ...base, comparison, output: await writeComparison(comparison, format, options.lang ?? "en") };
}
