// The files of a scaffolded template: template.yaml, agreement.md, <id>.schema.json and
// sample-draft.yaml, in the format docs/template-guide.md describes.

import YAML from "yaml";
import type { Lang } from "../core/bilingual.js";
import type { Analysis, ClauseNode, Field, Holder, ItemNode, Piece } from "./model.js";
import { describeKind, manifestKind } from "./party-kind.js";

export interface EmitOptions {
  id: string;
  /** the document's file name, for the comments of the generated files */
  source?: string;
}

/** The mark on the titles of the other language that must still be written (the template format needs non-empty ones). */
export const TO_TRANSLATE = "(to translate)";
export const TO_TRANSLATE_ZH = "（待翻译）";

// Characters that Markdown reads as syntax, and { } that Handlebars would (written as character
// references, which Markdown turns back into the characters and Handlebars never sees).
const SOURCE_SPECIALS = /[\\`*_[\]<>#|~&!{}]/g;

/** Document text as template source: it reads back as exactly that text. */
export function escapeSource(text: string): string {
  return text.replace(SOURCE_SPECIALS, (c) => (c === "{" ? "&#123;" : c === "}" ? "&#125;" : `\\${c}`));
}

function pieces(ps: readonly Piece[]): string {
  return ps
    .map((p) => {
      switch (p.t) {
        case "text":
          return escapeSource(p.s);
        case "field":
          return `{{${p.field.path}}}`;
        case "ref":
          return `{{ref "${p.id}"}}`;
        case "ref-field":
          return `{{ref ${p.field.path}}}`;
      }
    })
    .join("")
    .trim();
}

/** A text's zh: and en: lines: the document's words on its language's side, the other side empty. */
function text(h: Holder | undefined, lang: Lang, indent = ""): string[] {
  const written = h ? pieces(h.pieces) : "";
  const line = (l: Lang): string => `${indent}${l}:${l === lang && written ? ` ${written}` : ""}`;
  return [line("zh"), line("en")];
}

function clauseSource(c: ClauseNode, lang: Lang): string[] {
  const out: string[] = [`## {#${c.id}}`];
  if (c.body.length === 0) out.push(...text(undefined, lang), "");
  let inList = false;
  for (const b of c.body) {
    if (b.t === "paragraph") {
      if (inList) out.push("");
      out.push(...text(b.holder, lang), "");
      inList = false;
    } else {
      out.push(...itemSource(b.item, lang), "");
      inList = true;
    }
  }
  return out;
}

function itemSource(item: ItemNode, lang: Lang): string[] {
  const out = [`- {#${item.id}}`];
  if (item.holders.length === 0) return [...out, ...text(undefined, lang, "  ")];
  item.holders.forEach((h, i) => {
    if (i > 0) out.push("");
    out.push(...text(h, lang, "  "));
  });
  return out;
}

const commentSafe = (s: string): string => s.replace(/[{}]/g, "").replace(/--/g, "—");

/** A title in both languages: the document's, and the same marked as still to translate. */
export function bilingualTitle(title: string, lang: Lang): { zh: string; en: string } {
  return lang === "zh" ? { zh: title, en: `${TO_TRANSLATE} ${title}` } : { zh: `${TO_TRANSLATE_ZH}${title}`, en: title };
}

/** agreement.md: the document's words on its language's side, every other side empty for the translator. */
export function writeSource(a: Analysis, options: EmitOptions): string {
  const other = a.lang === "zh" ? "en" : "zh";
  const mark = a.lang === "zh" ? TO_TRANSLATE : TO_TRANSLATE_ZH;
  const out: string[] = [
    `{{!-- ${commentSafe(a.title)}: scaffolded by \`clausewright scaffold\`${options.source ? ` from ${commentSafe(options.source)}` : ""}. --}}`,
    `{{!-- Write every empty ${other}: line and every title marked ${mark}, then run \`clausewright check\`. --}}`,
  ];
  for (const h of a.preamble) out.push(...text(h, a.lang), "");
  for (const article of a.articles) {
    const t = bilingualTitle(article.title, a.lang);
    out.push(`# ${escapeSource(t.zh)} | ${escapeSource(t.en)} {#${article.id}}`, "");
    for (const c of article.clauses) out.push(...clauseSource(c, a.lang));
  }
  while (out.at(-1) === "") out.pop();
  return `${out.join("\n")}\n`;
}

const BILINGUAL = {
  type: "object",
  title: "Bilingual text",
  description: "The same text in Chinese and in English.",
  properties: {
    zh: { type: "string", minLength: 1, title: "Chinese", "x-label": { zh: "中文", en: "Chinese" } },
    en: { type: "string", minLength: 1, title: "English", "x-label": { zh: "英文", en: "English" } },
  },
  additionalProperties: false,
};

function fieldNode(f: Field, lang: Lang): Record<string, unknown> {
  const common = {
    title: f.title,
    // an English document's labels stand on both sides until translated
    "x-label": lang === "zh" ? { zh: f.label, en: f.labelEn } : { zh: f.label, en: f.label },
    "x-kind": f.kind,
    ...(f.hint ? { "x-hint": lang === "zh" ? { zh: f.hint, en: "" } : { zh: "", en: f.hint } } : {}),
  };
  switch (f.kind) {
    case "text":
      return { $ref: "#/$defs/bilingual", ...common, ...(f.example !== undefined ? { examples: [{ [lang]: f.example }] } : {}) };
    case "plain":
      return { ...common, ...(f.example !== undefined ? { examples: [f.example] } : {}), type: "string", minLength: 1 };
    case "clause":
      return {
        ...common,
        description: "A clause of this agreement: its id (e.g. sla.1) or its number (e.g. 3.1).",
        type: ["string", "number"],
        minLength: 1,
        pattern: "^[A-Za-z0-9._-]+$",
      };
  }
}

