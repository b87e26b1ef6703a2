// The parties: the role lines before the first article (甲方：…, Party A: …) with their
// address and credit-code lines, which become the manifest's parties block, and the agreement
// number line. A party's other lines stay preamble lines, fields of that party.

import { humanize } from "./keys.js";
import type { SourceLine } from "./document.js";
import type { PartyAssignment, PartyNode } from "./model.js";
import { scanPlaceholders, type RawPiece } from "./placeholders.js";
import type { Outline } from "./outline.js";

export const ROLES: Record<string, string> = {
  甲方: "Party A", 乙方: "Party B", 丙方: "Party C", 丁方: "Party D",
  委托方: "Principal", 受托方: "Agent", 委托人: "Principal", 受托人: "Agent",
  出租方: "Lessor", 承租方: "Lessee", 买方: "Buyer", 卖方: "Seller", 出卖人: "Seller", 买受人: "Buyer",
  发包方: "Employer", 承包方: "Contractor", 许可方: "Licensor", 被许可方: "Licensee",
  转让方: "Transferor", 受让方: "Transferee", 借款人: "Borrower", 贷款人: "Lender",
};
/** Roles as English documents write them, with the Chinese role the template gives them. */
const EN_ROLES: Record<string, string> = {
  "Party A": "甲方", "Party B": "乙方", "Party C": "丙方", "Party D": "丁方",
  Principal: "委托方", Agent: "受托方", Lessor: "出租方", Lessee: "承租方", Buyer: "买方", Seller: "卖方",
  Licensor: "许可方", Licensee: "被许可方", Employer: "发包方", Contractor: "承包方", Transferor: "转让方", Transferee: "受让方",
  Borrower: "借款人", Lender: "贷款人", Customer: "客户", Client: "客户", Supplier: "供应商", "Service Provider": "服务商",
  Consultant: "顾问", Employee: "劳动者", Vendor: "供应商", Purchaser: "买方", Discloser: "披露方", Recipient: "接收方",
  "Disclosing Party": "披露方", "Receiving Party": "接收方", Landlord: "出租方", Tenant: "承租方", Company: "公司",
};
export const ROLE_KEYS: Record<string, string> = { 甲方: "party_a", 乙方: "party_b", 丙方: "party_c", 丁方: "party_d", "Party A": "party_a", "Party B": "party_b", "Party C": "party_c", "Party D": "party_d" };
const ROLE_LINE = new RegExp(`^(${[...Object.keys(ROLES), ...Object.keys(EN_ROLES)].sort((a, b) => b.length - a.length).join("|")})\\s*([（(][^）)]{0,40}[)）])?\\s*[:：]\\s*(.*)$`);
const ATTR_LINE = /^([^:：，,。；;]{1,30}?)\s*[:：]\s*(.*)$/;
const ADDRESS = /^(地址|住所|住所地|注册地址|通讯地址|联系地址|公司地址|办公地址|(registered |mailing |business )?address)$/i;
const CREDIT_CODE = /^(统一社会信用代码|社会信用代码|信用代码|统一社会信用代码证号|unified social credit code|credit code|USCC)$/i;
const AGREEMENT_NO = /^(合同编号|协议编号|合同号|协议号|agreement no\.?|agreement number|contract no\.?|contract number)\s*[:：]\s*(.*)$/i;

const EN_ROLES_LOWER = new Set(Object.keys(EN_ROLES).map((r) => r.toLowerCase()));

/** 甲方, Party A, Licensor, CLIENT (a signature block writes roles in capitals) … */
export function isRoleName(text: string): boolean {
  return Object.hasOwn(ROLES, text) || EN_ROLES_LOWER.has(text.replace(/^the /i, "").toLowerCase());
}

/** A role line's role and value: 甲方：[甲方名称] → 甲方, [甲方名称]. */
export function roleLineParts(text: string): { role: string; value: string } | undefined {
  const m = ROLE_LINE.exec(text);
  return m ? { role: m[1] as string, value: m[3] as string } : undefined;
}

/** 甲方：… / Party A: … */
export function isRoleLine(text: string): boolean {
  return ROLE_LINE.test(text);
}

/** The lines before the first article: the agreement number, the parties, the preamble. */
export class FrontMatter {
  private party: PartyNode | undefined;
  private preambleBeforeParties: number | undefined;
  constructor(private readonly o: Outline) {}

