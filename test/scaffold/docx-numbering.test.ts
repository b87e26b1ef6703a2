import { join } from "node:path";
import { readFileSync, writeFileSync } from "node:fs";
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow } from "docx";
import { describe, expect, it } from "vitest";
import { writeScaffold } from "../../src/library/scaffold.js";
import { readDocument, scaffoldFile } from "../../src/scaffold/index.js";
import { tempDir } from "../helpers.js";
import { contractPart, renderSampleZh } from "./scaffold-helpers.js";

// A contract whose article, clause and item numbers are Word's list numbering (w:numPr and
// numbering.xml), not text: the numbers Word shows must reach the structure.
type Line = [level: number | undefined, text: string];

async function numberedDocx(lines: Line[], levels: Array<{ format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: string; legal?: boolean }>, name: string): Promise<string> {
  const doc = new Document({
    numbering: { config: [{ reference: "contract", levels: levels.map((l, level) => ({ level, format: l.format, text: l.text, alignment: AlignmentType.START, ...(l.legal ? { isLegalNumberingStyle: true } : {}) })) }] },
    sections: [{ children: lines.map(([level, text]) => new Paragraph({ text, ...(level !== undefined ? { numbering: { reference: "contract", level } } : {}) })) }],
  });
  const file = join(tempDir(), name);
  writeFileSync(file, await Packer.toBuffer(doc));
  return file;
}

const EN: Line[] = [
  [undefined, "CONSULTING AGREEMENT"],
  [undefined, "Client: [Client Name]"],
  [undefined, "Consultant: [Consultant Name]"],
  [0, "Services"],
  [1, "The Consultant shall provide:"],
  [2, "a review of the Client's systems;"],
  [2, "a written report."],
  [1, "The Consultant shall work with reasonable care."],
  [0, "Fees"],
  [1, "The Client shall pay [Daily Rate] per day."],
];

const ZH: Line[] = [
  [undefined, "技术服务合同"],
  [undefined, "甲方：[甲方公司名称]"],
  [undefined, "乙方：[乙方公司名称]"],
  [0, "服务内容"],
  [1, "乙方应提供以下服务："],
  [2, "系统巡检；"],
  [2, "故障处理。"],
  [0, "费用"],
  [1, "甲方应支付服务费人民币[服务费金额]元。"],
];

describe("Word's list numbering", () => {
  it("English: 1. / 1.1 / (a) are read into articles, clauses and items", async () => {
    const file = await numberedDocx(EN, [{ format: LevelFormat.DECIMAL, text: "%1." }, { format: LevelFormat.DECIMAL, text: "%1.%2" }, { format: LevelFormat.LOWER_LETTER, text: "(%3)" }], "en.docx");
    const doc = await readDocument(file);
    expect(doc.lines.map((l) => l.text).slice(3)).toEqual(["1. Services", "1.1 The Consultant shall provide:", "(a) a review of the Client's systems;", "(b) a written report.", "1.2 The Consultant shall work with reasonable care.", "2. Fees", "2.1 The Client shall pay [Daily Rate] per day."]);
    expect(doc.notes.some((n) => n.startsWith("7 paragraphs are numbered by Word's list numbering"))).toBe(true);
    const scaffold = await scaffoldFile(file, { id: "en-list" });
    const a = scaffold.analysis;
    expect(a.articles.map((x) => [x.title, x.clauses.length])).toEqual([["Services", 2], ["Fees", 1]]);
    expect(a.articles[0]?.clauses[0]?.body.map((b) => b.t)).toEqual(["paragraph", "item", "item"]);
  });

  // under 第%1条 a clause 1.1 is “legal” numbering (w:isLgl): without it Word shows 一.1
  it("Chinese: 第一条 (chineseCounting) / 1.1 (w:isLgl) / （一） keep their numbers, and the draft renders them", async () => {
    const file = await numberedDocx(ZH, [{ format: LevelFormat.CHINESE_COUNTING, text: "第%1条" }, { format: LevelFormat.DECIMAL, text: "%1.%2", legal: true }, { format: LevelFormat.CHINESE_COUNTING, text: "（%3）" }], "zh.docx");
    const doc = await readDocument(file);
    expect(doc.lines.map((l) => l.text).slice(3)).toEqual(["第一条 服务内容", "1.1 乙方应提供以下服务：", "（一） 系统巡检；", "（二） 故障处理。", "第二条 费用", "2.1 甲方应支付服务费人民币[服务费金额]元。"]);
    const scaffold = await scaffoldFile(file, { id: "zh-list" });
    const dir = join(tempDir(), "zh-list");
    writeScaffold(scaffold, dir);
    expect(scaffold.analysis.articles.map((x) => x.title)).toEqual(["服务内容", "费用"]);
    const rendered = contractPart(renderSampleZh(dir));
    expect(rendered).toContain("## 第一条 服务内容\n\n1.1 乙方应提供以下服务：\n\na) 系统巡检；\n\nb) 故障处理。");
    expect(rendered).toContain("## 第二条 费用\n\n2.1 甲方应支付服务费人民币【服务费金额】元。");
  });

  it("a table's rows are lines, each cell after its column's heading; a signature table is left out", async () => {
    const row = (cells: string[]): TableRow => new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph("Software License Agreement"),
            new Paragraph("Licensor: [Licensor Name]"),
            new Paragraph("Licensee: [Licensee Name]"),
            new Paragraph("Key Terms"),
            new Table({ rows: [row(["Term", "Value"]), row(["License Fee", "[License Fee]"]), row(["Subscription Period", "[Subscription Period]"])] }),
            new Paragraph("Payment"),
            new Paragraph("Licensee shall pay the License Fee within [Payment Days] days."),
            new Table({ rows: [row(["Licensor", "Licensee"]), row(["Signature: ______", "Signature: ______"]), row(["Date: ______", "Date: ______"])] }),
          ],
        },
      ],
    });
    const file = join(tempDir(), "table.docx");
    writeFileSync(file, await Packer.toBuffer(doc));
    const read = await readDocument(file);
    expect(read.lines.filter((l) => l.table).map((l) => l.table?.cells)).toEqual([["Term", "Value"], ["License Fee", "[License Fee]"], ["Subscription Period", "[Subscription Period]"], ["Licensor", "Licensee"], ["Signature: ______", "Signature: ______"], ["Date: ______", "Date: ______"]]);
    const scaffold = await scaffoldFile(file, { id: "table" });
    const dir = join(tempDir(), "table");
    writeScaffold(scaffold, dir);
    const source = readFileSync(join(dir, "agreement.md"), "utf8");
    expect(source).toContain("en: License Fee: {{license_fee}}");
    expect(source).toContain("en: Subscription Period: {{subscription_period}}");
    expect(source).not.toMatch(/\\\||Signature: /);
    expect(scaffold.analysis.leftOut.map((l) => l.text)).toEqual(["| Term | Value |", "| Licensor | Licensee |", "| Signature: ______ | Signature: ______ |", "| Date: ______ | Date: ______ |"]);
  });
});
