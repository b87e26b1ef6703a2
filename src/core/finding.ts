import type { Bilingual } from "./bilingual.js";

export type Severity = "error" | "warning";

/**
 * One problem found in a deal or a template. Plain data, like vfile-message: nothing about a
 * finding lives only in a formatted string, so every reporter can show it its own way.
 */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: Bilingual<string>;
  file: string;
  line: number;
  column: number;
  /** Where the value or key at fault ends (1-based, exclusive column), when the finding has a range. */
  endLine?: number;
  endColumn?: number;
  /** The key of the rule's message table the message was made from (as ESLint's messageId). */
  messageId?: string;
  /** The deal field the finding is about, as a dotted path ("party_a.credit_code"). */
  path?: string;
  /** The number of the clause the finding concerns, as rendered ("3.2"). */
  clause?: string;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "error");
}

/** Stable order for reporting: by file, line, column, then rule. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.ruleId.localeCompare(b.ruleId),
  );
}
