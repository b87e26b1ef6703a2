import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Document, Packer, Paragraph, TextRun } from "docx";
import { vi } from "vitest";
import { runScaffold } from "../../src/cli/scaffold-command.js";
import { prepareDeal } from "../../src/library/prepare-deal.js";
import { scaffoldText, type Scaffold } from "../../src/scaffold/index.js";
import { writeScaffold } from "../../src/library/scaffold.js";
import type { SchemaNode } from "../../src/template/schema.js";
import { loadTemplate } from "../../src/template/template.js";
import { LABELS } from "../../src/write/labels.js";
import { writeMarkdown } from "../../src/write/markdown.js";
import { tempDir } from "../helpers.js";

export const SEED_FILE = join(import.meta.dirname, "..", "..", "samples", "source", "客服团队建设条款.txt");
export const SEED = readFileSync(SEED_FILE, "utf8");

/** Scaffold a text into a fresh folder: the scaffold and its folder. */
export function scaffoldInto(text: string, id = "scaffolded", format: "text" | "markdown" = "text"): { scaffold: Scaffold; dir: string } {
  const scaffold = scaffoldText(text, format, { id, source: "test.txt" });
  const dir = join(tempDir(), id);
  writeScaffold(scaffold, dir);
  return { scaffold, dir };
}

/** The template's sample deal, rendered in the zh layout in draft mode (missing values as 【label】). */
export function renderSampleZh(dir: string): string {
  const prepared = prepareDeal(join(dir, "sample-draft.yaml"), loadTemplate(dir));
  if (!prepared.agreement) throw new Error(`the sample did not build: ${JSON.stringify(prepared.findings)}`);
  return writeMarkdown(prepared.agreement, "zh");
}

/** The contract's text of a rendered zh Markdown: without what the writer adds after it (（以下无正文）, the signature page). */
export function contractPart(markdown: string): string {
  const ends = [LABELS.endOfText.zh, LABELS.endOfText.en].map((note) => markdown.indexOf(`\n${note}`)).filter((at) => at >= 0);
  return ends.length > 0 ? markdown.slice(0, Math.min(...ends)) : markdown;
}

/** Every field of a schema with its dotted path (bilingual texts count as one field). */
export function schemaFields(schema: SchemaNode, prefix = ""): Array<{ path: string; node: SchemaNode }> {
  const out: Array<{ path: string; node: SchemaNode }> = [];
  for (const [key, node] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (node.properties && !node["x-kind"]) out.push(...schemaFields(node, path));
    else out.push({ path, node });
  }
  return out;
}

export function readSchema(dir: string, id: string): SchemaNode {
  return JSON.parse(readFileSync(join(dir, `${id}.schema.json`), "utf8")) as SchemaNode;
}

/** A DOCX with one paragraph per line of `text`, as Word would hold a pasted contract. */
export async function docxOf(text: string, file: string): Promise<string> {
  const doc = new Document({ sections: [{ children: text.split("\n").map((line) => new Paragraph({ children: [new TextRun(line)] })) }] });
  writeFileSync(file, await Packer.toBuffer(doc));
  return file;
}

/** Run the command as the CLI would, capturing what it prints. */
export async function runCaptured(document: string, options: { id: string; out?: string; force?: boolean }): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out = vi.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => {
    stdout += String(s);
    return true;
  });
  const err = vi.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => {
    stderr += String(s);
    return true;
  });
  try {
    const code = await runScaffold(document, options);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}
