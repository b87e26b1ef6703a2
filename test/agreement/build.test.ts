import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Agreement, Inline } from "../../src/agreement/types.js";
import { MINI_DEAL, prepareMini } from "../helpers.js";

const DEAL = readFileSync(MINI_DEAL, "utf8");

const text = (nodes: Inline[]): string =>
  nodes
    .map((n) =>
      n.type === "text" ? n.value : n.type === "strong" || n.type === "emphasis" ? text(n.children) : n.type === "placeholder" ? n.label : n.text,
    )
    .join("");

const clauseNumbers = (a: Agreement): Record<string, string> =>
  Object.fromEntries(a.articles.flatMap((art) => art.clauses.map((c) => [c.id, c.number])));

const clauseText = (a: Agreement, id: string, lang: "zh" | "en"): string => {
  const c = a.articles.flatMap((art) => art.clauses).find((x) => x.id === id);
  if (!c) throw new Error(`no clause ${id}`);
  return c.body.map((b) => (b.type === "paragraph" ? text(b.text[lang]) : b.paragraphs.map((p) => text(p.text[lang])).join(" "))).join(" ");
};

describe("numbering", () => {
  it("numbers articles, clauses and items from their order", () => {
    const { agreement, findings } = prepareMini(DEAL);
    expect(findings).toEqual([]);
    expect(agreement?.articles.map((a) => [a.label.zh, a.label.en])).toEqual([
      ["第一条", "Article 1"],
      ["第二条", "Article 2"],
    ]);
    expect(clauseNumbers(agreement!)).toEqual({
      "services.extra": "1.1",
      "services.scope": "1.2",
      "services.levels": "1.3",
      "liability.cap": "2.1",
      "liability.law": "2.2",
    });
    const levels = agreement!.articles[0]!.clauses[2]!;
    expect(levels.body.filter((b) => b.type === "item").map((b) => (b.type === "item" ? [b.label.zh, b.label.en] : []))).toEqual([
      ["a)", "(a)"],
      ["b)", "(b)"],
    ]);
  });

  it("renumbers what follows when the optional clause drops out, and references follow", () => {
    const { agreement, findings } = prepareMini(DEAL.replace("extra: true", "extra: false"));
    expect(findings).toEqual([]);
    expect(clauseNumbers(agreement!)).toEqual({
      "services.scope": "1.1",
      "services.levels": "1.2",
      "liability.cap": "2.1",
      "liability.law": "2.2",
    });
    expect(clauseText(agreement!, "liability.cap", "zh")).toContain("违反第1.1条或第1.2条a)项的");
    expect(clauseText(agreement!, "liability.cap", "en")).toContain("for a breach of Clause 1.1 or Clause 1.2(a)");
  });
});

describe("references", () => {
  it.each([
    ["liability.law", "第2.2条", "Clause 2.2"],
    ["'2.2'", "第2.2条", "Clause 2.2"],
    ["2.2", "第2.2条", "Clause 2.2"],
    ["services", "第一条", "Article 1"],
    ["services.response", "第1.3条a)项", "Clause 1.3(a)"],
  ])("a deal value %s names a clause by id or number", (value, zh, en) => {
    const { agreement, findings } = prepareMini(DEAL.replace("remedy: liability.law", `remedy: ${value}`));
    expect(findings).toEqual([]);
    expect(clauseText(agreement!, "liability.cap", "zh")).toContain(`甲方可依${zh}处理`);
    expect(clauseText(agreement!, "liability.cap", "en")).toContain(`act under ${en},`);
  });

  it.each([["9.2"], ["no.such.clause"]])("a value naming no clause (%s) is an error at its YAML line", (value) => {
    const { findings } = prepareMini(DEAL.replace("remedy: liability.law", `remedy: ${value}`));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: "dangling-reference", severity: "error", line: 21, column: 9, path: "remedy", clause: "2.1" });
    expect(findings[0]?.message.en).toContain(value);
  });
});

describe("missing values", () => {
  it("a missing value is an error naming the field, and a placeholder with its label in each language", () => {
    const { agreement, findings } = prepareMini(DEAL.replace("  credit_code: 91310115MA1HK7QB80\n", ""));
    expect(findings).toMatchObject([{ ruleId: "missing-value", severity: "error", path: "party_a.credit_code", line: 4 }]);
    expect(agreement!.parties[0]!.identifier.zh).toEqual([{ type: "placeholder", path: "party_a.credit_code", reason: "missing", label: "【甲方统一社会信用代码】" }]);
    expect(agreement!.parties[0]!.identifier.en).toEqual([{ type: "placeholder", path: "party_a.credit_code", reason: "missing", label: "[Unified Social Credit Code of Party A]" }]);
  });

  it("an empty value counts as missing, in the clause that needs it", () => {
    const { findings } = prepareMini(DEAL.replace("headcount: 12", "headcount:"));
    expect(findings).toMatchObject([{ ruleId: "missing-value", path: "headcount", clause: "1.2", line: 15, column: 1 }]);
  });

  it("a text given in one language only is a missing translation", () => {
    const { agreement, findings } = prepareMini(DEAL.replace("  en: customer service\n", ""));
    expect(findings).toMatchObject([{ ruleId: "missing-translation", path: "service.en", line: 13, column: 7 }]);
    expect(text(agreement!.preamble[0]!.text.en)).toContain("[Services (English)]");
    expect(text(agreement!.preamble[0]!.text.zh)).toContain("客户服务");
  });
});

describe("conspicuous clauses and values", () => {
  it("keeps the conspicuous flag of a liability clause", () => {
    const { agreement } = prepareMini(DEAL);
    const clauses = agreement!.articles.flatMap((a) => a.clauses);
    expect(clauses.filter((c) => c.conspicuous).map((c) => c.id)).toEqual(["liability.cap"]);
  });

  it("records which deal field each inserted value came from", () => {
    const { agreement } = prepareMini(DEAL);
    const scope = agreement!.articles[0]!.clauses[1]!.body[0]!;
    expect(scope.type === "paragraph" && scope.text.zh.filter((n) => n.type === "value")).toEqual([
      { type: "value", path: "headcount", text: "12" },
      { type: "value", path: "interval", text: "半年" },
    ]);
  });
});
