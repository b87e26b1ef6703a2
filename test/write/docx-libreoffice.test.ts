// Opens the DOCX in a real word processor: LibreOffice converts it to PDF, and the PDF's
// text must hold the parties and the first and last clause in both languages. This catches
// what reading the XML back cannot: a package Word-compatible software refuses, or text
// that is in the file but not laid out. Then what a lawyer's edits rely on: the numbering,
// bookmarks, REF fields and properties survive LibreOffice saving the file again as DOCX, and
// a clause inserted in LibreOffice renumbers the clauses after it and, once the fields are
// updated, every reference to them.

import { inlineText } from "../../src/agreement/walk.js";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import type { Agreement, Clause, Inline } from "../../src/agreement/types.js";
import type { Lang } from "../../src/core/bilingual.js";
import { writeDocx } from "../../src/write/docx.js";
import type { Layout } from "../../src/write/layout.js";
import { prepareDeal } from "../../src/library/prepare-deal.js";
import { LABELS } from "../../src/write/labels.js";
import { bookmarkedNumbers, customProperties, partsOf, referencesOf, refFields } from "./docx-read.js";

function onPath(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" }).status === 0;
}

const HAS_SOFFICE = onPath("soffice") && onPath("pdftotext");
// The CI installs LibreOffice: a missing one there is a broken build, not a reason to skip.
const SKIP = !HAS_SOFFICE && !process.env.CI;
if (SKIP) {
  console.log("docx-libreoffice: skipped, soffice or pdftotext is not on PATH (install libreoffice-writer and poppler-utils)");
}

const plain = (inlines: readonly Inline[]): string => inlineText([...inlines]);

function clauseText(clause: Clause, lang: Lang): string {
  return clause.body
    .flatMap((element) => (element.type === "paragraph" ? [element.text[lang]] : element.paragraphs.map((p) => p.text[lang])))
    .map(plain)
    .join("");
}

/** Line breaks, justification and the PDF's spacing of Chinese differ; the characters do not. */
const squeeze = (text: string): string => text.replace(/\s+/g, "");

function soffice(dir: string, args: string[]): void {
  const profile = pathToFileURL(join(dir, "profile")).href;
  const run = spawnSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", ...args], {
    encoding: "utf8",
    timeout: 120_000,
  });
  expect(run.status, `soffice: ${run.stderr}${run.stdout}`).toBe(0);
}

function toPdfText(dir: string, files: string[]): Map<string, string> {
  soffice(dir, ["--convert-to", "pdf", "--outdir", dir, ...files]);
  return new Map(
    files.map((file) => {
      const pdf = file.replace(/\.docx$/, ".pdf");
      const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8", timeout: 30_000 });
      expect(text.status, `pdftotext ${pdf}: ${text.stderr}`).toBe(0);
      return [file, text.stdout];
    }),
  );
}

/**
 * For each page of a PDF, the share of its body (between the top and bottom margins, 2.54 cm
 * of A4) left blank below its last line, from a greyscale rendering.
 */
function blankAtFoot(pdf: string, dir: string): number[] {
  const prefix = join(dir, `pages-${basename(pdf, ".pdf")}-`);
  const render = spawnSync("pdftoppm", ["-gray", "-r", "40", pdf, prefix], { encoding: "utf8", timeout: 60_000 });
  expect(render.status, render.stderr).toBe(0);
  return readdirSync(dir)
    .filter((name) => name.startsWith(basename(prefix)) && name.endsWith(".pgm"))
    .sort()
    .map((name) => {
      const data = readFileSync(join(dir, name));
      // P5, width and height, maximum, then one byte per pixel
      const [, width = 0, height = 0] = /^P5\s+(\d+)\s+(\d+)\s+\d+\s/.exec(data.toString("latin1", 0, 40))?.map(Number) ?? [];
      const pixels = data.subarray(data.length - width * height);
      const margin = Math.round((height * 1440) / 16838);
      let last = margin;
      for (let y = margin; y < height - margin; y += 1) {
        if (pixels.subarray(y * width, (y + 1) * width).some((value) => value < 200)) last = y;
      }
      return (height - margin - last) / (height - 2 * margin);
    });
}

