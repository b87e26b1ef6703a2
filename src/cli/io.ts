import { readFileSync } from "node:fs";

/** A text stream the command line writes to: standard output or error, or a test's buffer. */
export interface OutStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** Where a command reads and writes: the process's streams, or a test's, so commands run in-process. */
export interface Io {
  stdout: OutStream;
  stderr: OutStream;
  /** Standard input's bytes: decoded as a deal file's are, strictly UTF-8. */
  readStdin(): Uint8Array;
  env: NodeJS.ProcessEnv;
}

export function processIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, readStdin: () => readFileSync(0), env: process.env };
}

/** Colour on a terminal, unless NO_COLOR is set (no-color.org). */
export function useColor(stream: OutStream, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && !env.NO_COLOR;
}
