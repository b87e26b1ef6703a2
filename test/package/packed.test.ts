// The package as a user installs it: `npm pack`, installed into an empty folder, imported from an
// ES module and type-checked from TypeScript. A render through the API gives the bytes the
// command line writes.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers.js";

const ROOT = join(import.meta.dirname, "..", "..");
const SAMPLE = join(ROOT, "samples", "customer-service.yaml");
const TSC = join(ROOT, "node_modules", ".bin", "tsc");
let app: string;

beforeAll(() => {
  const packs = tempDir();
  // --ignore-scripts: the build is fresh (the global setup saw to it), pack need not run it again
  execFileSync("npm", ["pack", "--ignore-scripts", "--silent", "--pack-destination", packs], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  const tarball = join(packs, readdirSync(packs).find((f) => f.endsWith(".tgz")) ?? "");
  app = tempDir();
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", version: "1.0.0", type: "module", private: true }));
  // dependencies from npm's cache where it has them (npm ci filled it), the registry otherwise
  execFileSync("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--silent", tarball, "@types/node@20"], { cwd: app, stdio: ["ignore", "ignore", "inherit"] });
}, 180_000);

describe("the packed package", () => {
  it("imports from an ES module, and renders the same bytes as the command line", () => {
    writeFileSync(
      join(app, "render.mjs"),
      `import { lint, render, compare, check, listTemplates } from "clausewright";
const run = await render([${JSON.stringify(SAMPLE)}], { out: "api" });
const linted = await lint([${JSON.stringify(SAMPLE)}]);
console.log(JSON.stringify({ status: run.outcomes[0].status, errors: linted.errorCount, compare: typeof compare, check: typeof check, templates: listTemplates().map((t) => t.id) }));
`,
    );
    const r = spawnSync(process.execPath, ["render.mjs"], { cwd: app, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({ status: "written", errors: 0, compare: "function", check: "function", templates: ["customer-service"] });
    const cli = spawnSync(process.execPath, [join(app, "node_modules", ".bin", "clausewright"), "render", SAMPLE, "-o", "cli"], { cwd: app, encoding: "utf8" });
    expect(cli.status).toBe(0);
    for (const ext of ["md", "docx"]) {
      expect(readFileSync(join(app, "api", `customer-service.${ext}`)).equals(readFileSync(join(app, "cli", `customer-service.${ext}`)))).toBe(true);
    }
  });

  it("type-checks from TypeScript, and a wrong use of the API is a type error", () => {
    mkdirSync(join(app, "ts"), { recursive: true });
    writeFileSync(
      join(app, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", strict: true, noEmit: true, types: ["node"] }, include: ["ts"] }),
    );
    writeFileSync(
      join(app, "ts", "use.ts"),
      `import { lint, type Finding, type LintRun } from "clausewright";
const run: LintRun = await lint(["deal.yaml"], { jobs: 1 });
const first: Finding | undefined = run.results[0]?.findings[0];
export const line: number | undefined = first?.line;
`,
    );
    const ok = spawnSync(TSC, ["-p", "tsconfig.json"], { cwd: app, encoding: "utf8" });
    expect(ok.stdout + ok.stderr).toBe("");
    expect(ok.status).toBe(0);
    writeFileSync(join(app, "ts", "wrong.ts"), `import { lint } from "clausewright";\nawait lint(["deal.yaml"], { jobs: "two" });\n`);
    const wrong = spawnSync(TSC, ["-p", "tsconfig.json"], { cwd: app, encoding: "utf8" });
    expect(wrong.status).not.toBe(0);
    expect(wrong.stdout).toMatch(/wrong\.ts\(2,\d+\): error TS2322/);
  });
});