/** The text of one page of a PDF. */
function pageText(pdf: string, page: number): string {
  const text = spawnSync("pdftotext", ["-layout", "-f", String(page), "-l", String(page), pdf, "-"], { encoding: "utf8", timeout: 30_000 });
  expect(text.status, `pdftotext ${pdf}: ${text.stderr}`).toBe(0);
  return text.stdout;
}

function sampleAgreement(): Agreement {
  // the bundled sample, as `npm start` renders it
  const prepared = prepareDeal(join(import.meta.dirname, "..", "..", "samples", "customer-service.yaml"));
  if (!prepared.agreement) throw new Error("the sample does not build");
  return prepared.agreement;
}

// A Basic macro that opens a DOCX, inserts a paragraph after the one a bookmark stands in (as a
// lawyer adding a clause would: Enter at the end of a clause, then type), updates every field
// and saves as DOCX, and lays the edited document out as PDF in the same start of LibreOffice
// (each start costs about 1.8 s of CPU). LibreOffice's Python is not installed here; Basic is
// part of LibreOffice.
const MODULE = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub InsertAfter(inUrl As String, outUrl As String, pdfUrl As String, bookmark As String, newText As String)
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = &quot;Hidden&quot;
  load(0).Value = True
  doc = StarDesktop.loadComponentFromURL(inUrl, &quot;_blank&quot;, 0, load())
  anchor = doc.getBookmarks().getByName(bookmark).getAnchor()
  text = anchor.getText()
  cursor = text.createTextCursorByRange(anchor.getStart())
  cursor.gotoEndOfParagraph(False)
  text.insertControlCharacter(cursor, com.sun.star.text.ControlCharacter.PARAGRAPH_BREAK, False)
  text.insertString(cursor, newText, False)
  doc.getTextFields().refresh()
  Dim save(0) As New com.sun.star.beans.PropertyValue
  save(0).Name = &quot;FilterName&quot;
  save(0).Value = &quot;MS Word 2007 XML&quot;
  doc.storeToURL(outUrl, save())
  save(0).Value = &quot;writer_pdf_Export&quot;
  doc.storeToURL(pdfUrl, save())
  doc.close(True)
