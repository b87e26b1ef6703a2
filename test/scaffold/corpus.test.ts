import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkTemplate } from "../../src/check/check-template.js";
import { check } from "../../src/library/check.js";
import type { Lang } from "../../src/core/bilingual.js";
import { prepareDeal } from "../../src/library/prepare-deal.js";
import { scaffoldText } from "../../src/scaffold/index.js";
import { writeScaffold } from "../../src/library/scaffold.js";
import { describeKind } from "../../src/scaffold/party-kind.js";
import { loadTemplate } from "../../src/template/template.js";
import { writeMarkdown } from "../../src/write/markdown.js";
import { tempDir } from "../helpers.js";
import { readSchema, schemaFields } from "./scaffold-helpers.js";

/**
 * Real-shaped contracts of the kinds issue 19 names, each with what a reader of it would expect:
 * its articles, the fields its blanks must become, the lines that are not contract text (its own
 * signature block, a table's heading row), and the words the engine writes its own way.
 */
interface Case {
  file: string;
  articles: string[];
  /** the keys of fields made from the document's blanks */
  fields: string[];
  /** lines (as written) that are not contract text */
  notText: string[];
  /** words of the document the generated parties block writes otherwise (住所 → 地址) */
  rewritten?: string[];
  parties: string[];
  /** the labels of the blanks inside a sentence (made from the words around them), by key */
  blankLabels?: Record<string, string>;
  /** each party's fields in the schema: the parties block's, its kind's, and its own lines' */
  partyFields: string[];
}

const CASES: Case[] = [
  {
    file: "zh-cooperation.txt",
    articles: ["合作内容", "合作期限", "费用及支付", "双方的权利和义务", "违约责任"],
    fields: ["party_a.name", "party_a.address", "party_b.name", "party_b.address", "promotion_region", "product_name", "term_start_date", "term_end_date", "service_fee", "signing_payment_days", "promotion_payment_days", "liquidated_damages"],
    notText: ["甲方（盖章）：", "乙方（盖章）：", "签订日期：____年__月__日"],
    blankLabels: { term_start_date: "有效期起始日期", term_end_date: "有效期终止日期", signing_payment_days: "合同签订后…日内支付", promotion_payment_days: "推广活动结束后…日内付清" },
    parties: ["甲方 (party_a, a PRC company)", "乙方 (party_b, a PRC company)"],
    partyFields: ["party_a: name address credit_code", "party_b: name address credit_code"],
  },
  {
    file: "zh-sales.txt",
    articles: ["标的", "交货", "付款", "争议解决"],
    fields: ["agreement_no", "party_a.name", "party_a.address", "party_a.credit_code", "party_b.name", "party_b.address", "party_b.credit_code", "product_name", "quantity", "unit_price", "total_price", "delivery_term", "delivery_liquidated_damages_ratio", "payment_term", "payment_liquidated_damages_ratio", "court_name"],
    notText: [],
    rewritten: ["住所："],
    parties: ["买方 (party_a, a PRC company)", "卖方 (party_b, a PRC company)"],
    partyFields: ["party_a: name address credit_code", "party_b: name address credit_code"],
  },
  {
    file: "zh-labour.txt",
    articles: ["合同期限", "工作内容和工作地点", "劳动报酬"],
    fields: ["party_a.name", "party_a.credit_code", "party_a.legal_representative", "party_b.name", "party_b.id_number", "party_b.address", "start_date", "end_date", "probation_months", "position", "work_location", "monthly_salary", "probation_salary", "payday"],
    notText: ["甲方（盖章）：", "乙方（签字）：", "签订日期：____年__月__日"],
    parties: ["甲方 (party_a, a PRC company)", "乙方 (party_b, an individual, PRC)"],
    partyFields: ["party_a: name address credit_code legal_representative", "party_b: name address id_number"],
  },
  {
    // no articles: the document's own signature block (its roles written again) is left out
    file: "zh-undertaking.txt",
    // no articles: the text after the parties is one article, whose title the author writes
    articles: ["（标题）"],
    fields: ["party_a.name", "party_b.name"],
    notText: ["甲方：[甲方公司名称]（盖章）", "法定代表人或授权代表：____", "乙方：____", "日期：____年__月__日"],
    parties: ["甲方 (party_a, a PRC company)", "乙方 (party_b, an individual, PRC)"],
    partyFields: ["party_a: name address credit_code", "party_b: name address id_number"],
  },
  {
    file: "en-mnda.md",
    articles: ["Definitions", "Term", "Obligations", "Notices", "Governing Law"],
    fields: ["effective_date", "party_a.name", "party_b.name", "term_years", "obligations_years", "business_days", "days", "governing_state"],
    notText: [],
    parties: ["Party A (party_a, a non-PRC company)", "Party B (party_b, a non-PRC company)"],
    partyFields: ["party_a: name address registration_number", "party_b: name address registration_number"],
  },
  {
    file: "en-cover.md",
    articles: ["Cover Page", "Key Terms", "License Grant", "Payment"],
    fields: ["party_a.name", "party_a.address", "party_b.name", "party_b.address", "license_fee", "subscription_period", "payment_days"],
    notText: ["| Term | Value |", "### Signatures", "| Licensor | Licensee |", "| Signature: __________ | Signature: __________ |", "| Name: __________ | Name: __________ |", "| Date: __________ | Date: __________ |"],
    parties: ["Licensor (party_a, non-PRC, company or person not said)", "Licensee (party_b, non-PRC, company or person not said)"],
    partyFields: ["party_a: name address credit_code", "party_b: name address credit_code"],
  },
  {
    file: "en-services.txt",
    articles: ["Services", "Fees", "Termination"],
    fields: ["party_a.name", "party_a.address", "party_b.name", "party_b.address", "number_workshops", "daily_rate", "payment_days", "notice_period"],
    notText: [],
    parties: ["Client (party_a, non-PRC, company or person not said)", "Consultant (party_b, non-PRC, company or person not said)"],
    partyFields: ["party_a: name address credit_code", "party_b: name address credit_code"],
  },
  {
    file: "en-letter.txt",
    articles: ["(Title)"],
    fields: ["party_a.name", "party_b.name", "fee"],
    notText: ["CLIENT", "By: ____________", "Name: ____________", "Title: ____________", "CONSULTANT", "By: ____________", "Name: ____________", "Date: ____________"],
    parties: ["Client (party_a, non-PRC, company or person not said)", "Consultant (party_b, non-PRC, company or person not said)"],
    partyFields: ["party_a: name address credit_code", "party_b: name address credit_code"],
  },
];

