// No file or function outgrows what a reader takes in at once: no source file over 350 lines,
// no function over 100 (data tables excepted, each named below with why).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "..", "..", "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith(".ts") ? [path] : [];
  });
}

const files = sourceFiles(SRC);

describe("the size of src/", () => {
  it("no source file is over 350 lines", () => {
    const long = files.map((f) => [relative(SRC, f), readFileSync(f, "utf8").split("\n").length] as const).filter(([, n]) => n > 350);
    expect(long).toEqual([]);
  });

  it("no function is over 100 lines", () => {
    expect(files.flatMap(longFunctions)).toEqual([]);
  });

  it("the function finder sees through strings, templates and regular expressions", () => {
    const body = Array.from({ length: 101 }, (_, i) => `  const s${i} = \`}\${"{"}\` + "}" + /\\{/.source;`).join("\n");
    expect(longIn(`export function long(): void {\n${body}\n}\nfunction short(): void {\n}\n`)).toEqual(["long (103 lines)"]);
  });
});

/**
 * The code with every string, template text, regular expression and comment blanked (newlines
 * kept), so that only the braces of the code itself are left to count.
 */
function codeOnly(text: string): string {
  let out = "";
  // what encloses the current position: "t" a template literal, a number the brace depth of a ${ } inside one
  const stack: Array<"t" | number> = [];
  let lastSignificant = "";
  const blank = (s: string): string => s.replace(/[^\n]/g, " ");
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    const top = stack[stack.length - 1];
    if (top === "t") {
      if (ch === "\\") {
        out += "  ";
        i += 2;
      } else if (ch === "`") {
        stack.pop();
        out += " ";
        i++;
      } else if (ch === "$" && text[i + 1] === "{") {
        stack.push(0);
        out += "  ";
        i += 2;
      } else {
        out += ch === "\n" ? "\n" : " ";
        i++;
      }
      continue;
    }
    const rest = text.slice(i);
    const comment = /^\/\/[^\n]*|^\/\*[\s\S]*?\*\//.exec(rest);
    if (comment) {
      out += blank(comment[0]);
      i += comment[0].length;
      continue;
    }
    const quoted = /^"(?:\\.|[^"\\\n])*"|^'(?:\\.|[^'\\\n])*'/.exec(rest);
    const regex = /[(,=:[!&|?{};+\-*%<>~^]$|^$|return$/.test(lastSignificant) ? /^\/(?![*/])(?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+\/[a-z]*/.exec(rest) : null;
    const literal = quoted ?? regex;
    if (literal) {
      out += blank(literal[0]);
      i += literal[0].length;
      lastSignificant = "x";
      continue;
    }
    if (ch === "`") {
      stack.push("t");
      out += " ";
      i++;
      continue;
    }
    if (typeof top === "number") {
      if (ch === "{") stack[stack.length - 1] = top + 1;
      else if (ch === "}") {
        if (top === 0) {
          stack.pop();
          out += " ";
          i++;
          continue;
        }
        stack[stack.length - 1] = top - 1;
      }
    }
    out += ch;
    if (!/\s/.test(ch)) lastSignificant = /\w/.test(ch) ? (/return$/.test(text.slice(Math.max(0, i - 5), i + 1)) ? "return" : "x") : ch;
    i++;
  }
  return out;
}

/** Data tables, not logic: one object or switch of values each, long by nature. */
const DATA_TABLES = new Set(["write/docx-styles.ts:documentStyles"]);

/**
 * Functions longer than 100 lines, found by their braces: a line that opens a function (a
 * declaration, a method, or an arrow assigned to a name) is followed to the line that closes
 * its block.
 */
function longFunctions(file: string): string[] {
  return longIn(readFileSync(file, "utf8"), relative(SRC, file)).map((f) => `${relative(SRC, file)}:${f}`);
}

function longIn(text: string, where = ""): string[] {
  const lines = codeOnly(text).split("\n");
  const opens = /^\s*(?:export\s+)?(?:async\s+)?function\*?\s*(\w+)|^\s*(?:export\s+)?(?:const|let)\s+(\w+)\s*=\s*(?:async\s*)?(?:\([^)]*\)|\w+)\s*(?::[^=]+)?=>\s*\{\s*$|^\s*(?:public |private |protected |static |async )*(\w+)\([^)]*\)\s*(?::[^{]+)?\{\s*$/;
  const found: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = opens.exec(lines[i] ?? "");
    if (!m) continue;
    const name = m[1] ?? m[2] ?? m[3] ?? "";
    if (DATA_TABLES.has(`${where}:${name}`)) continue;
    let depth = 0;
    let started = false;
    for (let j = i; j < lines.length; j++) {
      for (const ch of lines[j] ?? "") {
        if (ch === "{") {
          depth++;
          started = true;
        } else if (ch === "}") depth--;
      }
      if (started && depth <= 0) {
        if (j - i + 1 > 100) found.push(`${where ? `${i + 1} ` : ""}${name} (${j - i + 1} lines)`);
        break;
      }
    }
  }
  return found;
}
