import { isAbsolute, relative, resolve, sep } from "node:path";
import { sortFindings } from "../../core/finding.js";
import type { LintResult, ReporterOptions } from "./types.js";

/** Escape the message of a workflow command (as `@actions/core` does). */
export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escape a property value of a workflow command (as `@actions/core` does). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** A path relative to `cwd` with forward slashes; an absolute one if the file is outside `cwd`. */
function displayPath(file: string, cwd: string): string {
  const abs = resolve(cwd, file);
  const rel = relative(cwd, abs);
  if (rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return abs.split(sep).join("/");
  return rel.split(sep).join("/");
}

/**
 * `--format github`: one GitHub Actions workflow command per finding, which the runner shows as
 * an annotation on the file and line:
 * `::error file=deals/a.yaml,line=3,col=5,title=missing-value::Party A's name is missing.`
 */
export function formatGithub(results: LintResult[], options: ReporterOptions): string {
  const lines: string[] = [];
  for (const r of results) {
    for (const f of sortFindings(r.findings)) {
      const props = [
        `file=${escapeProperty(displayPath(f.file, options.cwd))}`,
        `line=${f.line}`,
        `col=${f.column}`,
        // GitHub underlines the whole value when the annotation says where it ends
        ...(f.endLine !== undefined && f.endColumn !== undefined ? [`endLine=${f.endLine}`, `endColumn=${f.endColumn}`] : []),
        `title=${escapeProperty(f.ruleId)}`,
      ].join(",");
      lines.push(`::${f.severity === "error" ? "error" : "warning"} ${props}::${escapeData(f.message[options.lang])}`);
    }
  }
  return lines.join("\n");
}
