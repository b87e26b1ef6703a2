import type { Agreement } from "../agreement/types.js";
import type { Bilingual } from "../core/bilingual.js";
import type { DealFile } from "../load/deal-file.js";
import type { Template } from "../template/template.js";
import type { Finding, Severity } from "../core/finding.js";
import type { MessageData, MessageTable } from "./messages.js";
import type { TreeIndex } from "./tree-index.js";

/**
 * What a rule reports: which of its messages, with what data. The engine fills in the message
 * from the rule's table and adds the rule id, severity, file and position.
 */
export interface Report<Id extends string = string> {
  messageId: Id;
  /** The values of the message's `{{placeholders}}`. */
  data?: MessageData;
  /** The deal field at fault: the finding points at its YAML value (or key) and spans it. */
  path?: string;
  /** Point at the key rather than the value (an unknown key, a missing field). */
  at?: "value" | "key";
  /** An explicit position, for findings about the template rather than the deal. */
  position?: { file: string; line: number; column: number; endLine?: number; endColumn?: number };
  clause?: string;
  /** Override the configured severity for this finding (e.g. a rule with an error and a warning case). */
  severity?: Severity;
}

export interface RuleContext<Id extends string = string> {
  file: string;
  deal: DealFile;
  /** The deal's values, empty ones removed, without those the validate stage refused: what the agreement states. */
  data: Record<string, unknown>;
  /**
   * The deal's values as given (empty ones removed), the refused ones too: for a rule that says
   * more precisely what is wrong with a value (a credit code's check character). A value read
   * from here may be of any type and size: check it before formatting it.
   */
  given: Record<string, unknown>;
  /** What the validate stage found wrong with the values (reported by the `schema` rule). */
  validation: readonly Finding[];
  template: Template;
  agreement: Agreement;
  /** The agreement walked once for all rules: its inline nodes, and the clause that prints each value. */
  tree: TreeIndex;
  /** The rule's options from the config file, if any. */
  options: Record<string, unknown>;
  report(report: Report<Id>): void;
}

/** A lint rule: one file in src/lint/rules/, one page in docs/rules/. */
export interface Rule<Id extends string = string> {
  id: string;
  defaultSeverity: Severity;
  description: Bilingual<string>;
  /** Every message the rule can give, by id: a report names one (see messages.ts). */
  messages: MessageTable<Id>;
  lint(context: RuleContext<Id>): void;
}

export const docsUrl = (id: string): string => `https://github.com/clausewright/clausewright/blob/main/docs/rules/${id}.md`;
