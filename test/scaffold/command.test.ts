import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isMainThread } from "node:worker_threads";
import { Document, Packer, Paragraph, TextRun } from "docx";
import { describe, expect, it } from "vitest";
import { ToolError } from "../../src/core/errors.js";
import { readDocument } from "../../src/scaffold/index.js";
import { tempDir } from "../helpers.js";
import { contractPart, renderSampleZh, runCaptured } from "./scaffold-helpers.js";

const CONTRACT = "服务协议\n甲方：[甲方公司名称]\n乙方：[乙方公司名称]\n第一条 服务\n1.1 乙方提供[服务内容,例如:软件开发]。\n";

function file(name: string, content: string | Uint8Array): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}

describe("clausewright scaffold", () => {
  // process.chdir works in forked test workers (vitest's default pool), not in worker threads
  it.skipIf(!isMainThread)("writes templates/<id> by default and prints the summary", async () => {
    const doc = file("contract.txt", CONTRACT);
    const cwd = process.cwd();
    const work = tempDir();
    process.chdir(work);
    try {
      const run = await runCaptured(doc, { id: "service" });
      expect(run.code).toBe(0);
      expect(readdirSync(join(work, "templates", "service")).sort()).toEqual(["agreement.md", "sample-draft.yaml", "service.schema.json", "template.yaml"]);
      expect(run.stdout).toContain("scaffolded templates/service from");
      expect(run.stdout).toContain("service_description [text] 服务内容 — 例如 软件开发");
    } finally {
      process.chdir(cwd);
    }
  });

  it("a document with no placeholders: a clear message, exit 1, nothing written", async () => {
    const doc = file("plain.txt", "服务协议\n第一条 服务\n1.1 乙方提供服务。\n");
    const out = join(tempDir(), "plain");
    const run = await runCaptured(doc, { id: "plain", out });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("has no placeholders ([标签], 【标签】, [标签,例如:示例] or ＿＿＿ after a label)");
    expect(run.stderr).toContain("no template was written");
    expect(existsSync(out)).toBe(false);
  });

  it("usage and unreadable files are errors of the tool (exit 2 through ToolError)", async () => {
    const doc = file("contract.txt", CONTRACT);
    await expect(runCaptured(doc, { id: "Bad Id" })).rejects.toThrow(ToolError);
    await expect(runCaptured(doc, { id: "" })).rejects.toThrow(/needs --id/);
    await expect(runCaptured(join(tempDir(), "missing.txt"), { id: "x" })).rejects.toThrow(/no such file/);
    await expect(runCaptured(file("contract.pdf", "%PDF"), { id: "x" })).rejects.toThrow(/reads \.txt, \.md and \.docx/);
    await expect(runCaptured(file("broken.docx", "not a zip"), { id: "x", out: join(tempDir(), "x") })).rejects.toThrow(/not a valid DOCX file/);
    await expect(runCaptured(file("binary.txt", Uint8Array.from([0x50, 0x4b, 0, 1])), { id: "x" })).rejects.toThrow(/not a text file/);
  });

  it("an existing folder is kept unless --force", async () => {
    const doc = file("contract.txt", CONTRACT);
    const out = join(tempDir(), "service");
    mkdirSync(out);
    writeFileSync(join(out, "notes.txt"), "mine");
    await expect(runCaptured(doc, { id: "service", out })).rejects.toThrow(/already exists and is not empty.*--force/);
    const run = await runCaptured(doc, { id: "service", out, force: true });
    expect(run.code).toBe(0);
    expect(readFileSync(join(out, "notes.txt"), "utf8")).toBe("mine");
    expect(existsSync(join(out, "template.yaml"))).toBe(true);
  });
});

describe("reading documents", () => {
  it("GB18030 (GBK) text, as Chinese Windows saves it", async () => {
    // 合同 / 甲方 / 名称 in GBK
    const gbk = Uint8Array.from([0xba, 0xcf, 0xcd, 0xac, 0x0a, 0xbc, 0xd7, 0xb7, 0xbd, 0x3a, 0x5b, 0xc3, 0xfb, 0xb3, 0xc6, 0x5d, 0x0a]);
    const doc = await readDocument(file("gbk.txt", gbk));
    expect(doc.lines.map((l) => l.text)).toEqual(["合同", "甲方:[名称]"]);
  });

  it("DOCX: paragraphs are lines, line breaks inside one too, and its lines are numbered by paragraph", async () => {
    const docx = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun("服务协议")] }),
            new Paragraph({ children: [new TextRun("甲方：[甲方公司名称]"), new TextRun({ text: "乙方：[乙方公司名称]", break: 1 })] }),
            new Paragraph({ children: [] }),
            new Paragraph({ children: [new TextRun("第一条 服务 & 费用")] }),
            new Paragraph({ children: [new TextRun("1.1 乙方提供[服务内容]<服务>。")] }),
          ],
        },
      ],
    });
    const path = file("contract.docx", await Packer.toBuffer(docx));
    const doc = await readDocument(path);
    expect(doc.format).toBe("docx");
    expect(doc.lines.map((l) => [l.line, l.text])).toEqual([
      [1, "服务协议"],
      [2, "甲方：[甲方公司名称]"],
      [2, "乙方：[乙方公司名称]"],
      [4, "第一条 服务 & 费用"],
      [5, "1.1 乙方提供[服务内容]<服务>。"],
    ]);
    const out = join(tempDir(), "docx");
    expect((await runCaptured(path, { id: "docx", out })).code).toBe(0);
    // Markdown and Handlebars characters of the document come out as written
    expect(contractPart(renderSampleZh(out))).toContain("## 第一条 服务 \\& 费用\n\n1.1 乙方提供【服务内容】\\<服务\\>。");
  });

  it("the characters templates treat as syntax stay text: {{ }}, *, #, |", async () => {
    const doc = file("syntax.txt", "服务协议\n甲方：[甲方公司名称]\n乙方：[乙方公司名称]\n第一条 服务\n1.1 乙方提供[服务内容]，按{{价格表}}*计费* #1 | 附件。\n");
    const out = join(tempDir(), "syntax");
    expect((await runCaptured(doc, { id: "syntax", out })).code).toBe(0);
    const text = contractPart(renderSampleZh(out)).replace(/\\([!-/:-@[-`{-~])/g, "$1");
    expect(text).toContain("1.1 乙方提供【服务内容】，按{{价格表}}*计费* #1 | 附件。");
  });
});
