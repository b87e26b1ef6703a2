import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { ToolError } from "../core/errors.js";
import { ScaffoldError, UnreadableDocumentError, formatSummary, scaffoldFile, type Scaffold } from "../scaffold/index.js";
import { makeFolder, writeFileAtomic } from "./atomic-write.js";

export interface ScaffoldOptions {
  /** The new template's id, e.g. service-agreement. */
  id: string;
  /** The template folder to write (default `templates/<id>`). */
  out?: string;
  /** Write into a folder that already has files. */
  force?: boolean;
}

export interface ScaffoldRun {
  scaffold: Scaffold;
  /** The folder written; absent when the document has no blank to fill (nothing written). */
  dir?: string;
  /** What was found and written, for people. */
  summary?: string;
}

/** Turn a contract with bracketed blanks (.txt, .md, .docx) into a template folder. */
export async function scaffold(document: string, options: ScaffoldOptions): Promise<ScaffoldRun> {
  if (!options.id) throw new ToolError("scaffold needs --id <template-id>, e.g. --id customer-service");
  const dir = options.out ?? join("templates", options.id);
  try {
    const scaffolded = await scaffoldFile(document, { id: options.id, source: document });
    if (scaffolded.analysis.placeholderCount === 0) return { scaffold: scaffolded };
    writeScaffold(scaffolded, dir, options.force ?? false);
    return { scaffold: scaffolded, dir, summary: formatSummary(scaffolded, dir) };
  } catch (err) {
    if (err instanceof ScaffoldError || err instanceof UnreadableDocumentError) throw new ToolError(err.message);
    throw err;
  }
}

/**
 * Write a scaffold's files into `dir`. A folder that already holds files is left alone unless
 * `force` (then only the scaffold's own files are overwritten).
 */
export function writeScaffold(scaffold: Scaffold, dir: string, force = false): string[] {
  let entries: string[] = [];
  try {
    if (!statSync(dir).isDirectory()) throw new ScaffoldError(`${dir} is a file, not a folder: choose another with -o`);
    entries = readdirSync(dir);
  } catch (err) {
    // a missing folder is made below; anything else wrong with the path is named there
    if (err instanceof ScaffoldError) throw err;
  }
  if (entries.length > 0 && !force) throw new ScaffoldError(`${dir} already exists and is not empty: choose another folder with -o, or overwrite its files with --force`);
  const hint = "give -o a folder that can be written to";
  makeFolder(dir, hint);
  return Object.entries(scaffold.files).map(([name, content]) => {
    const file = join(dir, name);
    writeFileAtomic(file, content, hint);
    return file;
  });
}
