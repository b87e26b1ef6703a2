// The building's floors, as ../shared/DESIGN.md draws them: each folder of src/ imports only
// folders on its own floor or below, the library never imports the command line, and no file
// or function outgrows what a reader takes in at once. Checked from the source text: TypeScript
// 7 has no compiler API, so dependency-cruiser and eslint-plugin-import cannot read this code.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "..", "..", "src");

/** Lower floors first. Folders on one floor do not import each other unless listed as allowed. */
const FLOORS: string[][] = [
  ["core"], // plain data every stage shares: bilingual text, positions, findings, the tool's error
  ["package"], // the package's own files: its root, version, precompiled artifacts
  ["wording"], // amounts, dates, percentages, numerals in both languages
  ["load"], // YAML with source positions; what kind of file it is
  ["template"], // manifest, schema, the template language and its compiler
  ["validate"], // the deal against its template's schema
  ["evaluate"], // the template filled with the validated values
  ["agreement"], // the numbered Agreement tree
  ["policy"], // a procurement policy, checked against a deal
  ["lint"], // rules over the Deal and the tree; reporters
  ["write"], // writers: Markdown, DOCX
  ["compare", "check", "scaffold", "review"], // whole jobs built on the stages
  ["library"], // the front door: lint, render, compare, check, init, scaffold, batches
  ["serve", "precompile"], // the web app, and the build step
  ["cli"], // the command line: the outermost face, which also starts the web app
  ["index.ts"],
];
const floorOf = new Map(FLOORS.flatMap((folders, i) => folders.map((f) => [f, i] as const)));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith(".ts") ? [path] : [];
  });
}

const folderOf = (file: string): string => relative(SRC, file).split("/")[0] ?? "";
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"|import\(\s*"(\.[^"]+)"\s*\)/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(IMPORT)].map((m) => resolve(dirname(file), (m[1] ?? m[2]) as string).replace(/\.js$/, ".ts"));
}

const files = sourceFiles(SRC);

describe("the floors of src/", () => {
  it("every folder of src/ has a floor", () => {
    expect(files.map(folderOf).filter((f) => !floorOf.has(f))).toEqual([]);
  });

  it("no module imports a later stage or a higher floor", () => {
    const wrong: string[] = [];
    for (const file of files) {
      const from = folderOf(file);
      for (const target of importsOf(file)) {
        const to = folderOf(target);
        if (to === from) continue;
        if ((floorOf.get(to) ?? Infinity) >= (floorOf.get(from) ?? -1)) wrong.push(`${relative(SRC, file)} → ${relative(SRC, target)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("nothing but the command line imports the command line", () => {
    const wrong = files.filter((f) => folderOf(f) !== "cli").flatMap((f) => importsOf(f).filter((t) => folderOf(t) === "cli").map((t) => `${relative(SRC, f)} → ${relative(SRC, t)}`));
    expect(wrong).toEqual([]);
  });
});
