// Opens the workbook in a real spreadsheet: LibreOffice Calc converts it to CSV, and the CSV
// must hold the vendors, the terms and the marks (shown through the number formats), in Chinese;
// and prints it to PDF, which must be what a buyer expects on paper: the matrix on one A4
// landscape page, the findings on another, no line of text drawn over another. This catches what
// reading the package back with exceljs cannot: a file that another spreadsheet refuses or
// prints badly.

import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import type { Lang } from "../../src/core/bilingual.js";
import { writeComparison } from "../../src/compare/index.js";
import { rowHeading } from "../../src/compare/labels.js";
import { tempDir } from "../helpers.js";
import { compareFiles, SAMPLE_POLICY, VENDORS } from "./compare-helpers.js";

function onPath(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" }).status === 0;
}

/**
 * soffice is on PATH and its Calc module is installed (Debian: libreoffice-calc-nogui): a
 * LibreOffice with Writer only converts no workbook. Where the program folder cannot be found,
 * Calc is assumed and the conversion says otherwise.
 */
function hasCalc(): boolean {
  if (!onPath("soffice")) return false;
  const where = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).stdout.trim();
  let program: string;
  try {
    program = dirname(realpathSync(where));
  } catch {
    return true;
  }
  const modules = readdirSync(program);
  if (!modules.some((f) => f.startsWith("libsclo.") || f.startsWith("libswlo."))) return true;
  return modules.some((f) => f.startsWith("libsclo."));
}

const HAS_CALC = hasCalc();
const HAS_POPPLER = onPath("pdfinfo") && onPath("pdftotext");
// The CI installs LibreOffice Calc and poppler: a missing one there is a broken build, not a reason to skip.
const SKIP = !HAS_CALC && !process.env.CI;
const SKIP_PDF = (!HAS_CALC || !HAS_POPPLER) && !process.env.CI;
if (SKIP) console.log("xlsx-libreoffice: skipped, soffice is not on PATH (install libreoffice-calc-nogui)");
if (SKIP_PDF && !SKIP) console.log("xlsx-libreoffice: PDF skipped, pdfinfo is not on PATH (install poppler-utils)");

/**
 * Convert the sample comparison's workbook in each language with one soffice start (each start
 * costs about 1.8 s of CPU before any work); returns the output file of each language.
 */
async function convert(langs: readonly Lang[], to: string, ext: string): Promise<Record<string, string>> {
  const dir = tempDir();
  const files = await Promise.all(
    langs.map(async (lang) => {
      const file = join(dir, `offers-${lang}.xlsx`);
      writeFileSync(file, (await writeComparison(compareFiles(VENDORS, SAMPLE_POLICY), "xlsx", lang)) as Uint8Array);
      return file;
    }),
  );
  const profile = pathToFileURL(join(dir, "profile")).href;
  const run = spawnSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", to, "--outdir", dir, ...files], { encoding: "utf8", timeout: 120_000 });
  expect(run.status, `soffice: ${run.stderr}${run.stdout}`).toBe(0);
  return Object.fromEntries(langs.map((lang) => [lang, join(dir, `offers-${lang}.${ext}`)]));
}

// both languages' PDFs, made once for the two tests that read them
let pdfs: Promise<Record<string, string>> | undefined;
const pdfOf = async (lang: Lang): Promise<string> => (await (pdfs ??= convert(["zh", "en"], "pdf", "pdf")))[lang] as string;

interface Word {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The words of each page with their boxes, as pdftotext -bbox gives them. */
function pageWords(pdf: string): Word[][] {
  const html = spawnSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8" }).stdout;
  return html.split("<page ").slice(1).map((page) =>
    [...page.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)].map((m) => ({
      x0: Number(m[1]),
      y0: Number(m[2]),
      x1: Number(m[3]),
      y1: Number(m[4]),
      text: m[5] ?? "",
    })),
  );
}

/**
 * Pairs of words drawn over each other. The boxes of two lines of one wrapped cell touch by about
 * a point (the font's ascent and descent exceed the line pitch); text that a row too short for it
 * lets run into the row below overlaps by most of a line.
 */
function overlaps(words: readonly Word[]): string[] {
  const found: string[] = [];
  words.forEach((a, i) => {
    for (const b of words.slice(i + 1)) {
      const x = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const y = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (x > 1 && y > 3) found.push(`${a.text} / ${b.text}`);
    }
  });
  return found;
}

describe("the xlsx comparison in LibreOffice Calc", () => {
  it.skipIf(SKIP)(
    "converts to CSV with the vendors, the terms, the marks and the ranking",
    async () => {
      expect(HAS_CALC, "soffice (LibreOffice Calc) must be on PATH in CI").toBe(true);
      // 44: comma, 34: double quote, 76: UTF-8; the first sheet is the matrix
      const csv = readFileSync((await convert(["zh"], "csv:Text - txt - csv (StarCalc):44,34,76", "csv")).zh as string, "utf8");
      const lines = csv.split(/\r?\n/);
      expect(lines[0]).toBe("条款,成都锦程呼叫中心服务有限公司,杭州云岫客户服务有限公司,深圳海湾联络中心有限公司");
      expect(lines).toContain("响应时限 ↓（权重3）,20分钟,10分钟 ✓,45分钟 ⚠2");
      expect(lines).toContain("月度服务费（含税） ↓（权重4）,\"¥178,000.00\",\"¥215,000.00\",\"¥149,000.00 ✓\"");
      expect(lines).toContain("服务可用性 ↑（权重3）,99.5%,99.9% ✓,99.5%");
      expect(lines).toContain("每次违约的违约金 ↑（权重1）,\"¥5,000.00\",\"¥6,450.00（3%） ✓\",\"¥3,000.00\"");
      expect(lines).toContain("得分（0–100）,49.5,80.4,21.4");
      expect(lines).toContain("排名,2,1,不合格");
    },
    180_000,
  );

  it.skipIf(SKIP_PDF).each<Lang>(["zh", "en"])(
    "prints the matrix on one A4 landscape page and the findings on a second, no text over other text (%s)",
    async (lang) => {
      expect(HAS_CALC && HAS_POPPLER, "soffice and pdfinfo must be on PATH in CI").toBe(true);
      const pdf = await pdfOf(lang);
      const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout;
      expect(info).toMatch(/^Pages:\s+2$/m);
      // A4 is 595 × 842 points: wider than tall is landscape
      expect(info).toMatch(/^Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)$/m);
      const [matrix = [], findings = []] = pageWords(pdf);
      const text = matrix.map((w) => w.text).join(" ");
      const comparison = compareFiles(VENDORS, SAMPLE_POLICY);
      // every term's heading and every vendor's name is printed whole on the first page
      for (const heading of [...comparison.rows.map((r) => rowHeading(r, lang)), ...comparison.vendors.map((v) => v.name[lang])]) {
        for (const word of heading.split(/\s+/)) expect(text).toContain(word);
      }
      expect(text).toContain(lang === "zh" ? "¥149,000.00" : "disqualified");
      expect(overlaps(matrix)).toEqual([]);
      expect(overlaps(findings)).toEqual([]);
      expect(findings.map((w) => w.text).join(" ")).toContain("sla.response.minutes");
    },
    180_000,
  );
});
