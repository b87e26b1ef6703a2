// Which deals can be compared: those of the comparison's template that lint without errors.
// The others are left out, each with the findings that say why.

import type { LintConfig } from "../lint/config.js";
import { lintPrepared } from "../lint/engine.js";
import type { Finding } from "../core/finding.js";
import { positionOf } from "../load/deal-file.js";
import type { LintInput } from "../lint/engine.js";
import type { Template } from "../template/template.js";
import type { CompareInput, Excluded } from "./compare.js";

export interface CollectOptions {
  /** The template to compare (the policy's); else the template of the first deal that names a known one. */
  template?: Template;
  /** Folders of the user's own templates, looked up before the bundled ones. */
  templateDirs?: readonly string[];
  /**
   * Read a deal through the pipeline (the library's prepareDeal): compare is a job on top of
   * the stages and does not run them itself.
   */
  prepare: (file: string, templateDirs?: readonly string[]) => LintInput & { skipped?: string };
  /** The lint config for a deal (its rules' levels); the policy rule is always off here. */
  configFor?: (file: string) => LintConfig | undefined;
}

export interface Collected {
  template?: Template;
  inputs: CompareInput[];
  excluded: Excluded[];
  /** Files of another kind (a policy named among the deals): neither compared nor an error. */
  skipped: string[];
}

/**
 * Read, build and lint each deal. Throws UnreadableInputError for a file that cannot be read
 * (the tool cannot do its job); every problem inside a deal makes it an Excluded.
 */
export function collectDeals(files: readonly string[], options: CollectOptions): Collected {
  let template = options.template;
  const inputs: CompareInput[] = [];
  const excluded: Excluded[] = [];
  const skipped: string[] = [];
  const firstOf = new Map<Template, string>();
  for (const file of files) {
    const prepared = options.prepare(file, options.templateDirs);
    if (prepared.skipped) {
      skipped.push(file);
      continue;
    }
    if (!prepared.deal || !prepared.template || !prepared.data || !prepared.agreement) {
      excluded.push({ file, findings: prepared.findings.filter((f) => f.severity === "error") });
      continue;
    }
    if (!template) {
      template = prepared.template;
      firstOf.set(template, file);
    }
    if (prepared.template.id !== template.id) {
      const from = options.template ? "the policy's template" : `the template of ${firstOf.get(template) ?? "the first deal"}`;
      const finding: Finding = {
        ruleId: "template",
        severity: "error",
        file,
        ...positionOf(prepared.deal, "template"),
        path: "template",
        message: {
          en: `This deal is for template \`${prepared.template.id}\`, and the comparison is of \`${template.id}\` (${from}): deals of different templates have different terms.`,
          zh: `本交易文件使用模板 \`${prepared.template.id}\`，而本次比较的是 \`${template.id}\`（${from === "the policy's template" ? "采购政策所指定的模板" : `${firstOf.get(template) ?? "第一个交易文件"} 的模板`}）：不同模板的条款无法比较。`,
        },
      };
      excluded.push({ file, findings: [finding] });
      continue;
    }
    const config = options.configFor?.(file);
    // A policy breach is shown in the table, never a reason to leave the offer out.
    const findings = lintPrepared(prepared, { ...(config ?? {}), rules: { ...(config?.rules ?? {}), policy: "off" } });
    const errors = findings.filter((f) => f.severity === "error");
    if (errors.length > 0) {
      excluded.push({ file, findings: errors });
      continue;
    }
    inputs.push({ file, deal: prepared.deal, data: prepared.data });
  }
  return { ...(template ? { template } : {}), inputs, excluded, skipped };
}
