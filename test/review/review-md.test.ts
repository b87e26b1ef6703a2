// `review --format md`: the report a lawyer pastes into an email or a pull request, read back as
// a Markdown reader (remark with GFM tables) sees it: each deviation under its clause, a changed
// value with its field, old and new text in a table, the changed words struck through and
// inserted, and contract text that holds `|` or `*` neither cutting a table nor turning bold.

import type { Heading, List, ListItem, Root, RootContent, Table } from "mdast";
import { toString } from "mdast-util-to-string";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/run-cli.js";
import { deletedAndAdded, swappedClauses } from "./redline-returned.js";
import { tempDir } from "../helpers.js";
import { appendRun, editDocument, editParagraph, replaceOnce, returnedFile, SAMPLE, sampleDocx } from "./returned-docx.js";
import { SAMPLE_RETURNED } from "./sample-returned.js";

const parse = (text: string): Root => unified().use(remarkParse).use(remarkGfm).parse(text);

interface Section {
  heading: string;
  /** Each top-level list item: its first line as text, and the tables and sub-items under it. */
  items: Array<{ text: string; tables: string[][][]; changes: Array<{ deleted: string[]; inserted: string[] }> }>;
  tables: string[][][];
}

const cells = (table: Table): string[][] => table.children.map((r) => r.children.map((c) => toString(c)));

/** The report's sections (one per ## or ### heading), each with its list items and tables. */
function sections(text: string): Section[] {
  const out: Section[] = [];
  const collect = (nodes: readonly RootContent[], of: (n: RootContent) => boolean): RootContent[] => nodes.flatMap((n) => (of(n) ? [n] : "children" in n ? collect(n.children as RootContent[], of) : []));
  for (const node of parse(text).children) {
    if (node.type === "heading" && (node as Heading).depth >= 2) out.push({ heading: toString(node), items: [], tables: [] });
    const current = out.at(-1);
    if (!current) continue;
    if (node.type === "table") current.tables.push(cells(node));
    if (node.type === "list") {
      for (const item of (node as List).children as ListItem[]) {
        const [first, ...rest] = item.children;
        current.items.push({
          text: first ? toString(first) : "",
          tables: collect(rest, (n) => n.type === "table").map((t) => cells(t as Table)),
          changes: collect(rest, (n) => n.type === "listItem").map((li) => ({
            deleted: collect([li], (n) => n.type === "delete").map((n) => toString(n)),
            inserted: collect([li], (n) => n.type === "strong").map((n) => toString(n)),
          })),
        });
      }
    }
  }
  return out;
}

const section = (all: Section[], start: string): Section => {
  const found = all.find((s) => s.heading.startsWith(start));
  if (!found) throw new Error(`no section "${start}" in ${all.map((s) => s.heading).join(" / ")}`);
  return found;
};

