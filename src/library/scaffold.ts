import { join } from "node:path";
import { ToolError } from "../core/errors.js";
import { ScaffoldError, UnreadableDocumentError, formatSummary, scaffoldFile, writeScaffold, type Scaffold } from "../scaffold/index.js";

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
