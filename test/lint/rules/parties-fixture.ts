import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { prepareDeal } from "../../../src/library/prepare-deal.js";
import { lintPrepared } from "../../../src/lint/engine.js";
import { loadTemplate, type Template } from "../../../src/template/template.js";
import { tempDir } from "../../helpers.js";

// The parties fixture: party_a a foreign company (registration_number), party_b a person (id_number).
export const PARTIES_FIXTURE = join(import.meta.dirname, "..", "..", "fixtures", "parties");
export const PARTIES_DEAL = `template: parties
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

export function partiesFindings(deal: string, template: Template = loadTemplate(PARTIES_FIXTURE)): Array<{ ruleId: string; messageId?: string; path?: string }> {
  const file = join(tempDir(), "deal.yaml");
  writeFileSync(file, deal);
  return lintPrepared(prepareDeal(file, template)).map((f) => ({ ruleId: f.ruleId, ...(f.messageId ? { messageId: f.messageId } : {}), ...(f.path ? { path: f.path } : {}) }));
}

