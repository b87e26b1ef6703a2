/**
 * The tool could not do its job (unreadable file, bad usage, a broken template): reported in
 * one line, without a stack trace, with exit code 2. Problems in a deal are findings instead.
 */
export class ToolError extends Error {
  override name = "ToolError";
}
