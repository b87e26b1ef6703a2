import type { Lang } from "../core/bilingual.js";
import { collectDeals, compareDeals, COMPARE_FORMATS, isCompareFormat, writeComparison } from "../compare/index.js";
import { ToolError } from "../core/errors.js";
import { sortFindings } from "../core/finding.js";
import { UnreadableInputError } from "../load/deal-file.js";
import { loadPolicy, type Policy } from "../policy/policy.js";
import { CliError, EXIT_OK, EXIT_PROBLEMS } from "./common.js";
import { writeFileAtomic } from "../library/atomic-write.js";
import { configFor } from "../library/config-lookup.js";
import { expandFiles } from "../library/expand-files.js";

export interface CompareOptions {
  /** A policy YAML: flags the cells that break it, scores and ranks the vendors. */
  policy?: string;
  /** md | csv | json | xlsx */
  format: string;
  /** Write here (whole, or not at all) instead of stdout; required for xlsx. */
  out?: string;
  lang: Lang;
  /** Folders of the user's own templates, looked up before the bundled ones. */
  templates?: string[];
}

/**
 * `clausewright compare <deals…>`: the offers side by side. Deals that cannot be compared (another
 * template, lint errors) are reported on stderr as file:line:column and left out; the rest is
 * still written, and the exit code is 1. Bad usage, an unreadable deal and a broken policy are
 * CliErrors (exit code 2).
 */
export async function runCompare(files: string[], options: CompareOptions): Promise<number> {
  const format = options.format;
  if (!isCompareFormat(format)) throw new CliError(`--format takes ${COMPARE_FORMATS.join(", ")}, not \`${format}\``);
  if (format === "xlsx" && !options.out) throw new CliError("--format xlsx writes a workbook: give the file with -o <file.xlsx>");
  const deals = expandFiles(files);
  if (deals.length < 2) throw new CliError(`compare needs at least two deal files, got ${deals.length}`);

  let policy: Policy | undefined;
  let collected: ReturnType<typeof collectDeals>;
  try {
    if (options.policy) policy = loadPolicy(options.policy, { templateDirs: options.templates ?? [] });
    collected = collectDeals(deals, {
      ...(policy ? { template: policy.forTemplate } : {}),
      ...(options.templates ? { templateDirs: options.templates } : {}),
      configFor,
    });
  } catch (err) {
    if (err instanceof UnreadableInputError || (err instanceof ToolError && !(err instanceof CliError))) throw new CliError(err.message);
    throw err;
  }

  const lang = options.lang;
  for (const ex of collected.excluded) {
    for (const f of sortFindings(ex.findings)) {
      process.stderr.write(`${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message[lang]} (${f.ruleId})\n`);
    }
    process.stderr.write(
      lang === "zh"
        ? `clausewright: ${ex.file} 未纳入比较（${ex.findings.length} 个错误）\n`
        : `clausewright: ${ex.file} is left out of the comparison (${ex.findings.length} error${ex.findings.length === 1 ? "" : "s"})\n`,
    );
  }
  if (!collected.template || collected.inputs.length === 0) {
    process.stderr.write(lang === "zh" ? "clausewright: 没有可比较的交易文件\n" : "clausewright: no deal could be compared\n");
    return EXIT_PROBLEMS;
  }

  const comparison = compareDeals(collected.inputs, collected.template, policy, collected.excluded);
  const output = await writeComparison(comparison, format, lang);
  if (options.out) {
    writeFileAtomic(options.out, output);
  } else {
    process.stdout.write(output);
  }
  return collected.excluded.length > 0 ? EXIT_PROBLEMS : EXIT_OK;
}
