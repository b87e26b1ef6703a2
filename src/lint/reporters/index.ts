import type { Reporter } from "./types.js";
import { formatGithub } from "./github.js";
import { formatJson } from "./json.js";
import { formatJsonWithMetadata } from "./json-with-metadata.js";
import { formatSarif } from "./sarif.js";
import { formatStylish } from "./stylish.js";

export const REPORTERS: Record<"stylish" | "json" | "json-with-metadata" | "sarif" | "github", Reporter> = {
  stylish: (results, options) => formatStylish(results.flatMap((r) => r.findings), { lang: options.lang, color: options.color }),
  json: formatJson,
  "json-with-metadata": formatJsonWithMetadata,
  sarif: formatSarif,
  github: formatGithub,
};

export type ReporterName = keyof typeof REPORTERS;

export { formatGithub, formatJson, formatJsonWithMetadata, formatSarif, formatStylish };
export type { LintResult, Reporter, ReporterOptions, RuleMeta } from "./types.js";
