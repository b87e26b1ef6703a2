import { resolve } from "node:path";
import { sortFindings, type Finding } from "../../core/finding.js";
import type { LintResult, ReporterOptions } from "./types.js";

/** One message in ESLint's JSON format, plus clausewright's `clause` and `path`. */
export interface EslintMessage {
  ruleId: string;
  /** 1 = warning, 2 = error, as in ESLint. */
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  /** Where the value at fault ends, when the finding has a range (exclusive column, as ESLint's). */
  endLine?: number;
  endColumn?: number;
  /** The key of the rule's message (ESLint's `messageId`), when the rule reported one. */
  messageId?: string;
  nodeType: null;
  clause?: string;
  path?: string;
}

/** One file's entry in ESLint's JSON format (`eslint --format json`). */
export interface EslintFileResult {
  filePath: string;
  messages: EslintMessage[];
  suppressedMessages: [];
  errorCount: number;
  fatalErrorCount: 0;
  warningCount: number;
  fixableErrorCount: 0;
  fixableWarningCount: 0;
  usedDeprecatedRules: [];
}

/**
 * ESLint-compatible JSON: an array with one entry per file (files without findings included),
 * in the order linted. A finding is listed under the file it points at, so a finding about a
 * template gets an entry for the template. Paths are absolute, messages in `options.lang`.
 */
export function eslintResults(results: readonly LintResult[], options: Pick<ReporterOptions, "lang" | "cwd">): EslintFileResult[] {
  const byFile = new Map<string, Finding[]>();
  // `<stdin>` names a text, not a file of the working folder
  const absolute = (path: string): string => (/^<.*>$/.test(path) ? path : resolve(options.cwd, path));
  for (const r of results) {
    const filePath = absolute(r.filePath);
    if (!byFile.has(filePath)) byFile.set(filePath, []);
    for (const f of r.findings) {
      const at = absolute(f.file);
      byFile.set(at, [...(byFile.get(at) ?? []), f]);
    }
  }
  return [...byFile].map(([filePath, findings]) => {
    const messages = sortFindings(findings).map(
      (f): EslintMessage => ({
        ruleId: f.ruleId,
        severity: f.severity === "error" ? 2 : 1,
        message: f.message[options.lang],
        line: f.line,
        column: f.column,
        ...(f.endLine !== undefined && f.endColumn !== undefined ? { endLine: f.endLine, endColumn: f.endColumn } : {}),
        ...(f.messageId !== undefined ? { messageId: f.messageId } : {}),
        nodeType: null,
        ...(f.clause !== undefined ? { clause: f.clause } : {}),
        ...(f.path !== undefined ? { path: f.path } : {}),
      }),
    );
    const errorCount = messages.filter((m) => m.severity === 2).length;
    return {
      filePath,
      messages,
      suppressedMessages: [],
      errorCount,
      fatalErrorCount: 0,
      warningCount: messages.length - errorCount,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
    };
  });
}

/** `--format json`: like ESLint's, one line of JSON. */
export function formatJson(results: LintResult[], options: ReporterOptions): string {
  return JSON.stringify(eslintResults(results, options));
}
