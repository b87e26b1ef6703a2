// The redline in a real word processor: LibreOffice opens it and lays it out as PDF, with the
// deleted and the inserted words both on the page; and LibreOffice reads its tracked changes as
// meant: saved again by LibreOffice as DOCX, accepted it is still the returned text and
// rejected the rendered agreement, clause by clause and language by language. Moved clauses
// stay moves (LibreOffice writes them back as w:moveFrom / w:moveTo under their names), and
// LibreOffice's own Accept All (run headless by a Basic macro) gives the returned text.

import { strFromU8, unzipSync } from "fflate";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import type { Lang } from "../../src/core/bilingual.js";
import { redline } from "../../src/library/redline.js";
import { readParagraphs } from "../../src/review/document-xml.js";
import { returnedClauses, type View } from "../../src/review/returned.js";
import { normalized } from "../../src/review/word-diff.js";
import { tempDir } from "../helpers.js";
import { deletedAndAdded, movedInEnglish, swappedClauses } from "./redline-returned.js";
import { SAMPLE, sampleDocx } from "./returned-docx.js";
import { SAMPLE_RETURNED } from "./sample-returned.js";

const onPath = (command: string): boolean => spawnSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" }).status === 0;
// The CI installs LibreOffice: a missing one there is a broken build, not a reason to skip.
const SKIP = !(onPath("soffice") && onPath("pdftotext")) && !process.env.CI;
if (SKIP) console.log("redline-libreoffice: skipped, soffice or pdftotext is not on PATH (install libreoffice-writer and poppler-utils)");

function soffice(dir: string, args: string[]): void {
  const run = spawnSync("soffice", [`-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`, "--headless", ...args], { encoding: "utf8", timeout: 180_000 });
  expect(run.status, `soffice: ${run.stderr}${run.stdout}`).toBe(0);
}

/**
 * A Basic macro in the profile LibreOffice made on its first start: for each "in|out|filter|accept"
 * job, open in, accept every tracked change if asked (LibreOffice's own Edit ▸ Track Changes ▸
 * Accept All), and store it to out with the filter. Every file of the test in one start of
 * LibreOffice, which costs about 1.8 s of CPU before any work.
 */
const CONVERT = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub Convert(jobs As String)
  &apos; a job that fails writes no output (which the test then names) instead of a dialog that waits for ever
  On Error Resume Next
  Dim noArgs()
  Dim filter(0) As New com.sun.star.beans.PropertyValue
  filter(0).Name = &quot;FilterName&quot;
  Dim all() As String
  Dim job() As String
  all = Split(jobs, &quot;;&quot;)
  For i = LBound(all) To UBound(all)
    job = Split(all(i), &quot;|&quot;)
    &apos; not Hidden: LibreOffice 7.4 fails on the second hidden document a macro opens
    doc = StarDesktop.loadComponentFromURL(ConvertToURL(job(0)), &quot;_default&quot;, 0, noArgs())
    If job(3) = &quot;accept&quot; Then
      createUnoService(&quot;com.sun.star.frame.DispatchHelper&quot;).executeDispatch(doc.getCurrentController().getFrame(), &quot;.uno:AcceptAllTrackedChanges&quot;, &quot;&quot;, 0, noArgs())
    End If
    filter(0).Value = job(2)
    doc.storeToURL(ConvertToURL(job(1)), filter())
    doc.close(True)
  Next i
End Sub
</script:module>
`;

interface Job {
  from: string;
  to: string;
  filter: "writer_pdf_Export" | "MS Word 2007 XML";
  accept?: boolean;
}

/** Runs the jobs in one start of LibreOffice (after the cheap first start that makes its profile); each output must be there. */
function convertAll(dir: string, jobs: readonly Job[]): void {
  for (const j of jobs) if (!jobs.some((earlier) => earlier.to === j.from)) expect(existsSync(j.from), `no input ${j.from}`).toBe(true);
  soffice(dir, ["--terminate_after_init"]);
  writeFileSync(join(dir, "profile", "user", "basic", "Standard", "Module1.xba"), CONVERT);
  const list = jobs.map((j) => [j.from, j.to, j.filter, j.accept ? "accept" : "keep"].join("|")).join(";");
  soffice(dir, [`macro:///Standard.Module1.Convert("${list}")`]);
  for (const j of jobs) expect(existsSync(j.to), `LibreOffice wrote no ${j.to}`).toBe(true);
}

function clauses(bytes: Uint8Array, view: View): Record<Lang, string[][]> {
  const found = returnedClauses(readParagraphs(strFromU8(unzipSync(bytes)["word/document.xml"] as Uint8Array), "test"), view, "test");
  const of = (lang: Lang): string[][] => found[lang].map((c) => [c.base ?? "added", normalized(c.text)]);
  return { zh: of("zh"), en: of("en") };
}

/** The words of each clause in order, without which bookmark starts it. */
const words = (list: Record<Lang, string[][]>): Record<Lang, string[]> => ({ zh: list.zh.map(([, t]) => t as string), en: list.en.map(([, t]) => t as string) });

