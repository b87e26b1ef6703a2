import { join, resolve } from "node:path";
import type { Lang } from "../core/bilingual.js";
import { checkTemplate } from "../check/check-template.js";
import { lintPrepared } from "../lint/engine.js";
import type { LintResult } from "../lint/reporters/index.js";
import { prepareDeal } from "../library/prepare-deal.js";
import { packageRoot } from "../package/package-root.js";
import { listTemplateIds } from "../template/template.js";
import { EXIT_OK, EXIT_PROBLEMS } from "./common.js";
import { configFor } from "../library/config-lookup.js";
import { printResults, reporterFor } from "./print-results.js";

export interface CheckOptions {
  format: string;
  lang: Lang;
  /** Folders searched for deals that name each template (default: the bundled samples/). */
  samples?: string[];
  templates?: string[];
}

/** `clausewright check [templates…]`: keep a repository of templates complete, for CI. */
export function runCheck(targets: string[], options: CheckOptions): number {
  reporterFor(options.format);
  const ids = targets.length > 0 ? targets : listTemplateIds();
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
  printResults(results, options.format, options.lang);
  const errors = results.flatMap((r) => r.findings).filter((f) => f.severity === "error").length;
  if (errors === 0 && options.format === "stylish") process.stdout.write(`${ids.length} template${ids.length === 1 ? "" : "s"} checked: no problems\n`);
  return errors > 0 ? EXIT_PROBLEMS : EXIT_OK;
}