  line(l: SourceLine): void {
    const o = this.o;
    const en = o.lang === "en";
    const text = l.text;
    const an = AGREEMENT_NO.exec(text);
    if (an && !o.agreementNo) {
      o.agreementNo = o.holder(l, an[2] as string, "agreement number");
      o.agreementNo.agreementNo = true;
      if (an[1] !== (en ? "Agreement No." : "合同编号")) o.notes.push(`${an[1]} (line ${l.line}) is written ${en ? "Agreement No." : "合同编号"} by the engine`);
      return;
    }
    const role = ROLE_LINE.exec(text);
    if (role && !o.parties.some((p) => p.written === role[1])) {
      this.roleLine(l, role[1] as string, role[3] as string, role[2]);
      return;
    }
    const attr = this.party ? ATTR_LINE.exec(text) : null;
    if (this.party && attr) {
      this.attributeLine(l, this.party, attr[1] as string, attr[2] as string);
      return;
    }
    this.party = undefined;
    o.preamble.push(o.holder(l, text, "preamble"));
  }

  private roleLine(l: SourceLine, roleName: string, value: string, qualifier: string | undefined): void {
    const o = this.o;
    const party = newParty(o.parties, roleName, l.line);
    // 甲方（用人单位）: the words in brackets stay in the role the block and the signature page print
    if (qualifier) {
      party.qualifier = qualifier;
      o.notes.push(`${roleName}${qualifier} (line ${l.line}): the parties block and the signature page write the role as ${roleName}${qualifier}`);
    }
    this.party = party;
    const before = o.preamble.filter((h) => !h.party && !h.assign).length;
    if (before > 0 && this.preambleBeforeParties === undefined) this.preambleBeforeParties = before;
    if (this.keptWhole(l, value, party, "name", o.lang === "en" ? "name" : "名称")) return;
    const h = o.holder(l, value, "parties");
    h.party = { party, attr: "name", attrLabel: o.lang === "en" ? "name" : "名称" };
  }

  /**
   * A party line that holds more than its value (“Party A: [Name], a Delaware corporation”,
   * two blanks): kept whole as a preamble line, its first blank the party's field, so no word is lost.
   */
  private keptWhole(l: SourceLine, value: string, party: PartyNode, attr: string, attrLabel: string): boolean {
    const pieces = scanPlaceholders(value);
    const blanks = pieces.filter((p) => p.t === "placeholder" && !p.clause);
    const words = pieces.some((p) => p.t === "text" && /[\p{L}\p{N}]/u.test(p.s));
    if (blanks.length === 0 || (blanks.length === 1 && !words)) return false;
    const o = this.o;
    const h = o.holder(l, l.text, "preamble");
    const offset = scanPlaceholders(l.text).filter((p) => p.t === "placeholder").length - pieces.filter((p) => p.t === "placeholder").length;
    h.assign = assignments(pieces, offset, party, attr, o.lang === "en" ? `${party.written} ${attrLabel}` : `${party.role}${attrLabel}`);
    o.preamble.push(h);
    o.notes.push(`${party.written}'s line (line ${l.line}) holds more than its ${attrLabel}: it is kept whole as a preamble line after the parties block, its first blank the field ${party.key}.${attr} (the block shows it too: delete one of the two)`);
    return true;
  }

  private attributeLine(l: SourceLine, party: PartyNode, label: string, value: string): void {
    const o = this.o;
    const en = o.lang === "en";
    const key = ADDRESS.test(label) ? "address" : CREDIT_CODE.test(label) ? "credit_code" : undefined;
    const free = (k: string): boolean => !party.fields.has(k) && !o.holders.some((h) => (h.party?.party === party && h.party?.attr === k) || [...(h.assign?.values() ?? [])].some((a) => a.party === party && a.attr === k));
    if (key && free(key)) {
      if (this.keptWhole(l, value, party, key, en ? (key === "address" ? "Address" : "Unified Social Credit Code") : key === "address" ? "地址" : "统一社会信用代码")) return;
      const h = o.holder(l, value, "parties");
      h.party = { party, attr: key, attrLabel: en ? (key === "address" ? "Address" : "Unified Social Credit Code") : key === "address" ? "地址" : "统一社会信用代码" };
      if (key === "address" && label !== (en ? "Address" : "地址")) o.notes.push(`${label} (line ${l.line}) is written ${en ? "Address" : "地址"} in the parties block the engine generates`);
      return;
    }
    // another line of the party (法定代表人, 联系电话 …): a preamble line after the parties block
    const h = o.holder(l, value, "preamble");
    h.party = { party, attr: "", attrLabel: label };
    o.preamble.push(h);
    o.notes.push(`${party.written}'s ${label} (line ${l.line}) is not part of the generated parties block: it became the preamble line “${party.written}${en ? " " : ""}${label}${en ? ": " : "："}…” after it`);
  }

