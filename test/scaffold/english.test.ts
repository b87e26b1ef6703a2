import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkTemplate } from "../../src/check/check-template.js";
import { prepareDeal } from "../../src/library/prepare-deal.js";
import { loadTemplate } from "../../src/template/template.js";
import { writeMarkdown } from "../../src/write/markdown.js";
import { contractPart, readSchema, scaffoldInto, schemaFields } from "./scaffold-helpers.js";

const DOC = [
  "SERVICE AGREEMENT",
  "Party A: [Name of Party A]",
  "Address: [Address of Party A]",
  "Party B: [Name of Party B]",
  "WHEREAS Party A wishes to obtain [Service Description, e.g. IT support] services.",
  "Article 1 Scope",
  "1.1 Party B shall provide [Service Description] within [Number of Days, e.g. 10 business days].",
  "1.2 Telephone: ______",
  "Article 2 Remedies",
  "2.1 If Party B breaches Clause 1.1, Party A may act under Clause [clause number] or Clause 9.2, subject to Article 577 of the Civil Code.",
].join("\n");

describe("a document in English", () => {
  const { scaffold, dir } = scaffoldInto(DOC, "english");
  const source = readFileSync(join(dir, "agreement.md"), "utf8");

  it("is written on the en side; the zh side is left to write", () => {
    expect(scaffold.analysis.lang).toBe("en");
    expect(source).toContain("# （待翻译）Scope | Scope {#scope}");
    expect(source).toContain("## {#scope.1}\nzh:\nen: Party B shall provide {{service_description}} within {{number_days}}.");
    expect(source).toContain('en: If Party B breaches {{ref "scope.1"}}, Party A may act under {{ref clause_number}} or {{ref clause_9_2}}, subject to Article 577 of the Civil Code.');
    const findings = checkTemplate(dir, []).findings;
    expect(findings.filter((f) => f.ruleId !== "missing-translation")).toEqual([]);
    expect(findings.every((f) => f.message.en.includes("has no Chinese text"))).toBe(true);
  });

  it("its fields, parties and sample", () => {
    const fields = new Map(schemaFields(readSchema(dir, "english")).map((f) => [f.path, f.node]));
    expect(fields.get("party_a.name")).toMatchObject({ "x-label": { en: "Name of Party A" } });
    expect(fields.get("service_description")).toMatchObject({ "x-label": { en: "Service Description" }, examples: [{ en: "IT support" }] });
    expect(fields.get("telephone")).toMatchObject({ "x-label": { en: "Telephone" } });
    expect(readFileSync(join(dir, "template.yaml"), "utf8")).toContain("title:\n  zh: （待翻译）SERVICE AGREEMENT\n  en: SERVICE AGREEMENT");
    const prepared = prepareDeal(join(dir, "sample-draft.yaml"), loadTemplate(dir));
    const rendered = contractPart(writeMarkdown(prepared.agreement!, "en"));
    expect(rendered).toContain("Party A: \\[Name of Party A\\]  \nAddress: \\[Address of Party A\\]");
    expect(rendered).toContain("WHEREAS Party A wishes to obtain IT support services.");
    expect(rendered).toContain("## Article 1 Scope\n\n1.1 Party B shall provide IT support within 10 business days.\n\n1.2 Telephone: \\[Telephone\\]");
    expect(rendered).toContain("2.1 If Party B breaches Clause 1.1, Party A may act under \\[clause number\\] or \\[Clause 9.2\\], subject to Article 577 of the Civil Code.");
  });
});
