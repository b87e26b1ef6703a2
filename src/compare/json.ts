// The comparison as JSON, for programs: both languages always (--lang does not change it), raw
// values next to their text, scores to two decimals. The structure is described in docs/compare.md.

import type { Bilingual } from "../core/bilingual.js";
import type { Comparison } from "./compare.js";

const round = (n: number, places: number): number => Math.round(n * 10 ** places) / 10 ** places;

export interface ComparisonJson {
  format: "clausewright-compare/1";
  template: { id: string; title: Bilingual<string> };
  policy: string | null;
  vendors: Array<{
    file: string;
    name: Bilingual<string>;
    score: number | null;
    rank: number | null;
    disqualified: boolean;
    breaches: Array<{
      note: number;
      field: string;
      path: string;
      check: string;
      severity: string;
      line: number;
      column: number;
      value: unknown;
      message: Bilingual<string>;
      detail: Bilingual<string>;
    }>;
  }>;
  terms: Array<{
    path: string;
    label: Bilingual<string>;
    kind: string | null;
    unit: Bilingual<string> | null;
    better: "lower" | "higher" | null;
    weight: number | null;
    cells: Array<{ value: unknown; text: Bilingual<string> | null; terms: Bilingual<string> | null; figure: number | null; best: boolean; points: number | null; notes: number[] }>;
  }>;
  notes: Array<{ number: number; field: string; severity: string; message: Bilingual<string>; policyLine: number }>;
  excluded: Array<{ file: string; findings: Array<{ ruleId: string; severity: string; line: number; column: number; path: string | null; message: Bilingual<string> }> }>;
}

export function comparisonJsonData(c: Comparison): ComparisonJson {
  return {
    format: "clausewright-compare/1",
    template: c.template,
    policy: c.policy?.file ?? null,
    vendors: c.vendors.map((v) => ({
      file: v.file,
      name: v.name,
      score: v.score === undefined ? null : round(v.score, 2),
      rank: v.rank ?? null,
      disqualified: v.disqualified,
      breaches: v.breaches.map((b) => ({
        note: b.note,
        field: b.field,
        path: b.path,
        check: b.check,
        severity: b.severity,
        line: b.line,
        column: b.column,
        value: b.value ?? null,
        message: b.message,
        detail: b.detail,
      })),
    })),
    terms: c.rows.map((r) => ({
      path: r.path,
      label: r.label,
      kind: r.kind ?? null,
      unit: r.unit ?? null,
      better: r.better ?? null,
      weight: r.weight ?? null,
      cells: r.cells.map((cell) => ({
        value: cell.value ?? null,
        text: cell.text ?? null,
        terms: cell.terms ?? null,
        figure: cell.figure ?? null,
        best: cell.best,
        points: cell.points === undefined ? null : round(cell.points, 4),
        notes: cell.notes,
      })),
    })),
    notes: c.notes.map((n) => ({ number: n.number, field: n.rule.field, severity: n.severity, message: n.message, policyLine: n.rule.position.line })),
    excluded: c.excluded.map((e) => ({
      file: e.file,
      findings: e.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, line: f.line, column: f.column, path: f.path ?? null, message: f.message })),
    })),
  };
}

export function comparisonJson(c: Comparison): string {
  return `${JSON.stringify(comparisonJsonData(c), null, 2)}\n`;
}