  finish(): void {
    const o = this.o;
    if (o.parties.length > 0) {
      o.notes.push(
        `the party lines became the manifest's parties block, which the engine generates (${o.lang === "en" ? "Party A: … / Address: … / Unified Social Credit Code: …" : "甲方：… / 地址：… / 统一社会信用代码：…, with full-width colons"}); the preamble does not repeat them`,
      );
    }
    const n = this.preambleBeforeParties;
    if (n !== undefined) o.notes.push(`${n} preamble line${n === 1 ? "" : "s"} before the parties now follow the parties block (the engine puts the parties first)`);
  }
}

/** A party of the document, by the role it is written with. */
export function newParty(parties: PartyNode[], roleName: string, line: number): PartyNode {
  const key = ROLE_KEYS[roleName] ?? ["party_a", "party_b", "party_c", "party_d", "party_e"].find((k) => !parties.some((p) => p.key === k)) ?? `party_${parties.length + 1}`;
  const zhRole = ROLES[roleName] ? roleName : (EN_ROLES[roleName] ?? roleName);
  const enRole = ROLES[roleName] ?? (EN_ROLES[roleName] ? roleName : humanize(key));
  const party: PartyNode = { key, role: zhRole, roleEn: enRole, written: roleName, line, fields: new Map() };
  parties.push(party);
  return party;
}

// the words that put a party's address after its name: “…, located at ____”
const LOCATED = /(?:located at|residing at|resident at|with (?:its )?(?:registered office|principal place of business|address) at|whose (?:registered )?address is|address(?:ed)? at|地址[为是:：]?|住所(?:地)?[为是:：]?|住址[为是:：]?|位于)\s*$/i;

/**
 * Which placeholders of a text are a party's: the first is its `attr` (its name, on a role
 * line), a later one after “located at” / 地址为 its address. `offset` is the number of
 * placeholders of the text before `pieces`.
 */
export function assignments(pieces: readonly RawPiece[], offset: number, party: PartyNode, attr: string, label: string): Map<number, PartyAssignment> {
  const out = new Map<number, PartyAssignment>();
  let k = offset;
  let before = "";
  for (const p of pieces) {
    if (p.t === "text") {
      before = p.s;
      continue;
    }
    if (!p.clause) {
      if (out.size === 0) out.set(k, { party, attr, label });
      else if (attr !== "address" && ![...out.values()].some((a) => a.attr === "address") && LOCATED.test(before)) out.set(k, { party, attr: "address", label: label.replace(/(name|名称)$/, "") + (/[\u4e00-\u9fff]/.test(label) ? "地址" : "address") });
    }
    before = "";
    k++;
  }
  return out;
}

// “… ("Licensor")”, “…（以下简称“甲方”）”: where a sentence names a party
const EN_DEFINED = /^\s*[,，]?\s*\(\s*(?:the\s+|hereinafter(?:\s+referred\s+to\s+as)?\s+)?["“]([A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*){0,2})["”]\s*\)/;
const ZH_DEFINED = /^\s*[（(]\s*(?:以下简称|下称|以下称)\s*[:：]?\s*["“]?([\u4e00-\u9fff]{1,6}?)["”]?\s*[)）]/;

/**
 * Parties that a sentence defines (“between ____, located at ____ ("Licensor"), and …”) in a
 * document without party lines: the blanks before the definition are the party's name and address.
 */
export function findDefinedParties(o: Outline): void {
  if (o.parties.length > 0) return;
  const en = o.lang === "en";
  for (const h of [...o.holders].sort((x, y) => x.line - y.line)) {
    if (h.party || h.agreementNo) continue;
    const pieces = scanPlaceholders(h.text);
    let k = 0;
    pieces.forEach((p, i) => {
      if (p.t !== "placeholder") return;
      const ordinal = k++;
      if (p.clause) return;
      const after = pieces[i + 1];
      const defined = after?.t === "text" ? (EN_DEFINED.exec(after.s) ?? ZH_DEFINED.exec(after.s)) : null;
      if (!defined) return;
      // the name is this blank, or the one before when this one stands after “located at”
      const prevText = pieces[i - 1];
      const located = prevText?.t === "text" && LOCATED.test(prevText.s) && pieces[i - 2]?.t === "placeholder" && !(pieces[i - 2] as { clause: boolean }).clause;
      const role = defined[1] as string;
      if (o.parties.some((x) => x.written === role)) return;
      const party = newParty(o.parties, role, h.line);
      const label = en ? `${party.written} name` : `${party.role}名称`;
      h.assign ??= new Map();
      if (located) {
        h.assign.set(ordinal - 1, { party, attr: "name", label });
        h.assign.set(ordinal, { party, attr: "address", label: en ? `${party.written} address` : `${party.role}地址` });
      } else h.assign.set(ordinal, { party, attr: "name", label });
      o.notes.push(`${role} is defined in the text (line ${h.line}): its blanks there became ${party.key}.name${located ? ` and ${party.key}.address` : ""}, which the generated parties block shows too`);
    });
  }
}
