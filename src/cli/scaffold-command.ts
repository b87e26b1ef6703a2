import type { Command } from "commander";
import { example, type Cli } from "./cli.js";
import { EXIT_OK, EXIT_PROBLEMS } from "./common.js";
import { printable } from "../load/printable.js";
import { processIo, type Io } from "./io.js";

/**
 * `clausewright scaffold <document> --id <id> [-o templates/<id>] [--force]`: turn a contract
 * with bracketed blanks into a template folder. Exit 0 written; 1 the document has no
 * placeholders (nothing written); 2 unreadable document or bad usage.
 */
export async function runScaffold(document: string, flags: { id: string; out?: string; force?: boolean }, io: Io = processIo()): Promise<number> {
  const { scaffold } = await import("../library/scaffold.js");
  const run = await scaffold(document, flags);
  if (!run.summary) {
    io.stderr.write(
      `clausewright: ${printable(document)} has no placeholders ([标签], 【标签】, [标签,例如:示例] or ＿＿＿ after a label): there is nothing for a deal to fill, so no template was written. Mark the blanks in the document and run scaffold again.\n`,
    );
    return EXIT_PROBLEMS;
  }
  // a document or folder named with ESC or a newline is shown escaped, line by line
  io.stdout.write(run.summary.split("\n").map(printable).join("\n"));
  return EXIT_OK;
}

/** The `scaffold` command's flags and help, and what it runs. */
export function registerScaffold(program: Command, cli: Cli): void {
  program
    .command("scaffold")
    .description("turn an existing bracketed contract (.txt, .md, .docx) into a clausewright template")
    .argument("<document>", "the contract with bracketed blanks")
    .requiredOption("--id <template-id>", "the new template's id, e.g. service-agreement")
    .option("-o, --out <dir>", "the template folder to write (default: templates/<id>)")
    .option("--force", "write into a folder that already has files", false)
    .addHelpText("after", example("clausewright scaffold samples/source/客服团队建设条款.txt --id my-service -o my-templates/my-service"))
    .action(async (document: string, opts: { id: string; out?: string; force: boolean }) => {
      cli.setCode(await runScaffold(document, opts, cli.io));
    });
}
