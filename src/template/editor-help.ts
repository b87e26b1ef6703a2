import YAML from "yaml";
import type { Bilingual } from "../core/bilingual.js";
import { formatScalar, type ValueKind } from "../wording/index.js";
import type { SchemaNode } from "./schema.js";

/** A clause of the agreement as the editor's help names it. */
export interface ClausePlace {
  /** "3.1(a)", as numbered in the agreement the help was made from */
  number: string;
  article: Bilingual<string>;
}

/** Where a deal field shows in the agreement: what the editor says a field is for. */
export interface FieldPlace {
  /** clauses that print the value */
  fills: ClausePlace[];
  /** clauses whose reference the value names (a `clause` field) */
  refersFrom: ClausePlace[];
  /** clauses that the value switches on or off (a condition), when the template has such */
  decides: ClausePlace[];
  /** a condition whose clauses did not differ: it changes wording inside a clause */
  condition: boolean;
  preamble: boolean;
  parties: boolean;
  cover: boolean;
}

/**
 * The keywords this module writes. Everything else in a schema is the author's; these are made
 * from x-label, x-hint, x-note, x-kind, x-enum-labels and examples, so they are never edited
 * by hand and a second run gives the same file.
 */
export const GENERATED_KEYWORDS = ["title", "description", "markdownDescription", "enumDescriptions", "markdownEnumDescriptions", "errorMessage"] as const;

const GENERATED_NOTE =
  "title, description, markdownDescription, enumDescriptions, markdownEnumDescriptions, errorMessage and the null in type and enum are written by scripts/editor-schema.mjs from x-label, x-hint, x-note, x-kind, x-enum-labels, examples and the template: edit those, then run `npm run build`.";

const UNITS: Record<ValueKind, Bilingual<string>> = {
  text: { zh: "中英文两段文本：zh（中文）与 en（英文）", en: "text in both languages: zh (Chinese) and en (English)" },
  plain: { zh: "文字，原样写入（代码、电话、邮箱等）", en: "text, written as is (codes, phone numbers, e-mail)" },
  integer: { zh: "整数", en: "a whole number" },
  number: { zh: "数字", en: "a number" },
  money: { zh: "人民币元，写数字", en: "Renminbi yuan, as a number" },
  percent: { zh: "百分比，写百分号前的数字（99.5 即 99.5%）", en: "per cent: the number before the % sign (99.5 means 99.5%)" },
  minutes: { zh: "分钟，写整数", en: "minutes, as a whole number" },
  hours: { zh: "小时，写整数", en: "hours, as a whole number" },
  days: { zh: "日（自然日），写整数", en: "calendar days, as a whole number" },
  "business-days": { zh: "工作日，写整数", en: "business days, as a whole number" },
  months: { zh: "月，写整数", en: "months, as a whole number" },
  years: { zh: "年，写整数", en: "years, as a whole number" },
  date: { zh: "日期，写作 YYYY-MM-DD", en: "a date, written YYYY-MM-DD" },
  enum: { zh: "下列选项之一", en: "one of the values below" },
  clause: { zh: "条款 id（如 term.termination_for_sla）或条款编号（如 7.4）", en: "a clause id (such as term.termination_for_sla) or a clause number (such as 7.4)" },
  boolean: { zh: "true（是）或 false（否）", en: "true or false" },
};

const LEFT_FOR_LATER: Bilingual<string> = { zh: "留空：视为未填写", en: "left empty: counts as not given" };

const clauseName = (c: ClausePlace): Bilingual<string> => {
  const item = /^(.*)\((\w+)\)$/.exec(c.number);
  return {
    zh: `${item ? `第${item[1]}条(${item[2]})项` : `第${c.number}条`}（${c.article.zh}）`,
    en: `clause ${c.number} (${c.article.en})`,
  };
};

const clauseList = (cs: ClausePlace[]): Bilingual<string> => {
  const names = cs.slice(0, 3).map(clauseName);
  return { zh: names.map((n) => n.zh).join("、"), en: names.map((n) => n.en).join(", ") };
};

