import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import YAML from "yaml";
import { buildAgreement } from "../agreement/build.js";
import { checkClauseKinds } from "./clause-kinds.js";
import { checkPartyFields } from "./party-fields.js";
import { evaluate } from "../evaluate/evaluate.js";
import { paragraphsWithClause, walkInlines, inlineText } from "../agreement/walk.js";
import { ToolError } from "../core/errors.js";
import { fileKindOf } from "../load/file-kind.js";
import { valueAt } from "../load/value-at.js";
import type { Finding } from "../core/finding.js";
import { IDENTIFIER_KEY, partyKindOf } from "../template/party-kind.js";
import { fieldSchema, leafFields } from "../template/schema.js";
import { loadTemplate, type Template } from "../template/template.js";
import { TemplateSyntaxError } from "../template/compile.js";
import { withoutEmpty } from "../validate/validate.js";
import { LAYOUTS, type Layout } from "../core/layout.js";

export interface TemplateCheck {
  template?: Template;
  /** The file the result is reported under: the template's source, or its manifest. */
  filePath: string;
  findings: Finding[];
  /** Deal files (samples) that name this template, for the caller to lint. */
  samples: string[];
}

const finding = (ruleId: string, file: string, line: number, column: number, en: string, zh: string): Finding => ({
  ruleId,
  severity: "error",
  file,
  line,
  column,
  message: { en, zh },
});

function samplesFor(id: string, samplesDirs: readonly string[]): string[] {
  const out: string[] = [];
  for (const dir of samplesDirs) {
    let names: string[];
    try {
      names = readdirSync(dir, { recursive: true }).map(String);
    } catch {
      continue;
    }
    // `*-draft.yaml` deals are there to show problems (samples/customer-service-draft.yaml)
    for (const name of names.filter((n) => /\.ya?ml$/.test(n) && !/-draft\.ya?ml$/.test(n)).sort()) {
      const file = join(dir, name);
      try {
        const data = YAML.parse(readFileSync(file, "utf8")) as Record<string, unknown> | null;
        // a policy names its template too, but is no sample of it
        if (data && typeof data === "object" && fileKindOf(data) === "deal" && data.template === id) out.push(file);
      } catch {
        // a sample that does not parse is not a sample of any template; lint reports it when named
      }
    }
  }
  return out;
}

/**
 * Check a template for CI: it compiles; every field it uses exists in its schema and every
 * schema field is used; every text has both languages; every reference resolves with each
 * optional part on and off. Samples that name it are returned for the caller to lint.
 */
