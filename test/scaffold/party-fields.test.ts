import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { checkTemplate } from "../../src/check/check-template.js";
import type { Lang } from "../../src/core/bilingual.js";
import { prepareDeal } from "../../src/library/prepare-deal.js";
import { loadTemplate } from "../../src/template/template.js";
import { writeMarkdown } from "../../src/write/markdown.js";
import { readSchema, scaffoldInto } from "./scaffold-helpers.js";

// What a party is decides the fields it gets: the engine's block (name, address, credit code)
// for every party, and the way the kind of party is identified where the document has none.
interface Case {
  name: string;
  text: string;
  /** per party: its fields in the schema, in order */
  fields: Record<string, string[]>;
  /** lines of the source the scaffold adds after the parties block */
  added: string[];
  /** per party: the kind the manifest's comment names, or none for a PRC company */
  kinds: Record<string, string | undefined>;
  /** parties whose credit code is marked as one they do not have */
  noCreditCode: string[];
}

const CASES: Case[] = [
  {
    name: "a Chinese lease between a person and a company",
    text: "房屋租赁合同\n出租方：[出租方姓名]\n承租方：[承租方公司名称]\n统一社会信用代码：[承租方统一社会信用代码]\n第一条 租金\n1.1 月租金为人民币[租金金额]元。\n",
    fields: { party_a: ["name", "address", "credit_code", "id_number"], party_b: ["name", "address", "credit_code"] },
    added: ["zh: 出租方身份证号码：{{party_a.id_number}}"],
    kinds: { party_a: "individual", party_b: undefined },
    noCreditCode: ["party_a"],
  },
  {
    name: "an English employment agreement with a US company",
    text: "EMPLOYMENT AGREEMENT\nCompany: [Company Name], a Delaware corporation\nEmployee: [Employee Name], an individual residing at [Employee Address]\n1. Duties\n1.1 The Employee shall serve as [Job Title].\n",
    fields: { party_a: ["name", "address", "credit_code", "registration_number"], party_b: ["name", "address", "credit_code", "id_number"] },
    added: ["en: Company Registration No.: {{party_a.registration_number}}", "en: Employee ID or Passport No.: {{party_b.id_number}}"],
    kinds: { party_a: "foreign-company", party_b: "individual" },
    noCreditCode: ["party_a", "party_b"],
  },
  {
    name: "a Chinese labour contract that writes the worker's ID number itself",
    text: "劳动合同\n甲方（用人单位）：【用人单位名称】\n统一社会信用代码：【统一社会信用代码】\n乙方（劳动者）：【劳动者姓名】\n身份证号码：【身份证号码】\n第一条 工作内容\n乙方担任【岗位名称】岗位。\n",
    fields: { party_a: ["name", "address", "credit_code"], party_b: ["name", "address", "credit_code", "id_number"] },
    added: [],
    kinds: { party_a: undefined, party_b: "individual" },
    noCreditCode: ["party_b"],
  },
];

describe.each(CASES)("$name", (c) => {
  const { scaffold, dir } = scaffoldInto(c.text, "parties");
  const lang: Lang = scaffold.analysis.lang;
  const schema = readSchema(dir, "parties");
  const source = readFileSync(join(dir, "agreement.md"), "utf8");

  it("gives each party the fields of its kind", () => {
    for (const [party, fields] of Object.entries(c.fields)) expect(Object.keys(schema.properties?.[party]?.properties ?? {}), party).toEqual(fields);
    // an ID or registration number is written as it is, the same in both languages
    for (const party of Object.keys(c.fields)) {
      for (const key of ["id_number", "registration_number"]) {
        const node = schema.properties?.[party]?.properties?.[key];
        if (node) expect(node["x-kind"], `${party}.${key}`).toBe("plain");
      }
    }
  });

  it("writes the added identity lines after the parties block, and renders them", () => {
    const preamble = source.split("\n# ")[0] as string;
    for (const line of c.added) expect(preamble).toContain(line);
    const added = c.added.map((l) => l.replace(/^(zh|en): /, "").replace(/\{\{[^}]+\}\}/, ""));
    const prepared = prepareDeal(join(dir, "sample-draft.yaml"), loadTemplate(dir));
    if (!prepared.agreement) throw new Error(JSON.stringify(prepared.findings));
    const rendered = writeMarkdown(prepared.agreement, lang);
    for (const line of added) expect(rendered).toContain(line);
  });

  it("names each party's kind in the manifest and marks a credit code the party has none of", () => {
    const manifest = readFileSync(join(dir, "template.yaml"), "utf8");
    // the comment stands on the line before the party's entry
    const lines = manifest.split("\n");
    for (const [field, kind] of Object.entries(c.kinds)) {
      const before = lines[lines.indexOf(`  - field: ${field}`) - 1] as string;
      if (kind) expect(before, field).toContain(`kind: ${kind}`);
      else expect(before, field).not.toMatch(/^\s*#/);
    }
    expect(Object.keys(YAML.parse(manifest).parties[0])).toEqual(["field", "role"]);
    for (const party of Object.keys(c.fields)) {
      const hint = schema.properties?.[party]?.properties?.credit_code?.["x-hint"];
      expect(hint !== undefined, party).toBe(c.noCreditCode.includes(party));
    }
  });

  it("is a template check accepts", () => {
    expect(checkTemplate(dir, []).findings.filter((f) => f.ruleId !== "missing-translation")).toEqual([]);
  });
});
