// `review --format docx -o redline.docx`: the redline of the returned file, written whole or
// not at all. Its author and date come from --author / --date, else from CLAUSEWRIGHT_AUTHOR
// and SOURCE_DATE_EPOCH (the reproducible-builds convention), never from the clock: the same
// files give the same bytes.

import { writeFileAtomic } from "../library/atomic-write.js";
import { CliError, EXIT_OK, EXIT_PROBLEMS } from "./common.js";
import type { Io } from "./io.js";
import type { ReviewFlags } from "./review-command.js";

export async function runRedline(file: string, flags: ReviewFlags, io: Io): Promise<number> {
  if (flags.out === undefined) throw new CliError("--format docx writes a Word file: give it with -o redline.docx");
  const [{ redline }, { revisionDate }] = await Promise.all([import("../library/redline.js"), import("../review/redline.js")]);
  const author = flags.author ?? io.env.CLAUSEWRIGHT_AUTHOR;
  const dateText = flags.date ?? io.env.SOURCE_DATE_EPOCH;
  const date = dateText === undefined || dateText === "" ? undefined : revisionDate(dateText);
  if (dateText !== undefined && dateText !== "" && date === undefined) {
    const from = flags.date !== undefined ? "--date" : "SOURCE_DATE_EPOCH";
    throw new CliError(`${from} \`${dateText}\` is no date: give an ISO 8601 date or time (2027-01-06, 2027-01-06T10:00:00Z) or seconds since 1970`);
  }
  if (author !== undefined && author.trim() === "") throw new CliError("--author is empty: give the name the tracked changes should show");
  const { run, docx } = await redline(file, {
    lang: flags.lang,
    ...(flags.deal !== undefined ? { deal: flags.deal } : {}),
    ...(flags.config ? { config: flags.config } : {}),
    ...(flags.templates ? { templates: flags.templates } : {}),
    ...(author !== undefined ? { author } : {}),
    ...(date !== undefined ? { date } : {}),
  });
  if (!docx) {
    const first = run.findings.find((f) => f.severity === "error");
    throw new CliError(`${flags.deal ?? "the deal"} cannot be used to render the agreement${first ? ` (${first.file}:${first.line}: ${first.message[flags.lang]})` : ""}: fix the deal (clausewright lint) and review again`);
  }
  try {
    writeFileAtomic(flags.out, docx);
  } catch (err) {
    throw new CliError(`cannot write ${flags.out} (${err instanceof Error ? err.message : String(err)}): give -o a file in a folder that can be written to`);
  }
  return run.errorCount > 0 ? EXIT_PROBLEMS : EXIT_OK;
}
