import { scaffold } from "../library/scaffold.js";
import { EXIT_OK, EXIT_PROBLEMS } from "./common.js";
import { processIo, type Io } from "./io.js";

/**
 * `clausewright scaffold <document> --id <id> [-o templates/<id>] [--force]`: turn a contract
 * with bracketed blanks into a template folder. Exit 0 written; 1 the document has no
 * placeholders (nothing written); 2 unreadable document or bad usage.
 */
export async function runScaffold(document: string, flags: { id: string; out?: string; force?: boolean }, io: Io = processIo()): Promise<number> {
  const run = await scaffold(document, flags);
  if (!run.summary) {
    io.stderr.write(
      `clausewright: ${document} has no placeholders ([标签], 【标签】, [标签,例如:示例] or ＿＿＿ after a label): there is nothing for a deal to fill, so no template was written. Mark the blanks in the document and run scaffold again.\n`,
    );
    return EXIT_PROBLEMS;
  }
  io.stdout.write(run.summary);
  return EXIT_OK;
}
