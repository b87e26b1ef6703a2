import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Lang } from "../core/bilingual.js";
import { REPORTERS, type LintResult, type Reporter } from "../lint/reporters/index.js";
import { RULES } from "../lint/rules/index.js";
import { packageRoot } from "../package/package-root.js";
import { CliError } from "./common.js";

export function toolVersion(): string {
  return (JSON.parse(readFileSync(resolve(packageRoot(), "package.json"), "utf8")) as { version: string }).version;
}

/** The reporter a --format names; a name it does not know is a usage error (exit 2). */
export function reporterFor(format: string): Reporter {
  const reporter = (REPORTERS as Record<string, Reporter | undefined>)[format];
  if (!reporter) throw new CliError(`--format takes ${Object.keys(REPORTERS).join(", ")}, not \`${format}\``);
  return reporter;
}

/** Print lint or check results with a reporter on standard output; colour only on a terminal. */
export function printResults(results: LintResult[], format: string, lang: Lang): void {
  const output = reporterFor(format)(results, {
    lang,
    color: format === "stylish" && process.stdout.isTTY === true && !process.env.NO_COLOR,
    rules: RULES,
    cwd: process.cwd(),
    toolVersion: toolVersion(),
  });
  if (output) process.stdout.write(output.endsWith("\n") ? output : `${output}\n`);
}