/** Where the field shows, in both languages; undefined for a field no clause uses (a group, a half of a text). */
function placeLine(place: FieldPlace | undefined): Bilingual<string> | undefined {
  if (!place) return undefined;
  if (place.fills.length > 0) {
    const c = clauseList(place.fills);
    const pre = place.preamble ? { zh: "前言及", en: "the preamble and " } : { zh: "", en: "" };
    return { zh: `填入${pre.zh}${c.zh}`, en: `Fills ${pre.en}${c.en}` };
  }
  if (place.preamble) return { zh: "填入协议前言", en: "Fills the preamble" };
  if (place.refersFrom.length > 0) {
    const c = clauseList(place.refersFrom);
    return { zh: `指明${c.zh}所援引的条款`, en: `Names the clause that ${c.en} refers to` };
  }
  if (place.decides.length > 0) {
    const c = clauseList(place.decides);
    return { zh: `决定协议是否包含${c.zh}`, en: `Decides whether the agreement includes ${c.en}` };
  }
  if (place.condition) return { zh: "决定相关条款采用哪种约定", en: "Decides which wording the clauses that use it take" };
  if (place.parties) return { zh: "写入协议首部的当事人信息及签署页", en: "Printed in the parties block and the signature page" };
  if (place.cover) return { zh: "写入协议封面", en: "Printed on the cover" };
  return undefined;
}

/** The first example as written in the deal, and as the agreement writes it: 15 → 15分钟 / 15 minutes. */
function exampleLine(node: SchemaNode): Bilingual<string> | undefined {
  const example = node.examples?.[0];
  if (example === undefined) return undefined;
  const kind = node["x-kind"];
  if (kind === "text" && typeof example === "object" && example !== null) {
    const text = example as Partial<Bilingual<string>>;
    return { zh: `示例：${text.zh ?? ""}`, en: `Example: ${text.en ?? ""}` };
  }
  const yaml = YAML.stringify(example, { collectionStyle: "flow" }).trim();
  let shown: Bilingual<string> | undefined;
  if (kind === "enum") shown = node["x-enum-labels"]?.[String(example)];
  else if (kind && kind !== "clause" && kind !== "plain" && kind !== "boolean") {
    try {
      shown = { zh: formatScalar(kind, example, "zh"), en: formatScalar(kind, example, "en") };
    } catch {
      shown = undefined; // an example of the wrong type is the schema rule's to report, not the help's
    }
  }
  const arrow = (text: string | undefined): string => (text !== undefined && text !== yaml ? ` → ${text}` : "");
  return { zh: `示例：${yaml}${arrow(shown?.zh)}`, en: `Example: ${yaml}${arrow(shown?.en)}` };
}

const MEASURED: ReadonlySet<ValueKind> = new Set(["money", "percent", "minutes", "hours", "days", "business-days", "months", "years"]);

/** The unit of a measured value (money, per cent, a period), or how any other value is written. */
function unitLine(kind: ValueKind | undefined): Bilingual<string> | undefined {
  if (!kind) return undefined;
  return MEASURED.has(kind) ? { zh: `单位：${UNITS[kind].zh}`, en: `Unit: ${UNITS[kind].en}` } : { zh: `写法：${UNITS[kind].zh}`, en: `Value: ${UNITS[kind].en}` };
}

/** The help lines of a labelled field: both labels, where it goes, its unit, an example, a note. */
function helpLines(node: SchemaNode, place: FieldPlace | undefined): Array<Bilingual<string>> {
  const lines: Array<Bilingual<string> | undefined> = [
    placeLine(place),
    unitLine(node["x-kind"]),
    node["x-hint"],
    exampleLine(node),
    node["x-note"],
  ];
  return lines.filter((l): l is Bilingual<string> => l !== undefined);
}

