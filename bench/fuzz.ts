/**
 * The library under random deals (fast-check): the sample deal with values swapped for random
 * numbers, random Unicode, values of other types, unknown and prototype keys, keys taken out,
 * and its text with random characters put in. Every case goes through lint and a draft render
 * in memory, and must end with no exception (an internal error), and no message or draft that
 * shows `[object Object]`, `NaN` or `Infinity`.
 *
 * test/property/library.property.test.ts runs 2,000 cases; `npm run fuzz` (node dist/bench/fuzz.js
 * [cases] [seed]) runs 100,000 by default and prints the figures.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { parse, stringify } from "yaml";
import { renderAgreement } from "../src/library/render.js";

const SAMPLE_FILE = join(fileURLToPath(new URL(".", import.meta.url)), "..", "..", "samples", "customer-service.yaml");
// run from dist/bench or, under vitest, from bench/: the sample is two folders up or one
const sampleText = (): string => {
  for (const f of [SAMPLE_FILE, join(fileURLToPath(new URL(".", import.meta.url)), "..", "samples", "customer-service.yaml")]) {
    try {
      return readFileSync(f, "utf8");
    } catch {
      // the other place
    }
  }
  throw new Error("samples/customer-service.yaml not found");
};

export const SAMPLE = sampleText();
const SAMPLE_DATA = parse(SAMPLE) as Record<string, unknown>;

/** Every dotted path of the sample with a scalar at its end. */
function leafPaths(value: unknown, path: string[] = []): string[][] {
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...path, k]));
  return [path];
}
const LEAVES = leafPaths(SAMPLE_DATA);

const numbers = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(0, -0, 1e15, 1e21, 1e308, -1e308, 9007199254740993, 1e-7, 2.12345, 5000.123, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 999_999_999_999.99, 1e12),
);
const texts = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom("", " ", "\u0007", "\u202e", "\u200b", "\ud800", "\ufffd", "[甲方公司名称]", "{{x}}", "*#|[<", "2027-02-30", "第3.2条", "sla.penalty", "__proto__", "\n\n"),
);
const scalars = fc.oneof(numbers, texts, fc.boolean(), fc.constant(null));
const values: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: scalars },
  { weight: 1, arbitrary: fc.array(scalars, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom("zh", "en", "a", "__proto__", "constructor"), scalars, { maxKeys: 3 }) },
);
const keys = fc.oneof(fc.constantFrom("__proto__", "constructor", "prototype", "toString", "kind", "zh", "en"), fc.string({ maxLength: 8 }));

type Mutation = { op: "set"; path: string[]; value: unknown } | { op: "delete"; path: string[] } | { op: "add"; path: string[]; key: string; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant("set" as const), path: fc.constantFrom(...LEAVES), value: values }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("delete" as const), path: fc.constantFrom(...LEAVES) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("add" as const), path: fc.constantFrom(...LEAVES), key: keys, value: values }) },
);

function apply(data: Record<string, unknown>, m: Mutation): void {
  let parent: Record<string, unknown> = data;
  const path = m.op === "add" ? m.path.slice(0, -1) : m.path;
  for (const key of path.slice(0, -1)) {
    const next = parent[key];
    if (next === null || typeof next !== "object") return;
    parent = next as Record<string, unknown>;
  }
  const last = path.at(-1);
  if (m.op === "add") Object.defineProperty(parent, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
  else if (last !== undefined && m.op === "set") parent[last] = m.value;
  else if (last !== undefined) delete parent[last];
}

/** A deal's text: the sample with a few values changed (as YAML writes them), or its text with characters put in. */
export const dealText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.array(mutation, { minLength: 1, maxLength: 4 }).map((ms) => {
      const data = structuredClone(SAMPLE_DATA);
      for (const m of ms) apply(data, m);
      return stringify(data);
    }),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.nat(), fc.oneof(fc.string({ unit: "binary", maxLength: 6 }), fc.constantFrom("&a ", "*a", "!!binary ", ": ", "\n  - ", "%YAML 1.1\n---\n", "? [a]\n: 1\n", "{", "]"))).map(([at, s]) => {
      const i = at % (SAMPLE.length + 1);
      return SAMPLE.slice(0, i) + s + SAMPLE.slice(i);
    }),
  },
);

// what no message or output may show: a value printed without a check
const GARBAGE = /\[object Object\]|NaN|Infinity/;

/** One case: lint and a draft render in memory. A problem is thrown, as fast-check expects. */
export async function checkDeal(text: string): Promise<void> {
  const run = await renderAgreement("fuzz.yaml", { text, draft: true, formats: ["md"] });
  for (const f of run.findings) {
    for (const message of [f.message.en, f.message.zh]) {
      if (GARBAGE.test(message)) throw new Error(`${f.ruleId} at ${f.line}:${f.column}: ${message}`);
    }
    if (!Number.isInteger(f.line) || f.line < 1) throw new Error(`${f.ruleId}: no line (${f.line})`);
  }
  const md = run.outputs.md;
  if (typeof md === "string" && GARBAGE.test(md)) throw new Error(`the draft shows ${GARBAGE.exec(md)?.[0]}: ${md.slice(Math.max(0, (GARBAGE.exec(md)?.index ?? 0) - 60), (GARBAGE.exec(md)?.index ?? 0) + 20)}`);
}

async function main(): Promise<void> {
  const numRuns = Number(process.argv[2] ?? 100_000);
  const seed = process.argv[3] !== undefined ? Number(process.argv[3]) : 17;
  const started = performance.now();
  let cases = 0;
  await fc.assert(
    fc.asyncProperty(dealText, async (text) => {
      cases++;
      if (cases % 10_000 === 0) process.stderr.write(`fuzz: ${cases} cases, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
      await checkDeal(text);
    }),
    { numRuns, seed },
  );
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`fuzz: ${cases} cases (seed ${seed}) in ${seconds.toFixed(1)} s: 0 uncaught errors, 0 internal errors, 0 messages or drafts with [object Object], NaN or Infinity\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
