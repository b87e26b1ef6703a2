// What kind of party the document says each party is: a company or a person, of the PRC or
// not. A credit code (统一社会信用代码) and a company seal belong to a PRC company only.

import type { Outline } from "./outline.js";
import type { PartyKind, PartyNode } from "./model.js";

const INDIVIDUAL = /劳动者|员工|职工|个人|自然人|身份证|证件号码|性别|出生|户籍|住址|姓名|\b(an individual|individual|employee|residing at|resident of|passport|date of birth)\b/i;
const COMPANY = /公司|有限|单位|企业|集团|统一社会信用代码|信用代码|法定代表人|\b(corporation|company|inc\.?|llc|ltd\.?|limited|gmbh|plc|incorporated|registered office)\b/i;
const FOREIGN = /\b(Delaware|California|New York|Texas|Nevada|Washington|England|Wales|Singapore|Hong Kong|Germany|Japan|a [A-Z][a-z]+ (corporation|company|limited liability company))\b|\b(LLC|Inc\.?|GmbH|B\.V\.|plc)\b/;
const PRC = /统一社会信用代码|unified social credit code|\bPRC\b|People's Republic of China|中华人民共和国|中国/i;

/** The words the document writes about a party: its lines and its fields' labels. */
function wordsOf(o: Outline, party: PartyNode): string {
  const lines = o.holders.filter((h) => h.party?.party === party || [...(h.assign?.values() ?? [])].some((a) => a.party === party)).map((h) => h.text);
  const labels = [...party.fields.values()].map((f) => f.label);
  const roleLine = o.holders.find((h) => h.line === party.line);
  return [party.written, ...(roleLine ? [roleLine.text] : []), ...lines, ...labels].join(" ");
}

export function partyKind(o: Outline, party: PartyNode): PartyKind {
  const words = wordsOf(o, party);
  const individual = INDIVIDUAL.test(words) && !/公司|单位|corporation|company/i.test(words);
  const entity = individual ? "individual" : COMPANY.test(words) ? "company" : "unknown";
  const prc = !FOREIGN.test(words) && (PRC.test(words) || o.lang === "zh");
  return { entity, prc };
}

/** The kind the manifest names (its `kind:`); none for a PRC company, the manifest's default, or a party the document does not say. */
export function manifestKind(k: PartyKind | undefined): "individual" | "foreign-company" | undefined {
  if (!k || k.entity === "unknown") return undefined;
  return k.entity === "individual" ? "individual" : k.prc ? undefined : "foreign-company";
}

export function describeKind(k: PartyKind | undefined): string {
  if (!k) return "";
  const where = k.prc ? "PRC" : "non-PRC";
  return k.entity === "individual" ? `an individual, ${where}` : k.entity === "company" ? `a ${where} company` : `${where}, company or person not said`;
}

/** Decide every party's kind, and say what it changes in the template. */
export function decidePartyKinds(o: Outline, notes: string[]): void {
  for (const p of o.parties) {
    p.kind = partyKind(o, p);
    const kind = manifestKind(p.kind);
    if (kind) {
      notes.push(
        `${p.written} is ${describeKind(p.kind)}: the manifest gives it kind: ${kind}, so the parties block prints its ${kind === "individual" ? "ID number" : "registration number"} instead of a credit code (统一社会信用代码), and its signature has no seal line`,
      );
    } else if (!p.kind.prc) {
      notes.push(`${p.written} is ${describeKind(p.kind)}: it is treated as a PRC company (a credit code and a seal line); give it kind: individual or kind: foreign-company in template.yaml if it is one`);
    }
  }
}
