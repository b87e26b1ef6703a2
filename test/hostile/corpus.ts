// The hostile-input corpus: one file per case in cases/, each naming the input (a change to the
// sample deal, a whole text, raw bytes, a generated file, a broken template), the command it goes
// through, and what must come out: the exit code, the rule and line of the finding, the words
// that name the problem. See README.md in this folder.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import YAML from "yaml";

export const CASES = join(import.meta.dirname, "cases");
export const SAMPLE = join(import.meta.dirname, "..", "..", "samples", "customer-service.yaml");
const TEMPLATE = join(import.meta.dirname, "..", "..", "templates", "customer-service");

export interface HostileCase {
  name: string;
  /** What the case is and what went wrong before (the issue's item). */
  what: string;
  issue: number;
  /** Replacements in the sample deal, in order: [from, to]. */
  sample?: Array<[string, string]>;
  /** The deal's whole text. */
  text?: string;
  /** The deal's bytes, in hex (for encodings). */
  hex?: string;
  /** A generated deal, by name (see GENERATORS). */
  generate?: string;
  /** Files of a template folder `tpl/` written beside the deal; `{{bundled:NAME}}` is the bundled template's file, `{{bundled-schema}}` its schema. */
  template?: Record<string, string>;
  /** Other files written beside the deal, by name (a .clausewright.yaml, a policy). */
  files?: Record<string, string>;
  /** The deal's bytes go to standard input (with `lint --stdin`) as well as to deal.yaml. */
  stdin?: boolean;
  /** The command line; `{deal}`, `{dir}` (the case's folder), `{out}`, `{sample}` (the sample deal) stand for paths. Default: lint {deal}. */
  argv?: string[];
  expect: {
    exit: 0 | 1 | 2;
    /** A finding of this rule must be among the findings (lint through the library). */
    rule?: string;
    severity?: "error" | "warning";
    /** The finding is on the line of the deal that holds this text. */
    at?: string;
    line?: number;
    /** Words the finding's English message (or, for exit 2, the error line) holds. */
    says?: string[];
    /** Rules that must not report (a refused value is not also missing). */
    not?: string[];
    /** The draft's Markdown (render --draft, in memory) holds these, and none of `draftHides`. */
    draftShows?: string[];
    draftHides?: string[];
  };
}

export function loadCases(): HostileCase[] {
  return readdirSync(CASES)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => ({ name: f.replace(/\.yaml$/, ""), ...(YAML.parse(readFileSync(join(CASES, f), "utf8")) as Omit<HostileCase, "name">) }));
}

const GENERATORS: Record<string, () => string | Uint8Array> = {
  "aliases-150": () => `template: customer-service\nagreement_no: &a CS-1\nlist:\n${"  - *a\n".repeat(150)}`,
  "nested-5000": () => `template: customer-service\nk: ${"[".repeat(5000)}${"]".repeat(5000)}\n`,
  "nested-1000": () => `template: customer-service\n${Array.from({ length: 1000 }, (_, i) => `${" ".repeat(i)}k:\n`).join("")}`,
  "nested-40": () => `template: customer-service\n${Array.from({ length: 40 }, (_, i) => `${" ".repeat(i)}k:\n`).join("")}${" ".repeat(40)}k: 1\n`,
  "keys-30000": () => `template: customer-service\n${Array.from({ length: 30_000 }, (_, i) => `k${i}: 1\n`).join("")}`,
  "size-2mib": () => `template: customer-service\nagreement_no: "${"x".repeat(2 * 1024 * 1024)}"\n`,
  "laughs": () => {
    const lines = ["template: customer-service", "a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 8; i++) lines.push(`${"abcdefgh"[i]}: &${"abcdefgh"[i]} [${Array(10).fill(`*${"abcdefgh"[i - 1]}`).join(", ")}]`);
    return `${lines.join("\n")}\n`;
  },
};

/** The deal's bytes for a case. */
export function dealBytes(c: HostileCase): string | Uint8Array {
  if (c.hex !== undefined) return Buffer.from(c.hex.replace(/\s+/g, ""), "hex");
  if (c.text !== undefined) return c.text;
  if (c.generate !== undefined) {
    const make = GENERATORS[c.generate];
    if (!make) throw new Error(`${c.name}: no generator ${c.generate}`);
    return make();
  }
  let text = readFileSync(SAMPLE, "utf8");
  for (const [from, to] of c.sample ?? []) {
    if (!text.includes(from)) throw new Error(`${c.name}: the sample has no ${JSON.stringify(from)}`);
    text = text.replace(from, to);
  }
  return text;
}

/** Write the case's files into `dir`: deal.yaml and, when given, the template folder tpl/. */
export function writeCase(c: HostileCase, dir: string): { deal: string; text: string; bytes: string | Uint8Array } {
  const deal = join(dir, "deal.yaml");
  const bytes = dealBytes(c);
  writeFileSync(deal, bytes);
  for (const [name, content] of Object.entries(c.files ?? {})) writeFileSync(join(dir, name), content);
  for (const [name, content] of Object.entries(c.template ?? {})) {
    const file = join(dir, "tpl", name);
    mkdirSync(dirname(file), { recursive: true });
    const filled = content
      .replace(/\{\{bundled:([\w.-]+)\}\}/g, (_, f: string) => readFileSync(join(TEMPLATE, f), "utf8"))
      .replace(/\{\{bundled-schema\}\}/g, () => readFileSync(join(TEMPLATE, "..", "..", "schemas", "customer-service.schema.json"), "utf8"));
    writeFileSync(file, filled);
  }
  return { deal, text: typeof bytes === "string" ? bytes : "", bytes };
}

/** The 1-based line of the first line of `text` that holds `needle`. */
export function lineHolding(text: string, needle: string): number {
  const i = text.split("\n").findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`no line holds ${JSON.stringify(needle)}`);
  return i + 1;
}
