import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkTemplate } from "../../src/check/check-template.js";
import { documentLines, furnitureReason, scaffoldText } from "../../src/scaffold/index.js";
import { contractPart, readSchema, renderSampleZh, scaffoldInto, schemaFields } from "./scaffold-helpers.js";

const HEAD = "服务合同\n甲方:[甲方公司名称]\n乙方:[乙方公司名称]\n";

const sourceOf = (dir: string): string => readFileSync(join(dir, "agreement.md"), "utf8");
const checkErrors = (dir: string) => checkTemplate(dir, []).findings.filter((f) => f.ruleId !== "missing-translation");

describe("articles, clauses and items", () => {
  it("第一条 with and without a space, 1.1 with and without one, items a) (一) （1）", () => {
    const { scaffold, dir } = scaffoldInto(
      `${HEAD}第一条服务范围\n1.1乙方提供[服务内容]。\n1.2 乙方应：\na)按时；\nb) 按质。\n第二条 费用\n2.1甲方应：\n（一）按月付款；\n(二)开具发票。\n2.2 付款方式：\n（1）转账；\n(2) 支票。\n`,
    );
    const a = scaffold.analysis;
    expect(a.articles.map((x) => x.title)).toEqual(["服务范围", "费用"]);
    expect(a.articles.map((x) => x.clauses.length)).toEqual([2, 2]);
    expect(a.articles.flatMap((x) => x.clauses).map((c) => c.body.filter((b) => b.t === "item").length)).toEqual([0, 2, 2, 2]);
    const source = sourceOf(dir);
    expect(source).toContain("# 服务范围 | (to translate) 服务范围 {#scope}\n\n## {#scope.1}\nzh: 乙方提供{{service_description}}。");
    expect(source).toContain("- {#fees.1.a}\n  zh: 按月付款；\n  en:");
    // written numbers are gone from the source: the engine generates them
    expect(source).not.toMatch(/zh: (\d|[a-z]\)|（)/);
    const rendered = contractPart(renderSampleZh(dir));
    expect(rendered).toContain("## 第一条 服务范围\n\n1.1 乙方提供【服务内容】。\n\n1.2 乙方应：\n\na) 按时；\n\nb) 按质。");
    expect(rendered).toContain("2.1 甲方应：\n\na) 按月付款；\n\nb) 开具发票。\n\n2.2 付款方式：\n\na) 转账；\n\nb) 支票。");
    expect(checkErrors(dir)).toEqual([]);
  });

  it("numbers come from the order: an article written out of sequence is renumbered, and the report says so", () => {
    const { scaffold, dir } = scaffoldInto(`${HEAD}第一条 范围\n1.1 乙方提供[服务内容]。\n第三条 费用\n2.1 甲方付款。\n`);
    expect(scaffold.analysis.notes).toContain("第三条 (line 6) is article 2 in order: the template numbers it 第二条");
    expect(contractPart(renderSampleZh(dir))).toContain("## 第二条 费用\n\n2.1 甲方付款。");
  });

  it("第一章 with 第一条: chapters are articles, 条 their clauses", () => {
    const { scaffold, dir } = scaffoldInto(`${HEAD}第一章 总则\n第一条 本合同适用于[项目名称]。\n第二条 定义如下：\n（一）服务；\n（二）费用。\n第二章 费用\n第三条 甲方支付[金额]。\n`);
    const a = scaffold.analysis;
    expect(a.articles.map((x) => [x.id, x.title, x.clauses.length])).toEqual([["general", "总则", 2], ["fees", "费用", 1]]);
    expect(a.notes.some((n) => n.includes("章 and 条"))).toBe(true);
    expect(contractPart(renderSampleZh(dir))).toContain("## 第一条 总则\n\n1.1 本合同适用于【项目名称】。\n\n1.2 定义如下：\n\na) 服务；\n\nb) 费用。\n\n## 第二条 费用\n\n2.1 甲方支付【金额】。");
    expect(checkErrors(dir)).toEqual([]);
  });

  it("一、 headings are articles in a document without 第…条", () => {
    const { scaffold } = scaffoldInto(`${HEAD}一、服务内容\n1.1 乙方提供[服务内容]。\n二、费用\n2.1 甲方支付[金额]。\n`);
    expect(scaffold.analysis.articles.map((x) => x.title)).toEqual(["服务内容", "费用"]);
  });

  it("text under an article before its first clause gets a clause of its own", () => {
    const { scaffold, dir } = scaffoldInto(`${HEAD}第一条 服务\n乙方提供[服务内容]。\n`);
    expect(scaffold.analysis.notes.some((n) => n.includes("it became clause 1.1"))).toBe(true);
    expect(contractPart(renderSampleZh(dir))).toContain("1.1 乙方提供【服务内容】。");
  });

  it("a cut-off last clause is kept as written and reported", () => {
    const { scaffold, dir } = scaffoldInto(`${HEAD}第一条 服务\n1.1 乙方提供[服务内容]。\n第二条 费用\n2.1 甲`);
    expect(scaffold.analysis.truncated).toMatchObject({ line: 7, text: "甲" });
    expect(scaffold.analysis.notes.some((n) => n.startsWith("the document seems cut off: clause 2.1 ends mid-sentence"))).toBe(true);
    expect(sourceOf(dir)).toMatch(/## \{#fees\.1\}\nzh: 甲\nen:\n$/);
    const cut = scaffoldText(`${HEAD}第一条 服务\n1.1 乙方提供[服务内容]。\n第二条 费用\n`, "text", { id: "cut" });
    expect(cut.analysis.truncated?.where).toBe("第二条 has its heading and no text");
  });
});