End Sub
</script:module>
`;

/** A profile whose Standard library holds the macro: made first, as LibreOffice's first start writes its own. */
function installMacro(dir: string): void {
  soffice(dir, ["--terminate_after_init"]);
  writeFileSync(join(dir, "profile", "user", "basic", "Standard", "Module1.xba"), MODULE);
}

describe("writeDocx in LibreOffice", () => {
  it.skipIf(SKIP)(
    "lays out the parties, the clauses, every number and reference, and pages without holes",
    async () => {
      expect(HAS_SOFFICE, "soffice and pdftotext must be on PATH in CI").toBe(true);
      const agreement = sampleAgreement();
      const dir = mkdtempSync(join(tmpdir(), "clausewright-lo-"));
      const layouts: Layout[] = ["stacked", "parallel"];
      const files = await Promise.all(
        layouts.map(async (layout) => {
          const file = join(dir, `agreement-${layout}.docx`);
          writeFileSync(file, await writeDocx(agreement, { layout }));
          return file;
        }),
      );
      const texts = toPdfText(dir, files);
      const [stacked, parallel] = files.map((file) => texts.get(file) ?? "");

      const clauses = agreement.articles.flatMap((article) => article.clauses);
      const first = clauses[0];
      const last = clauses.at(-1);
      if (!first || !last) throw new Error("fixture has no clauses");
      const names = agreement.parties.flatMap((party) => [plain(party.name.zh), plain(party.name.en)]);

      // Stacked: text flows, so whole clauses can be found once the spacing is squeezed out.
      const flowing = squeeze(stacked ?? "");
      for (const name of names) expect(flowing).toContain(squeeze(name));
      // Every article, clause and item number, now Word's list numbering, reads as the tree's,
      // in order, before its text.
      for (const lang of ["zh", "en"] as const) {
        const numbered = agreement.articles.flatMap((article) => [
          `${article.label[lang]}${article.title[lang]}`,
          ...article.clauses.flatMap((clause) => [
            `${clause.number}${clauseText(clause, lang).slice(0, 6)}`,
            ...clause.body.flatMap((e) => (e.type === "item" ? [`${e.label[lang]}${plain(e.paragraphs[0]?.text[lang] ?? []).slice(0, 6)}`] : [])),
          ]),
        ]);
        let from = 0;
        for (const start of numbered) {
          const found = flowing.indexOf(squeeze(start), from);
          expect(found, `${lang}: ${start}`).toBeGreaterThanOrEqual(0);
          from = found;
        }
      }
      // The references, now fields, read as their text did.
      for (const lang of ["zh", "en"] as const) {
        for (const reference of referencesOf(agreement, lang)) expect(flowing).toContain(squeeze(reference.text));
      }
      for (const clause of [first, last]) {
        for (const lang of ["zh", "en"] as const) expect(flowing).toContain(squeeze(clause.number + clauseText(clause, lang)));
      }

      // Parallel: -layout puts the columns side by side on each line, so look for the start
      // of each clause and for each party's name, which fit on one line of their column.
      // Pages without holes: long rows may break across a page, so no page of the agreement's
      // text is left a quarter blank (23 pages and one 43% blank before rows could break).
      // The signatures never stand alone: （以下无正文） goes with them (issue 14), so the
      // page before them is left blank only where the note and the signatures did not fit.
      const pageCounts = new Map<string, number>();
      for (const [layout, file] of [["parallel", files[1]], ["stacked", files[0]]] as const) {
        const pdf = file?.replace(/\.docx$/, ".pdf") ?? "";
        const blanks = blankAtFoot(pdf, dir);
        pageCounts.set(layout, blanks.length);
        expect(blanks.length, layout).toBeLessThanOrEqual(21);
        const signaturePage = pageText(pdf, blanks.length);
        expect(squeeze(signaturePage), layout).toContain(squeeze(LABELS.endOfText.zh));
        expect(signaturePage, layout).toContain(LABELS.signatures.zh);
        const [pageBefore = 0, signatures = 0] = blanks.slice(-2);
        expect(pageBefore, `${layout}: the page before the signatures`).toBeLessThan(1 - signatures);
        if (layout === "parallel") expect(Math.max(...blanks.slice(0, -2))).toBeLessThan(0.25);
      }
      // stacked: the agreement's last clause is on the signature page too
      const stackedPdf = files[0]?.replace(/\.docx$/, ".pdf") ?? "";
      expect(squeeze(pageText(stackedPdf, pageCounts.get("stacked") ?? 0))).toContain(squeeze(last.number + clauseText(last, "zh")));

      const sideBySide = parallel ?? "";
      for (const clause of [first, last]) {
        for (const lang of ["zh", "en"] as const) {
          const start = clauseText(clause, lang).slice(0, lang === "zh" ? 8 : 14);
          expect(squeeze(sideBySide)).toContain(squeeze(`${clause.number}${start}`));
        }
      }
      expect(sideBySide).toContain("中文");
      expect(sideBySide).toContain("English");
      for (const party of agreement.parties) expect(squeeze(sideBySide)).toContain(squeeze(plain(party.name.zh)));
    },
    180_000,
  );
  it.skipIf(SKIP)(
    "keeps the numbering, bookmarks, REF fields and provenance when LibreOffice saves the file as DOCX again",
    async () => {
      const agreement = sampleAgreement();
      const dir = mkdtempSync(join(tmpdir(), "clausewright-lo-"));
      const file = join(dir, "agreement.docx");
      const ours = await writeDocx(agreement, { layout: "parallel" });
      writeFileSync(file, ours);
      mkdirSync(join(dir, "again"));
      soffice(dir, ["--convert-to", "docx:MS Word 2007 XML", "--outdir", join(dir, "again"), file]);
      const before = partsOf(ours);
      const after = partsOf(readFileSync(join(dir, "again", "agreement.docx")));
      const document = (parts: Record<string, string>): string => parts["word/document.xml"] ?? "";

      // every bookmark, still in the paragraph that carries its number, and the number the same
      const numbered = (parts: Record<string, string>): Set<string> =>
        new Set(
          bookmarkedNumbers(document(parts), parts["word/numbering.xml"] ?? "")
            .filter((b) => b.name.startsWith("cw_"))
            .map((b) => `${b.name} ${b.number}`),
        );
      expect(numbered(before).size).toBeGreaterThan(100);
      expect(numbered(after)).toEqual(numbered(before));

      const fields = (parts: Record<string, string>): string[] =>
        refFields(document(parts)).map((f) => `${f.bookmark} ${f.switches} → ${f.result}`);
      expect(fields(before).length).toBeGreaterThan(10);
      expect(fields(after)).toEqual(fields(before));

      const provenance = customProperties(after["docProps/custom.xml"] ?? "");
      expect(provenance).toMatchObject(customProperties(before["docProps/custom.xml"] ?? ""));
    },
    180_000,
  );

  it.skipIf(SKIP)(
    "renumbers the clauses after one inserted in LibreOffice, and the references to them follow",
    async () => {
      const agreement = sampleAgreement();
      const term = agreement.articles.find((a) => a.clauses.some((c) => c.id === "term.termination_for_sla"));
      const at = term?.clauses.findIndex((c) => c.id === "term.termination_for_sla") ?? -1;
      const before = term?.clauses[at - 1];
      const target = term?.clauses[at];
      if (!term || !before || !target) throw new Error("the sample has no clause before term.termination_for_sla");
      const dir = mkdtempSync(join(tmpdir(), "clausewright-lo-"));
      const file = join(dir, "agreement.docx");
      writeFileSync(file, await writeDocx(agreement, { layout: "stacked" }));
      installMacro(dir);
      // A new clause in the Chinese text, after the one before term.termination_for_sla (7.3),
      // which 3.2 refers to as 第7.4条.
      const out = join(dir, "edited.docx");
      const bookmark = `cw_${before.id.replace(/\W/g, "_")}_zh`;
      const pdf = join(dir, "edited.pdf");
      const args = [pathToFileURL(file).href, pathToFileURL(out).href, pathToFileURL(pdf).href, bookmark, "新插入的条款。"];
      soffice(dir, [`macro:///Standard.Module1.InsertAfter(${args.map((a) => `"${a}"`).join(",")})`]);
      const edited = partsOf(readFileSync(out));
      const document = edited["word/document.xml"] ?? "";
      const numbers = new Map(bookmarkedNumbers(document, edited["word/numbering.xml"] ?? "").map((b) => [b.name, b.number]));
      const [, next] = target.number.split(".");
      const renumbered = `${term.number}.${Number(next) + 1}`;
      expect(numbers.get(bookmark)).toBe(before.number);
      expect(numbers.get("cw_term_termination_for_sla_zh")).toBe(renumbered);
      // the English text has no new clause: its numbers stay
      expect(numbers.get("cw_term_termination_for_sla_en")).toBe(target.number);
      const fields = refFields(document);
      const toTarget = (lang: string): string[] =>
        fields.filter((f) => f.bookmark === `cw_term_termination_for_sla_${lang}`).map((f) => f.result);
      expect(toTarget("zh").length).toBeGreaterThan(0);
      expect(new Set(toTarget("zh"))).toEqual(new Set([renumbered]));
      expect(new Set(toTarget("en"))).toEqual(new Set([target.number]));
      // and LibreOffice lays the edited document out so
      const laidOut = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8", timeout: 30_000 });
      expect(laidOut.status, `pdftotext ${pdf}: ${laidOut.stderr}`).toBe(0);
      const text = squeeze(laidOut.stdout);
      expect(text).toContain(squeeze(`${target.number}新插入的条款。`));
      expect(text).toContain(squeeze(`第${renumbered}条`));
      expect(text).toContain(squeeze(`${renumbered}${clauseText(target, "zh").slice(0, 10)}`));
    },
    180_000,
  );
});
