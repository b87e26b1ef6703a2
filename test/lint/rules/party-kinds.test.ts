import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { prepareDeal } from "../../../src/library/prepare-deal.js";
import { lintPrepared } from "../../../src/lint/engine.js";
import { loadTemplate, type Template } from "../../../src/template/template.js";
import { tempDir } from "../../helpers.js";

// The parties fixture: party_a a foreign company (registration_number), party_b a person (id_number).
const FIXTURE = join(import.meta.dirname, "..", "..", "fixtures", "parties");
const DEAL = `template: parties
party_a:
  name: { zh: 北风咨询有限责任公司, en: Northwind Advisory LLC }
  address: { zh: 美国特拉华州, en: Delaware }
  registration_number: "310104199001011234"
party_b:
  name: { zh: 王小明, en: Wang Xiaoming }
  address: { zh: 上海市, en: Shanghai }
  id_number: "310104199001011234"
service: { zh: 咨询服务, en: consultancy services }
`;

function findings(deal: string, template: Template = loadTemplate(FIXTURE)): Array<{ ruleId: string; messageId?: string; path?: string }> {
  const file = join(tempDir(), "deal.yaml");
  writeFileSync(file, deal);
  return lintPrepared(prepareDeal(file, template)).map((f) => ({ ruleId: f.ruleId, ...(f.messageId ? { messageId: f.messageId } : {}), ...(f.path ? { path: f.path } : {}) }));
}

describe("lint rules and a party's kind", () => {
  it("duplicate-party: a person's ID number and a company's registration number are never the same party", () => {
    expect(findings(DEAL).filter((f) => f.ruleId === "duplicate-party")).toEqual([]);
  });

  it("duplicate-party: two people with one ID number are one person", () => {
    const template = loadTemplate(FIXTURE);
    const twoPeople: Template = { ...template, manifest: { ...template.manifest, parties: template.manifest.parties.map((p) => ({ ...p, kind: "individual" as const })) } };
    const deal = DEAL.replace('  registration_number: "310104199001011234"', '  id_number: "310104199001011234"');
    expect(findings(deal, twoPeople).filter((f) => f.ruleId === "duplicate-party")).toEqual([{ ruleId: "duplicate-party", messageId: "sameIdentifier", path: "party_b.id_number" }]);
  });

  it("credit-code: a credit_code under a person is not checked as a company's (the schema rule reports the key)", () => {
    const deal = DEAL.replace('  id_number: "310104199001011234"', '  id_number: "310104199001011234"\n  credit_code: "123"');
    const found = findings(deal);
    expect(found.filter((f) => f.ruleId === "credit-code")).toEqual([]);
    expect(found.some((f) => f.ruleId === "schema")).toBe(true);
  });
});