/**
 * Without the empty paragraphs: a cell of the table keeps its last paragraph mark (no editor
 * deletes it), so a clause that left its cell leaves an empty paragraph there, which says nothing.
 */
const withoutEmpty = (list: Record<Lang, string[][]>): Record<Lang, string[][]> => ({ zh: list.zh.filter(([, t]) => t !== ""), en: list.en.filter(([, t]) => t !== "") });

describe("the redline in LibreOffice", () => {
  it.skipIf(SKIP)("is laid out as PDF with both the old and the new words, and keeps its tracked changes when LibreOffice saves it", async () => {
    const dir = tempDir();
    const returned = { sample: new Uint8Array(readFileSync(SAMPLE_RETURNED)), edited: await deletedAndAdded(), swapped: await swappedClauses(), moved: await movedInEnglish() };
    const redlines: Record<string, Uint8Array> = {};
    for (const [name, bytes] of Object.entries(returned)) {
      const input = join(dir, `${name}-returned.docx`);
      writeFileSync(input, bytes);
      const { docx } = await redline(input, { deal: SAMPLE, author: "Legal", date: "2027-01-06T10:00:00Z" });
      if (!docx) throw new Error("no redline");
      redlines[name] = docx;
      writeFileSync(join(dir, `${name}.docx`), docx);
    }
    // laid out: the ins/del files and the rows moved (the move within a column is laid out alike);
    // saved again as DOCX; and the moves accepted by LibreOffice's own Accept All
    const moves = ["swapped", "moved"] as const;
    mkdirSync(join(dir, "saved"));
    convertAll(dir, [
      ...["sample", "edited", "swapped"].map((name): Job => ({ from: join(dir, `${name}.docx`), to: join(dir, `${name}.pdf`), filter: "writer_pdf_Export" })),
      ...Object.keys(returned).map((name): Job => ({ from: join(dir, `${name}.docx`), to: join(dir, "saved", `${name}.docx`), filter: "MS Word 2007 XML" })),
      ...moves.map((name): Job => ({ from: join(dir, `${name}.docx`), to: join(dir, `${name}-accepted.docx`), filter: "MS Word 2007 XML", accept: true })),
    ]);
    const pdfText = (name: string): string => {
      const text = spawnSync("pdftotext", ["-layout", join(dir, `${name}.pdf`), "-"], { encoding: "utf8", timeout: 30_000 });
      expect(text.status, text.stderr).toBe(0);
      return text.stdout.replace(/\s+/g, "");
    };
    // a deletion shown struck through beside the insertion: both are on the page
    const squeezed = pdfText("sample");
    expect(squeezed).toContain("5,000.002,000.00");
    expect(squeezed).toContain("Article5shallalsobesubjecttothiscap");
    // a moved clause is on the page where it went and, struck through, where it stood
    expect(pdfText("swapped").split("TheServicesincludebutarenotlimitedto").length - 1).toBe(2);

    for (const [name, bytes] of Object.entries(returned)) {
      const saved = new Uint8Array(readFileSync(join(dir, "saved", `${name}.docx`)));
      expect(Buffer.from(saved).equals(Buffer.from(redlines[name] as Uint8Array))).toBe(false);
      expect(clauses(saved, "accepted"), name).toEqual(clauses(bytes, "accepted"));
      // a move's bookmark goes with it, as Word moves it: rejected, the moved clause's words are where they
      // stood (read by the reader as a clause without its bookmark); LibreOffice's save of a move within a cell
      // of the table is only checked accepted
      if (name === "sample" || name === "edited") expect(clauses(saved, "original"), name).toEqual(clauses(await sampleDocx(), "accepted"));
      else if (name === "swapped") expect(words(clauses(saved, "original")), name).toEqual(words(clauses(await sampleDocx(), "accepted")));
    }
    // the moves are still moves, each source and destination linked by its name
    const saved = strFromU8(unzipSync(new Uint8Array(readFileSync(join(dir, "saved", "swapped.docx"))))["word/document.xml"] as Uint8Array);
    const names = (element: string): string[] => [...saved.matchAll(new RegExp(`<w:${element} [^>]*w:name="([^"]+)"`, "g"))].map((m) => m[1] as string).sort();
    expect(names("moveFromRangeStart")).toHaveLength(2);
    expect(names("moveToRangeStart")).toEqual(names("moveFromRangeStart"));
    // and the comments are still there, one per deviation of the sample (seven)
    const comments = unzipSync(new Uint8Array(readFileSync(join(dir, "saved", "sample.docx"))))["word/comments.xml"] as Uint8Array;
    expect([...strFromU8(comments).matchAll(/<w:comment /g)]).toHaveLength(7);

    // LibreOffice's own Accept All gives the returned text of the moves, each clause's bookmark where it went
    for (const name of moves) {
      const accepted = new Uint8Array(readFileSync(join(dir, `${name}-accepted.docx`)));
      expect(strFromU8(unzipSync(accepted)["word/document.xml"] as Uint8Array), name).not.toMatch(/<w:(ins|del|moveFrom|moveTo) /);
      expect(withoutEmpty(clauses(accepted, "accepted")), name).toEqual(withoutEmpty(clauses(returned[name], "accepted")));
    }
  }, 300_000);
});
