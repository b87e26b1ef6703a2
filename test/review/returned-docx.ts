// Returned agreements for the review tests: the sample deal rendered as DOCX, then edited the
// way the other side edits it, in word/document.xml (a value retyped, a sentence added, a row
// of the parallel table deleted or moved), and written as a file.

import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { prepareDeal } from "../../src/library/prepare-deal.js";
import type { ExpectedClause } from "../../src/review/expected.js";
import { writeDocx } from "../../src/write/docx.js";
import type { Layout } from "../../src/write/layout.js";
import { tempDir } from "../helpers.js";

export const SAMPLE = join(import.meta.dirname, "..", "..", "samples", "customer-service.yaml");

const rendered = new Map<Layout, Uint8Array>();

/** The sample deal's agreement as the DOCX writer writes it. */
export async function sampleDocx(layout: Layout = "parallel"): Promise<Uint8Array> {
  let bytes = rendered.get(layout);
  if (!bytes) {
    const agreement = prepareDeal(SAMPLE).agreement;
    if (!agreement) throw new Error("the sample deal gives no agreement");
    bytes = await writeDocx(agreement, { layout });
    rendered.set(layout, bytes);
  }
  return bytes;
}

/** The DOCX with word/document.xml edited; an edit that changes nothing fails the test that made it. */
export function editDocument(bytes: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const parts = unzipSync(bytes);
  const before = strFromU8(parts["word/document.xml"] as Uint8Array);
  const after = edit(before);
  if (after === before) throw new Error("the edit changed nothing in word/document.xml");
  parts["word/document.xml"] = strToU8(after);
  // a fixed time for every entry, as the writer does: the same edit gives the same bytes
  return zipSync(parts, { mtime: new Date(1980, 0, 1, 12, 0, 0) });
}

/** Where the paragraph that carries a bookmark starts and ends in the XML. */
function paragraphAt(xml: string, bookmark: string): [number, number] {
  const at = xml.indexOf(`w:name="${bookmark}"`);
  if (at < 0) throw new Error(`no bookmark ${bookmark}`);
  const start = xml.lastIndexOf("<w:p>", at);
  const end = xml.indexOf("</w:p>", at) + "</w:p>".length;
  return [start, end];
}

/** Edits the paragraph that starts a clause, given by its bookmark. */
export function editParagraph(xml: string, bookmark: string, edit: (paragraph: string) => string): string {
  const [start, end] = paragraphAt(xml, bookmark);
  return xml.slice(0, start) + edit(xml.slice(start, end)) + xml.slice(end);
}

/** Replaces the one occurrence of `from` in a text: more or none is a broken test. */
export function replaceOnce(text: string, from: string, to: string): string {
  const first = text.indexOf(from);
  if (first < 0 || text.indexOf(from, first + 1) >= 0) throw new Error(`\`${from}\` is not in the text exactly once`);
  return text.slice(0, first) + to + text.slice(first + from.length);
}

/** The table row (of the parallel layout) that holds a bookmark. */
export function rowAt(xml: string, bookmark: string): [number, number] {
  const at = xml.indexOf(`w:name="${bookmark}"`);
  if (at < 0) throw new Error(`no bookmark ${bookmark}`);
  const start = Math.max(xml.lastIndexOf("<w:tr>", at), xml.lastIndexOf("<w:tr ", at));
  const end = xml.indexOf("</w:tr>", at) + "</w:tr>".length;
  return [start, end];
}

/** Appends a run of text at the end of a clause's first paragraph. */
export function appendRun(paragraph: string, text: string, zh: boolean): string {
  const run = `<w:r>${zh ? '<w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr>' : ""}<w:t xml:space="preserve">${text}</w:t></w:r>`;
  return paragraph.replace(/<\/w:p>$/, `${run}</w:p>`);
}

/** Writes the bytes as a file of a fresh folder. */
export function returnedFile(bytes: Uint8Array, name = "returned.docx"): string {
  const file = join(tempDir(), name);
  writeFileSync(file, bytes);
  return file;
}

/** word/document.xml without any bookmark: a file whose clause bookmarks were stripped. */
export function stripBookmarks(xml: string): string {
  return xml.replace(/<w:bookmark(?:Start|End)\b[^>]*\/>/g, "");
}

/** The number a reader sees before a piece, as a typist types it: 第三条 / Article 3, 3.2, a) / (a). */
function typedLabel(clause: ExpectedClause, lang: "zh" | "en"): string {
  if (clause.kind === "article") return `${clause.name[lang]} `;
  if (clause.kind === "clause") return `${clause.number} `;
  const letter = /\((\w)\)$/.exec(clause.number)?.[1] ?? "";
  return lang === "zh" ? `${letter}) ` : `(${letter}) `;
}

