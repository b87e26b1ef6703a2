import { join } from "node:path";
import { ScaffoldError, UnreadableDocumentError, formatSummary, scaffoldFile, writeScaffold } from "../scaffold/index.js";
import { CliError, EXIT_OK, EXIT_PROBLEMS } from "./common.js";

export interface ScaffoldCommandOptions {
  id: string;
  /** the template folder to write (default: templates/<id>) */
  out?: string;
  /** overwrite the files of an existing folder */
  force?: boolean;
}

/**
 * `clausewright scaffold <document> --id <id> [-o templates/<id>] [--force]`: turn a contract
 * with bracketed blanks into a template folder. Exit 0 written; 1 the document has no
 * placeholders (nothing written); 2 unreadable document or bad usage.
 */
export async function runScaffold(document: string, options: ScaffoldCommandOptions): Promise<number> {
  if (!options.id) throw new CliError("scaffold needs --id <template-id>, e.g. --id customer-service");
  const dir = options.out ?? join("templates", options.id);
  let scaffold;
  try {
    scaffold = await scaffoldFile(document, { id: options.id, source: document });
  } catch (err) {
    if (err instanceof ScaffoldError || err instanceof UnreadableDocumentError) throw new CliError(err.message);
    throw err;
  }
  if (scaffold.analysis.placeholderCount === 0) {
    process.stderr.write(
      `clausewright: ${document} has no placeholders ([标签], 【标签】, [标签,例如:示例] or ＿＿＿ after a label): there is nothing for a deal to fill, so no template was written. Mark the blanks in the document and run scaffold again.\n`,
    );
    return EXIT_PROBLEMS;
  }
  try {
    writeScaffold(scaffold, dir, options.force ?? false);
  } catch (err) {
    if (err instanceof ScaffoldError) throw new CliError(err.message);
    throw err;
  }
  process.stdout.write(formatSummary(scaffold, dir));
  return EXIT_OK;
}
