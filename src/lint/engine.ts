import { positionOf } from "../load/deal-file.js";
import type { Agreement } from "../agreement/types.js";
import type { DealFile } from "../load/deal-file.js";
import type { Template } from "../template/template.js";
import { ruleSetting, type LintConfig } from "./config.js";
import { sortFindings, type Finding } from "../core/finding.js";
import type { Rule } from "./rule.js";
import { RULES } from "./rules/index.js";

/** A deal as far through the pipeline as it went: what the rules check. */
export interface LintInput {
  file: string;
  /** Problems that stopped the pipeline before the tree: YAML syntax, an unknown template. */
  findings: Finding[];
  deal?: DealFile;
  template?: Template;
  /** The validated values (empty ones removed): what the template saw. */
  data?: Record<string, unknown>;
  /** What the validate stage found: the `schema` rule reports it. */
  validation?: Finding[];
  agreement?: Agreement;
}

/**
 * Run the rules over a prepared deal. Findings that stopped the pipeline (YAML syntax, unknown
 * template) come first and alone: there is no tree to check.
 */
export function lintPrepared(prepared: LintInput, config?: LintConfig, rules: readonly Rule[] = RULES): Finding[] {
  const { deal, template, agreement, data } = prepared;
  if (!deal || !template || !agreement || !data) return sortFindings(prepared.findings);
  const findings: Finding[] = [...prepared.findings];
  for (const rule of rules) {
    const { level, options } = ruleSetting(config, rule.id, rule.defaultSeverity);
    if (level === "off") continue;
    rule.check({
      file: prepared.file,
      deal,
      data,
      template,
      agreement,
      validation: prepared.validation ?? [],
      options,
      report(r) {
        const pos = r.position ?? (r.path !== undefined ? { file: prepared.file, ...positionOf(deal, r.path, r.at ?? "value") } : { file: prepared.file, line: 1, column: 1 });
        findings.push({
          ruleId: rule.id,
          // a rule's own warning case stays a warning even when the rule is set to error
          severity: r.severity === "warning" ? "warning" : level,
          message: r.message,
          file: pos.file,
          line: pos.line,
          column: pos.column,
          ...(r.path !== undefined ? { path: r.path } : {}),
          ...(r.clause ? { clause: r.clause } : {}),
        });
      },
    });
  }
  return sortFindings(findings);
}
