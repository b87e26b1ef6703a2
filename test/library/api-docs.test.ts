// docs/api.md runs: every ```js example is executed from the package's folder (where
// `import "clausewright"` resolves to this package through its exports), and what it prints must
// be the ```text block under it. A page that says what the API does not do fails here.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const page = readFileSync(join(ROOT, "docs", "api.md"), "utf8");
const examples = [...page.matchAll(/\n## (.+)\n[\s\S]*?```js\n([\s\S]*?)```\n\n```text\n([\s\S]*?)```/g)].map((m) => ({
  title: m[1] as string,
  code: m[2] as string,
  output: m[3] as string,
}));

describe("docs/api.md", () => {
  it("has an example for every function it documents", () => {
    expect(examples.map((e) => e.title)).toEqual([...page.matchAll(/\n## (.+)\n/g)].map((m) => m[1]));
  });

  it.each(examples)("$title: the example prints what the page says", ({ code, output }) => {
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", code], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(output);
  });
});
