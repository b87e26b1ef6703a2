// Writes the editor's help into each bundled template's schema (schemas/<id>.schema.json): the
// titles, descriptions, enum labels and unknown-key messages that yaml-language-server and VS
// Code read, made from the x-keywords (src/template/editor-help.ts), with the clauses each field
// fills taken from the agreement rendered from the template's sample. Run after `tsc`, before the
// precompile step (which compiles the schema as it then is):
//   node scripts/editor-schema.mjs           rewrite the schemas that changed
//   node scripts/editor-schema.mjs --check   exit 1, naming the files, if any schema is out of date
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import YAML from "yaml";
import { buildAgreement } from "../dist/src/agreement/build.js";
import { walkInlines } from "../dist/src/agreement/walk.js";
import { evaluate } from "../dist/src/evaluate/evaluate.js";
import { valueAt } from "../dist/src/load/value-at.js";
import { withEditorHelp } from "../dist/src/template/editor-help.js";
import { fieldSchema, leafFields } from "../dist/src/template/schema.js";
import { listTemplateIds, loadTemplate, schemasDir } from "../dist/src/template/template.js";
import { withoutEmpty } from "../dist/src/validate/validate.js";

const check = process.argv.includes("--check");

/** The first sample deal that names the template (drafts are there to show problems), else its examples. */
function baseDeal(template) {
  const dir = "samples";
  for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n) && !/-draft\.ya?ml$/.test(n)).sort()) {
    const data = YAML.parse(readFileSync(join(dir, name), "utf8"));
    if (data?.template === template.id) return withoutEmpty(data) ?? {};
  }
  const data = {};
  for (const leaf of leafFields(template.schema)) {
    const example = fieldSchema(template.schema, leaf)?.examples?.[0];
    if (example !== undefined) setAt(data, leaf, example);
  }
  return data;
}

function setAt(data, path, value) {
  const keys = path.split(".");
  let node = data;
  for (const k of keys.slice(0, -1)) node = node[k] ??= {};
  if (value === undefined) delete node[keys.at(-1)];
  else node[keys.at(-1)] = value;
}

/** The deal as given, then with each condition of the template turned the other way. */
function variants(template, base) {
  const conditions = [...new Set(template.compiled.fields.filter((f) => f.as === "condition").map((f) => f.path))];
  const out = [{ path: undefined, data: base }];
  for (const path of conditions) {
    const current = valueAt(base, path);
    const on = current !== undefined && current !== false;
    const node = fieldSchema(template.schema, path);
    // an enum chooses between wordings ({{#is}}): each of its other values is one more variant
    const others = (node?.enum ?? []).filter((v) => v !== null && v !== current);
    for (const value of [on ? undefined : (node?.examples?.[0] ?? node?.enum?.[0] ?? true), ...others]) {
      const data = structuredClone(base);
      setAt(data, path, value);
      out.push({ path, data });
    }
  }
  return out;
}

const empty = () => ({ fills: [], refersFrom: [], decides: [], condition: false, preamble: false, parties: false, cover: false });

/** For every dotted path, where the agreement prints it, names a clause by it, or is switched by it. */
function fieldPlaces(template) {
  const places = new Map();
  const at = (path) => places.get(path) ?? places.set(path, empty()).get(path);
  const add = (list, place) => list.some((c) => c.number === place.number) || list.push(place);
  const clausesOf = [];
  for (const { path, data } of variants(template, baseDeal(template))) {
    const agreement = buildAgreement(template, evaluate(template.compiled.render, data), data).agreement;
    const articleOf = new Map(agreement.articles.flatMap((a) => a.clauses.map((c) => [c, a.title])));
    const clauses = new Map(agreement.articles.flatMap((a) => a.clauses.map((c) => [c.id, { number: c.number, article: a.title }])));
    clausesOf.push({ path, clauses });
    walkInlines(agreement, (node, where) => {
      if (!("path" in node) || !node.path) return;
      const place = at(node.path);
      const clause = where.clauseNode ? { number: where.clause, article: articleOf.get(where.clauseNode) } : undefined;
      if (node.type === "reference") {
        if (clause) add(place.refersFrom, clause);
      } else if (clause) add(place.fills, clause);
      else if (where.paragraph) place.preamble = true;
    });
  }
  const [base, ...toggled] = clausesOf;
  for (const { path, clauses } of toggled) {
    const place = at(path);
    place.condition = true;
    for (const [id, c] of clauses) if (!base.clauses.has(id)) add(place.decides, c);
    for (const [id, c] of base.clauses) if (!clauses.has(id)) add(place.decides, c);
  }
  const m = template.manifest;
  for (const p of m.parties) for (const k of ["name", "address", "credit_code"]) at(`${p.field}.${k}`).parties = true;
  if (m.agreement_number) at(m.agreement_number).cover = true;
  return places;
}

const stale = [];
for (const id of listTemplateIds()) {
  const template = loadTemplate(id);
  // a template that names its own schema file outside schemas/ is its author's to generate
  if (relative(schemasDir(), template.schemaFile).startsWith("..")) continue;
  const text = readFileSync(template.schemaFile, "utf8");
  const next = `${JSON.stringify(withEditorHelp(JSON.parse(text), fieldPlaces(template)), null, 2)}\n`;
  if (next === text) continue;
  stale.push(relative(process.cwd(), template.schemaFile));
  if (!check) writeFileSync(template.schemaFile, next);
}
if (check && stale.length > 0) {
  process.stderr.write(`${stale.join(", ")}: the editor's help is out of date with the x-keywords or the template: run \`npm run build\` (or \`node scripts/editor-schema.mjs\` after tsc)\n`);
  process.exit(1);
}
if (!check && stale.length > 0) process.stdout.write(`editor help written into ${stale.join(", ")}\n`);
