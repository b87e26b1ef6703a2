// What the DOCX gives a lawyer working on it in Word: a bookmark on every article, clause and
// item, references that are REF fields to them, and properties that say what produced the file.

import { join } from "node:path";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import type { Agreement } from "../../src/agreement/types.js";
import type { Lang } from "../../src/core/bilingual.js";
import { prepareDeal } from "../../src/library/prepare-deal.js";
import { bookmarkBases, bookmarkName, numberedIds } from "../../src/write/docx-bookmarks.js";
import { writeDocx } from "../../src/write/docx.js";
import { LAYOUTS, type Layout } from "../../src/write/layout.js";
import { agreementFixture } from "../fixtures/agreement-fixture.js";
import { bookmarkedNumbers, bookmarks, customProperties, numberedOf, partsOf, referencesOf, refFields, textOf } from "./docx-read.js";

const SAMPLE = join(import.meta.dirname, "..", "..", "samples", "customer-service.yaml");

function sample(): Agreement {
  const { agreement } = prepareDeal(SAMPLE);
  if (!agreement) throw new Error("the sample does not build");
  return agreement;
}

const LANGS: Record<Layout, Lang[]> = { parallel: ["zh", "en"], stacked: ["zh", "en"], zh: ["zh"], en: ["en"] };

async function documentOf(agreement: Agreement, layout: Layout): Promise<Record<string, string>> {
  return partsOf(await writeDocx(agreement, { layout }));
}

describe("writeDocx: clause bookmarks", () => {
  const agreement = sample();
  const bases = bookmarkBases(numberedIds(agreement));

  it.each(LAYOUTS)("%s: one bookmark per article, clause and item in each language, in the paragraph its number is on", async (layout) => {
    const parts = await documentOf(agreement, layout);
    const found = bookmarkedNumbers(parts["word/document.xml"] ?? "", parts["word/numbering.xml"] ?? "");
    const expected = LANGS[layout].flatMap((lang) =>
      numberedOf(agreement, lang).map(({ id, number }) => ({ name: bookmarkName(bases.get(id) ?? "?", lang), number })),
    );
    expect(found).toHaveLength(expected.length);
    expect(new Set(found.map((b) => b.name)).size).toBe(found.length);
    for (const bookmark of expected) expect(found).toContainEqual(bookmark);
    for (const { name } of found) expect(name).toMatch(/^[A-Za-z][A-Za-z0-9_]{0,39}$/);
  });

  it("names them after the ids, with the language last", async () => {
    const names = bookmarks((await documentOf(agreement, "parallel"))["word/document.xml"] ?? "").map((b) => b.name);
    expect(names).toContain("cw_sla_levels_zh");
    expect(names).toContain("cw_sla_levels_en");
    expect(names).toContain("cw_term_termination_for_sla_en");
    expect(names.slice(0, 2)).toEqual(["cw_scope_zh", "cw_scope_en"]);
  });

  it("gives an id that a tree holds twice one bookmark, where it first occurs", async () => {
    const fixture = agreementFixture();
    const [first, second] = fixture.articles[0]?.clauses ?? [];
    if (!first || !second) throw new Error("fixture: article 1 has fewer than two clauses");
    second.id = first.id;
    const parts = await documentOf(fixture, "zh");
    const found = bookmarkedNumbers(parts["word/document.xml"] ?? "", parts["word/numbering.xml"] ?? "");
    const twice = found.filter((b) => b.name === bookmarkName(bookmarkBases([first.id]).get(first.id) ?? "?", "zh"));
    expect(twice).toEqual([{ name: twice[0]?.name, number: first.number }]);
  });
});

describe("writeDocx: Word numbering", () => {
  const agreement = sample();

  it.each(LAYOUTS)("%s: numbers are Word's, never typed: no article, clause or item paragraph starts with its number", async (layout) => {
    const parts = await documentOf(agreement, layout);
    const document = parts["word/document.xml"] ?? "";
    const listed = [...document.matchAll(/<w:p\b[^>]*>.*?<\/w:p>/gs)].map(([p]) => p).filter((p) => p.includes("<w:numPr>"));
    const expected = LANGS[layout].reduce((n, lang) => n + numberedOf(agreement, lang).length, 0);
    expect(listed).toHaveLength(expected);
    for (const p of listed) expect(textOf(p)).not.toMatch(/^(第[一二三四五六七八九十]+条|Article \d|\d+\.\d+|\(?[a-z]\))/);
  });

  it("numbers each article in its own list per language, the clause level writing the article as a digit", async () => {
    const numbering = (await documentOf(agreement, "parallel"))["word/numbering.xml"] ?? "";
    const definition = (id: number): string =>
      new RegExp(`<w:abstractNum w:abstractNumId="${id}">(.*?)</w:abstractNum>`, "s").exec(numbering)?.[1] ?? "";
    // article 12: list 23 in Chinese, 24 in English
    expect(definition(23)).toContain('<w:start w:val="12"/><w:numFmt w:val="chineseCountingThousand"/>');
    expect(definition(23)).toContain('<w:lvlText w:val="第%1条"/>');
    expect(definition(23)).toContain('<w:lvlText w:val="12.%2"/>');
    expect(definition(23)).toContain('<w:lvlText w:val="%3)"/>');
    expect(definition(24)).toContain('<w:lvlText w:val="Article %1"/>');
    expect(definition(24)).toContain('<w:lvlText w:val="(%3)"/>');
  });
});

