import { Command, CommanderError } from "commander";
import { ToolError } from "../core/errors.js";
import { CliError, EXIT_FAILURE, localeLang, parseJobs, parseLang } from "./common.js";
import { processIo, type Io } from "./io.js";
import { toolVersion } from "../package/version.js";

const example = (...lines: string[]): string => `\nExample${lines.length > 1 ? "s" : ""}:\n${lines.map((l) => `  $ ${l}`).join("\n")}\n`;


/**
 * The command line, callable in-process: parse `argv` (the arguments after the program's name),
 * run the command through the library, and give the exit code (0 clean, 1 problems in the input,
 * 2 the tool could not do its job). Each command's module is imported when that command runs,
 * so `lint` never loads the DOCX writer.
 */
export async function run(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let code = 0;
  const program = new Command()
    .name("clausewright")
    .description("Bilingual (Chinese/English) agreements from YAML deal files: validate, lint, render.")
    .version(toolVersion(), "-V, --version", "print the version of clausewright")
    .exitOverride()
    .configureOutput({ writeOut: (s) => void io.stdout.write(s), writeErr: (s) => void io.stderr.write(s) });

  program
    .command("templates")
    .description("list the templates with id, version and titles")
    .addHelpText("after", example("clausewright templates"))
    .action(async () => {
      const { runTemplates } = await import("./templates-command.js");
      code = runTemplates(io);
    });

  program
    .command("init")
    .description("write a deal skeleton for a template: every field, commented with its labels and hint")
    .argument("<template>", "template id, e.g. customer-service")
    .option("-o, --out <file>", "where to write the deal (default: <template>.yaml)")
    .option("--force", "overwrite an existing file", false)
    .addHelpText("after", example("clausewright init customer-service -o deals/acme.yaml"))
    .action(async (templateId: string, opts: { out?: string; force: boolean }) => {
      const { runInit } = await import("./init-command.js");
      code = runInit(templateId, opts, io);
    });

  program
    .command("render")
    .description("render deals into agreements (Markdown, DOCX)")
    .argument("<deals...>", "deal files, folders or quoted globs ('deals/**/*.yaml')")
    .option("-o, --out <dir>", "output folder", "out")
    .option("--format <formats>", "md, docx, or both comma-separated", "md,docx")
    .option("--layout <layout>", "parallel | stacked | zh | en", "parallel")
    .option("--draft", "render missing values as visible placeholders instead of refusing", false)
    .option("--lang <lang>", "language of messages: zh or en (default: both)")
    .option("--templates <dir...>", "folders of your own templates, looked up before the bundled ones")
    .option("--config <file>", "a lint config instead of the nearest .clausewright.yaml")
    .option("-j, --jobs <n>", "worker threads (default: one per core from 250 deals on, else 1)")
    .option("-q, --quiet", "print nothing but the deals that failed", false)
    .addHelpText("after", example("clausewright render samples/customer-service.yaml -o out --layout stacked"))
    .action(async (deals: string[], opts: { out: string; format: string; layout: string; draft: boolean; lang?: string; templates?: string[]; config?: string; jobs?: string; quiet: boolean }) => {
      const { runRender } = await import("./render-command.js");
      const { lang, jobs, ...rest } = opts;
      const parsed = parseLang(lang);
      const threads = parseJobs(jobs);
      code = await runRender(deals, { ...rest, ...(parsed ? { lang: parsed } : {}), ...(threads !== undefined ? { jobs: threads } : {}) }, io);
    });

  program
    .command("lint")
    .description("check deals with every rule; exit 1 on errors (or too many warnings)")
    .argument("[files...]", "deal files, folders or globs (quote globs: 'deals/**/*.yaml')")
    .option("--format <format>", "stylish | json | json-with-metadata | sarif | github", "stylish")
    .option("--max-warnings <n>", "exit 1 when there are more warnings than this")
    .option("--stdin", "lint the deal read from standard input (an editor's unsaved buffer)", false)
    .option("--stdin-filename <path>", "the file the text from --stdin stands for: its name in the report, its .clausewright.yaml")
    .option("--lang <lang>", "language of messages: zh or en (default: from the locale)")
    .option("--config <file>", "a config file instead of the nearest .clausewright.yaml")
    .option("--templates <dir...>", "folders of your own templates, looked up before the bundled ones")
    .option("--policy <file>", "a procurement policy (YAML) whose breaches are reported under the rule `policy`")
    .option("-j, --jobs <n>", "worker threads (default: one per core from 400 deals on, else 1)")
    .option("-q, --quiet", "report errors only, and draw no progress bar", false)
    .addHelpText("after", example("clausewright lint 'deals/**/*.yaml' --format sarif > lint.sarif"))
    .action(async (files: string[], opts: { format: string; maxWarnings?: string; lang?: string; config?: string; templates?: string[]; policy?: string; jobs?: string; quiet: boolean; stdin: boolean; stdinFilename?: string }) => {
      const { runLint, STDIN_NAME } = await import("./lint-command.js");
      if (opts.stdin && files.length > 0) throw new CliError("give deal files or --stdin, not both");
      if (!opts.stdin && files.length === 0) throw new CliError("give the deals to lint (files, folders or quoted globs), or --stdin to read one from standard input");
      if (opts.stdinFilename !== undefined && !opts.stdin) throw new CliError("--stdin-filename names the text read with --stdin: add --stdin");
      const stdin = opts.stdin ? { text: io.readStdin(), file: opts.stdinFilename ?? STDIN_NAME } : undefined;
      const max = opts.maxWarnings === undefined ? undefined : Number(opts.maxWarnings);
      if (max !== undefined && (!Number.isInteger(max) || max < 0)) throw new CliError(`--max-warnings takes a whole number, not \`${opts.maxWarnings}\``);
      const threads = parseJobs(opts.jobs);
      code = await runLint(
        files,
        {
          ...(stdin ? { stdin } : {}),
          format: opts.format,
          quiet: opts.quiet,
          ...(threads !== undefined ? { jobs: threads } : {}),
          lang: parseLang(opts.lang) ?? localeLang(io.env),
          ...(max !== undefined ? { maxWarnings: max } : {}),
          ...(opts.config ? { config: opts.config } : {}),
          ...(opts.templates ? { templates: opts.templates } : {}),
          ...(opts.policy ? { policy: opts.policy } : {}),
        },
        io,
      );
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
    .addHelpText("after", example("clausewright compare samples/vendors/ --policy samples/policy.yaml --format xlsx -o offers.xlsx"))
    .action(async (deals: string[], opts: { policy?: string; format: string; out?: string; lang?: string; templates?: string[] }) => {
      const { runCompare } = await import("./compare-command.js");
      code = await runCompare(
        deals,
        {
          format: opts.format,
          lang: parseLang(opts.lang) ?? localeLang(io.env),
          ...(opts.policy ? { policy: opts.policy } : {}),
          ...(opts.out ? { out: opts.out } : {}),
          ...(opts.templates ? { templates: opts.templates } : {}),
        },
        io,
      );
    });

  program
    .command("scaffold")
    .description("turn an existing bracketed contract (.txt, .md, .docx) into a clausewright template")
    .argument("<document>", "the contract with bracketed blanks")
    .requiredOption("--id <template-id>", "the new template's id, e.g. service-agreement")
    .option("-o, --out <dir>", "the template folder to write (default: templates/<id>)")
    .option("--force", "write into a folder that already has files", false)
    .addHelpText("after", example("clausewright scaffold samples/source/客服团队建设条款.txt --id my-service -o my-templates/my-service"))
    .action(async (document: string, opts: { id: string; out?: string; force: boolean }) => {
      const { runScaffold } = await import("./scaffold-command.js");
      code = await runScaffold(document, opts, io);
    });

  program
    .command("check")
    .description("check templates for CI: fields, translations, references, and their samples")
    .argument("[templates...]", "template ids or folders (default: every bundled template)")
    .option("--format <format>", "stylish | json | json-with-metadata | sarif | github", "stylish")
    .option("--lang <lang>", "language of messages: zh or en (default: from the locale)")
    .option("--samples <dir...>", "folders of deals to lint with each template (default: the bundled samples)")
    .option("--templates <dir...>", "folders of your own templates, looked up before the bundled ones")
    .addHelpText("after", example("clausewright check customer-service --format github"))
    .action(async (targets: string[], opts: { format: string; lang?: string; samples?: string[]; templates?: string[] }) => {
      const { runCheck } = await import("./check-command.js");
      code = runCheck(
        targets,
        {
          format: opts.format,
          lang: parseLang(opts.lang) ?? localeLang(io.env),
          ...(opts.samples ? { samples: opts.samples } : {}),
          ...(opts.templates ? { templates: opts.templates } : {}),
        },
        io,
      );
    });

  try {
    await program.parseAsync([...argv], { from: "user" });
    return code;
  } catch (err) {
    // --help and --version end here too, with exit code 0
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : EXIT_FAILURE;
    if (err instanceof ToolError) {
      io.stderr.write(`clausewright: ${err.message}\n`);
      return EXIT_FAILURE;
    }
    // a bug of ours, not the user's input: one line, and the stack only when asked for
    io.stderr.write(`clausewright: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    if (io.env.CLAUSEWRIGHT_DEBUG && err instanceof Error) io.stderr.write(`${err.stack}\n`);
    else io.stderr.write("Please report this; run again with CLAUSEWRIGHT_DEBUG=1 to see where it happened.\n");
    return EXIT_FAILURE;
  }
}
