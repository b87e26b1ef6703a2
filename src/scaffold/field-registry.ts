// The fields found so far, by label: where two placeholders are one field and where two.

import type { Field, FieldKind, Occurrence } from "./model.js";

export class FieldRegistry {
  readonly list: Field[] = [];
  private readonly byLabel = new Map<string, Field[]>();

  /**
   * The field for a label: the same label is one field (its example from the first occurrence
   * that has one), unless two occurrences give different examples.
   */
  get(label: string, kind: FieldKind, example: string | undefined, at: Occurrence, extra: Partial<Field> = {}): Field {
    const k = `${kind === "clause" ? "clause" : "value"}|${label}`;
    const same = this.byLabel.get(k) ?? [];
    const found = example === undefined ? same[0] : (same.find((f) => f.example === example) ?? same.find((f) => f.example === undefined));
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
    return field;
  }

  /** Same-label fields (different examples) */
  siblings(field: Field): Field[] {
    return this.byLabel.get(`${field.kind === "clause" ? "clause" : "value"}|${field.label}`) ?? [field];
  }
}
