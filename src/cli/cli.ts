import type { Io } from "./io.js";

/** What every command's registration gets: where to read and write, and where its exit code goes. */
export interface Cli {
  io: Io;
  setCode(code: number): void;
}

/** The example at the end of a command's --help. */
export const example = (...lines: string[]): string => `\nExample${lines.length > 1 ? "s" : ""}:\n${lines.map((l) => `  $ ${l}`).join("\n")}\n`;
