// Several vendors' offers for one agreement, side by side: one column per deal, one row per
// comparable term (x-compare in the template's schema), the best offer on each term marked, and
// with a policy the cells that break it, a weighted score and a ranking. The model is plain data
// in both languages; the writers (markdown, csv, json, xlsx) choose how to show it.

import { basename } from "node:path";
import type { Bilingual } from "../core/bilingual.js";
import type { ValueKind } from "../wording/index.js";
import type { Finding, Severity } from "../core/finding.js";
import { positionOf, type DealFile } from "../load/deal-file.js";
import { breachMessage, policyBreaches, type Breach } from "../policy/breaches.js";
import type { Policy, PolicyRule } from "../policy/policy.js";
import { isGiven, valueAt } from "../policy/values.js";
import { fieldLabel, fieldSchema, leafFields, type SchemaNode } from "../template/schema.js";
import { choiceText } from "./choice.js";
import { figureCell, isFigureTerm } from "./figures.js";
import type { Template } from "../template/template.js";

/** A deal that validates, ready to be compared. */
export interface CompareInput {
  file: string;
  deal: DealFile;
  /** The deal's values, empty ones removed. */
  data: Record<string, unknown>;
}

/** A policy breach in one vendor's offer, with its note number and the deal's line. */
export interface VendorBreach extends Breach {
  /** The number of the note (footnote) that gives the rule's message. */
  note: number;
  line: number;
  column: number;
  /** The breach as lint words it: the rule's message, the deal's value, the policy's line. */
  detail: Bilingual<string>;
}

export interface Vendor {
  file: string;
  /** The column heading: the supplier's name (party_b.name), else the file's name. */
  name: Bilingual<string>;
  breaches: VendorBreach[];
  /** With a policy: the weighted score, 0 to 100 (see docs/compare.md). */
  score?: number;
  /** With a policy: 1 for the best score; vendors with equal scores (to one decimal) share a rank. Undefined when disqualified. */
  rank?: number;
  /** Breaks at least one policy rule of severity error. */
  disqualified: boolean;
}

export interface Cell {
  /** The deal's value, undefined when it does not give it. */
  value: unknown;
  /** The value as the agreement writes it, in each language; undefined when not given ("—"). On a figure term, the terms and the figure. */
  text?: Bilingual<string>;
  /** On a term compared on a figure (figures.ts): the offer's own terms, "3% of the monthly service fee". */
  terms?: Bilingual<string>;
  /** On such a term: the amount compared, in yuan; undefined when it cannot be worked out. */
  figure?: number;
  /** On such a term, when the terms are a percentage: it as written, "3%" (xlsx shows it after the figure). */
  share?: string;
  /** The best offer on this term (ties for best are all marked; see markBest). */
  best: boolean;
  /** With a policy, on a scored term: this cell's share of the term's weight, 0 to 1. */
  points?: number;
  /** The notes of the policy rules this cell breaks. */
  notes: number[];
  /** The most severe of those breaches. */
  severity?: Severity;
}

export interface Row {
  /** The deal field, as a dotted path. */
  path: string;
  label: Bilingual<string>;
  kind?: ValueKind;
  /** The unit of the term, from its kind (minutes, %, yuan); undefined for counts and texts. */
  unit?: Bilingual<string>;
  /** Which direction is better for the customer; undefined for a field shown only because the policy names it. */
  better?: "lower" | "higher";
  /** With a policy, on a comparable term: its weight in the score. */
  weight?: number;
  cells: Cell[];
}

/** A note: one policy rule that some offer breaks. */
export interface Note {
  number: number;
  rule: PolicyRule;
  severity: Severity;
  message: Bilingual<string>;
}

/** A deal left out of the comparison, with the findings that say why. */
export interface Excluded {
  file: string;
  findings: Finding[];
}

export interface Comparison {
  template: { id: string; title: Bilingual<string> };
  policy?: { file: string };
  vendors: Vendor[];
  rows: Row[];
  notes: Note[];
  excluded: Excluded[];
}

const UNITS: Partial<Record<ValueKind, Bilingual<string>>> = {
  money: { zh: "元", en: "yuan" },
  percent: { zh: "%", en: "%" },
  minutes: { zh: "分钟", en: "minutes" },
  hours: { zh: "小时", en: "hours" },
  days: { zh: "日", en: "days" },
  "business-days": { zh: "工作日", en: "business days" },
  months: { zh: "月", en: "months" },
  years: { zh: "年", en: "years" },
};

/**
 * The comparable terms of a schema, in its order: its leaf fields marked x-compare, and the
 * objects compared on one figure (x-compare.percent_of) in place of their alternatives.
 */
export function comparableTerms(schema: SchemaNode): string[] {
  const terms: string[] = [];
  for (const leaf of leafFields(schema)) {
    const parts = leaf.split(".");
    const figure = parts.map((_, i) => parts.slice(0, i + 1).join(".")).find((p) => isFigureTerm(fieldSchema(schema, p)));
    const term = figure ?? (fieldSchema(schema, leaf)?.["x-compare"] !== undefined ? leaf : undefined);
    if (term !== undefined && !terms.includes(term)) terms.push(term);
  }
  return terms;
}

