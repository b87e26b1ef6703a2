// Each party's fields, by what the document says it is (party-kind.ts). The engine's parties
// block prints a name, an address and the party's identifier by the manifest's kind: a credit
// code for a PRC company, an ID number for a person, a registration number for a company of
// another country; those three are fields of every party.

import type { FieldRegistry } from "./field-registry.js";
import type { Field, Holder, PartyKind, PartyNode } from "./model.js";
import type { Outline } from "./outline.js";
import { ROLE_KEYS, ROLES } from "./parties.js";

interface IdentityField {
  attr: string;
  zh: string;
  en: string;
}

/** How the kind of party is identified besides its name and address, if not by a credit code. */
export function identityField(kind: PartyKind | undefined): IdentityField | undefined {
  if (kind?.entity === "individual") {
    return kind.prc
      ? { attr: "id_number", zh: "身份证号码", en: "ID No." }
      : { attr: "id_number", zh: "证件号码", en: "ID or Passport No." };
  }
  if (kind?.entity === "company" && !kind.prc) return { attr: "registration_number", zh: "注册号", en: "Registration No." };
  return undefined;
}

/** The kind's word for the name: a person has a 姓名, a company a 名称. */
function nameLabel(kind: PartyKind | undefined, en: boolean): string {
  return en ? "name" : kind?.entity === "individual" ? "姓名" : "名称";
}

/**
 * The party's identifier, which the block prints: its field, and no preamble line of its own. A
 * line the document writes for it (身份证号码：…) would say it twice, so it leaves the preamble.
 */
function addIdentity(o: Outline, fields: FieldRegistry, p: PartyNode, notes: string[]): void {
  const id = identityField(p.kind);
  if (!id) return;
  const existing = p.fields.get(id.attr);
  if (existing) {
    const at = o.preamble.findIndex((h) => h.party?.party === p && h.pieces.some((x) => x.t === "field" && x.field === existing));
    if (at >= 0) o.preamble.splice(at, 1);
    return;
  }
  const en = o.lang === "en";
  const label = en ? `${p.written} ${id.en}` : `${p.role}${id.zh}`;
  const field = fields.get(label, "plain", undefined, { line: p.line ?? 0, where: "parties", written: "" }, { fixedPath: `${p.key}.${id.attr}`, keyFrom: "party", fromPlaceholder: false });
  p.fields.set(id.attr, field);
  notes.push(`${p.written} is ${p.kind?.entity === "individual" ? "an individual" : "a company of another country"}: the parties block shows its ${en ? id.en : id.zh}, which the document does not give: field ${p.key}.${id.attr}`);
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
    const company = identityField(pn.kind) === undefined;
    for (const [attr, zhLabel, enLabel] of [["name", nameLabel(pn.kind, false), "name"], ["address", "地址", "address"], ["credit_code", "统一社会信用代码", "Unified Social Credit Code"]] as const) {
      if (pn.fields.has(attr) || (attr === "credit_code" && !company)) continue;
      const label = en ? enLabel : zhLabel;
      const fieldLabel = en ? `${pn.written} ${label}` : `${pn.role}${label}`;
      const field = fields.get(fieldLabel, attr === "credit_code" ? "plain" : "text", undefined, { line: pn.line ?? 0, where: "parties", written: "" }, {
        fixedPath: `${pn.key}.${attr}`,
        keyFrom: "party",
        fromPlaceholder: false,
      });
      pn.fields.set(attr, field);
      notes.push(`the generated parties block shows ${pn.written}'s ${label}, which the document does not give: field ${pn.key}.${attr} (label ${fieldLabel})`);
    }
    // the block's order: name, address, the party's identifier, then the rest
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
