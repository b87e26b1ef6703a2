import type { Lang } from "../../core/bilingual.js";
import type { Finding } from "../../core/finding.js";
import { sortFindings } from "../../core/finding.js";
// a file named with ESC or a newline would act on the terminal: shown escaped
import { printable } from "../../load/printable.js";

export interface StylishOptions {
  /** One language, or both (English, then Chinese below it). */
  lang: Lang | "both";
  color: boolean;
}

const paint = (on: boolean, code: string, s: string): string => (on ? `\u001b[${code}m${s}\u001b[0m` : s);

/** Findings grouped by file, one line each (`line:column  severity  message  rule`), then a summary. */
export function formatStylish(findings: readonly Finding[], options: StylishOptions): string {
  const out: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const f of sortFindings(findings)) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  for (const [file, list] of byFile) {
    out.push(paint(options.color, "4", printable(file)));
    for (const f of list) {
      const sev = f.severity === "error" ? paint(options.color, "31", "error  ") : paint(options.color, "33", "warning");
      const msg = options.lang === "both" ? f.message.en : f.message[options.lang];
      const where = `${f.line}:${f.column}`.padEnd(8);
      out.push(`  ${where}${sev}  ${msg}  ${paint(options.color, "2", f.ruleId)}`);
      if (options.lang === "both") out.push(`  ${" ".repeat(8)}         ${f.message.zh}`);
    }
    out.push("");
  }
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  if (findings.length > 0) {
    const summary = `✖ ${findings.length} problem${findings.length === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"})`;
    out.push(paint(options.color, errors > 0 ? "31;1" : "33;1", options.lang === "zh" ? `✖ ${findings.length} 个问题（${errors} 个错误，${warnings} 个警告）` : summary));
  }
  return out.join("\n");
}
