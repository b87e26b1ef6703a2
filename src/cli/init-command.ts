import type { Command } from "commander";
import { example, type Cli } from "./cli.js";
import { init } from "../library/init.js";
import { printable } from "../load/printable.js";
import { processIo, type Io } from "./io.js";

/** `clausewright init <template> [-o deal.yaml] [--force]`: a deal skeleton with every field. */
export function runInit(templateId: string, flags: { out?: string; force: boolean }, io: Io = processIo()): number {
  const { file } = init(templateId, flags);
  io.stdout.write(`wrote ${printable(file)}: fill in the values, then run \`clausewright render ${printable(file)} --draft\` to see what is still missing\n`);
  return 0;
}

/** The `init` command's flags and help, and what it runs. */
export function registerInit(program: Command, cli: Cli): void {
  program
    .command("init")
    .description("write a deal skeleton for a template: every field, commented with its labels and hint")
    .argument("<template>", "template id, e.g. customer-service")
    .option("-o, --out <file>", "where to write the deal (default: <template>.yaml)")
    .option("--force", "overwrite an existing file", false)
    .addHelpText("after", example("clausewright init customer-service -o deals/acme.yaml"))
    .action(async (templateId: string, opts: { out?: string; force: boolean }) => {
      cli.setCode(runInit(templateId, opts, cli.io));
    });
}
