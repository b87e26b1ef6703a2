import { existsSync } from "node:fs";
import { dirname, relative } from "node:path";
import { loadTemplate } from "../template/template.js";
import { writeDealSkeleton } from "../template/skeleton.js";
import { CliError } from "./common.js";
import { writeFileAtomic } from "../library/atomic-write.js";

/** `clausewright init <template> [-o deal.yaml] [--force]`: a deal skeleton with every field. */
export function runInit(templateId: string, options: { out?: string; force: boolean }): number {
  const out = options.out ?? `${templateId}.yaml`;
  if (existsSync(out) && !options.force) throw new CliError(`${out} already exists: choose another name with -o, or overwrite it with --force`);
  const template = loadTemplate(templateId);
  const schemaRef = relative(dirname(out) || ".", template.schemaFile).split("\\").join("/");
  writeFileAtomic(out, writeDealSkeleton(template, schemaRef));
  process.stdout.write(`wrote ${out}: fill in the values, then run \`clausewright render ${out} --draft\` to see what is still missing\n`);
  return 0;
}
