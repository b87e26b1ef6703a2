// Every text's placeholders become fields (typed: text, plain, or a clause to refer to), in
// document order, and its written clause numbers references.

import type { Around, FieldRegistry } from "./field-registry.js";
import { slugFromLabel, unitOf } from "./keys.js";
import type { Analysis, Field, FieldKind, Holder, PartyAssignment, Piece } from "./model.js";
import type { Outline } from "./outline.js";
import { scanPlaceholders, type RawPiece } from "./placeholders.js";
import { References } from "./references.js";

// how many characters on each side of a placeholder say what it means
const AROUND = 16;
const NUMBER_ONLY = /^(number|no\.?|n|x|#|数字|数目|数)$/i;

type Placeholder = Extract<RawPiece, { t: "placeholder" }>;
const isPlaceholder = (p: RawPiece): p is Placeholder => p.t === "placeholder";

/** The words before a text's first colon, when short: 响应时间:… → 响应时间. */
function leadIn(text: string): string | undefined {
  const m = /^([^:：，,。；;[【［]{1,10})[:：]/.exec(text);
  return m?.[1]?.trim();
}

export class Blanks {
  /** placeholders in the document (each occurrence) */
  placeholderCount = 0;
  readonly clauseFields: Analysis["clauseFields"] = [];
  readonly references: References;

  constructor(
    private readonly o: Outline,
    private readonly fields: FieldRegistry,
  ) {
    this.references = new References(o, fields, this.clauseFields);
  }

  /** Fill every holder's pieces, in the order of the document. */
  readAll(): void {
    const ordered = [...this.o.holders].sort((x, y) => x.line - y.line);
    for (const h of ordered) {
      if (h.party) this.partyLine(h);
      else if (h.agreementNo) this.agreementNumber(h);
      else this.text(h);
    }
  }

  private text(h: Holder): void {
    let k = 0;
    let at = 0;
    for (const p of scanPlaceholders(h.text)) {
      if (p.t === "text") {
        h.pieces.push(...this.references.pieces(p.s, h));
        at += p.s.length;
        continue;
      }
      const around = { before: h.text.slice(Math.max(0, at - AROUND), at), after: h.text.slice(at + p.written.length, at + p.written.length + AROUND) };
      at += p.written.length;
      const assigned = h.assign?.get(k++);
      // [NUMBER] business days: a label that only says “a number” is named after what it counts
      const unit = p.form === "bracket" && NUMBER_ONLY.test(p.label) ? unitOf(around.after) : undefined;
      const field = assigned ? this.partyField(p, h, assigned) : this.fieldFor(p, h, unit ? { slugHint: unit } : {}, "text", around);
      h.pieces.push(p.clause ? { t: "ref-field", field } : { t: "field", field });
      if (p.clause) this.clauseFields.push({ line: h.line, written: p.written, field });
    }
    // merge adjacent text
    h.pieces = h.pieces.reduce<Piece[]>((acc, p) => {
      const prev = acc.at(-1);
      if (p.t === "text" && prev?.t === "text") prev.s += p.s;
      else acc.push(p.t === "text" ? { ...p } : p);
      return acc;
    }, []);
  }

  private fieldFor(p: Placeholder, h: Holder, extra: Partial<Field> = {}, kind: FieldKind = "text", around?: Around): Field {
    const en = this.o.lang === "en";
    this.placeholderCount++;
    const context = leadIn(h.text);
    const at = { line: h.line, where: h.where, written: p.written, ...(h.article ? { article: h.article.id } : {}) };
    return this.fields.get(p.label, p.clause ? "clause" : kind, p.example, at, {
      ...(context && !h.text.startsWith(p.written) ? { context } : {}),
      ...(p.example !== undefined ? { hint: en ? `e.g. ${p.example}` : `例如：${p.example}` } : {}),
      ...(p.clause ? { hint: en ? `written “${p.written}”: give the clause's id or number` : `原文为“${p.written}”：请填写所指条款的 id 或编号` } : {}),
      ...extra,
    }, around, p.form === "blank");
  }

  /** A placeholder that is a party's name or address, in a text that holds more (see parties.ts). */
  private partyField(p: Placeholder, h: Holder, a: PartyAssignment): Field {
    const known = a.party.fields.get(a.attr);
    const at = { line: h.line, where: h.where, written: p.written };
    if (known) {
      this.placeholderCount++;
      known.occurrences.push(at);
      return known;
    }
    const kind: FieldKind = a.attr === "credit_code" ? "plain" : "text";
    const extra: Partial<Field> = { fixedPath: `${a.party.key}.${a.attr}`, keyFrom: "party" };
    let field: Field;
    if (p.form === "bracket") field = this.fieldFor(p, h, extra, kind);
    else {
      this.placeholderCount++;
      field = this.fields.get(a.label, kind, undefined, at, extra);
    }
    a.party.fields.set(a.attr, field);
    return field;
  }

  private agreementNumber(h: Holder): void {
    const first = scanPlaceholders(h.text).find(isPlaceholder);
    const value = h.text.trim();
    const extra: Partial<Field> = { fixedPath: "agreement_no", keyFrom: "party" };
    let field: Field;
    if (first?.form === "bracket") field = this.fieldFor(first, h, extra, "plain");
    else if (first) {
      this.placeholderCount++;
      field = this.fields.get("合同编号", "plain", undefined, { line: h.line, where: h.where, written: first.written }, extra);
    } else field = this.fields.get("合同编号", "plain", value || undefined, { line: h.line, where: h.where, written: value }, { ...extra, fromPlaceholder: false });
    h.pieces = [{ t: "field", field }];
  }

  /** A party line's value: the party's field (name, address, credit code, or another of its lines). */
  private partyLine(h: Holder): void {
    const en = this.o.lang === "en";
    const { party: pn, attr, attrLabel } = h.party as NonNullable<Holder["party"]>;
    // a line that holds more than its value was kept whole instead (FrontMatter.keptWhole)
    const phs = scanPlaceholders(h.text).filter(isPlaceholder);
    const extraKey = attr === "" ? (slugFromLabel(attrLabel) ?? "detail") : attr;
    let path = `${pn.key}.${extraKey}`;
    for (let n = 2; pn.fields.has(path.slice(pn.key.length + 1)); n++) path = `${pn.key}.${extraKey}_${n}`;
    // a code or number is written as it is, the same in both languages
    const kind: FieldKind = attr === "credit_code" || /^(id_number|passport|registration)/.test(extraKey) ? "plain" : "text";
    const where = attr === "" ? "preamble" : "parties";
    const labelOf = en ? `${pn.written} ${attrLabel}` : `${pn.role}${attrLabel}`;
    let field: Field;
    const first = phs[0];
    if (first && first.form === "bracket" && !first.clause) {
      field = this.fieldFor(first, h, { fixedPath: path, keyFrom: "party" }, kind);
    } else if (first) {
      this.placeholderCount++;
      field = this.fields.get(labelOf, kind, undefined, { line: h.line, where, written: first.written }, { fixedPath: path, keyFrom: "party" });
    } else {
      const value = h.text.trim();
      field = this.fields.get(labelOf, kind, value === "" ? undefined : value, { line: h.line, where, written: value }, { fixedPath: path, keyFrom: "party", fromPlaceholder: false });
      if (value !== "") this.o.notes.push(`${pn.written}'s ${attrLabel} (line ${h.line}) is written out (“${value}”), not left blank: it became field ${path} with that value as its example`);
    }
    pn.fields.set(path.slice(pn.key.length + 1), field);
    h.pieces = attr === "" ? [{ t: "text", s: en ? `${pn.written} ${attrLabel}: ` : `${pn.role}${attrLabel}：` }, { t: "field", field }] : [{ t: "field", field }];
  }
}