describe("what is not contract text", () => {
  it("page furniture before the title and after the text, with the reason", () => {
    expect(furnitureReason("- 约3.24千字")).toBe("a word count");
    expect(furnitureReason("- 2026-01-29 发布于辽宁")).toBe("a publication date");
    expect(furnitureReason("文档评论(0)")).toBe("a button or counter of the page it was copied from");
    expect(furnitureReason("原创力文档")).toMatch(/site/);
    expect(furnitureReason("第 2 页 共 5 页")).toBe("a page number");
    expect(furnitureReason("甲方应按时付款。")).toBeUndefined();
    const { scaffold } = scaffoldInto(`- 3\n- 豆丁网\n- 上传于2025-01-01\n${HEAD}第一条 服务\n1.1 乙方提供[服务内容]。\n- 2 -\n百度文库\n下载文档\n`);
    expect(scaffold.analysis.title).toBe("服务合同");
    expect(scaffold.analysis.leftOut.map((l) => l.text)).toEqual(["- 3", "- 豆丁网", "- 上传于2025-01-01", "- 2 -", "百度文库", "下载文档"]);
  });

  it("the signature block is left out: the engine generates one", () => {
    const { scaffold } = scaffoldInto(`${HEAD}第一条 服务\n1.1 乙方提供[服务内容]。\n（以下无正文）\n甲方（盖章）：\n法定代表人（签字）：\n日期：\n乙方（盖章）：\n`);
    expect(scaffold.analysis.leftOut.map((l) => l.text)).toEqual(["（以下无正文）", "甲方（盖章）：", "法定代表人（签字）：", "日期：", "乙方（盖章）："]);
    expect(scaffold.analysis.articles[0]?.clauses).toHaveLength(1);
  });

  it("without articles, the document's own signature lines are left out and its text is one article: signatures once", () => {
    const { scaffold, dir } = scaffoldInto("借条\n借款人：[借款人姓名]\n贷款人：[贷款人姓名]\n今借到贷款人人民币[借款金额]元，于[还款日期]前归还。\n借款人：____\n贷款人：[贷款人姓名]（签字）\n日期：____年__月__日\n");
    const a = scaffold.analysis;
    expect(a.leftOut.map((l) => l.text)).toEqual(["借款人：____", "贷款人：[贷款人姓名]（签字）", "日期：____年__月__日"]);
    expect(a.articles.map((x) => [x.title, x.clauses.length])).toEqual([["（标题）", 1]]);
    const rendered = renderSampleZh(dir);
    expect(contractPart(rendered)).toContain("## 第一条 （标题）\n\n1.1 今借到贷款人人民币【借款金额】元，于【还款日期】前归还。");
    expect(rendered.match(/签署页/g)).toHaveLength(1);
    expect(rendered).not.toContain("借款人：____");
    expect(checkErrors(dir)).toEqual([]);
  });

  it("a role line at the end is the signature block's only when the role stands earlier, and a line that says more stays", () => {
    // 乙方 first appears at the end: a party line of the document, not a signature line
    const { scaffold } = scaffoldInto("承诺书\n甲方：[甲方公司名称]\n乙方承诺按时交付[交付物]。\n甲方：[甲方公司名称]，并承担连带责任\n乙方：____\n日期：____\n");
    // and 日期：____ alone is not a block (a lone last line that looks like one stays text)
    expect(scaffold.analysis.leftOut).toEqual([]);
    expect(scaffold.analysis.parties.map((p) => p.written)).toEqual(["甲方", "乙方"]);
  });

  it("Markdown: heading marks, bullets, emphasis and escapes are not text", () => {
    expect(documentLines("# 服务合同\n\n**1.1** 乙方提供\\[服务内容\\]。\n- a) 按时\n<!-- note -->\n", "markdown").map((l) => l.text)).toEqual(["服务合同", "1.1 乙方提供[服务内容]。", "a) 按时"]);
    const { scaffold } = scaffoldInto("# 服务合同\n\n甲方：[甲方公司名称]\n\n乙方：[乙方公司名称]\n\n## 第一条 服务\n\n**1.1** 乙方提供[服务内容]。\n\n- a) 按时；\n- b) 按质。\n", "md-doc", "markdown");
    expect(scaffold.analysis.articles[0]?.clauses[0]?.body.map((b) => b.t)).toEqual(["paragraph", "item", "item"]);
  });
});

