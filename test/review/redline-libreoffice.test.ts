// The redline in a real word processor: LibreOffice opens it and lays it out as PDF, with the
// deleted and the inserted words both on the page; and LibreOffice reads its tracked changes as
// meant: saved again by LibreOffice as DOCX, accepted it is still the returned text and
// rejected the rendered agreement, clause by clause and language by language.

import { strFromU8, unzipSync } from "fflate";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import type { Lang } from "../../src/core/bilingual.js";
import { redline } from "../../src/library/redline.js";
import { readParagraphs } from "../../src/review/document-xml.js";
import { returnedClauses, type View } from "../../src/review/returned.js";
import { normalized } from "../../src/review/word-diff.js";
import { tempDir } from "../helpers.js";
import { deletedAndAdded } from "./redline-returned.js";
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

function clauses(bytes: Uint8Array, view: View): Record<Lang, string[][]> {
  const found = returnedClauses(readParagraphs(strFromU8(unzipSync(bytes)["word/document.xml"] as Uint8Array), "test"), view, "test");
  const of = (lang: Lang): string[][] => found[lang].map((c) => [c.base ?? "added", normalized(c.text)]);
  return { zh: of("zh"), en: of("en") };
}

describe("the redline in LibreOffice", () => {
  it.skipIf(SKIP)("is laid out as PDF with both the old and the new words, and keeps its tracked changes when LibreOffice saves it", async () => {
    const dir = tempDir();
    const returned = { sample: new Uint8Array(readFileSync(SAMPLE_RETURNED)), edited: await deletedAndAdded() };
    const files: string[] = [];
    const redlines: Record<string, Uint8Array> = {};
    for (const [name, bytes] of Object.entries(returned)) {
      const input = join(dir, `${name}-returned.docx`);
      writeFileSync(input, bytes);
      const { docx } = await redline(input, { deal: SAMPLE, author: "Legal", date: "2027-01-06T10:00:00Z" });
      if (!docx) throw new Error("no redline");
      redlines[name] = docx;
      files.push(join(dir, `${name}.docx`));
      writeFileSync(join(dir, `${name}.docx`), docx);
    }
    soffice(dir, ["--convert-to", "pdf", "--outdir", dir, ...files]);
    const text = spawnSync("pdftotext", ["-layout", join(dir, "sample.pdf"), "-"], { encoding: "utf8", timeout: 30_000 });
    expect(text.status, text.stderr).toBe(0);
    // a deletion shown struck through beside the insertion: both are on the page
    const squeezed = text.stdout.replace(/\s+/g, "");
    expect(squeezed).toContain("5,000.002,000.00");
    expect(squeezed).toContain("Article5shallalsobesubjecttothiscap");

    soffice(dir, ["--convert-to", "docx:MS Word 2007 XML", "--outdir", join(dir, "saved"), ...files]);
    for (const [name, bytes] of Object.entries(returned)) {
      const saved = new Uint8Array(readFileSync(join(dir, "saved", `${name}.docx`)));
      expect(Buffer.from(saved).equals(Buffer.from(redlines[name] as Uint8Array))).toBe(false);
      expect(clauses(saved, "accepted"), name).toEqual(clauses(bytes, "accepted"));
      expect(clauses(saved, "original"), name).toEqual(clauses(await sampleDocx(), "accepted"));
    }
    // and the comments are still there, one per deviation of the sample (seven)
    const comments = unzipSync(new Uint8Array(readFileSync(join(dir, "saved", "sample.docx"))))["word/comments.xml"] as Uint8Array;
    expect([...strFromU8(comments).matchAll(/<w:comment /g)]).toHaveLength(7);
  }, 300_000);
});
