// render --toc: a Word table of contents over the articles, as a TOC field whose cached result
// already lists what Word would collect (the Heading 1 paragraphs, numbers included), so the
// document reads right before its fields are updated. Off by default.

import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderAgreement } from "../../src/library/render.js";
import { prepareDeal } from "../../src/library/prepare-deal.js";
import { writeDocx } from "../../src/write/docx.js";
import { LABELS } from "../../src/write/labels.js";
import { LAYOUTS, type Layout } from "../../src/write/layout.js";
import { partsOf, textOf, withListNumbers } from "./docx-read.js";

const SAMPLE = join(import.meta.dirname, "..", "..", "samples", "customer-service.yaml");
const oneSpace = (text: string): string => text.replace(/\s+/g, " ").trim();

async function documentXml(layout: Layout, toc?: boolean): Promise<{ document: string; styles: string }> {
  const agreement = prepareDeal(SAMPLE, undefined, [], layout).agreement;
  if (!agreement) throw new Error("the sample does not build");
  const parts = partsOf(await writeDocx(agreement, { layout, ...(toc === undefined ? {} : { toc }) }));
  return { document: withListNumbers(parts["word/document.xml"] ?? "", parts["word/numbering.xml"] ?? ""), styles: parts["word/styles.xml"] ?? "" };
}

/** The paragraphs of the document that Word's TOC \o "1-1" collects: Heading 1, as shown. */
function outlineHeadings(document: string): string[] {
  return [...document.matchAll(/<w:p\b[^>]*>.*?<\/w:p>/gs)]
    .map(([p]) => p)
    .filter((p) => p.includes('<w:pStyle w:val="Heading1"/>'))
    .map((p) => oneSpace(textOf(p)));
}

/** Every TOC field: its instruction and the paragraphs of its cached result (up to its end, the next field end). */
function tocFields(document: string): Array<{ instruction: string; entries: string[] }> {
  return [...document.matchAll(/<w:instrText xml:space="preserve">( TOC [^<]*)<\/w:instrText>/g)].map((found) => {
    const from = document.indexOf('w:fldCharType="separate"', found.index);
    const to = document.indexOf('w:fldCharType="end"', from);
    const result = document.slice(from, to);
    return { instruction: found[1] ?? "", entries: result.split("</w:p>").map((p) => oneSpace(textOf(p))).filter((t) => t !== "") };
  });
}

describe("render --toc", () => {
  it.each(LAYOUTS)("%s: off by default", async (layout) => {
    const { document } = await documentXml(layout);
    expect(document).not.toContain(" TOC ");
    expect(document).not.toContain('w:val="TOC1"');
  });

  it.each(LAYOUTS)("%s: a TOC field over the articles, its result the headings Word would list", async (layout) => {
    const { document, styles } = await documentXml(layout, true);
    const fields = tocFields(document);
    expect(fields).toHaveLength(1);
    expect(fields[0]?.instruction).toContain('TOC \\o "1-1" \\h');
    const headings = outlineHeadings(document);
    // parallel: each article in both columns; stacked: the Chinese heading (the English line is
    // no outline level); zh, en: the one
    expect(headings).toHaveLength(layout === "parallel" ? 24 : 12);
    expect(fields[0]?.entries).toEqual(headings);
    expect(headings[0]).toBe(layout === "en" ? "Article 1 Scope and Content of Services" : "第一条 服务范围与内容");
    // after the title, before the cover and the first article
    const at = document.indexOf(" TOC ");
    expect(at).toBeGreaterThan(document.indexOf('w:val="Title"'));
    expect(at).toBeLessThan(document.indexOf('w:val="AgreementNumber"'));
    expect(document).toContain(layout === "en" ? LABELS.contents.en : LABELS.contents.zh);
    for (const id of ["TOCHeading", "TOC1"]) expect(styles).toContain(`w:styleId="${id}"`);
  });

  it("the library passes it to the DOCX only", async () => {
    const plain = await renderAgreement(SAMPLE, { formats: ["md", "docx"], layout: "zh" });
    const withToc = await renderAgreement(SAMPLE, { formats: ["md", "docx"], layout: "zh", toc: true });
    expect(withToc.outputs.md).toBe(plain.outputs.md);
    expect(partsOf(withToc.outputs.docx as Uint8Array)["word/document.xml"]).toContain(" TOC ");
    expect(partsOf(plain.outputs.docx as Uint8Array)["word/document.xml"]).not.toContain(" TOC ");
  });
});