/**
 * Which offers are best on a term: the present values at the extreme in the better direction.
 * Nothing is marked when fewer than two offers give a value, or when every value given is the
 * same (no offer is better than another); when two or more tie for best and another is worse,
 * each of the tied offers is marked. A value that is not given is never best.
 */
export function markBest(values: ReadonlyArray<number | undefined>, better: "lower" | "higher"): boolean[] {
  const present = values.filter((v): v is number => v !== undefined);
  if (present.length < 2) return values.map(() => false);
  const best = better === "lower" ? Math.min(...present) : Math.max(...present);
  const worst = better === "lower" ? Math.max(...present) : Math.min(...present);
  if (best === worst) return values.map(() => false);
  return values.map((v) => v === best);
}

/**
 * Each offer's points on a term, 0 to 1: where its value lies between the worst (0) and the
 * best (1) value offered, in the better direction. When every value given is the same, each
 * offer that gives it scores 1. A value that is not given scores 0.
 */
export function termPoints(values: ReadonlyArray<number | undefined>, better: "lower" | "higher"): number[] {
  const present = values.filter((v): v is number => v !== undefined);
  const best = better === "lower" ? Math.min(...present) : Math.max(...present);
  const worst = better === "lower" ? Math.max(...present) : Math.min(...present);
  return values.map((v) => (v === undefined ? 0 : best === worst ? 1 : Math.abs(v - worst) / Math.abs(best - worst)));
}

/** Rank by score to one decimal, highest first; equal scores share a rank (1, 1, 3). */
export function rankScores(scores: ReadonlyArray<number | undefined>): Array<number | undefined> {
  const rounded = scores.map((s) => (s === undefined ? undefined : Math.round(s * 10) / 10));
  return rounded.map((s) => (s === undefined ? undefined : 1 + rounded.filter((o) => o !== undefined && o > s).length));
}

function supplierName(template: Template, input: CompareInput): Bilingual<string> {
  const parties = template.manifest.parties.map((p) => p.field);
  const field = parties.includes("party_b") ? "party_b" : (parties.at(-1) ?? "party_b");
  const name = valueAt(input.data, `${field}.name`);
  const fallback = basename(input.file);
  if (typeof name === "string" && name.trim() !== "") return { zh: name, en: name };
  if (name && typeof name === "object") {
    const n = name as Partial<Bilingual<unknown>>;
    const zh = typeof n.zh === "string" ? n.zh : undefined;
    const en = typeof n.en === "string" ? n.en : undefined;
    return { zh: zh ?? en ?? fallback, en: en ?? zh ?? fallback };
  }
  return { zh: fallback, en: fallback };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 2, warning: 1 };

/**
 * Compare deals of one template (each already validated), against a policy if one is given.
 * Rows: the comparable terms in the schema's order, then the fields the policy checks that are
 * not comparable terms (e.g. where data is stored), in the policy's order.
 */
export function compareDeals(inputs: readonly CompareInput[], template: Template, policy?: Policy, excluded: Excluded[] = []): Comparison {
  const names = inputs.map((input) => supplierName(template, input));
  const headings = columnHeadings(inputs, names);
  const rows = termRows(inputs, template.schema, policy);
  const { notes, vendorBreaches } = breachNotes(inputs, rows, policy);
  const vendors: Vendor[] = inputs.map((input, i) => {
    const breaches = (vendorBreaches[i] ?? []).sort((a, b) => a.line - b.line || a.column - b.column || a.note - b.note);
    return { file: input.file, name: headings[i] ?? names[i] ?? { zh: input.file, en: input.file }, breaches, disqualified: breaches.some((b) => b.severity === "error") };
  });
  if (policy) scoreVendors(vendors, rows);
  return {
    template: { id: template.id, title: template.manifest.title },
    ...(policy ? { policy: { file: policy.file } } : {}),
    vendors,
    rows,
    notes,
    excluded,
  };
}

/** Two offers from one supplier: tell the columns apart by their files. */
function columnHeadings(inputs: readonly CompareInput[], names: Array<Bilingual<string>>): Array<Bilingual<string>> {
  return names.map((name, i) => {
    const clash = names.some((other, j) => j !== i && other.zh === name.zh && other.en === name.en);
    const file = basename(inputs[i]?.file ?? "");
    return clash ? { zh: `${name.zh}（${file}）`, en: `${name.en} (${file})` } : name;
  });
}

/**
 * Rows: the comparable terms in the schema's order, then the fields the policy checks that are
 * not comparable terms (e.g. where data is stored), in the policy's order; best offers marked.
 */
