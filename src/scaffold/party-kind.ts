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

export function describeKind(k: PartyKind | undefined): string {
  if (!k) return "";
  const where = k.prc ? "PRC" : "non-PRC";
  return k.entity === "individual" ? `an individual, ${where}` : k.entity === "company" ? `a ${where} company` : `${where}, company or person not said`;
}

/** Decide every party's kind, and say where the engine's fixed block does not fit it. */
export function decidePartyKinds(o: Outline, notes: string[]): void {
  for (const p of o.parties) {
    p.kind = partyKind(o, p);
    if (p.kind.entity === "individual" || !p.kind.prc) {
      notes.push(
        `${p.written} is ${describeKind(p.kind)}: it has no credit code (统一社会信用代码)${p.kind.entity === "individual" ? " and no company seal" : p.kind.entity === "company" ? " and no PRC company seal" : ""}, but the engine's parties block and signature page print a credit code and a seal line for every party (they do not read a party's kind yet; the manifest names it in a comment); ${p.key}.credit_code stays in the schema so that the block renders, with a hint that it has none`,
      );
    }
  }
}