describe("clausewright review --format md", () => {
  it("puts each changed value under its clause with field, old and new, and the one-language edit as an error", async () => {
    const r = await runCli(["review", SAMPLE_RETURNED, "--deal", SAMPLE, "--format", "md"]);
    // the exit code of every other format: 1, the returned file has errors
    expect([r.code, r.stderr]).toEqual([1, ""]);
    const all = sections(r.stdout);
    const header = parse(r.stdout).children.find((n) => n.type === "table") as Table;
    expect(cells(header)).toContainEqual(["Returned file", SAMPLE_RETURNED]);
    expect(cells(header)).toContainEqual(["Deal", SAMPLE]);
    expect(cells(header)).toContainEqual(["Template", "customer-service 1.0.0 (recorded in the file: customer-service 1.0.0)"]);
    expect(cells(header)).toContainEqual(["Layout", "parallel (Chinese and English side by side)"]);

    const summary = section(all, "Summary");
    expect(summary.tables[0]?.slice(1)).toEqual([
      ["edit in one language only", "one-language-edit", "1", "0"],
      ["liability clause changed", "conspicuous-edit", "1", "0"],
      ["value changed", "value-changed", "0", "3"],
      ["wording changed", "wording-changed", "0", "2"],
    ]);

    const penalty = section(all, "第3.2条 · clause 3.2");
    expect(penalty.heading).toContain("第三条 服务水平协议（SLA） · Article 3 Service Level Agreement (SLA)");
    expect(penalty.items.map((i) => i.tables[0]?.[1])).toEqual([
      ["sla.penalty.per_breach.amount", "人民币伍仟元整（¥5,000.00）", "人民币贰仟元整（¥2,000.00）"],
      ["sla.penalty.per_breach.amount", "RMB 5,000.00 (five thousand yuan)", "RMB 2,000.00 (two thousand yuan)"],
    ]);
    expect(penalty.items.map((i) => i.text.split(":")[0])).toEqual(["Warning · value changed · value-changed · Chinese", "Warning · value changed · value-changed · English"]);

    const headcount = section(all, "第2.2条 · clause 2.2");
    // the error first, in English (the version changed), then the value it is about
    expect(headcount.items[0]?.text).toMatch(/^Error · edit in one language only · one-language-edit · English: clause 2\.2 was changed in the English version only/);
    expect(headcount.items[1]?.tables[0]?.[1]).toEqual(["team.min_headcount", "20", "15"]);

    const cap = section(all, "第6.5条 · clause 6.5");
    // the whole added sentence, not the message's shortened quote
    expect(cap.items.flatMap((i) => i.changes.flatMap((c) => c.inserted))).toEqual(["乙方违反第五条所承担的责任亦适用前述上限。", "Party B's liability for any breach of Article 5 shall also be subject to this cap."]);
    expect(all.map((s) => s.heading.split(" ")[0])).toEqual(["Summary", "Clause", "第2.2条", "第3.2条", "第6.5条"]);
  });

  it("keeps `|` and `*` of the contract text literal: no table cut, no emphasis, and the words deleted and inserted", async () => {
    const edited = editDocument(await sampleDocx(), (xml) => {
      let out = editParagraph(xml, "cw_team_manager_zh", (p) => replaceOnce(p, ">张敏<", ">张|*敏*<"));
      out = editParagraph(out, "cw_team_manager_en", (p) => replaceOnce(p, ">Zhang Min<", ">Zhang | *Min*<"));
      // English only: a one-language edit, with a pipe and asterisks in the changed sentence
      return editParagraph(out, "cw_scope_services_en", (p) => appendRun(replaceOnce(p, "Party B", "the Vendor"), " Fees | *net* of tax_es.", false));
    });
    const r = await runCli(["review", returnedFile(edited), "--deal", SAMPLE, "--format", "md"]);
    expect(r.code).toBe(1);
    const all = sections(r.stdout);
    const manager = all.find((s) => s.items.some((i) => i.text.includes("team.manager.name")));
    const rows = manager?.items.flatMap((i) => i.tables.map((t) => t[1]));
    // three cells each: the pipe stayed inside the cell, the asterisks stayed characters
    expect(rows).toEqual([
      [expect.stringMatching(/^team\.manager\.name/), "张敏", "张|*敏*"],
      [expect.stringMatching(/^team\.manager\.name/), "Zhang Min", "Zhang | *Min*"],
    ]);
    const services = section(all, "第1.1条 · clause 1.1");
    expect(services.items[0]?.text).toMatch(/^Error · edit in one language only · one-language-edit · English: /);
    const changes = services.items.flatMap((i) => i.changes);
    // the review's word diff (the space between the words is kept), each change struck through and inserted
    expect(changes).toEqual([
      { deleted: ["Party"], inserted: ["the"] },
      { deleted: ["B"], inserted: ["Vendor"] },
      { deleted: [], inserted: [". Fees | *net* of tax_es"] },
    ]);
    // nothing of the contract text became markup anywhere in the report
    const emphasis = (nodes: readonly RootContent[]): string[] => nodes.flatMap((n) => (n.type === "emphasis" ? [toString(n)] : "children" in n ? emphasis(n.children as RootContent[]) : []));
    expect(emphasis(parse(r.stdout).children)).toEqual([]);
  });

  it("writes the same bytes to -o as to standard output, atomically, the same each run", async () => {
    const dir = tempDir();
    const out = join(dir, "review.md");
    const printed = await runCli(["review", SAMPLE_RETURNED, "--deal", SAMPLE, "--format", "md"]);
    const written = await runCli(["review", SAMPLE_RETURNED, "--deal", SAMPLE, "--format", "md", "-o", out]);
    expect([written.code, written.stdout, written.stderr]).toEqual([1, "", ""]);
    expect(readFileSync(out, "utf8")).toBe(printed.stdout);
    expect((await runCli(["review", SAMPLE_RETURNED, "--deal", SAMPLE, "--format", "md"])).stdout).toBe(printed.stdout);
    // a file that is no DOCX: exit 2, and the report from before is not replaced by half a one
    const bad = await runCli(["review", SAMPLE, "--deal", SAMPLE, "--format", "md", "-o", out]);
    expect(bad.code).toBe(2);
    expect(readFileSync(out, "utf8")).toBe(printed.stdout);
    const none = join(dir, "none.md");
    await runCli(["review", SAMPLE, "--deal", SAMPLE, "--format", "md", "-o", none]);
    expect(existsSync(none)).toBe(false);
  });

  it("says there is no deviation and exits 0 for a file returned as sent; in Chinese with --lang zh", async () => {
    const file = returnedFile(await sampleDocx());
    const en = await runCli(["review", file, "--deal", SAMPLE, "--format", "md"]);
    expect(en.code).toBe(0);
    expect(section(sections(en.stdout), "Summary").items).toEqual([]);
    expect(en.stdout).toContain("No deviation: the returned file says what the deal renders.");
    const zh = await runCli(["review", SAMPLE_RETURNED, "--deal", SAMPLE, "--format", "md", "--lang", "zh"]);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toContain("**共 7 个问题：2 个错误，5 个警告。**");
    expect(section(sections(zh.stdout), "第2.2条").items[0]?.text).toMatch(/^错误 · 仅一种语言修改 · one-language-edit · 英文：第2\.2条只在英文文本中被修改/);
  });

  it("leaves out a rule set to off, as every format does", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, ".clausewright.yaml"), "rules:\n  value-changed: off\n");
    const r = await runCli(["review", SAMPLE_RETURNED, "--deal", SAMPLE, "--format", "md", "--config", join(dir, ".clausewright.yaml")]);
    expect(r.stdout).not.toContain("value-changed");
    expect(section(sections(r.stdout), "第2.2条").items.map((i) => i.text.split(" · ")[2])).toEqual(["one-language-edit"]);
  });

  it("puts an added clause after the clause it follows, a deleted and a moved one under their own", async () => {
    const r = await runCli(["review", returnedFile(await deletedAndAdded()), "--deal", SAMPLE, "--format", "md"]);
    const all = sections(r.stdout);
    const added = section(all, "New clause after 第4.5条 · clause 4.5");
    expect(added.items.map((i) => i.changes.flatMap((c) => c.inserted))).toEqual([["甲方逾期付款超过六十日的，乙方有权暂停服务。"], ["Party B may suspend the Services if Party A pays late."]]);
    expect(all.map((s) => s.heading.split(" (")[0])).toEqual(["Summary", "Clause by clause", "第1.1条 · clause 1.1", "New clause after 第4.5条 · clause 4.5", "第7.2条 · clause 7.2"]);
    expect(section(all, "第7.2条").items.map((i) => i.text.split(":")[0])).toEqual(["Warning · clause deleted · clause-deleted · Chinese", "Warning · clause deleted · clause-deleted · English"]);
    const moved = sections((await runCli(["review", returnedFile(await swappedClauses()), "--deal", SAMPLE, "--format", "md"])).stdout);
    expect(section(moved, "第1.2条").items.map((i) => i.text)).toEqual([
      expect.stringMatching(/^Warning · clause moved · clause-moved · Chinese: clause 1\.2 was moved in the Chinese version: it now follows Article 1/),
      expect.stringMatching(/^Warning · clause moved · clause-moved · English: /),
    ]);
  });

  it("says so when the deal has errors of its own, and lists them", async () => {
    const dir = tempDir();
    const deal = join(dir, "deal.yaml");
    writeFileSync(deal, readFileSync(SAMPLE, "utf8").replace("min_headcount: 20", "min_headcount: many"));
    const r = await runCli(["review", SAMPLE_RETURNED, "--deal", deal, "--format", "md"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("The deal has errors of its own, so the returned file was not reviewed (below).");
    expect(section(sections(r.stdout), "Other findings").items[0]?.text).toMatch(/^Error · deal lint \(with the values read back\) · /);
  });

  it("holds the excerpt docs/review.md shows of the sample's report", async () => {
    const page = readFileSync(join(import.meta.dirname, "..", "..", "docs", "review.md"), "utf8");
    const shown = /```markdown\n([\s\S]*?)```/.exec(page)?.[1] ?? "";
    expect(shown).toContain("### 第3.2条");
    const r = await runCli(["review", SAMPLE_RETURNED, "--deal", SAMPLE, "--format", "md"]);
    expect(r.stdout).toContain(shown);
  });

  it("is review's own: lint's --format does not take md", async () => {
    const lint = await runCli(["lint", SAMPLE, "--format", "md"]);
    expect(lint.code).toBe(2);
    expect(lint.stderr).not.toContain(" md");
  });
});
