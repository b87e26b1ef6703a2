import type { Agreement } from "../agreement/types.js";
import type { Bilingual } from "../core/bilingual.js";
import type { DealFile } from "../load/deal-file.js";
import type { Template } from "../template/template.js";
import type { Finding, Severity } from "../core/finding.js";

/** What a rule reports: the engine adds the rule id, severity, file and position. */
export interface Report {
  message: Bilingual<string>;
  /** The deal field at fault: the finding points at its YAML line. */
  path?: string;
  /** Point at the key rather than the value (an unknown key, a missing field). */
  at?: "value" | "key";
  /** An explicit position, for findings about the template rather than the deal. */
  position?: { file: string; line: number; column: number };
  clause?: string;
  /** Override the configured severity for this finding (e.g. a rule with an error and a warning case). */
  severity?: Severity;
}

export interface RuleContext {
  file: string;
  deal: DealFile;
  /** The deal's values, empty ones removed. */
  data: Record<string, unknown>;
  /** What the validate stage found wrong with the values (reported by the `schema` rule). */
  validation: readonly Finding[];
  template: Template;
  agreement: Agreement;
  /** The rule's options from the config file, if any. */
  options: Record<string, unknown>;
  report(report: Report): void;
}

/** A lint rule: one file in src/lint/rules/, one page in docs/rules/. */
export interface Rule {
  id: string;
  defaultSeverity: Severity;
  description: Bilingual<string>;
  check(context: RuleContext): void;
}

export const docsUrl = (id: string): string => `https://github.com/clausewright/clausewright/blob/main/docs/rules/${id}.md`;
