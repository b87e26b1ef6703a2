// Each party's fields, by what the document says it is (party-kind.ts). The engine's parties
// block prints a name, an address and a credit code for every party (src/write/ reads only the
// manifest's field and role), so those three are fields of every party; a person is identified
// by an ID number and a company of another country by its registration number, each a preamble
// line after the block, where the document does not already write one.

import type { FieldRegistry } from "./field-registry.js";
import type { Field, Holder, PartyKind, PartyNode } from "./model.js";
import type { Outline } from "./outline.js";
import { ROLE_KEYS, ROLES } from "./parties.js";

interface IdentityField {
  attr: string;
  zh: string;
  en: string;
  /** keys of the document's own party lines that already identify it (身份证号码 → id_number) */
  present: RegExp;
}

/** How the kind of party is identified besides its name and address, if not by a credit code. */
export function identityField(kind: PartyKind | undefined): IdentityField | undefined {
  if (kind?.entity === "individual") {
    return kind.prc
      ? { attr: "id_number", zh: "身份证号码", en: "ID No.", present: /^(id_number|passport|identity)/ }
      : { attr: "id_number", zh: "证件号码", en: "ID or Passport No.", present: /^(id_number|passport|identity)/ };
  }
  if (kind?.entity === "company" && !kind.prc) return { attr: "registration_number", zh: "注册号", en: "Registration No.", present: /^(registration|company_number|registered_number)/ };
  return undefined;
}

/** The kind's word for the name: a person has a 姓名, a company a 名称. */
function nameLabel(kind: PartyKind | undefined, en: boolean): string {
  return en ? "name" : kind?.entity === "individual" ? "姓名" : "名称";
}

function creditCodeHint(p: PartyNode, en: boolean): string | undefined {
  const k = p.kind;
  if (!k || (k.entity !== "individual" && k.prc)) return undefined;
  if (en) return `${p.written} is ${k.entity === "individual" ? "an individual" : "not a PRC company"} and has no credit code; the generated parties block prints this line all the same (the engine does not read a party's kind yet): leave it empty until it does`;
  return `${p.role}${k.entity === "individual" ? "是自然人" : "不是中国公司"}，没有统一社会信用代码；生成的当事人信息仍打印这一行（引擎尚不读取当事人类型）：在此之前留空`;
}

/** After the party's last preamble line, else after the last party line of any party, else first. */
function insertAfterParty(preamble: Holder[], p: PartyNode, h: Holder): void {
  const ofParty = (x: Holder, only?: PartyNode): boolean =>
    x.party !== undefined ? only === undefined || x.party.party === only : [...(x.assign?.values() ?? [])].some((a) => only === undefined || a.party === only);
  const last = (test: (x: Holder) => boolean): number => preamble.map(test).lastIndexOf(true);
  const at = last((x) => ofParty(x, p));
  preamble.splice((at >= 0 ? at : last((x) => ofParty(x))) + 1, 0, h);
}

function addIdentity(o: Outline, fields: FieldRegistry, p: PartyNode, notes: string[]): void {
  const id = identityField(p.kind);
  if (!id || [...p.fields.keys()].some((k) => id.present.test(k))) return;
  const en = o.lang === "en";
  const label = en ? `${p.written} ${id.en}` : `${p.role}${id.zh}`;
  const field = fields.get(label, "plain", undefined, { line: p.line ?? 0, where: "preamble", written: "" }, { fixedPath: `${p.key}.${id.attr}`, keyFrom: "party", fromPlaceholder: false });
  p.fields.set(id.attr, field);
  insertAfterParty(o.preamble, p, { line: p.line ?? 0, text: "", where: "preamble", party: { party: p, attr: id.attr, attrLabel: en ? id.en : id.zh }, pieces: [{ t: "text", s: en ? `${label}: ` : `${label}：` }, { t: "field", field }] });
  notes.push(`${p.written} is ${p.kind?.entity === "individual" ? "an individual" : "a company of another country"}: it is identified by its ${en ? id.en : id.zh}, which the document does not give: the preamble line “${label}${en ? ": " : "："}…” after the parties block, field ${p.key}.${id.attr}`);
}

/** The manifest needs two parties; each gets the fields the parties block prints and the ones its kind has. */
export function completeParties(o: Outline, fields: FieldRegistry, notes: string[]): void {
  const { parties } = o;
  const en = o.lang === "en";
  for (const role of ["甲方", "乙方"]) {
    if (parties.length >= 2) break;
    if (parties.some((p) => p.role === role)) continue;
    const roleEn = ROLES[role] as string;
    const key = ROLE_KEYS[role] as string;
    parties.push({ key: parties.some((p) => p.key === key) ? `party_${parties.length + 1}` : key, role, roleEn, written: en ? roleEn : role, fields: new Map() });
    notes.push(`the document names no ${en ? roleEn : role}: the template has one (${key}), because the engine's parties block needs two parties`);
  }
  for (const pn of parties) {
    addIdentity(o, fields, pn, notes);
    for (const [attr, zhLabel, enLabel] of [["name", nameLabel(pn.kind, false), "name"], ["address", "地址", "address"], ["credit_code", "统一社会信用代码", "Unified Social Credit Code"]] as const) {
      if (pn.fields.has(attr)) continue;
      const label = en ? enLabel : zhLabel;
      const fieldLabel = en ? `${pn.written} ${label}` : `${pn.role}${label}`;
      const hint = attr === "credit_code" ? creditCodeHint(pn, en) : undefined;
      const field = fields.get(fieldLabel, attr === "credit_code" ? "plain" : "text", undefined, { line: pn.line ?? 0, where: "parties", written: "" }, {
        fixedPath: `${pn.key}.${attr}`,
        keyFrom: "party",
        fromPlaceholder: false,
        ...(hint ? { hint } : {}),
      });
      pn.fields.set(attr, field);
      notes.push(`the generated parties block shows ${pn.written}'s ${label}, which the document does not give: field ${pn.key}.${attr} (label ${fieldLabel})`);
    }
    // the block's order: name, address, credit code, the party's identity, then the rest
    pn.fields = new Map([...pn.fields.entries()].sort(([a], [b]) => partyOrder(a, pn.kind) - partyOrder(b, pn.kind)));
  }
}

function partyOrder(attr: string, kind: PartyKind | undefined): number {
  const at = ["name", "address", "credit_code", identityField(kind)?.attr].indexOf(attr);
  return at < 0 ? 4 : at;
}

/** The English labels of the party's fields: Name of Party A, ID No. of Party B. */
export function labelPartyFields(parties: readonly PartyNode[]): void {
  const set = (f: Field | undefined, label: string): void => {
    if (f) f.labelEn = label;
  };
  for (const pn of parties) {
    set(pn.fields.get("name"), `Name of ${pn.roleEn}`);
    set(pn.fields.get("address"), `Address of ${pn.roleEn}`);
    set(pn.fields.get("credit_code"), `Unified Social Credit Code of ${pn.roleEn}`);
    const id = identityField(pn.kind);
    if (id) set(pn.fields.get(id.attr), `${id.en} of ${pn.roleEn}`);
  }
}
