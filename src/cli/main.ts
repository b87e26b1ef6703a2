#!/usr/bin/env node
import { Command, CommanderError } from "commander";
import { ToolError } from "../core/errors.js";
import { CliError, EXIT_FAILURE, localeLang, parseJobs, parseLang } from "./common.js";

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
  .option("--format <formats>", "md, docx, or both comma-separated", "md,docx")
  .option("--layout <layout>", "parallel | stacked | zh | en", "parallel")
  .option("--draft", "render missing values as visible placeholders instead of refusing", false)
  .option("--lang <lang>", "language of messages: zh or en (default: both)")
  .option("--templates <dir...>", "folders of your own templates, looked up before the bundled ones")
  .option("--config <file>", "a lint config instead of the nearest .clausewright.yaml")
  .option("-j, --jobs <n>", "worker threads (default: one per core from 250 deals on, else 1)")
  .option("-q, --quiet", "print nothing but the deals that failed", false)
  .action(async (deals: string[], opts: { out: string; format: string; layout: string; draft: boolean; lang?: string; templates?: string[]; config?: string; jobs?: string; quiet: boolean }) => {
    const [{ runRender }, { configFromFlag }] = await Promise.all([import("./render-command.js"), import("../library/config-lookup.js")]);
    const { lang, config, jobs, ...rest } = opts;
    const parsed = parseLang(lang);
    const threads = parseJobs(jobs);
    process.exitCode = await runRender(deals, {
      ...rest,
      ...(parsed ? { lang: parsed } : {}),
      ...(config ? { config: configFromFlag(config) } : {}),
      ...(threads !== undefined ? { jobs: threads } : {}),
    });
  });

program
  .command("lint")
  .description("check deals with every rule; exit 1 on errors (or too many warnings)")
  .argument("[files...]", "deal files, folders or globs (quote globs: 'deals/**/*.yaml')")
  .option("--format <format>", "stylish | json | sarif | github", "stylish")
  .option("--max-warnings <n>", "exit 1 when there are more warnings than this")
  .option("--stdin", "lint the deal read from standard input (an editor's unsaved buffer)", false)
  .option("--stdin-filename <path>", "the file the text from --stdin stands for: its name in the report, its .clausewright.yaml")
  .option("--lang <lang>", "language of messages: zh or en (default: from the locale)")
  .option("--config <file>", "a config file instead of the nearest .clausewright.yaml")
  .option("--templates <dir...>", "folders of your own templates, looked up before the bundled ones")
  .option("--policy <file>", "a procurement policy (YAML) whose breaches are reported under the rule `policy`")
  .option("-j, --jobs <n>", "worker threads (default: one per core from 400 deals on, else 1)")
  .option("-q, --quiet", "report errors only, and draw no progress bar", false)
  .action(async (files: string[], opts: { format: string; maxWarnings?: string; lang?: string; config?: string; templates?: string[]; policy?: string; jobs?: string; quiet: boolean; stdin: boolean; stdinFilename?: string }) => {
    const [{ runLint, STDIN_NAME }, { configFromFlag }] = await Promise.all([import("./lint-command.js"), import("../library/config-lookup.js")]);
    if (opts.stdin && files.length > 0) throw new CliError("give deal files or --stdin, not both");
    if (!opts.stdin && files.length === 0) throw new CliError("give the deals to lint (files, folders or quoted globs), or --stdin to read one from standard input");
    if (opts.stdinFilename !== undefined && !opts.stdin) throw new CliError("--stdin-filename names the text read with --stdin: add --stdin");
    const { readFileSync } = await import("node:fs");
    const stdin = opts.stdin ? { text: readFileSync(0, "utf8"), file: opts.stdinFilename ?? STDIN_NAME } : undefined;
    const max = opts.maxWarnings === undefined ? undefined : Number(opts.maxWarnings);
    if (max !== undefined && (!Number.isInteger(max) || max < 0)) throw new CliError(`--max-warnings takes a whole number, not \`${opts.maxWarnings}\``);
    const threads = parseJobs(opts.jobs);
    process.exitCode = await runLint(files, {
      ...(stdin ? { stdin } : {}),
      format: opts.format,
      quiet: opts.quiet,
      ...(threads !== undefined ? { jobs: threads } : {}),
      lang: parseLang(opts.lang) ?? localeLang(),
      ...(max !== undefined ? { maxWarnings: max } : {}),
      ...(opts.config ? { config: configFromFlag(opts.config) } : {}),
      ...(opts.templates ? { templates: opts.templates } : {}),
      ...(opts.policy ? { policy: opts.policy } : {}),
    });
  });

program
  .command("compare")
  .description("compare vendors' offers side by side, optionally against a procurement policy")
  .argument("<deals...>", "two or more deal files, folders or globs")
  .option("--policy <file>", "a procurement policy (YAML): flag breaches, score and rank the vendors")
  .option("--format <format>", "md | csv | json | xlsx", "md")
  .option("-o, --out <file>", "write to a file instead of standard output (required for xlsx)")
  .option("--lang <lang>", "language of the table: zh or en (default: from the locale)")
  .option("--templates <dir...>", "folders of your own templates, looked up before the bundled ones")
  .action(async (deals: string[], opts: { policy?: string; format: string; out?: string; lang?: string; templates?: string[] }) => {
    const { runCompare } = await import("./compare-command.js");
    process.exitCode = await runCompare(deals, {
      format: opts.format,
      lang: parseLang(opts.lang) ?? localeLang(),
      ...(opts.policy ? { policy: opts.policy } : {}),
      ...(opts.out ? { out: opts.out } : {}),
      ...(opts.templates ? { templates: opts.templates } : {}),
    });
  });

program
  .command("scaffold")
  .description("turn an existing bracketed contract (.txt, .md, .docx) into a clausewright template")
  .argument("<document>", "the contract with bracketed blanks")
  .requiredOption("--id <template-id>", "the new template's id, e.g. service-agreement")
  .option("-o, --out <dir>", "the template folder to write (default: templates/<id>)")
  .option("--force", "write into a folder that already has files", false)
  .action(async (document: string, opts: { id: string; out?: string; force: boolean }) => {
    const { runScaffold } = await import("./scaffold-command.js");
    process.exitCode = await runScaffold(document, opts);
  });

program
  .command("check")
  .description("check templates for CI: fields, translations, references, and their samples")
  .argument("[templates...]", "template ids or folders (default: every bundled template)")
  .option("--format <format>", "stylish | json | sarif | github", "stylish")
  .option("--lang <lang>", "language of messages: zh or en (default: from the locale)")
  .option("--samples <dir...>", "folders of deals to lint with each template (default: the bundled samples)")
  .option("--templates <dir...>", "folders of your own templates, looked up before the bundled ones")
  .action(async (targets: string[], opts: { format: string; lang?: string; samples?: string[]; templates?: string[] }) => {
    const { runCheck } = await import("./check-command.js");
    process.exitCode = runCheck(targets, {
      format: opts.format,
      lang: parseLang(opts.lang) ?? localeLang(),
      ...(opts.samples ? { samples: opts.samples } : {}),
      ...(opts.templates ? { templates: opts.templates } : {}),
    });
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
    // a bug of ours, not the user's input: one line, and the stack only when asked for
    process.stderr.write(`clausewright: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    if (process.env.CLAUSEWRIGHT_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    else process.stderr.write("Please report this; run again with CLAUSEWRIGHT_DEBUG=1 to see where it happened.\n");
    process.exitCode = EXIT_FAILURE;
  }
}