const code = (s: string): string => s.replace(/([*_`\\[\]<>])/g, "\\$1");

function describeField(node: SchemaNode, label: Bilingual<string>, place: FieldPlace | undefined): Pick<SchemaNode, "description" | "markdownDescription"> {
  const lines = helpLines(node, place);
  return {
    description: [`${label.zh} / ${label.en}`, ...lines.flatMap((l) => [l.zh, l.en])].join("\n"),
    markdownDescription: [`**${code(label.zh)}** / **${code(label.en)}**`, ...lines.map((l) => `${code(l.zh)}  \n${code(l.en)}`)].join("\n\n"),
  };
}

/** The message an editor shows for an unknown key (or a value where a group belongs). */
function keysMessage(keys: string[], label: Bilingual<string> | undefined, required: string[]): string {
  const list = keys.map((k) => (required.includes(k) ? `${k} (required)` : k)).join(", ");
  const listZh = keys.map((k) => (required.includes(k) ? `${k}（必填）` : k)).join("、");
  const where = label ? { en: `${label.en} holds only these keys`, zh: `${label.zh}只能包含以下键` } : { en: "A deal file holds only these top-level keys", zh: "交易文件的顶层只能包含以下键" };
  return `${where.en}: ${list}. Check the spelling: \`clausewright lint\` names the nearest key.\n${where.zh}：${listZh}。请检查拼写：\`clausewright lint\` 会提示最接近的键。`;
}

/** The message an editor shows for a value of the wrong type or form: what to write instead. */
function valueMessage(node: SchemaNode, label: Bilingual<string>, kind: ValueKind): string {
  const example = node.examples?.[0];
  const eg = example === undefined ? undefined : YAML.stringify(example, { collectionStyle: "flow" }).trim();
  const values = node.enum?.filter((v) => v !== null).map((v) => JSON.stringify(v));
  const what = kind === "enum" && values ? { en: `one of ${values.join(", ")}`, zh: `${values.join("、")}之一` } : UNITS[kind];
  return [
    `${label.en}: expected ${what.en}${eg ? `, e.g. ${eg}` : ""}; or leave it empty to fill in later.`,
    `${label.zh}：应为${what.zh}${eg ? `，例如 ${eg}` : ""}；也可暂时留空。`,
  ].join("\n");
}

const withNull = (type: SchemaNode["type"]): SchemaNode["type"] => {
  const types = Array.isArray(type) ? type : type ? [type] : [];
  return types.includes("null") || types.length === 0 ? type : [...types, "null"];
};

interface Walk {
  root: SchemaNode;
  places: ReadonlyMap<string, FieldPlace>;
  /** the dotted paths that reach each node, through $refs (a party's fields are reached twice) */
  paths: Map<SchemaNode, string[]>;
}

/** Every dotted path of the deal at which each schema node applies. */
function collectPaths(root: SchemaNode, node: SchemaNode, path: string, into: Map<SchemaNode, string[]>): void {
  const list = into.get(node) ?? [];
  if (path) list.push(path);
  into.set(node, list);
  const target = node.$ref ? root.$defs?.[node.$ref.replace(/^#\/\$defs\//, "")] : undefined;
  if (target) collectPaths(root, target, path, into);
  for (const [key, child] of Object.entries(node.properties ?? {})) collectPaths(root, child, path ? `${path}.${key}` : key, into);
  for (const alt of [...(node.oneOf ?? []), ...(node.anyOf ?? [])]) collectPaths(root, alt, path, into);
}

function mergedPlace(places: ReadonlyMap<string, FieldPlace>, paths: string[]): FieldPlace | undefined {
  const found = paths.map((p) => places.get(p)).filter((p): p is FieldPlace => p !== undefined);
  if (found.length === 0) return undefined;
  const uniq = (cs: ClausePlace[]): ClausePlace[] => cs.filter((c, i) => cs.findIndex((d) => d.number === c.number) === i);
  return {
    fills: uniq(found.flatMap((p) => p.fills)),
    refersFrom: uniq(found.flatMap((p) => p.refersFrom)),
    decides: uniq(found.flatMap((p) => p.decides)),
    condition: found.some((p) => p.condition),
    preamble: found.some((p) => p.preamble),
    parties: found.some((p) => p.parties),
    cover: found.some((p) => p.cover),
  };
}

/** The object a node describes, through its $ref: its keys and whether others are refused. */
function objectShape(w: Walk, node: SchemaNode): { keys: string[]; closed: boolean; required: string[] } | undefined {
  const target = node.$ref ? w.root.$defs?.[node.$ref.replace(/^#\/\$defs\//, "")] : node;
  if (!target?.properties || target.oneOf) return undefined;
  return { keys: Object.keys(target.properties), closed: target.additionalProperties === false, required: target.required ?? [] };
}

/**
 * One node with its editor keywords made afresh. `nullable`: a deal may leave this value empty
 * (`key:` with nothing after it), which the validate stage removes before ajv runs; the
 * published schema says the same, so an editor does not flag what clausewright accepts.
 */
function helpNode(w: Walk, node: SchemaNode, nullable: boolean, isRoot: boolean): SchemaNode {
  const label = node["x-label"];
  // an unlabelled node (the root, a shared definition, an alternative) keeps the author's title and description
  const authored = label ? [] : ["title", "description", "markdownDescription"];
  const own = Object.fromEntries(Object.entries(node).filter(([k]) => !(GENERATED_KEYWORDS as readonly string[]).includes(k) || authored.includes(k))) as SchemaNode;
  const head: SchemaNode = label ? { title: `${label.zh} / ${label.en}`, ...describeField(node, label, mergedPlace(w.places, w.paths.get(node) ?? [])) } : {};
  const out: SchemaNode = { ...head, ...own };
  // a group of alternatives stays an object: null would fail every alternative of its oneOf
  if (nullable && out.type !== undefined && !out.oneOf) out.type = withNull(out.type);
  if (out.properties) out.properties = Object.fromEntries(Object.entries(out.properties).map(([k, v]) => [k, helpNode(w, v, !(isRoot && k === "template"), false)]));
  // an alternative of a oneOf must refuse null, or an empty value would match every alternative
  if (out.oneOf) out.oneOf = out.oneOf.map((alt) => helpNode(w, alt, false, false));
  if (out.$defs) out.$defs = Object.fromEntries(Object.entries(out.$defs).map(([k, v]) => [k, helpNode(w, v, true, false)]));
  if (out.enum) {
    const values = out.enum.filter((v) => v !== null);
    if (nullable) out.enum = [...values, null];
    const labels = out["x-enum-labels"];
    if (labels) {
      const described = out.enum.map((v) => (v === null ? LEFT_FOR_LATER : (labels[String(v)] ?? { zh: String(v), en: String(v) })));
      out.enumDescriptions = described.map((l) => `${l.zh} / ${l.en}`);
      out.markdownEnumDescriptions = described.map((l) => `**${code(l.zh)}** / ${code(l.en)}`);
    }
  }
  const shape = objectShape(w, node);
  if (shape?.closed && (label || isRoot)) out.errorMessage = keysMessage(shape.keys, label, shape.required);
  else if (label && node["x-kind"] && !shape) out.errorMessage = valueMessage(node, label, node["x-kind"]);
  return out;
}

/**
 * The schema that editors read: the author's schema with `title`, `description`,
 * `markdownDescription`, enum descriptions and unknown-key messages made from its x-keywords,
 * and null allowed wherever a value may be left for later (every field but `template`, and no
 * alternative of a oneOf). `places` says which clauses each dotted path fills.
 */
export function withEditorHelp(schema: SchemaNode, places: ReadonlyMap<string, FieldPlace>): SchemaNode {
  const paths = new Map<SchemaNode, string[]>();
  collectPaths(schema, schema, "", paths);
  const { $schema, $id, $comment: _old, ...rest } = helpNode({ root: schema, places, paths }, schema, false, true);
  return { $schema, $id, $comment: GENERATED_NOTE, ...rest };
}