/**
 * The agreement as retyped into a new document: each piece's number typed before its words, no
 * Word list numbering, no bookmarks, no styles of ours, references as plain text (no REF
 * fields), and no document properties (no record of the deal or the layout).
 */
export function retyped(bytes: Uint8Array, expected: readonly ExpectedClause[]): Uint8Array {
  const labels = new Map(expected.flatMap((c) => (["zh", "en"] as const).map((lang) => [`${c.base}_${lang}`, typedLabel(c, lang)] as const)));
  const parts = unzipSync(bytes);
  let xml = strFromU8(parts["word/document.xml"] as Uint8Array);
  xml = xml.replace(/<w:p>((?:(?!<\/w:p>).)*?)<\/w:p>/gs, (paragraph: string) => {
    const name = /<w:bookmarkStart [^>]*w:name="(cw_\w+)"/.exec(paragraph)?.[1];
    const label = name !== undefined ? labels.get(name) : undefined;
    if (label === undefined) return paragraph;
    return paragraph.replace(/<w:numPr>.*?<\/w:numPr>/s, "").replace(/(<\/w:pPr>|<w:p>)(?!.*<\/w:pPr>)/s, `$1<w:r><w:t xml:space="preserve">${label}</w:t></w:r>`);
  });
  xml = stripBookmarks(xml)
    .replace(/<w:pStyle [^>]*\/>/g, "")
    .replace(/<w:r>(?:(?!<\/w:r>).)*?<w:(?:fldChar|instrText)\b(?:(?!<\/w:r>).)*?<\/w:r>/gs, "");
  parts["word/document.xml"] = strToU8(xml);
  delete parts["docProps/custom.xml"];
  return zipSync(parts, { mtime: new Date(1980, 0, 1, 12, 0, 0) });
}

/** 3.2's liquidated damages raised to RMB 1,000,000 in both languages, and clause 7.2 (its row of the table) deleted. */
export function raisedAndDeleted(xml: string): string {
  let out = editParagraph(xml, "cw_sla_penalty_zh", (p) => replaceOnce(p, ">人民币伍仟元整（¥5,000.00）<", ">人民币壹佰万元整（¥1,000,000.00）<"));
  out = editParagraph(out, "cw_sla_penalty_en", (p) => replaceOnce(p, ">RMB 5,000.00 (five thousand yuan)<", ">RMB 1,000,000.00 (one million yuan)<"));
  const [start, end] = rowAt(out, "cw_term_renewal_zh");
  return out.slice(0, start) + out.slice(end);
}

/** Each file opened and saved as DOCX by LibreOffice in one run (one start of soffice), into a folder of its own: the saved files' paths. */
export function throughLibreOffice(files: Record<string, Uint8Array>): Record<string, string> {
  const dir = tempDir();
  const out = join(dir, "saved");
  const paths = Object.entries(files).map(([name, bytes]) => {
    const path = join(dir, `${name}.docx`);
    writeFileSync(path, bytes);
    return path;
  });
  // a profile of its own: a user's LibreOffice (or another test's) running does not take the conversion over
  const run = spawnSync("soffice", [`-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`, "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", out, ...paths], {
    encoding: "utf8",
    timeout: 180_000,
  });
  if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}${run.stdout}`);
  return Object.fromEntries(Object.keys(files).map((name) => [name, join(out, `${name}.docx`)]));
}

/**
 * The document's text as a PDF's text converts back: every paragraph cut into lines of about
 * `width` characters (English at spaces, Chinese anywhere), each line a paragraph of its own,
 * with no formatting.
 */
export function asPdfLines(xml: string, width = 36): string {
  const body = xml.replace(/<w:p>((?:(?!<\/w:p>).)*?)<\/w:p>/gs, (paragraph: string) => {
    const text = [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
    if (text.trim() === "") return paragraph;
    const lines: string[] = [];
    let line = "";
    for (const piece of text.split(/(?<= )/)) {
      for (const char of /[\u3400-\u9fff]/.test(piece) ? [...piece] : [piece]) {
        if (line.length + char.length > width && line !== "") {
          lines.push(line);
          line = "";
        }
        line += char;
      }
    }
    lines.push(line);
    return lines.map((l) => `<w:p><w:r><w:t xml:space="preserve">${l}</w:t></w:r></w:p>`).join("");
  });
  return body;
}
