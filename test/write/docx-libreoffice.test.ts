// Opens the DOCX in a real word processor: LibreOffice converts it to PDF, and the PDF's
// text must hold the parties and the first and last clause in both languages. This catches
// what reading the XML back cannot: a package Word-compatible software refuses, or text
// that is in the file but not laid out.

import { inlineText } from "../../src/agreement/walk.js";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import type { Agreement, Clause, Inline } from "../../src/agreement/types.js";
import type { Lang } from "../../src/core/bilingual.js";
import { writeDocx } from "../../src/write/docx.js";
import type { Layout } from "../../src/write/layout.js";
import { prepareDeal } from "../../src/library/prepare-deal.js";

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

function toPdfText(dir: string, files: string[]): Map<string, string> {
  const profile = pathToFileURL(join(dir, "profile")).href;
  const convert = spawnSync(
    "soffice",
    [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, ...files],
    { encoding: "utf8", timeout: 120_000 },
  );
  expect(convert.status, `soffice: ${convert.stderr}${convert.stdout}`).toBe(0);
  return new Map(
    files.map((file) => {
      const pdf = file.replace(/\.docx$/, ".pdf");
      const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8", timeout: 30_000 });
      expect(text.status, `pdftotext ${pdf}: ${text.stderr}`).toBe(0);
      return [file, text.stdout];
    }),
  );
}

describe("writeDocx in LibreOffice", () => {
  it.skipIf(SKIP)(
    "lays out the parties and the first and last clause in both languages",
    async () => {
      expect(HAS_SOFFICE, "soffice and pdftotext must be on PATH in CI").toBe(true);
      // the bundled sample, as `npm start` renders it
      const prepared = prepareDeal(join(import.meta.dirname, "..", "..", "samples", "customer-service.yaml"));
      if (!prepared.agreement) throw new Error("the sample does not build");
      const agreement: Agreement = prepared.agreement;
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
      for (const clause of [first, last]) {
        for (const lang of ["zh", "en"] as const) expect(flowing).toContain(squeeze(clause.number + clauseText(clause, lang)));
      }

      // Parallel: -layout puts the columns side by side on each line, so look for the start
      // of each clause and for each party's name, which fit on one line of their column.
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
});