function termRows(inputs: readonly CompareInput[], schema: SchemaNode, policy: Policy | undefined): Row[] {
  const terms = comparableTerms(schema);
  const policyFields = (policy?.rules ?? [])
    .filter((r) => r.min !== undefined || r.max !== undefined || r.one_of !== undefined || r.required !== undefined)
    .map((r) => r.field)
    .filter((f, i, all) => !terms.includes(f) && all.indexOf(f) === i);
  return [...terms, ...policyFields].map((path) => {
    const node = fieldSchema(schema, path);
    const figureTerm = isFigureTerm(node);
    const kind = figureTerm ? "money" : node?.["x-kind"];
    const better = node?.["x-compare"]?.better;
    const unit = kind ? UNITS[kind] : undefined;
    const cells: Cell[] = inputs.map((input) => {
      const value = valueAt(input.data, path);
      const given = isGiven(value);
      if (figureTerm) {
        const cell = given ? figureCell(schema, path, input.data) : undefined;
        return { value: given ? value : undefined, ...(cell ?? {}), best: false, notes: [] };
      }
      return {
        value: given ? value : undefined,
        ...(given ? { text: choiceText(schema, path, value, input.data) } : {}),
        best: false,
        notes: [],
      };
    });
    const row: Row = { path, label: { zh: fieldLabel(schema, path, "zh"), en: fieldLabel(schema, path, "en") }, cells };
    if (kind) row.kind = kind;
    if (unit) row.unit = unit;
    if (better) markRow(row, better, policy);
    return row;
  });
}

function markRow(row: Row, better: NonNullable<Row["better"]>, policy: Policy | undefined): void {
  const { cells } = row;
  row.better = better;
  const numbers = cells.map((c) => c.figure ?? (typeof c.value === "number" ? c.value : undefined));
  markBest(numbers, better).forEach((best, i) => {
    const cell = cells[i];
    if (cell) cell.best = best;
  });
  if (!policy) return;
  row.weight = policy.weights.get(row.path) ?? 1;
  if (numbers.some((n) => n !== undefined)) {
    termPoints(numbers, better).forEach((p, i) => {
      const cell = cells[i];
      if (cell) cell.points = p;
    });
  }
}

/** Policy breaches: each rule broken gets a note, numbered in the order the table shows them. */
function breachNotes(inputs: readonly CompareInput[], rows: Row[], policy: Policy | undefined): { notes: Note[]; vendorBreaches: VendorBreach[][] } {
  const breachesByVendor = inputs.map((input) => (policy ? policyBreaches(policy, input.data) : []));
  const notes: Note[] = [];
  const noteOf = new Map<PolicyRule, Note>();
  const vendorBreaches: VendorBreach[][] = inputs.map(() => []);
  for (const row of rows) {
    row.cells.forEach((cell, i) => {
      for (const breach of breachesByVendor[i] ?? []) {
        if (breach.field !== row.path || !policy) continue;
        let note = noteOf.get(breach.rule);
        if (!note) {
          note = { number: notes.length + 1, rule: breach.rule, severity: breach.severity, message: breach.message };
          notes.push(note);
          noteOf.set(breach.rule, note);
        }
        if (!cell.notes.includes(note.number)) cell.notes.push(note.number);
        if (!cell.severity || SEVERITY_ORDER[breach.severity] > SEVERITY_ORDER[cell.severity]) cell.severity = breach.severity;
        const input = inputs[i];
        if (!input) continue;
        const pos = positionOf(input.deal, breach.path, breach.value === undefined ? "key" : "value");
        vendorBreaches[i]?.push({ ...breach, note: note.number, line: pos.line, column: pos.column, detail: breachMessage(policy, breach) });
      }
    });
  }
  return { notes, vendorBreaches };
}

/** Each vendor's weighted score on 0–100 and its rank; a disqualified vendor has no rank. */
function scoreVendors(vendors: Vendor[], rows: Row[]): void {
  const scored = rows.filter((r) => r.weight !== undefined && r.weight > 0 && r.cells.some((c) => c.points !== undefined));
  const total = scored.reduce((sum, r) => sum + (r.weight ?? 0), 0);
  vendors.forEach((vendor, i) => {
    if (total === 0) return;
    const sum = scored.reduce((s, r) => s + (r.weight ?? 0) * (r.cells[i]?.points ?? 0), 0);
    vendor.score = (100 * sum) / total;
  });
  const ranks = rankScores(vendors.map((v) => (v.disqualified ? undefined : (v.score ?? 0))));
  vendors.forEach((vendor, i) => {
    const rank = ranks[i];
    if (rank !== undefined) vendor.rank = rank;
  });
}

/** The vendors in ranking order: ranked ones by rank, then the disqualified by score; ties keep the order of the files. */
export function ranking(comparison: Comparison): Vendor[] {
  return comparison.vendors
    .map((vendor, i) => ({ vendor, i }))
    .sort((a, b) => {
      const ra = a.vendor.rank ?? Number.POSITIVE_INFINITY;
      const rb = b.vendor.rank ?? Number.POSITIVE_INFINITY;
      if (ra !== rb) return ra - rb;
      return (b.vendor.score ?? 0) - (a.vendor.score ?? 0) || a.i - b.i;
    })
    .map(({ vendor }) => vendor);
}

/** A score as shown: one decimal, "—" without one. */
export function formatScore(score: number | undefined): string {
  return score === undefined ? "—" : (Math.round(score * 10) / 10).toFixed(1);
}