/** <id>.schema.json: JSON Schema 2020-12, one field per placeholder, every object closed. */
export function writeSchema(a: Analysis, options: EmitOptions): string {
  const properties: Record<string, unknown> = {
    template: { title: "Template", description: "The template this deal file is for.", "x-label": { zh: "模板", en: "Template" }, type: "string", const: options.id },
  };
  if (a.agreementNo) properties.agreement_no = fieldNode(a.agreementNo, a.lang);
  for (const p of a.parties) {
    const props: Record<string, unknown> = {};
    for (const [key, f] of p.fields) props[key] = fieldNode(f, a.lang);
    properties[p.key] = { type: "object", title: p.roleEn, "x-label": { zh: p.role, en: p.roleEn }, properties: props, additionalProperties: false };
  }
  // Object.hasOwn: a blank named [constructor] is a field like any other, not the object's prototype
  for (const f of a.fields) if (!f.path.includes(".") && !Object.hasOwn(properties, f.path)) properties[f.path] = fieldNode(f, a.lang);
  const schema = {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: `${a.title}: deal file`,
    description: `The deal values for the ${options.id} template (${a.title}), scaffolded by clausewright scaffold${options.source ? ` from ${options.source}` : ""}. Every field is optional: the template decides which values an agreement needs, and --draft shows what is missing. Write each x-label's and x-hint's ${a.lang === "zh" ? "en" : "zh"}.`,
    type: "object",
    required: ["template"],
    additionalProperties: false,
    properties,
    $defs: { bilingual: BILINGUAL },
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** template.yaml: the manifest. */
export function writeManifest(a: Analysis, options: EmitOptions, schemaFile: string): string {
  const manifest = {
    id: options.id,
    version: "0.1.0",
    title: bilingualTitle(a.title, a.lang),
    schema: schemaFile,
    source: "agreement.md",
    ...(a.agreementNo ? { agreement_number: "agreement_no" } : {}),
    parties: a.parties.map((p) => {
      const kind = manifestKind(p.kind);
      return { field: p.key, role: { zh: `${p.role}${a.lang === "zh" ? (p.qualifier ?? "") : ""}`, en: `${p.roleEn}${a.lang === "en" && p.qualifier ? ` ${p.qualifier}` : ""}` }, ...(kind ? { kind } : {}) };
    }),
  };
  const head = [
    `# Scaffolded by \`clausewright scaffold\`${options.source ? ` from ${options.source}` : ""}.`,
    `# Write the ${a.lang === "zh" ? "English" : "Chinese"} title (marked ${a.lang === "zh" ? TO_TRANSLATE : TO_TRANSLATE_ZH}); the parties block (name, address, and credit code, ID number or registration number by each party's kind) is generated from \`parties\`.`,
  ];
  const doc = new YAML.Document(manifest);
  // the kind the scaffold read from the document, said once beside the key it decided
  const items = (doc.get("parties") as YAML.YAMLSeq<YAML.YAMLMap>).items;
  a.parties.forEach((p, i) => {
    const item = items[i];
    if (item && manifestKind(p.kind)) item.commentBefore = ` ${p.key} is ${describeKind(p.kind)}`;
  });
  return `${head.join("\n")}\n${doc.toString({ lineWidth: 0 })}`;
}

/** sample-draft.yaml: a draft deal filled from the document's examples; fields without one are left empty. */
export function writeSample(a: Analysis, options: EmitOptions, schemaFile: string): string {
  const doc = new YAML.Document<YAML.YAMLMap>({ template: options.id });
  const value = (f: Field): unknown => (f.example === undefined || f.kind === "clause" ? null : f.kind === "text" ? { [a.lang]: f.example } : f.example);
  const comment = (f: Field): string => ` ${f.title}${f.example !== undefined && f.kind !== "clause" ? "" : f.kind === "clause" ? ": a clause id or number" : ": the document gives no example"}`;
  const add = (map: YAML.YAMLMap, key: string, f: Field): void => {
    const pair = doc.createPair(key, value(f));
    (pair.key as YAML.Scalar).commentBefore = comment(f);
    map.add(pair);
  };
  const root = doc.contents as YAML.YAMLMap;
  if (a.agreementNo) add(root, "agreement_no", a.agreementNo);
  for (const p of a.parties) {
    const map = new YAML.YAMLMap();
    for (const [key, f] of p.fields) add(map, key, f);
    const pair = doc.createPair(p.key, map);
    (pair.key as YAML.Scalar).commentBefore = ` ${p.role}`;
    root.add(pair);
  }
  for (const f of a.fields) if (!f.path.includes(".") && f.path !== "agreement_no") add(root, f.path, f);
  doc.commentBefore = [
    ` yaml-language-server: $schema=./${schemaFile}`,
    ` A sample deal for ${options.id}, filled from the examples in the document (${a.lang === "zh" ? "Chinese" : "English"} only).`,
    " A draft: fields without an example are empty, and `clausewright render` with --draft shows them as 【label】.",
    " `clausewright check --samples` skips it (its name ends -draft.yaml); once every value is written, rename it sample.yaml to have it checked.",
  ].join("\n");
  return doc.toString({ lineWidth: 0, nullStr: "" });
}