describe("writeDocx: references as REF fields", () => {
  const agreement = sample();
  const items = new Set(
    agreement.articles.flatMap((a) => a.clauses.flatMap((c) => c.body.flatMap((e) => (e.type === "item" ? [e.id] : [])))),
  );

  it.each(LAYOUTS)("%s: every reference is REF fields to its target's bookmarks, today's number as their result", async (layout) => {
    const parts = await documentOf(agreement, layout);
    const document = parts["word/document.xml"] ?? "";
    const numbers = new Map(bookmarkedNumbers(document, parts["word/numbering.xml"] ?? "").map((b) => [b.name, b.number]));
    const fields = refFields(document);
    // a reference to an item names its clause's number and its own: two fields
    const expected = LANGS[layout].flatMap((lang) => referencesOf(agreement, lang)).reduce((n, r) => n + (items.has(r.target) ? 2 : 1), 0);
    expect(expected).toBeGreaterThan(10);
    expect(fields).toHaveLength(expected);
    for (const field of fields) {
      // \n: the number of the bookmark's paragraph, as its level writes it; \h: a link
      expect(field.switches).toBe("\\n \\h");
      expect(numbers.has(field.bookmark), field.bookmark).toBe(true);
      expect(field.result).toBe(numbers.get(field.bookmark));
    }
  });

  it("reads as before: the words around the number stay text", async () => {
    const bytes = await writeDocx(agreement, { layout: "stacked" });
    const raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    for (const lang of ["zh", "en"] as const) {
      for (const reference of referencesOf(agreement, lang)) expect(raw).toContain(reference.text);
    }
    const document = partsOf(bytes)["word/document.xml"] ?? "";
    // 第, then the field whose result is the number
    expect(document).toMatch(/>第<\/w:t><\/w:r><w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:fldChar w:fldCharType="begin"\/>/);
  });

  it("leaves a reference whose text does not hold its target's number as text", async () => {
    const fixture = agreementFixture();
    const paragraph = fixture.articles[2]?.clauses[1]?.body[0];
    if (paragraph?.type !== "paragraph") throw new Error("fixture: 3.2 does not open with a paragraph");
    paragraph.text.en = [{ type: "reference", target: "sla.targets", text: "the clause above" }];
    const document = (await documentOf(fixture, "en"))["word/document.xml"] ?? "";
    expect(document).toContain("the clause above");
    expect(refFields(document).map((f) => f.result)).not.toContain("the clause above");
  });
});

describe("writeDocx: provenance", () => {
  it.each(LAYOUTS)("%s: custom properties name the template, its version, the layout and the deal's hash", async (layout) => {
    const agreement = sample();
    const properties = customProperties((await documentOf(agreement, layout))["docProps/custom.xml"] ?? "");
    expect(agreement.dealHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(properties).toEqual({
      "clausewright.template": "customer-service",
      "clausewright.templateVersion": "1.0.0",
      "clausewright.layout": layout,
      "clausewright.dealHash": agreement.dealHash,
    });
  });

  it("has no hash for a tree not built from a deal", async () => {
    const properties = customProperties((await documentOf(agreementFixture(), "zh"))["docProps/custom.xml"] ?? "");
    expect(Object.keys(properties)).toEqual(["clausewright.template", "clausewright.templateVersion", "clausewright.layout"]);
  });

  it("gives two deals their own hash in one process (the fixed parts are shared)", async () => {
    const one = sample();
    const other = { ...sample(), dealHash: "sha256:other" };
    const first = customProperties((await documentOf(one, "zh"))["docProps/custom.xml"] ?? "");
    const second = customProperties((await documentOf(other, "zh"))["docProps/custom.xml"] ?? "");
    expect(first["clausewright.dealHash"]).toBe(one.dealHash);
    expect(second["clausewright.dealHash"]).toBe("sha256:other");
  });
});
