// The values the returned file proposes, read back into the deal's typed values: each changed
// value's new text read by its field's kind (the schema's x-kind), in the language it stands in.
// A field takes the value read back only when the whole returned file states that one value:
// every place it is changed reads the same, and no place still reads the agreed value (a value
// changed in one language only is the one-language-edit error, and the versions then disagree).
// A text that is no value of its kind is reported, never guessed.

import type { Bilingual, Lang } from "../core/bilingual.js";
import type { Finding } from "../core/finding.js";
import { readScalar, type ReadBack, type ReadProblem } from "../wording/read-back.js";
import type { LintConfig } from "../lint/config.js";
import { valueAt } from "../load/value-at.js";
import type { SchemaNode } from "../template/schema.js";
import { fieldSchema } from "../template/schema.js";
import type { Deviation } from "./deviations.js";
import type { ExpectedClause } from "./expected.js";
import { reviewFinding } from "./findings.js";
import { VALUE_DISAGREES, VALUE_UNREADABLE } from "./rules.js";

/** A field the returned file gives a new value, as the deal writes it. */
export interface ReadValue {
  /** The deal path the value is written at: a bilingual text's half (party_b.name.en) for a text. */
  path: string;
  value: unknown;
  old: unknown;
  /** The first clause (in the document) where the value was changed, and its paragraph. */
  clause: ExpectedClause;
  paragraph: number;
}

export interface ReadBackInput {
  file: string;
  expected: readonly ExpectedClause[];
  deviations: readonly Deviation[];
  langs: readonly Lang[];
  schema: SchemaNode;
  /** The deal's validated values: what the agreement was rendered from. */
  data: Record<string, unknown>;
  config?: LintConfig;
}

type ValueDeviation = Extract<Deviation, { kind: "value" }>;

const WHY: Record<ReadProblem | "kind", Bilingual<string>> = {
  form: { en: "it is no value of that kind as the agreement writes it", zh: "不符合该类取值在协议中的写法" },
  "figure-words": { en: "the amount in figures and the amount in words differ", zh: "小写金额与大写金额不一致" },
  unit: { en: "its unit does not convert exactly into the field's", zh: "其单位无法精确换算为该字段的单位" },
  kind: { en: "a field of this kind is not read back", zh: "此类字段不读回" },
};

const VERSION: Record<Lang, Bilingual<string>> = {
  zh: { zh: "中文文本", en: "Chinese version" },
  en: { zh: "英文文本", en: "English version" },
};

const isText = (node: SchemaNode | undefined): boolean => node?.["x-kind"] === "text";

/** The value a field's text states, by the field's kind. */
function readField(node: SchemaNode | undefined, old: unknown, text: string, lang: Lang): ReadBack | { problem: "kind" } {
  const kind = node?.["x-kind"];
  // a text keeps its line breaks; any other kind is read with its spaces as one
  if (kind === "text") return text.trim() === "" ? { problem: "form" } : { value: text.trim() };
  const t = text.replace(/\s+/g, " ").trim();
  if (kind === "clause") return { problem: "kind" };
  if (kind === "enum") {
    const labels = node?.["x-enum-labels"] ?? {};
    const key = Object.keys(labels).find((k) => labels[k]?.[lang].replace(/\s+/g, " ").trim() === t) ?? (Object.hasOwn(labels, t) ? t : undefined);
    const value = node?.enum?.find((e) => e !== null && String(e) === key);
    return value === undefined ? { problem: "form" } : { value };
  }
  return readScalar(kind ?? (typeof old === "number" ? "number" : "plain"), t, lang);
}

const nameOf = (d: { clause: ExpectedClause; lang: Lang }): Bilingual<string> => ({
  zh: `${d.clause.name.zh}${VERSION[d.lang].zh}`,
  en: `${d.clause.name.en}, ${VERSION[d.lang].en}`,
});

const joined = (parts: ReadonlyArray<Bilingual<string>>): Bilingual<string> => ({ zh: parts.map((p) => p.zh).join("、"), en: parts.map((p) => p.en).join("; ") });

