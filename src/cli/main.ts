#!/usr/bin/env node
import { Command, CommanderError } from "commander";
import { ToolError } from "../errors.js";
import { EXIT_FAILURE, parseLang } from "./common.js";

// Each command's module is imported when that command runs, so `lint` never loads the DOCX writer.
const program = new Command();
program
  .name("clausewright")
  .description("Bilingual (Chinese/English) agreements from YAML deal files: validate, lint, render.")
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

program
  .command("templates")
  .description("list the templates with id, version and titles")
  .action(async () => {
    const { runTemplates } = await import("./templates-command.js");
    process.exitCode = runTemplates();
  });

program
  .command("init")
  .description("write a deal skeleton for a template: every field, commented with its labels and hint")
  .argument("<template>", "template id, e.g. customer-service")
  .option("-o, --out <file>", "where to write the deal (default: <template>.yaml)")
  .option("--force", "overwrite an existing file", false)
  .action(async (templateId: string, opts: { out?: string; force: boolean }) => {
    const { runInit } = await import("./init-command.js");
    process.exitCode = runInit(templateId, opts);
  });

program
  .command("render")
  .description("render deals into agreements (Markdown, DOCX)")
  .argument("<deals...>", "deal files (YAML)")
  .option("-o, --out <dir>", "output folder", "out")
  .option("--format <formats>", "md, docx, or both comma-separated", "md")
  .option("--layout <layout>", "parallel | stacked | zh | en", "parallel")
  .option("--draft", "render missing values as visible placeholders instead of refusing", false)
  .option("--lang <lang>", "language of messages: zh or en (default: both)")
  .option("--templates <dir...>", "folders of your own templates, looked up before the bundled ones")
  .action(async (deals: string[], opts: { out: string; format: string; layout: string; draft: boolean; lang?: string; templates?: string[] }) => {
    const { runRender } = await import("./render-command.js");
    const { lang, ...rest } = opts;
    const parsed = parseLang(lang);
    process.exitCode = await runRender(deals, { ...rest, ...(parsed ? { lang: parsed } : {}) });
  });

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    // --help and --version end here too, with exit code 0
    process.exitCode = err.exitCode === 0 ? 0 : EXIT_FAILURE;
  } else if (err instanceof ToolError) {
    process.stderr.write(`clausewright: ${err.message}\n`);
    process.exitCode = EXIT_FAILURE;
  } else {
    throw err;
  }
}
