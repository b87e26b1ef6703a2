// The fields found so far, by label: where two placeholders are one field and where two.

import type { Field, FieldKind, Occurrence } from "./model.js";

/** The words just before and after a placeholder. */
export interface Around {
  before: string;
  after: string;
}

// Labels that name a kind of value rather than a thing (a rate, a number of days, [NUMBER],
// [1 year(s)]): the same label stands for different values in different sentences.
const ZH_GENERIC = /数量|人数|天数|日数|月数|年数|年限|期限|期间|比例|比率|百分比|[%％]|金额|价格|单价|总价|费率|利率|税率|时间|日期|次数|数额|数字|倍数/;
const EN_GENERIC = /^(\d|(number|amount|percent|percentage|rate|sum|figure|period|days?|months?|years?|date|time|x|n)\b)|^[A-Z]+$/i;

function generic(label: string): boolean {
  return ZH_GENERIC.test(label) || EN_GENERIC.test(label) || /^[A-Z\s]+$/.test(label);
}

const sameWords = (a: Around | undefined, b: Around | undefined): boolean => a !== undefined && b !== undefined && a.before === b.before && a.after === b.after;

export class FieldRegistry {
  readonly list: Field[] = [];
  private readonly byLabel = new Map<string, Field[]>();
  private readonly around = new WeakMap<Field, Around>();

  /**
   * The field for a label: the same label is one field (its example from the first occurrence
   * that has one), unless two occurrences give different examples, or the label names a kind of
   * value ([违约金比例], [NUMBER]) and the words around them differ. A blank (____) has no words of
   * its own: `around` undefined with `distinct` makes it a field of its own.
   */
  get(label: string, kind: FieldKind, example: string | undefined, at: Occurrence, extra: Partial<Field> = {}, around?: Around, distinct = false): Field {
    const k = `${kind === "clause" ? "clause" : "value"}|${label}`;
    const same = this.byLabel.get(k) ?? [];
    const meaning = (f: Field): boolean => kind === "clause" || !generic(label) || sameWords(this.around.get(f), around);
    const candidates = distinct ? [] : same.filter(meaning);
    const found = example === undefined ? candidates[0] : (candidates.find((f) => f.example === example) ?? candidates.find((f) => f.example === undefined));
    if (found && !extra.fixedPath) {
      if (example !== undefined && found.example === undefined) found.example = example;
      found.occurrences.push(at);
      return found;
    }
    const field: Field = {
      path: "",
      label,
      title: label,
      labelEn: "",
      kind,
      occurrences: [at],
      keyFrom: "dictionary",
      fromPlaceholder: true,
      ...(example !== undefined ? { example } : {}),
      ...extra,
    };
    this.list.push(field);
    this.byLabel.set(k, [...same, field]);
    if (around) this.around.set(field, around);
    return field;
  }

  /** Same-label fields (different examples) */
  siblings(field: Field): Field[] {
    return this.byLabel.get(`${field.kind === "clause" ? "clause" : "value"}|${field.label}`) ?? [field];
  }
}