describe("parties", () => {
  it("party lines become the manifest's parties block; their other lines stay preamble lines with their fields", () => {
    const { scaffold, dir } = scaffoldInto(
      "采购合同\n合同编号：＿＿＿＿\n甲方（采购方）：[甲方公司名称]\n住所：[甲方地址]\n联系电话：＿＿＿＿\n乙方：[乙方公司名称]\n统一社会信用代码：[乙方统一社会信用代码,例如:91310115MA1HK7QB80]\n鉴于甲方拟采购[产品名称]。\n第一条 标的\n1.1 乙方供应[产品名称]。\n",
    );
    const manifest = readFileSync(join(dir, "template.yaml"), "utf8");
    expect(manifest).toContain("agreement_number: agreement_no");
    // the role keeps what the document adds to it in brackets
    expect(manifest).toMatch(/parties:\n {2}- field: party_a\n {4}role:\n {6}zh: 甲方（采购方）\n {6}en: Party A\n {2}- field: party_b/);
    const paths = schemaFields(readSchema(dir, "scaffolded")).map((f) => [f.path, f.node["x-label"]?.zh, f.node["x-kind"]]);
    expect(paths).toEqual(
      expect.arrayContaining([
        ["agreement_no", "合同编号", "plain"],
        ["party_a.name", "甲方公司名称", "text"],
        ["party_a.address", "甲方地址", "text"],
        ["party_a.credit_code", "甲方统一社会信用代码", "plain"],
        ["party_a.phone", "甲方联系电话", "text"],
        ["party_b.address", "乙方地址", "text"],
        ["party_b.credit_code", "乙方统一社会信用代码", "plain"],
      ]),
    );
    const rendered = contractPart(renderSampleZh(dir));
    expect(rendered).toContain("合同编号：【合同编号】\n\n甲方（采购方）：【甲方公司名称】  \n地址：【甲方地址】  \n统一社会信用代码：【甲方统一社会信用代码】");
    expect(rendered).toContain("统一社会信用代码：91310115MA1HK7QB80\n\n甲方联系电话：【甲方联系电话】\n\n鉴于甲方拟采购【产品名称】。");
    expect(checkErrors(dir)).toEqual([]);
  });

  it("a document without party lines still gets the two parties the manifest needs", () => {
    const { scaffold, dir } = scaffoldInto("服务合同\n第一条 服务\n1.1 乙方提供[服务内容]。\n");
    expect(scaffold.analysis.parties.map((p) => p.key)).toEqual(["party_a", "party_b"]);
    expect(checkErrors(dir)).toEqual([]);
  });
});
