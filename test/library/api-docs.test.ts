// docs/api.md runs: every ```js example is executed as a module in a project folder of its own
// (where `import "clausewright"` resolves to this package, installed under node_modules, and
// `samples/` is the bundled samples), and what it prints must be the ```text block under it. A
// page that says what the API does not do fails here.
//
// The examples run one after another in one Node process, each imported as its own module with
// its output captured: loading the library takes ~0.35 s of a process's start, paid once here
// instead of once per example. Each example still imports "clausewright" itself.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const page = readFileSync(join(ROOT, "docs", "api.md"), "utf8");
const examples = [...page.matchAll(/\n## (.+)\n[\s\S]*?```js\n([\s\S]*?)```\n\n```text\n([\s\S]*?)```/g)].map((m) => ({
  title: m[1] as string,
  code: m[2] as string,
  output: m[3] as string,
}));

// Imports each example in turn; what it writes to stdout and stderr, or the error it throws, is
// kept per example and written to results.json at the end.
const RUNNER = `
import { writeFileSync } from "node:fs";
const [count] = process.argv.slice(2).map(Number);
const write = { out: process.stdout.write, err: process.stderr.write };
const results = [];
for (let i = 0; i < count; i++) {
  const got = { stdout: "", stderr: "" };
  process.stdout.write = (chunk) => ((got.stdout += chunk), true);
  process.stderr.write = (chunk) => ((got.stderr += chunk), true);
  try {
    await import(\`./example-\${i}.mjs\`);
  } catch (err) {
    got.stderr += err instanceof Error ? err.stack : String(err);
  }
  results.push(got);
}
process.stdout.write = write.out;
process.stderr.write = write.err;
writeFileSync("results.json", JSON.stringify(results));
`;

let results: Array<{ stdout: string; stderr: string }> = [];

beforeAll(() => {
  const project = mkdtempSync(join(tmpdir(), "clausewright-api-docs-"));
  mkdirSync(join(project, "node_modules"));
  symlinkSync(ROOT, join(project, "node_modules", "clausewright"), "dir");
  symlinkSync(join(ROOT, "samples"), join(project, "samples"), "dir");
  examples.forEach((e, i) => writeFileSync(join(project, `example-${i}.mjs`), e.code));
  writeFileSync(join(project, "run-examples.mjs"), RUNNER);
  const run = spawnSync(process.execPath, ["run-examples.mjs", String(examples.length)], { cwd: project, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  expect(run.stderr).toBe("");
  results = JSON.parse(readFileSync(join(project, "results.json"), "utf8")) as typeof results;
}, 60_000);

describe("docs/api.md", () => {
  it("has an example for every function it documents", () => {
    expect(examples.map((e) => e.title)).toEqual([...page.matchAll(/\n## (.+)\n/g)].map((m) => m[1]));
  });

  it.each(examples.map((e, i) => ({ ...e, i })))("$title: the example prints what the page says", ({ output, i }) => {
    expect(results[i]?.stderr).toBe("");
    expect(results[i]?.stdout).toBe(output);
  });
});