// a date blank (____年__月__日) is one placeholder, whose value writes the 年, 月 and 日
const PLACEHOLDER = /[＿_]{2,}\s*年\s*[＿_]{2,}\s*月\s*[＿_]{2,}\s*日|\[[^\]\n]*\]|【[^】\n]*】|［[^］\n]*］|[＿_]{2,}/g;
// the numbers the engine writes itself: 第一条, 一、, 1., 1.1, a), (a), （一）, Markdown marks
const NUMBERING = /^(#+\s*)?(?:第[一二三四五六七八九十\d]+[条章]\s*|[一二三四五六七八九十]+、|\d+(\.\d+)*\.?\s+|\d+\.\d+|[a-z]\)\s*|\([a-z]\)\s*|（[一二三四五六七八九十\d]+）)?/;

/** The words of a source line between its blanks, without the numbers the engine generates. */
function fragments(line: string): string[] {
  return line
    .split(/(?<!\\)\|/)
    // a numbered heading's closing colon (四、双方的权利和义务：) is not part of the title the engine writes
    .flatMap((cell) => (NUMBERING.exec(cell.trim())?.[0] ? cell.trim().replace(/[:：]$/, "") : cell.trim()).replace(NUMBERING, "").split(PLACEHOLDER))
    .map((f) => f.replace(/\s+/g, ""))
    .filter((f) => /[\p{L}\p{N}]/u.test(f));
}

const squash = (markdown: string): string => markdown.replace(/\\([!-/:-@[-`{-~])/g, "$1").replace(/\s+/g, "");

function scaffoldCase(c: Case) {
  const text = readFileSync(join("test/fixtures/scaffold", c.file), "utf8");
  const id = c.file.replace(/\.\w+$/, "");
  const scaffold = scaffoldText(text, c.file.endsWith(".md") ? "markdown" : "text", { id, source: c.file });
  const dir = join(tempDir(), id);
  writeScaffold(scaffold, dir);
  const lang: Lang = scaffold.analysis.lang;
  const prepared = prepareDeal(join(dir, "sample-draft.yaml"), loadTemplate(dir));
  if (!prepared.agreement) throw new Error(`${c.file}: the sample did not build: ${JSON.stringify(prepared.findings)}`);
  const rendered = writeMarkdown(prepared.agreement, lang).split(lang === "zh" ? "\n## 签署页" : "\n## Signatures")[0] as string;
  return { text, id, scaffold, dir, rendered };
}

describe.each(CASES)("$file", (c) => {
  const { text, id, scaffold, dir, rendered } = scaffoldCase(c);
  const a = scaffold.analysis;

  it("every sentence of the contract is in the --draft render", () => {
    const body = squash(rendered);
    const lines = text.split("\n").map((l) => l.trim());
    const contract = lines.slice(lines.findIndex((l) => l !== "") + 1).filter((l) => l !== "" && !c.notText.includes(l) && !/^\|?\s*-{3,}/.test(l));
    const missing = contract.flatMap(fragments).filter((f) => !body.includes(f) && !c.rewritten?.includes(f));
    expect(missing).toEqual([]);
  });

  it("finds its articles, and leaves out only what is not contract text", () => {
    expect(a.articles.map((x) => x.title)).toEqual(c.articles);
    expect(a.leftOut.map((l) => l.text)).toEqual(c.notText);
    expect(a.notPlaced).toEqual([]);
  });

  it("makes one field per distinct blank, none invented", () => {
    expect(a.fields.filter((f) => f.fromPlaceholder).map((f) => f.path)).toEqual(c.fields);
    // the other fields are the parties block's (name, address, credit code) or clause references
    const schemaPaths = schemaFields(readSchema(dir, id)).map((f) => f.path).filter((p) => p !== "template");
    const extra = schemaPaths.filter((p) => !c.fields.includes(p));
    // (and an individual's ID number, a foreign company's registration number: see partyFields)
    expect(extra.every((p) => /^party_[a-z0-9]+\.(name|address|credit_code|id_number|registration_number)$/.test(p) || /^clause/.test(p)), extra.join(", ")).toBe(true);
    // no field stands for two blanks with different words around them
    const source = readFileSync(join(dir, "agreement.md"), "utf8");
    for (const f of a.fields.filter((x) => x.fromPlaceholder && x.occurrences.length > 1)) expect(new Set(f.occurrences.map((o) => o.written)).size, f.path).toBe(1);
    expect(source).not.toMatch(/\\\|/);
  });

  it("names every field after its own words: no numbered or cut keys, labels of whole words", () => {
    for (const f of a.fields) {
      expect(f.path, f.label).not.toMatch(/(^|\.)(field|detail)_\d+$|year_s|_$/);
      expect(f.path.length, f.path).toBeLessThanOrEqual(36);
    }
    const labels = Object.fromEntries(a.fields.filter((f) => c.blankLabels && f.path in c.blankLabels).map((f) => [f.path, f.label]));
    expect(labels).toEqual(c.blankLabels ?? {});
  });

  it("decides what the parties are", () => {
    expect(a.parties.map((p) => `${p.written} (${p.key}${p.kind ? `, ${describeKind(p.kind)}` : ""})`)).toEqual(c.parties);
    const schema = readSchema(dir, id);
    expect(a.parties.map((p) => `${p.key}: ${Object.keys(schema.properties?.[p.key]?.properties ?? {}).join(" ")}`)).toEqual(c.partyFields);
  });

  it("is a template check accepts (only the other language is left to write)", () => {
    expect(checkTemplate(dir, []).findings.filter((f) => f.ruleId !== "missing-translation")).toEqual([]);
  });

  it("check --samples on its folder does not report the draft sample's empty values", () => {
    const run = check([dir], { samples: [dir] });
    // only the template's result: the draft sample is not linted as a finished deal
    expect(run.results).toHaveLength(1);
    expect(run.results.flatMap((r) => r.findings).filter((f) => f.ruleId === "missing-value")).toEqual([]);
    expect(readFileSync(join(dir, "sample-draft.yaml"), "utf8")).toMatch(/^# A draft:/m);
    // renamed sample.yaml it is a sample check lints, and its empty values are reported
    const filled = tempDir();
    copyFileSync(join(dir, "sample-draft.yaml"), join(filled, "sample.yaml"));
    const asSample = check([dir], { samples: [filled] });
    expect(asSample.results).toHaveLength(2);
    expect(asSample.results[1]?.findings.map((f) => f.ruleId)).toContain("missing-value");
  });
});
