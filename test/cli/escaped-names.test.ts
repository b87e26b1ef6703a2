import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers.js";
import { ROOT, runCli } from "./run-cli.js";

const SAMPLE = join(ROOT, "samples", "customer-service.yaml");
// ESC [2J clears a terminal; a newline would forge a line of the report
const NASTY = "deal\u001b[2J\nclausewright: all good";
const SHOWN = "deal\\u{001B}[2J\\u{000A}clausewright: all good";

/** Every character a terminal would act on is escaped: no ESC, and no line holds the forged text at its start. */
function expectEscaped(output: string): void {
  expect(output).not.toContain("\u001b");
  expect(output.split("\n").some((l) => l.startsWith("clausewright: all good"))).toBe(false);
}

describe("file names with control characters are escaped on the terminal", () => {
  it("lint (stylish) names the file escaped", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, `${NASTY}.yaml`), readFileSync(SAMPLE, "utf8").replace("  min_headcount: 20", "  min_headcount: 0"));
    const r = await runCli(["lint", `${NASTY}.yaml`], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${SHOWN}.yaml`);
    expectEscaped(r.stdout + r.stderr);
  });

  it("render's summary, its refusal and its error name the file escaped", async () => {
    const dir = tempDir();
    copyFileSync(SAMPLE, join(dir, `${NASTY}.yaml`));
    writeFileSync(join(dir, `${NASTY}-bad.yaml`), readFileSync(SAMPLE, "utf8").replace("  min_headcount: 20", "  min_headcount: 0"));
    const r = await runCli(["render", `${NASTY}.yaml`, `${NASTY}-bad.yaml`, "-o", `out-${NASTY}`, "--format", "md"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${SHOWN}.yaml → out-${SHOWN}/${SHOWN}.md`);
    expect(r.stderr).toContain(`clausewright: ${SHOWN}-bad.yaml: not rendered`);
    expectEscaped(r.stdout + r.stderr);
  });

  it("a file that cannot be read is one line, escaped", async () => {
    const r = await runCli(["render", `${NASTY}.yaml`, "-o", "out"], tempDir());
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expectEscaped(r.stderr);
  });
});
