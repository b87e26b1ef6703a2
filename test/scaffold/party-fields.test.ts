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
  /** the identifier lines the rendered parties block shows, label and value */
  block: string[];
  /** per party: the manifest's kind, or none for a PRC company (the default) */
  kinds: Record<string, string | undefined>;
}

const CASES: Case[] = [
  {
    name: "a Chinese lease between a person and a company",
    text: "房屋租赁合同\n出租方：[出租方姓名]\n承租方：[承租方公司名称]\n统一社会信用代码：[承租方统一社会信用代码]\n第一条 租金\n1.1 月租金为人民币[租金金额]元。\n",
    fields: { party_a: ["name", "address", "id_number"], party_b: ["name", "address", "credit_code"] },
    block: ["身份证号码：【出租方身份证号码】", "统一社会信用代码：【承租方统一社会信用代码】"],
    kinds: { party_a: "individual", party_b: undefined },
  },
  {
    name: "an English employment agreement with a US company",
    text: "EMPLOYMENT AGREEMENT\nCompany: [Company Name], a Delaware corporation\nEmployee: [Employee Name], an individual residing at [Employee Address]\n1. Duties\n1.1 The Employee shall serve as [Job Title].\n",
    fields: { party_a: ["name", "address", "registration_number"], party_b: ["name", "address", "id_number"] },
    block: ["Registration No.: \\[Company Registration No.\\]", "ID No.: \\[Employee ID or Passport No.\\]"],
    kinds: { party_a: "foreign-company", party_b: "individual" },
  },
  {
    name: "a Chinese labour contract that writes the worker's ID number itself",
    text: "劳动合同\n甲方（用人单位）：【用人单位名称】\n统一社会信用代码：【统一社会信用代码】\n乙方（劳动者）：【劳动者姓名】\n身份证号码：【身份证号码】\n第一条 工作内容\n乙方担任【岗位名称】岗位。\n",
    fields: { party_a: ["name", "address", "credit_code"], party_b: ["name", "address", "id_number"] },
    block: ["统一社会信用代码：【统一社会信用代码】", "身份证号码：【身份证号码】"],
    kinds: { party_a: undefined, party_b: "individual" },
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

  it("prints each party's identifier in the parties block, not again in the preamble", () => {
    for (const party of Object.keys(c.fields)) expect(source).not.toMatch(new RegExp(`\\{\\{${party}\\.(id_number|registration_number)\\}\\}`));
    const prepared = prepareDeal(join(dir, "sample-draft.yaml"), loadTemplate(dir));
    if (!prepared.agreement) throw new Error(JSON.stringify(prepared.findings));
    const rendered = writeMarkdown(prepared.agreement, lang);
    for (const line of c.block) expect(rendered).toContain(line);
  });

  it("names each party's kind in the manifest", () => {
    const parties = YAML.parse(readFileSync(join(dir, "template.yaml"), "utf8")).parties as Array<{ field: string; kind?: string }>;
    expect(Object.fromEntries(parties.map((p) => [p.field, p.kind]))).toEqual(c.kinds);
  });

  it("is a template check accepts", () => {
    expect(checkTemplate(dir, []).findings.filter((f) => f.ruleId !== "missing-translation")).toEqual([]);
  });
});
