import { inlineText } from "../../src/agreement/walk.js";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import type { Agreement, Clause, Inline } from "../../src/agreement/types.js";
import type { Lang } from "../../src/core/bilingual.js";
import { writeDocx } from "../../src/write/docx.js";
import { LAYOUTS, type Layout } from "../../src/write/layout.js";
import { agreementFixture } from "../fixtures/agreement-fixture.js";
import { shownText, withListNumbers } from "./docx-read.js";

const ROOT = join(import.meta.dirname, "..", "..");

// ---------------------------------------------------------------------------------------
// Reading a DOCX back.

interface Docx {
  bytes: Uint8Array;
  parts: Record<string, string>;
  /** word/document.xml with the list numbers written in, where Word shows them. */
  document: string;
  styles: string;
  /** The text as mammoth reads it, which has no list numbers. */
  raw: string;
  /** The text as a reader shows it, list numbers included. */
  shown: string;
}

async function read(bytes: Uint8Array): Promise<Docx> {
  const parts = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
  const raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  const document = withListNumbers(parts["word/document.xml"] ?? "", parts["word/numbering.xml"] ?? "");
  return { bytes, parts, document, styles: parts["word/styles.xml"] ?? "", raw, shown: shownText(document) };
}

async function render(layout: Layout, agreement: Agreement = agreementFixture()): Promise<Docx> {
  return read(await writeDocx(agreement, { layout }));
}

/** The paragraphs of a part, each with its XML and its text. */
function paragraphs(xml: string): Array<{ xml: string; text: string }> {
  return [...xml.matchAll(/<w:p\b[^>]*>.*?<\/w:p>/gs)].map(([p]) => ({ xml: p, text: textOf(p) }));
}

/** The one paragraph whose text starts so; fails if there is none. */
function paragraphStarting(xml: string, start: string): { xml: string; text: string } {
  const found = paragraphs(xml).find((p) => p.text.startsWith(start));
  if (!found) throw new Error(`no paragraph starts with "${start}"`);
  return found;
}

function runs(paragraphXml: string): string[] {
  return [...paragraphXml.matchAll(/<w:r\b[^>]*>.*?<\/w:r>/gs)].map(([r]) => r);
}

function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map(([, t]) => unescapeXml(t ?? "")).join("");
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

// ---------------------------------------------------------------------------------------
// What the agreement says, independently of the writer.

const plain = (inlines: readonly Inline[]): string => inlineText([...inlines]);

/** The texts of one clause in one language, one per body element: number or label, tab, text. */
function clauseTexts(clause: Clause, lang: Lang): string[][] {
  return clause.body.map((element, index) =>
    element.type === "paragraph"
      ? [(index === 0 ? `${clause.number}\t` : "") + plain(element.text[lang])]
      : element.paragraphs.map((p, i) => (i === 0 ? `${element.label[lang]}\t` : "") + plain(p.text[lang])),
  );
}

/** The order the clauses' texts must come in: side by side in rows, or clause by clause. */
function expectedOrder(agreement: Agreement, layout: Layout): string[] {
  return agreement.articles.flatMap((article) =>
    article.clauses.flatMap((clause) => {
      const zh = clauseTexts(clause, "zh");
      const en = clauseTexts(clause, "en");
      switch (layout) {
        case "parallel":
          return zh.flatMap((texts, index) => [...texts, ...(en[index] ?? [])]);
        case "stacked":
          return [...zh.flat(), ...en.flat()];
        case "zh":
          return zh.flat();
        case "en":
          return en.flat();
      }
    }),
  );
}

function allClauseTexts(agreement: Agreement, lang: Lang): string[] {
  return agreement.articles.flatMap((article) => article.clauses.flatMap((clause) => clauseTexts(clause, lang).flat()));
}

/** Fails with the first text that is missing or out of order. */
function expectInOrder(raw: string, texts: string[]): void {
  let from = 0;
  for (const text of texts) {
    const at = raw.indexOf(text, from);
    expect(at, `"${text.slice(0, 40)}…" after offset ${from}`).toBeGreaterThanOrEqual(0);
    from = at + text.length;
  }
}