/** Every value deviation by the deal path it writes (a text's half for a text). */
function byPath(deviations: readonly Deviation[], schema: SchemaNode): Map<string, ValueDeviation[]> {
  const out = new Map<string, ValueDeviation[]>();
  for (const d of deviations) {
    if (d.kind !== "value") continue;
    const path = isText(fieldSchema(schema, d.path)) ? `${d.path}.${d.lang}` : d.path;
    out.set(path, [...(out.get(path) ?? []), d]);
  }
  return out;
}

/** Where the field still reads as agreed: clauses and languages that state it, were not changed there and were not deleted. */
function unchangedAt(input: ReadBackInput, field: string, langs: readonly Lang[], changed: readonly ValueDeviation[]): Array<{ clause: ExpectedClause; lang: Lang }> {
  const gone = new Set(input.deviations.filter((d) => d.kind === "deleted").map((d) => `${d.clause.base}|${d.lang}`));
  const done = new Set(changed.map((d) => `${d.clause.base}|${d.lang}`));
  const out: Array<{ clause: ExpectedClause; lang: Lang }> = [];
  for (const clause of input.expected) {
    for (const lang of langs) {
      const key = `${clause.base}|${lang}`;
      if (!done.has(key) && !gone.has(key) && clause.values[lang].some((v) => v.path === field)) out.push({ clause, lang });
    }
  }
  return out;
}

/** One field's changes: its new value, or the findings that say why it keeps the agreed one. */
function readOne(input: ReadBackInput, path: string, changed: ValueDeviation[]): { value?: ReadValue; findings: Array<Finding | undefined> } {
  const first = changed[0] as ValueDeviation;
  const node = fieldSchema(input.schema, first.path);
  const old = valueAt(input.data, path);
  const at = (d: ValueDeviation): { file: string; paragraph: number; clause: string; path: string } => ({ file: input.file, paragraph: d.paragraph, clause: d.clause.number, path });
  const read = changed.map((d) => ({ d, got: readField(node, old, d.new, d.lang) }));
  const findings: Array<Finding | undefined> = [];
  for (const { d, got } of read) {
    if ("problem" in got) findings.push(reviewFinding(VALUE_UNREADABLE, "unreadable", { clause: d.clause.name, version: VERSION[d.lang], text: d.new, field: path, why: WHY[got.problem] }, at(d), input.config));
  }
  if (findings.length > 0) return { findings };
  const values = read.map(({ got }) => JSON.stringify((got as { value: unknown }).value));
  if (new Set(values).size > 1) {
    const stated = joined(read.map(({ d }) => ({ zh: `“${d.new}”（${nameOf(d).zh}）`, en: `“${d.new}” (${nameOf(d).en})` })));
    return { findings: [reviewFinding(VALUE_DISAGREES, "values", { field: path, values: stated }, at(first), input.config)] };
  }
  const unchanged = unchangedAt(input, first.path, isText(node) ? [first.lang] : input.langs, changed);
  if (unchanged.length > 0) {
    // the other language of a changed clause: one-language-edit reports it
    const elsewhere = unchanged.filter((u) => !changed.some((d) => d.clause.base === u.clause.base));
    if (elsewhere.length === 0) return { findings: [] };
    const data = { field: path, new: first.new, changed: joined(changed.map(nameOf)), unchanged: joined(elsewhere.map(nameOf)) };
    return { findings: [reviewFinding(VALUE_DISAGREES, "partly", data, at(first), input.config)] };
  }
  const value = (read[0]?.got as { value: unknown }).value;
  if (JSON.stringify(value) === JSON.stringify(old)) return { findings: [] };
  return { value: { path, value, old, clause: first.clause, paragraph: first.paragraph }, findings: [] };
}

/** The new values the returned file states, and the findings about those it states unreadably or inconsistently. */
export function readBack(input: ReadBackInput): { values: ReadValue[]; findings: Finding[] } {
  const values: ReadValue[] = [];
  const findings: Finding[] = [];
  for (const [path, changed] of byPath(input.deviations, input.schema)) {
    const one = readOne(input, path, changed);
    if (one.value) values.push(one.value);
    for (const f of one.findings) if (f) findings.push(f);
  }
  return { values, findings };
}
