// The command line run in this process through its own entry, run(argv, io): the same parsing,
// library calls, output and exit codes as the bin, without starting a process per case. A few
// tests still spawn the built bin (signals, the bin's own start-up).
import { join } from "node:path";
import { run } from "../../src/cli/run.js";

export const ROOT = join(import.meta.dirname, "..", "..");
export const BIN = join(ROOT, "dist", "bundle", "main.js");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run `clausewright <args>` in `cwd`, with `input` as standard input; English messages, no colour. */
export async function runCli(args: string[], cwd = ROOT, input: string | Uint8Array = "", env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const before = process.cwd();
  process.chdir(cwd);
  try {
    const code = await run(args, {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => (stderr += s) },
      readStdin: () => (typeof input === "string" ? Buffer.from(input) : input),
      env: { ...process.env, NO_COLOR: "1", LANG: "en_US.UTF-8", LC_ALL: "", ...env },
    });
    return { code, stdout, stderr };
  } finally {
    process.chdir(before);
  }
}
