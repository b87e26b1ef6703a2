// docs/review.md shows what `clausewright review` prints for the sample returned file: run it,
// and the page's example must be its output.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REVIEW_RULES } from "../../src/review/rules.js";
import { runCli, ROOT } from "../cli/run-cli.js";

const page = readFileSync(join(ROOT, "docs", "review.md"), "utf8");

describe("docs/review.md", () => {
  it("shows the output of its example command", async () => {
    const command = /```sh\nnpx clausewright (review [^\n]+)\n```/.exec(page)?.[1] ?? "";
    const shown = /```text\n([\s\S]*?)```/.exec(page)?.[1] ?? "";
    const r = await runCli(command.split(" "));
    expect(r.stdout).toBe(shown);
  });

  it("has a section for every review rule, which SARIF links to", () => {
    expect([...page.matchAll(/^### (\S+)$/gm)].map((m) => m[1])).toEqual(REVIEW_RULES.map((r) => r.id));
  });
});
