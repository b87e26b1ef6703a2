// Reading word/document.xml as a reader sees it: both views of tracked changes, bookmarks,
// list numbering, table columns, and what is no text (field codes, the older formatting of a
// tracked change, the second copy of mc:AlternateContent).

import { describe, expect, it } from "vitest";
import { ToolError } from "../../src/core/errors.js";
import { readParagraphs } from "../../src/review/document-xml.js";
import { narrowed, wordDiff } from "../../src/review/word-diff.js";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const doc = (body: string): string => `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`;

describe("readParagraphs", () => {
  it("knows the text with the tracked changes accepted and as it was before them", () => {
    const [p] = readParagraphs(
      doc('<w:p><w:r><w:t>within </w:t></w:r><w:del w:id="1"><w:r><w:delText>10</w:delText></w:r></w:del><w:ins w:id="2"><w:r><w:t>20</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> days</w:t></w:r></w:p>'),
      "x.docx",
    );
    expect(p).toMatchObject({ accepted: "within 20 days", original: "within 10 days", markDeleted: false });
  });

  it("reads a field as its result, tabs and breaks as characters, and skips what is no text", () => {
    const [p] = readParagraphs(
      doc(
        '<w:p><w:pPr><w:pStyle w:val="Clause"/><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs><w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr>' +
          '<w:pPrChange w:id="5"><w:pPr><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr></w:pPrChange></w:pPr>' +
          '<w:bookmarkStart w:id="0" w:name="cw_sla_penalty_en"/><w:bookmarkEnd w:id="0"/>' +
          '<w:r><w:t>Clause </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> REF cw_x_en \\n </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3.1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
          '<w:r><w:tab/><w:t>a</w:t><w:br/><w:t>b</w:t></w:r>' +
          '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:r><w:t>!</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>!</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>',
      ),
      "x.docx",
    );
    expect(p).toMatchObject({ accepted: "Clause 3.1\ta\nb!", style: "Clause", numbered: true, bookmarks: ["cw_sla_penalty_en"], fields: [[7, 10]] });
  });

  it("goes by namespace, not prefix, and gives each table cell's row and column, and each list paragraph's list and level", () => {
    const paragraphs = readParagraphs(
      '<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body>' +
        "<x:tbl><x:tr><x:tc><x:p><x:r><x:t>甲</x:t></x:r></x:p></x:tc><x:tc><x:p><x:r><x:t>A</x:t></x:r></x:p></x:tc></x:tr>" +
        '<x:tr><x:tc><x:p><x:pPr><x:numPr><x:ilvl x:val="1"/><x:numId x:val="5"/></x:numPr></x:pPr><x:r><x:t>乙</x:t></x:r></x:p></x:tc></x:tr></x:tbl><x:p/>' +
        "</x:body></x:document>",
      "x.docx",
    );
    expect(paragraphs.map((p) => [p.accepted, p.cell, p.list])).toEqual([
      ["甲", { table: 0, row: 0, column: 0 }, undefined],
      ["A", { table: 0, row: 0, column: 1 }, undefined],
      ["乙", { table: 0, row: 1, column: 0 }, { id: "5", level: 1 }],
      ["", undefined, undefined],
    ]);
  });

  it("knows a paragraph deleted or inserted whole with track changes on", () => {
    const [deleted, inserted] = readParagraphs(
      doc('<w:p><w:pPr><w:rPr><w:del w:id="1"/></w:rPr></w:pPr><w:del w:id="2"><w:r><w:delText>gone</w:delText></w:r></w:del></w:p><w:p><w:pPr><w:rPr><w:ins w:id="3"/></w:rPr></w:pPr><w:ins w:id="4"><w:r><w:t>new</w:t></w:r></w:ins></w:p>'),
      "x.docx",
    );
    expect(deleted).toMatchObject({ accepted: "", original: "gone", markDeleted: true });
    expect(inserted).toMatchObject({ accepted: "new", original: "", markInserted: true });
  });

  it("knows the paragraphs of a table row deleted or inserted with track changes on, and only of that row", () => {
    const cell = (text: string): string => `<w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
    const paragraphs = readParagraphs(
      doc(
        `<w:tbl><w:tr><w:trPr><w:cantSplit/><w:del w:id="1"/></w:trPr>${cell("删除")}${cell("deleted")}</w:tr>` +
          `<w:tr><w:trPr><w:ins w:id="2"/></w:trPr>${cell("新增")}${cell("added")}</w:tr><w:tr>${cell("保留")}${cell("kept")}</w:tr></w:tbl>`,
      ),
      "x.docx",
    );
    expect(paragraphs.map((p) => [p.accepted, p.original, p.markDeleted, p.markInserted])).toEqual([
      ["", "删除", true, false],
      ["", "deleted", true, false],
      ["新增", "", false, true],
      ["added", "", false, true],
      ["保留", "保留", false, false],
      ["kept", "kept", false, false],
    ]);
  });

  it("refuses XML that is not well-formed, with the file and the place", () => {
    expect(() => readParagraphs("<w:document><w:body><w:p></w:body>", "bad.docx")).toThrow(ToolError);
    expect(() => readParagraphs("<w:document><w:body><w:p></w:body>", "bad.docx")).toThrow(/^bad\.docx:1:\d+: word\/document\.xml is not well-formed XML/);
  });
});

describe("wordDiff", () => {
  const changes = (a: string, b: string, lang: "zh" | "en"): string[][] =>
    wordDiff(a, b, lang).map((h) => [a.slice(h.oldStart, h.oldEnd), b.slice(h.newStart, h.newEnd)]);

  it("finds the changed words of Chinese text, which has no spaces between them", () => {
    expect(changes("乙方应在十个工作日内补充人员。", "乙方应在二十个工作日内补充人员。", "zh")).toEqual([["十", "二十"]]);
    expect(changes("双方应友好协商解决。", "双方应友好协商解决，协商不成的，提交仲裁。", "zh")).toEqual([["", "，协商不成的，提交仲裁"]]);
  });

  it("finds the changed words of English text and leaves white space alone", () => {
    expect(changes("shall not exceed RMB 2,000,000.00 in total", "shall not  exceed RMB 3,000,000.00 in total", "en")).toEqual([["2,000,000.00", "3,000,000.00"]]);
    expect(wordDiff("a  b", "a b", "en")).toEqual([]);
  });

  it("narrows a changed word to the characters that differ", () => {
    const [hunk] = wordDiff("within 15 minutes", "within 150 minutes", "en");
    expect(hunk && narrowed(hunk, "within 15 minutes", "within 150 minutes")).toEqual({ oldStart: 9, oldEnd: 9, newStart: 9, newEnd: 10 });
  });
});
