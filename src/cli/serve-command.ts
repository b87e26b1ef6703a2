import type { Command } from "commander";
import { example, type Cli } from "./cli.js";
import { CliError, EXIT_OK } from "./common.js";
import { processIo, type Io } from "./io.js";

export interface ServeFlags {
  port?: number;
  templates?: string[];
}

/**
 * `clausewright serve [folder]`: the local web app over a folder of deals, until Ctrl-C. It prints
 * the URL with this start's token (as Jupyter does) and opens nothing itself.
 */
export async function runServe(folder: string, flags: ServeFlags, io: Io = processIo(), stop?: AbortSignal): Promise<number> {
  const { startServer } = await import("../serve/server.js");
  const server = await startServer({ folder, ...(flags.port !== undefined ? { port: flags.port } : {}), ...(flags.templates ? { templates: flags.templates } : {}) });
  io.stdout.write(`clausewright serve: the deals of ${server.folder}\n`);
  io.stdout.write(`Open this URL in your browser (it holds this start's token; keep it to yourself):\n\n    ${server.url}\n\n`);
  io.stdout.write("Ctrl-C stops the app.\n");
  await new Promise<void>((resolve) => {
    const done = (): void => resolve();
    if (stop) stop.addEventListener("abort", done, { once: true });
    else {
      process.once("SIGINT", done);
      process.once("SIGTERM", done);
    }
  });
  await server.close();
  return EXIT_OK;
}

function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new CliError(`--port takes a port number from 0 to 65535, not \`${value}\``);
  return n;
}

/** The `serve` command's flags and help, and what it runs. */
export function registerServe(program: Command, cli: Cli): void {
  program
    .command("serve")
    .description("a local web app over a folder of deals: a form, a live preview and the findings (127.0.0.1 only)")
    .argument("[folder]", "the folder of deal files", ".")
    .option("--port <n>", "the port to listen on (default: a free one)")
    .option("--templates <dir...>", "folders of your own templates, looked up before the bundled ones")
    .addHelpText("after", example("clausewright serve deals/", "clausewright serve . --port 8765"))
    .action(async (folder: string, opts: { port?: string; templates?: string[] }) => {
      const port = parsePort(opts.port);
      cli.setCode(await runServe(folder, { ...(port !== undefined ? { port } : {}), ...(opts.templates ? { templates: opts.templates } : {}) }, cli.io));
    });
}
