import { rangeOf } from "../load/deal-file.js";
import type { Agreement } from "../agreement/types.js";
import type { DealFile } from "../load/deal-file.js";
import type { Template } from "../template/template.js";
import { ruleSetting, type LintConfig } from "./config.js";
import { sortFindings, type Finding } from "../core/finding.js";
import { formatMessage } from "./messages.js";
import type { Report, Rule } from "./rule.js";
import { RULES } from "./rules/index.js";
import { indexTree } from "./tree-index.js";

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
  /** The values as given, the refused ones too (see RuleContext.given). */
  given?: Record<string, unknown>;
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
  const tree = indexTree(agreement);
  for (const rule of rules) {
    const { level, options } = ruleSetting(config, rule.id, rule.defaultSeverity);
    if (level === "off") continue;
    rule.lint({
      file: prepared.file,
      deal,
      data,
      given: prepared.given ?? data,
      template,
      agreement,
      tree,
      validation: prepared.validation ?? [],
      options,
      report(r) {
        findings.push({
          ruleId: rule.id,
          // a rule's own warning case stays a warning even when the rule is set to error
          severity: r.severity === "warning" ? "warning" : level,
          message: formatMessage(rule.id, rule.messages, r.messageId, r.data),
          ...placeOf(r, prepared.file, deal),
          messageId: r.messageId,
          ...(r.path !== undefined ? { path: r.path } : {}),
          ...(r.clause ? { clause: r.clause } : {}),
        });
      },
    });
  }
  return sortFindings(findings);
}

/**
 * Where a finding points: the rule's explicit position, else the range of the deal field at
 * fault (value or key), else the top of the deal file.
 */
function placeOf(r: Report, file: string, deal: DealFile): Pick<Finding, "file" | "line" | "column" | "endLine" | "endColumn"> {
  if (r.position) return r.position;
  const range = r.path !== undefined ? rangeOf(deal, r.path, r.at ?? "value") : undefined;
  return { file, ...(range ?? { line: 1, column: 1 }) };
}