// ---------------------------------------------------------------------------------------

describe("writeDocx: text", () => {
  const fixture = agreementFixture();

  it.each(LAYOUTS)("%s: every clause, in order, in the layout's languages", async (layout) => {
    const docx = await render(layout);
    expectInOrder(docx.shown, expectedOrder(fixture, layout));
    const absent = layout === "zh" ? allClauseTexts(fixture, "en") : layout === "en" ? allClauseTexts(fixture, "zh") : [];
    for (const text of absent) expect(docx.shown).not.toContain(text);
  });

  // Parallel: a heading in each column; stacked: the Chinese heading, then its translation in
  // a style of no outline level, so the navigation pane lists each article once.
  it.each([
    ["parallel", 6, ["第一条 服务范围与内容", "Article 1 Scope and Content of Services"], []],
    ["stacked", 3, ["第一条 服务范围与内容"], ["Article 1 Scope and Content of Services"]],
    ["zh", 3, ["第一条 服务范围与内容"], []],
    ["en", 3, ["Article 1 Scope and Content of Services"], []],
  ] as const)("%s: article headings are Heading1 paragraphs", async (layout, count, headings, translations) => {
    const docx = await render(layout);
    const withStyle = (style: string): Array<{ text: string }> =>
      paragraphs(docx.document).filter((p) => p.xml.includes(`<w:pStyle w:val="${style}"/>`));
    expect(withStyle("Heading1").length).toBe(count);
    for (const heading of headings) expect(withStyle("Heading1").some((p) => p.text === heading)).toBe(true);
    expect(withStyle("HeadingTranslation").map((p) => p.text).slice(0, translations.length)).toEqual(translations);
    expect(withStyle("HeadingTranslation")).toHaveLength(translations.length === 0 ? 0 : count);
  });

  it.each([
    ["parallel", ["客服团队建设条款", "Customer Service Team Building Agreement", "协议编号：MC-CS-2026-017", "Agreement No.: MC-CS-2026-017", "甲方：上海明川科技有限公司", "统一社会信用代码：91310115MA1H7Q2X4K", "Party A: Shanghai Mingchuan Technology Co., Ltd.", "乙方：杭州云聆信息服务有限公司", "Party B: Hangzhou Yunling Information Services Co., Ltd.", "鉴于甲方希望获得", "Whereas Party A wishes", "第一条"]],
    ["zh", ["客服团队建设条款", "协议编号：MC-CS-2026-017", "甲方：上海明川科技有限公司", "地址：上海市浦东新区张江路88号", "乙方：杭州云聆信息服务有限公司", "鉴于甲方希望获得", "第一条"]],
    ["en", ["Customer Service Team Building Agreement", "Agreement No.: MC-CS-2026-017", "Party A: Shanghai Mingchuan Technology Co., Ltd.", "Address: No. 88 Zhangjiang Road", "Unified Social Credit Code: [Unified Social Credit Code of Party B]", "Whereas Party A wishes", "Article 1"]],
  ] as const)("%s: the cover block (title, number, parties) and the preamble come before the articles", async (layout, texts) => {
    expectInOrder((await render(layout)).shown, [...texts]);
  });

  it.each([
    ["parallel", ["签署页 / Signatures", "甲方：上海明川科技有限公司", "Party A: Shanghai Mingchuan", "乙方：杭州云聆信息服务有限公司", "Party B: Hangzhou Yunling", "盖章 / Seal", "盖章 / Seal", "法定代表人或授权代表（签字）", "Legal or Authorised Representative (Signature)", "法定代表人或授权代表（签字）", "日期 / Date", "日期 / Date"]],
    ["zh", ["签署页", "甲方：上海明川科技有限公司", "乙方：杭州云聆信息服务有限公司", "盖章", "盖章", "法定代表人或授权代表（签字）", "法定代表人或授权代表（签字）", "日期", "日期"]],
    ["en", ["Signatures", "Party A: Shanghai Mingchuan", "Party B: Hangzhou Yunling", "Seal", "Seal", "Legal or Authorised Representative (Signature)", "Legal or Authorised Representative (Signature)", "Date", "Date"]],
  ] as const)("%s: a signature block for every party after the last article", async (layout, texts) => {
    const docx = await render(layout);
    const last = docx.shown.lastIndexOf(layout === "en" ? "3.2\tIf Party B" : "3.2\t若乙方");
    expect(last).toBeGreaterThan(0);
    expectInOrder(docx.shown.slice(last), [...texts]);
    // One table, a column per party, a line to sign on for each of the three fields.
    const tables = [...docx.document.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map(([t]) => t);
    const signatures = tables.at(-1) ?? "";
    expect([...signatures.matchAll(/<w:pStyle w:val="SignatureLine"\/>/g)]).toHaveLength(6);
    // A row each for the names, the seal, the signature and the date, so the parties' lines
    // stay level however many lines a name takes; no row breaks across a page.
    const rows = [...signatures.matchAll(/<w:tr\b[^>]*>.*?<\/w:tr>/gs)].map(([r]) => r);
    const styles = (row: string): string[][] =>
      [...row.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map(([cell]) => [...cell.matchAll(/<w:pStyle w:val="([^"]+)"\/>/g)].map(([, id]) => id ?? ""));
    const names = layout === "parallel" ? ["SignatureParty", "SignatureParty"] : ["SignatureParty"];
    expect(rows.map(styles)).toEqual([
      [names, names],
      ...Array.from({ length: 3 }, () => [
        ["SignatureLabel", "SignatureLine"],
        ["SignatureLabel", "SignatureLine"],
      ]),
    ]);
    for (const row of rows) expect(row).toContain("<w:cantSplit/>");
  });

  it.each(LAYOUTS)("%s: the last clause stays on the page of the signatures", async (layout) => {
    const docx = await render(layout);
    const all = paragraphs(docx.document);
    const heading = all.findIndex((p) => p.xml.includes('<w:pStyle w:val="SignatureHeading"/>'));
    const last = all.filter((p, index) => index < heading && /^3\.2(若乙方|If Party B)/.test(p.text));
    expect(last.length).toBeGreaterThan(0);
    for (const p of last) expect(p.xml).toContain("<w:keepNext/>");
    const earlier = all.find((p) => /^1\.2(服务内容|The Services)/.test(p.text));
    expect(earlier?.xml).not.toContain("<w:keepNext/>");
  });
});

describe("writeDocx: parallel table", () => {
  it("repeats the heading row on every page and splits no row of a few lines", async () => {
    const docx = await render("parallel");
    const table = docx.document.match(/<w:tbl>.*?<\/w:tbl>/s)?.[0] ?? "";
    const rows = [...table.matchAll(/<w:tr\b[^>]*>.*?<\/w:tr>/gs)].map(([r]) => r);
    const [heading, ...body] = rows;
    expect(heading).toContain("<w:tblHeader/>");
    expect(textOf(heading ?? "")).toBe("中文English");
    for (const row of body) {
      expect(row).not.toContain("<w:tblHeader/>");
      expect([...row.matchAll(/<w:tc>/g)]).toHaveLength(2);
    }
    // a heading, a party's line, a short clause: kept whole
    const short = body.filter((row) => textOf(row).length < 80);
    expect(short.length).toBeGreaterThanOrEqual(4);
    for (const row of short) expect(row).toContain("<w:cantSplit/>");
  });

  it("lets a long row break across a page, so that it leaves no page half empty before it", async () => {
    const fixture = agreementFixture();
    const clause = fixture.articles[0]?.clauses[0];
    const paragraph = clause?.body[0];
    if (paragraph?.type !== "paragraph") throw new Error("fixture: 1.1 does not open with a paragraph");
    paragraph.text = { zh: [{ type: "text", value: "乙方".repeat(100) }], en: [{ type: "text", value: "Party B ".repeat(60) }] };
    const table = (await render("parallel", fixture)).document.match(/<w:tbl>.*?<\/w:tbl>/s)?.[0] ?? "";
    const rows = [...table.matchAll(/<w:tr\b[^>]*>.*?<\/w:tr>/gs)].map(([r]) => r);
    const long = rows.filter((row) => textOf(row).includes("乙方乙方乙方"));
    expect(long).toHaveLength(1);
    expect(long[0]).not.toContain("<w:cantSplit/>");
    // the same clause as the fixture has it, of two lines, is kept whole
    const before = (await render("parallel")).document.match(/<w:tbl>.*?<\/w:tbl>/s)?.[0] ?? "";
    const original = [...before.matchAll(/<w:tr\b[^>]*>.*?<\/w:tr>/gs)].map(([r]) => r).find((row) => textOf(row).startsWith("1.1"));
    expect(original).toContain("<w:cantSplit/>");
  });

  it("puts each paragraph and item in the same row as its translation", async () => {
    const fixture = agreementFixture();
    const docx = await render("parallel", fixture);
    const table = docx.document.match(/<w:tbl>.*?<\/w:tbl>/s)?.[0] ?? "";
    const cells = [...table.matchAll(/<w:tr\b[^>]*>.*?<\/w:tr>/gs)].map(([row]) =>
      [...row.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map(([cell]) => paragraphs(cell).map((p) => p.text).join("\n")),
    );
    for (const article of fixture.articles) {
      expect(cells).toContainEqual([`${article.label.zh} ${article.title.zh}`, `${article.label.en} ${article.title.en}`]);
      for (const clause of article.clauses) {
        const zh = clauseTexts(clause, "zh");
        const en = clauseTexts(clause, "en");
        zh.forEach((texts, index) => {
          // The tab after a number is a w:tab, not text.
          const row = [texts.join("\n").replace("\t", ""), (en[index] ?? []).join("\n").replace("\t", "")];
          expect(cells).toContainEqual(row);
        });
      }
    }
  });
});

describe("writeDocx: styles and fonts", () => {
  it("defines the styles it uses, Title and Heading1 among them", async () => {
    const docx = await render("stacked");
    const used = new Set([...docx.document.matchAll(/<w:pStyle w:val="([^"]+)"\/>/g)].map(([, id]) => id));
    for (const id of ["Title", "Heading1", "Clause", "Item", "Party", "SignatureLine"]) expect(used).toContain(id);
    for (const id of used) expect(docx.styles).toContain(`w:styleId="${id}"`);
    expect(docx.styles).toMatch(/w:styleId="Heading1">.*?<w:outlineLvl w:val="0"\/>.*?<\/w:style>/s);
  });

  it("gives every paragraph of the document a style and no direct indent or spacing", async () => {
    const docx = await render("parallel");
    for (const p of paragraphs(docx.document)) {
      expect(p.xml, p.text).toMatch(/<w:pStyle w:val="[^"]+"\/>/);
      expect(p.xml, p.text).not.toMatch(/<w:(ind|spacing|jc)\b/);
    }
  });

  it("sets the fonts per script in the document defaults", async () => {
    const docx = await render("parallel");
    const defaults = docx.styles.match(/<w:docDefaults>.*?<\/w:docDefaults>/s)?.[0] ?? "";
    expect(defaults).toContain('w:eastAsia="SimSun"');
    expect(defaults).toContain('w:ascii="Times New Roman"');
    expect(defaults).toContain('w:hAnsi="Times New Roman"');

    const other = { ...agreementFixture(), fonts: { eastAsian: "宋体", latin: "Arial" } };
    const styles = (await render("zh", other)).styles;
    expect(styles).toContain('w:eastAsia="宋体"');
    expect(styles).toContain('w:ascii="Arial"');
  });

  it("marks Chinese runs as East Asian text so shared punctuation takes the Chinese font", async () => {
    const docx = await render("stacked");
    for (const run of runs(paragraphStarting(docx.document, "1.1乙方同意").xml)) expect(run).toContain('w:hint="eastAsia"');
    for (const run of runs(paragraphStarting(docx.document, "1.1Party B agrees").xml)) {
      expect(run).not.toContain('w:hint="eastAsia"');
    }
  });
});

describe("writeDocx: inline content", () => {
  it.each(LAYOUTS)("%s: every run of the conspicuous clause is bold, and only there", async (layout) => {
    const docx = await render(layout);
    const all = paragraphs(docx.document);
    const conspicuous = all.filter((p) => /^3\.2(若乙方|If Party B)/.test(p.text));
    expect(conspicuous).toHaveLength(layout === "parallel" || layout === "stacked" ? 2 : 1);
    for (const p of conspicuous) {
      const textRuns = runs(p.xml).filter((r) => r.includes("<w:t"));
      expect(textRuns.length).toBeGreaterThan(3);
      for (const run of textRuns) expect(run).toContain("<w:b/>");
    }
    const ordinary = all.find((p) => /^1\.2(服务内容|The Services)/.test(p.text));
    expect(ordinary).toBeDefined();
    for (const run of runs(ordinary?.xml ?? "")) expect(run).not.toContain("<w:b/>");
  });

  it("makes a conspicuous item bold, and not the rest of its clause", async () => {
    const agreement = agreementFixture();
    const targets = agreement.articles[2]?.clauses[0];
    const item = targets?.body[2];
    if (item?.type !== "item") throw new Error("fixture: 3.1 (b) is not an item");
    item.conspicuous = true;
    const document = (await render("zh", agreement)).document;
    const bold = (start: string): boolean[] =>
      runs(paragraphStarting(document, start).xml).map((run) => run.includes("<w:b/>"));
    expect(bold("b)处理时间")).not.toContain(false);
    expect(bold("a)响应时间")).not.toContain(true);
    expect(bold("3.1乙方同意遵守")).not.toContain(true);
  });

  it("highlights a placeholder in yellow and shows its label", async () => {
    const docx = await render("stacked");
    const all = runs(docx.document);
    for (const label of ["【乙方统一社会信用代码】", "[Unified Social Credit Code of Party B]"]) {
      const run = all.find((r) => textOf(r) === label);
      expect(run, label).toBeDefined();
      expect(run).toContain('<w:highlight w:val="yellow"/>');
      expect(run).toContain('<w:rStyle w:val="Placeholder"/>');
    }
    const highlighted = all.filter((r) => r.includes("<w:highlight"));
    expect(highlighted).toHaveLength(2);
  });

  it("writes strong as bold, emphasis as italic, references and values as plain text", async () => {
    const docx = await render("en");
    const all = runs(docx.document);
    expect(all.find((r) => textOf(r) === "Services")).toContain("<w:b/>");
    expect(all.find((r) => textOf(r).startsWith("Personal Information Protection Law"))).toContain("<w:i/>");
    const reference = all.find((r) => textOf(r) === "3.1");
    expect(reference).toBeDefined();
    expect(docx.raw).toContain("set out in Clause 3.1, it shall pay");
  });

  it("keeps values literal: markup characters, newlines and control characters never change the structure", async () => {
    const plainDocx = await render("stacked");
    const tricky = agreementFixture();
    const [partyA] = tricky.parties;
    if (!partyA) throw new Error("fixture has no party");
    partyA.name = {
      zh: [{ type: "value", path: "party_a.name", text: "甲<乙> & *丙* # | {{x}}\n第二行\r\n第三行\u0001\u0007结束\t制表" }],
      en: [{ type: "value", path: "party_a.name_en", text: "A<B> & *C* ]]> \"q\" 'a'\nsecond line" }],
    };
    const docx = await render("stacked", tricky);
    // The same number of paragraphs: newlines became line breaks, not paragraphs.
    expect(paragraphs(docx.document)).toHaveLength(paragraphs(plainDocx.document).length);
    const party = paragraphStarting(docx.document, "甲方：");
    expect(party.text).toBe("甲方：甲<乙> & *丙* # | {{x}}第二行第三行\uFFFD\uFFFD结束制表");
    expect([...party.xml.matchAll(/<w:br\/>/g)]).toHaveLength(2);
    expect(party.xml).toContain("<w:tab/>");
    expect(docx.document).toContain("甲&lt;乙&gt; &amp; *丙*");
    for (const [name, xml] of Object.entries(docx.parts)) {
      expect(xml, name).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    }
    // mammoth parses the XML: the package is well-formed. (Its raw text leaves line breaks out.)
    expect(docx.raw).toContain("Party A: A<B> & *C* ]]> \"q\" 'a'second line");
    // Document properties stay on one line.
    expect(docx.parts["docProps/core.xml"]).toContain("甲&lt;乙&gt; &amp; *丙* # | {{x}} 第二行 第三行");
  });
});

describe("writeDocx: optional parts of the cover", () => {
  it("leaves out the agreement number when the template has none", async () => {
    const docx = await render("parallel", { ...agreementFixture(), agreementNumber: null });
    expect(docx.raw).not.toContain("协议编号");
    expect(docx.raw).not.toContain("Agreement No.");
    expect(docx.document).not.toContain("AgreementNumber");
  });

  it("puts three parties' signatures side by side, and more two to a row", async () => {
    const fixture = agreementFixture();
    const [first] = fixture.parties;
    if (!first) throw new Error("fixture has no party");
    const signatureCells = async (count: number): Promise<number[]> => {
      const parties = Array.from({ length: count }, (_, index) => ({ ...first, field: `party_${index}` }));
      const docx = await render("zh", { ...fixture, parties });
      const table = [...docx.document.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].at(-1)?.[0] ?? "";
      return [...table.matchAll(/<w:tr\b[^>]*>.*?<\/w:tr>/gs)].map(([row]) => [...row.matchAll(/<w:tc>/g)].length);
    };
    // four rows (names, seal, signature, date) for each row of parties
    expect(await signatureCells(3)).toEqual([3, 3, 3, 3]);
    expect(await signatureCells(5)).toEqual(Array.from({ length: 12 }, () => 2));
  });
});

describe("writeDocx: page, header and footer", () => {
  it("is A4 with 2.54 cm / 3.17 cm margins", async () => {
    const docx = await render("parallel");
    expect(docx.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(docx.document).toMatch(/<w:pgMar w:top="1440" w:right="1797" w:bottom="1440" w:left="1797"/);
  });

  it.each([
    ["parallel", "客服团队建设条款 / Customer Service Team Building Agreement", ["第 ", " 页 共 ", " 页", " / ", "Page ", " of "]],
    ["zh", "客服团队建设条款", ["第 ", " 页 共 ", " 页"]],
    ["en", "Customer Service Team Building Agreement", ["Page ", " of "]],
  ] as const)("%s: the header holds the title, the footer page X of Y", async (layout, title, footerTexts) => {
    const docx = await render(layout);
    const headers = Object.entries(docx.parts).filter(([name]) => /^word\/header\d*\.xml$/.test(name));
    const footers = Object.entries(docx.parts).filter(([name]) => /^word\/footer\d*\.xml$/.test(name));
    expect(headers).toHaveLength(1);
    expect(footers).toHaveLength(1);
    expect(textOf(headers[0]?.[1] ?? "")).toBe(title);
    const footer = footers[0]?.[1] ?? "";
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    expect(textOf(footer)).toBe(footerTexts.join(""));
    if (layout === "en") expect(textOf(footer)).not.toContain("页");
  });
});

describe("writeDocx: document properties", () => {
  it("names the template, its version and the layout, and has no dates", async () => {
    const docx = await render("parallel");
    const core = docx.parts["docProps/core.xml"] ?? "";
    expect(core).toContain("<dc:title>客服团队建设条款 / Customer Service Team Building Agreement</dc:title>");
    expect(core).toContain("<dc:creator>clausewright</dc:creator>");
    expect(core).toMatch(/<cp:keywords>[^<]*template:customer-service[^<]*<\/cp:keywords>/);
    expect(core).toMatch(/<cp:keywords>[^<]*version:1\.0\.0[^<]*<\/cp:keywords>/);
    expect(core).toMatch(/<dc:subject>[^<]*上海明川科技有限公司[^<]*Hangzhou Yunling[^<]*<\/dc:subject>/);
    expect(core).not.toMatch(/dcterms:(created|modified)/);
  });

  it("says which version prevails only where there are two versions", async () => {
    const agreement = agreementFixture();
    const description = async (layout: Layout): Promise<string> => /<dc:description>([^<]*)<\/dc:description>/.exec((await render(layout, agreement)).parts["docProps/core.xml"] ?? "")?.[1] ?? "";
    expect(agreement.prevailing).not.toBeNull();
    for (const layout of ["parallel", "stacked"] as const) expect(await description(layout)).toMatch(/version prevails$/);
    for (const layout of ["zh", "en"] as const) expect(await description(layout)).not.toContain("prevails");
  });
});

// ---------------------------------------------------------------------------------------
// Same input, same bytes: in this process, and in fresh processes in other time zones,
// through the compiled module (Node alone cannot import TypeScript).

const DIST = join(ROOT, "dist", "src", "write", "docx.js");

function distIsCurrent(): boolean {
  if (!existsSync(DIST)) return false;
  const sources = readdirSync(join(ROOT, "src", "write")).filter((name) => /^docx.*\.ts$/.test(name));
  return sources.every((name) => {
    const compiled = join(ROOT, "dist", "src", "write", name.replace(/\.ts$/, ".js"));
    return existsSync(compiled) && statSync(compiled).mtimeMs >= statSync(join(ROOT, "src", "write", name)).mtimeMs;
  });
}

const CHILD = `
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
const [modulePath, input, output, layout] = process.argv.slice(1);
const { writeDocx } = await import(pathToFileURL(modulePath).href);
writeFileSync(output, await writeDocx(JSON.parse(readFileSync(input, "utf8")), { layout }));
`;

describe("writeDocx: same input, same bytes", () => {
  it.each(LAYOUTS)("%s: two renders in one process are identical", async (layout) => {
    const first = await writeDocx(agreementFixture(), { layout });
    const second = await writeDocx(agreementFixture(), { layout });
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it("gives the zip entries a fixed date and a fixed order", async () => {
    const bytes = Buffer.from(await writeDocx(agreementFixture(), { layout: "parallel" }));
    const names: string[] = [];
    // Local file headers: signature, then DOS time and date at offsets 10 and 12.
    for (let at = bytes.indexOf("PK\u0003\u0004"); at >= 0; at = bytes.indexOf("PK\u0003\u0004", at + 4)) {
      const nameLength = bytes.readUInt16LE(at + 26);
      names.push(bytes.subarray(at + 30, at + 30 + nameLength).toString("utf8"));
      expect(bytes.readUInt16LE(at + 12)).toBe((0 << 9) | (1 << 5) | 1); // 1980-01-01
      expect(bytes.readUInt16LE(at + 10)).toBe(12 << 11); // 12:00:00
    }
    expect(names[0]).toBe("[Content_Types].xml");
    expect(names).toContain("word/document.xml");
  });

  it(
    "is byte-identical in fresh processes with TZ=UTC and TZ=Asia/Shanghai",
    async () => {
      expect(distIsCurrent(), "dist/ is missing or older than src/write: run `npx tsc -p tsconfig.json` first").toBe(true);
      const dir = mkdtempSync(join(tmpdir(), "clausewright-docx-"));
      const input = join(dir, "agreement.json");
      writeFileSync(input, JSON.stringify(agreementFixture()));
      const inProcess = await writeDocx(agreementFixture(), { layout: "parallel" });
      const outputs = ["UTC", "Asia/Shanghai", "America/Los_Angeles"].map((tz) => {
        const output = join(dir, `${tz.replace("/", "-")}.docx`);
        const child = spawnSync(
          process.execPath,
          ["--input-type=module", "-e", CHILD, DIST, input, output, "parallel"],
          { env: { ...process.env, TZ: tz }, encoding: "utf8", timeout: 60_000 },
        );
        expect(child.status, child.stderr).toBe(0);
        return readFileSync(output);
      });
      for (const output of outputs) expect(output.equals(Buffer.from(inProcess))).toBe(true);
    },
    60_000,
  );
});
