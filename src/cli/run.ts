import { Command, CommanderError } from "commander";
import { ToolError } from "../core/errors.js";
import { EXIT_FAILURE } from "./common.js";
import type { Cli } from "./cli.js";
import { registerCheck } from "./check-command.js";
import { registerCompare } from "./compare-command.js";
import { registerInit } from "./init-command.js";
import { registerLint } from "./lint-command.js";
import { registerRender } from "./render-command.js";
import { registerReview } from "./review-command.js";
import { registerScaffold } from "./scaffold-command.js";
import { registerServe } from "./serve-command.js";
import { registerTemplates } from "./templates-command.js";
import { printable } from "../load/printable.js";
import { processIo, type Io } from "./io.js";
import { toolVersion } from "../package/version.js";



/**
 * The command line, callable in-process: parse `argv` (the arguments after the program's name),
 * run the command through the library, and give the exit code (0 clean, 1 problems in the input,
 * 2 the tool could not do its job). Each command is a file of its own; what a command needs of
 * the library is imported when it runs, so `lint` never loads the DOCX writer or exceljs.
 */
export async function run(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let code = 0;
  const program = new Command()
    .name("clausewright")
    .description("Bilingual (Chinese/English) agreements from YAML deal files: validate, lint, render.")
    .version(toolVersion(), "-V, --version", "print the version of clausewright")
    .exitOverride()
    .configureOutput({ writeOut: (s) => void io.stdout.write(s), writeErr: (s) => void io.stderr.write(s) });

  const cli: Cli = { io, setCode: (c) => void (code = c) };
  for (const register of [registerTemplates, registerInit, registerRender, registerLint, registerCompare, registerReview, registerScaffold, registerCheck, registerServe]) register(program, cli);

  try {
    await program.parseAsync([...argv], { from: "user" });
    return code;
  } catch (err) {
    // --help and --version end here too, with exit code 0
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : EXIT_FAILURE;
    if (err instanceof ToolError) {
      io.stderr.write(`clausewright: ${printable(err.message)}\n`);
      return EXIT_FAILURE;
    }
    // a bug of ours, not the user's input: one line, and the stack only when asked for
    io.stderr.write(`clausewright: internal error: ${printable(err instanceof Error ? err.message : String(err))}\n`);
    if (io.env.CLAUSEWRIGHT_DEBUG && err instanceof Error) io.stderr.write(`${err.stack}\n`);
    else io.stderr.write("Please report this; run again with CLAUSEWRIGHT_DEBUG=1 to see where it happened.\n");
    return EXIT_FAILURE;
  }
}
