import type { Lang } from "../core/bilingual.js";
import { ToolError } from "../core/errors.js";

/** Exit codes, as ESLint's: 0 clean, 1 problems in the input, 2 the tool could not do its job. */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_FAILURE = 2;

/** A usage mistake or unreadable input: reported in one line, exit code 2. */
export class CliError extends ToolError {}

/** The message language from the environment's locale (LC_ALL, LC_MESSAGES, LANG). */
export function localeLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^zh/i.test(locale) ? "zh" : "en";
}

export function parseLang(value: string | undefined): Lang | undefined {
  if (value === undefined) return undefined;
  if (value === "zh" || value === "en") return value;
  throw new CliError(`--lang must be zh or en, not \`${value}\``);
}

export function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new CliError(`--jobs takes a whole number of at least 1, not \`${value}\``);
  return n;
}
