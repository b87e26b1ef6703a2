import type { Command } from "commander";
import { example, type Cli } from "./cli.js";
import { listTemplates } from "../library/templates.js";
import { processIo, type Io } from "./io.js";

/** `clausewright templates`: the bundled templates, one line each. */
export function runTemplates(io: Io = processIo()): number {
  const rows = listTemplates().map((t) => [t.id, t.version, t.title.zh, t.title.en]);
  const widths = [0, 1].map((i) => Math.max(...rows.map((r) => (r[i] ?? "").length), i === 0 ? 2 : 7));
  io.stdout.write(`${"id".padEnd(widths[0] ?? 0)}  ${"version".padEnd(widths[1] ?? 0)}  title\n`);
  for (const r of rows) io.stdout.write(`${(r[0] ?? "").padEnd(widths[0] ?? 0)}  ${(r[1] ?? "").padEnd(widths[1] ?? 0)}  ${r[2]} / ${r[3]}\n`);
  return 0;
}

/** The `templates` command's flags and help, and what it runs. */
export function registerTemplates(program: Command, cli: Cli): void {
  program
    .command("templates")
    .description("list the templates with id, version and titles")
    .addHelpText("after", example("clausewright templates"))
    .action(async () => {
      cli.setCode(runTemplates(cli.io));
    });
}