export function checkTemplate(idOrDir: string, samplesDirs: readonly string[], templateDirs: readonly string[] = []): TemplateCheck {
  let template: Template;
  try {
    template = loadTemplate(idOrDir, templateDirs);
  } catch (err) {
    if (err instanceof TemplateSyntaxError) {
      return { filePath: err.file, samples: [], findings: [finding("template", err.file, err.line, err.column, err.message.replace(`${err.file}:${err.line}:${err.column}: `, ""), err.message.replace(`${err.file}:${err.line}:${err.column}: `, ""))] };
    }
    if (err instanceof ToolError) return { filePath: idOrDir, samples: [], findings: [finding("template", idOrDir, 1, 1, err.message, err.message)] };
    throw err;
  }
  const file = template.sourceFile;
  // the kinds of clause that references may point at are declared where they are used; each
  // party's cover fields are in the schema
  const findings: Finding[] = [...checkClauseKinds(template), ...checkPartyFields(template)];
  const schema = template.schema;

  // every field the source names is a field of the schema
  for (const use of template.compiled.fields) {
    if (!fieldSchema(schema, use.path)) {
      findings.push(
        finding("unknown-field", file, use.loc.line, use.loc.column,
          `The template uses \`${use.path}\`, which ${relative(process.cwd(), template.schemaFile)} does not define: add it to the schema or correct the name.`,
          `模板使用了 \`${use.path}\`，但 ${relative(process.cwd(), template.schemaFile)} 中没有该字段：请在 schema 中补充或更正名称。`),
      );
    }
  }
  // every field of the schema is used by the source or the manifest
  const used = new Set(template.compiled.fields.map((f) => f.path));
  const m = template.manifest;
  for (const p of m.parties) for (const k of ["name", "address", IDENTIFIER_KEY[partyKindOf(p)]]) used.add(`${p.field}.${k}`);
  if (m.agreement_number) used.add(m.agreement_number);
  if (m.prevailing_language) used.add(m.prevailing_language);
  const isUsed = (leaf: string): boolean => [...used].some((u) => u === leaf || u.startsWith(`${leaf}.`) || leaf.startsWith(`${u}.`));
  for (const leaf of leafFields(schema)) {
    if (leaf === "template" || isUsed(leaf)) continue;
    findings.push(
      finding("unused-field", template.schemaFile, 1, 1,
        `The schema defines \`${leaf}\`, which the template never uses: use it in ${relative(process.cwd(), file)} or remove it.`,
        `schema 中定义了 \`${leaf}\`，但模板从未使用：请在模板中使用或删除该字段。`),
    );
  }

  // every text has both languages, and every reference resolves, with each optional part on and off
  const samples = samplesFor(template.id, samplesDirs);
  const base = samples[0] ? ((withoutEmpty(YAML.parse(readFileSync(samples[0], "utf8"))) ?? {}) as Record<string, unknown>) : exampleData(template);
  const conditions = [...new Set(template.compiled.fields.filter((f) => f.as === "condition").map((f) => f.path))];
  const variants: Array<{ label: string; data: Record<string, unknown>; layout?: Layout }> = [{ label: "", data: base }];
  // the template may word a clause for the layout (@layout, @bilingual): each one is a variant
  for (const layout of LAYOUTS.slice(1)) variants.push({ label: ` (in the \`${layout}\` layout)`, data: base, layout });
  for (const path of conditions) {
    const current = valueAt(base, path);
    const on = current !== undefined && current !== false;
    variants.push({ label: ` (with \`${path}\` ${on ? "off" : "on"})`, data: setAt(base, path, on ? undefined : exampleValue(template, path)) });
    // an enum chooses between wordings ({{#is}}): each of its other values is one more variant
    for (const value of fieldSchema(template.schema, path)?.enum ?? []) {
      if (value !== null && value !== current) variants.push({ label: ` (with \`${path}: ${String(value)}\`)`, data: setAt(base, path, value) });
    }
  }
  const seen = new Set<string>();
  for (const { label, data, layout } of variants) {
    let agreement;
    try {
      agreement = buildAgreement(template, evaluate(template.compiled.render, data, layout), data).agreement;
    } catch (err) {
      if (!(err instanceof TemplateSyntaxError)) throw err;
      const key = err.message;
      if (!seen.has(key)) findings.push(finding("template", err.file, err.line, err.column, `${err.message.replace(/^.*?:\d+:\d+: /, "")}${label}`, `${err.message.replace(/^.*?:\d+:\d+: /, "")}${label}`));
      seen.add(key);
      continue;
    }
    walkInlines(agreement, (node) => {
      if (node.type !== "placeholder" || node.reason !== "dangling" || !node.source) return;
      const key = `ref|${node.value}|${node.source.line}|${node.source.column}`;
      if (seen.has(key)) return;
      seen.add(key);
      findings.push(finding("dangling-reference", file, node.source.line, node.source.column,
        `The template refers to \`${node.value}\`, which is not an article, clause or item of the agreement${label}.`,
        `模板引用的 \`${node.value}\` 不是本协议的条、款或项${label}。`));
    });
    for (const { clause, paragraph } of paragraphsWithClause(agreement)) {
      for (const lang of ["zh", "en"] as const) {
        if (inlineText(paragraph.text[lang]).trim() !== "") continue;
        const key = `lang|${clause}|${lang}|${inlineText(paragraph.text[lang === "zh" ? "en" : "zh"]).slice(0, 40)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const c = agreement.articles.flatMap((a) => a.clauses).find((x) => x.number === clause?.replace(/\(.*$/, ""));
        findings.push(finding("missing-translation", file, c?.position.line ?? 1, 1,
          `Clause ${clause ?? "(preamble)"} has no ${lang === "zh" ? "Chinese" : "English"} text${label}: write its \`${lang}:\` line.`,
          `${clause ? `第${clause}条` : "前言"}缺少${lang === "zh" ? "中文" : "英文"}文本${label}：请补写 \`${lang}:\` 行。`));
      }
    }
  }
  return { template, filePath: file, findings, samples };
}

function setAt(data: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(data);
  const keys = path.split(".");
  let node: Record<string, unknown> = copy;
  for (const k of keys.slice(0, -1)) {
    if (typeof node[k] !== "object" || node[k] === null) node[k] = {};
    node = node[k] as Record<string, unknown>;
  }
  const last = keys.at(-1) as string;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

/** A value that turns a condition on: the schema's first example, or true. */
function exampleValue(template: Template, path: string): unknown {
  const node = fieldSchema(template.schema, path);
  return node?.examples?.[0] ?? node?.enum?.[0] ?? node?.const ?? true;
}

/** A deal made of the schema's examples, for a template that has no sample. */
function exampleData(template: Template): Record<string, unknown> {
  let data: Record<string, unknown> = {};
  for (const leaf of leafFields(template.schema)) {
    const node = fieldSchema(template.schema, leaf);
    const example = node?.examples?.[0];
    if (example !== undefined) data = setAt(data, leaf, example);
  }
  return data;
}
