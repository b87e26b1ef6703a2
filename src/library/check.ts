import { join, resolve } from "node:path";
import { checkTemplate } from "../check/check-template.js";
import { lintPrepared } from "../lint/engine.js";
import type { LintResult } from "../lint/reporters/types.js";
import { packageRoot } from "../package/package-root.js";
import { listTemplateIds } from "../template/template.js";
import { configFor } from "./config-lookup.js";
import { prepareDeal } from "./prepare-deal.js";

export interface CheckOptions {
  /** Folders searched for deals that name each template (default: the bundled samples/). */
  samples?: readonly string[];
  templates?: readonly string[];
}

export interface CheckRun {
  /** The templates checked, by id or folder as given. */
  checked: string[];
  /** One result per template, then one per sample deal of it. */
  results: LintResult[];
  errorCount: number;
}

/** Check templates (default: every bundled one) and lint their sample deals: for CI. */
export function check(targets: readonly string[] = [], options: CheckOptions = {}): CheckRun {
  const ids = targets.length > 0 ? [...targets] : listTemplateIds();
  const samplesDirs = options.samples ?? [join(packageRoot(), "samples")];
  const results: LintResult[] = [];
  for (const id of ids) {
    const checked = checkTemplate(id, samplesDirs, options.templates);
    results.push({ filePath: resolve(checked.filePath), findings: checked.findings });
    for (const sample of checked.samples) {
      const prepared = prepareDeal(sample, checked.template);
      results.push({ filePath: resolve(sample), findings: lintPrepared(prepared, configFor(sample)) });
    }
  }
  const errorCount = results.flatMap((r) => r.findings).filter((f) => f.severity === "error").length;
  return { checked: ids, results, errorCount };
}
