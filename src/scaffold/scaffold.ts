import { basename, dirname } from "node:path";
import { ToolError } from "../core/errors.js";
import { analyse, type Analysis } from "./analyse.js";
import { describeKind } from "./party-kind.js";
import { documentLines, readDocument, type DocumentFormat, type SourceLine } from "./document.js";
import { writeManifest, writeSample, writeSchema, writeSource, TO_TRANSLATE, TO_TRANSLATE_ZH } from "./emit.js";

export interface ScaffoldOptions {
  /** the template's id: lower-case letters, digits and hyphens */
  id: string;
  /** the document's file name, for the report and the comments of the generated files */
  source?: string;
  format?: DocumentFormat;
  /** what reading the document could not keep (DOCX automatic numbering, images) */
  readerNotes?: string[];
}

/** A scaffolded template: its files (by name) and what was found. */
export interface Scaffold {
  id: string;
  format?: DocumentFormat;
  source?: string;
  analysis: Analysis;
  /** template.yaml, agreement.md, <id>.schema.json, sample-draft.yaml */
  files: Record<string, string>;
  schemaFile: string;
}

export class ScaffoldError extends ToolError {}

/**
 * The sample deal, a draft: most of its values are still to write, so its name ends -draft.yaml,
 * which `check --samples` skips (the convention of samples/customer-service-draft.yaml) instead
 * of reporting each empty field as missing-value. Filled in, it is renamed sample.yaml.
 */
export const SAMPLE_FILE = "sample-draft.yaml";

const ID = /^[a-z0-9][a-z0-9-]*$/;

/** Scaffold a template from a document's lines (see readDocument / documentLines). */
export function scaffoldLines(lines: readonly SourceLine[], options: ScaffoldOptions): Scaffold {
  if (!ID.test(options.id)) throw new ScaffoldError(`--id \`${options.id}\` is not a template id: use lower-case letters, digits and hyphens, e.g. customer-service`);
  const analysis = analyse(lines, options.id);
  analysis.notes.unshift(...(options.readerNotes ?? []));
  const emit = { id: options.id, ...(options.source ? { source: options.source } : {}) };
  const schemaFile = `${options.id}.schema.json`;
  return {
    id: options.id,
    ...(options.format ? { format: options.format } : {}),
    ...(options.source ? { source: options.source } : {}),
    analysis,
    schemaFile,
    files: {
      "template.yaml": writeManifest(analysis, emit, schemaFile),
      "agreement.md": writeSource(analysis, emit),
      [schemaFile]: writeSchema(analysis, emit),
      [SAMPLE_FILE]: writeSample(analysis, emit, schemaFile),
    },
  };
}

/** Scaffold a template from a document's text (plain text or Markdown). */
export function scaffoldText(text: string, format: Exclude<DocumentFormat, "docx">, options: ScaffoldOptions): Scaffold {
  return scaffoldLines(documentLines(text, format), { format, ...options });
}

/** Scaffold a template from a .txt, .md or .docx file. */
export async function scaffoldFile(file: string, options: ScaffoldOptions): Promise<Scaffold> {
  const doc = await readDocument(file);
  return scaffoldLines(doc.lines, { format: doc.format, source: options.source ?? file, readerNotes: doc.notes, ...options });
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** What was found, for the terminal. */
export function formatSummary(scaffold: Scaffold, dir?: string): string {
  const a = scaffold.analysis;
  const clauses = a.articles.flatMap((x) => x.clauses);
  const items = clauses.flatMap((c) => c.body.filter((b) => b.t === "item"));
  const out: string[] = [];
  out.push(`${dir ? `scaffolded ${dir}` : `scaffold of ${scaffold.id}`}${scaffold.source ? ` from ${scaffold.source}` : ""}${scaffold.format ? ` (${scaffold.format})` : ""}`);
  out.push(`  title: ${a.title}${a.titleFound ? "" : " (no title found)"}`);
  out.push(`  ${plural(a.articles.length, "article")}, ${plural(clauses.length, "clause")}, ${plural(items.length, "item")}, ${plural(a.preamble.length, "preamble paragraph")}`);
  out.push(`  language: ${a.lang === "zh" ? "Chinese (the zh side; the en side is left to write)" : "English (the en side; the zh side is left to write)"}`);
  out.push(`  parties: ${a.parties.map((p) => `${p.written} (${p.key}${p.kind ? `, ${describeKind(p.kind)}` : ""})`).join(", ")}`);
  const fromDoc = a.fields.filter((f) => f.fromPlaceholder);
  out.push(`  ${plural(a.placeholderCount, "placeholder")} → ${plural(fromDoc.length, "field")} (${fromDoc.filter((f) => f.example !== undefined).length} with an example):`);
  for (const f of fromDoc) {
    const lines = [...new Set(f.occurrences.map((o) => o.line))].join(", ");
    out.push(`    ${f.path} [${f.kind}] ${f.label}${f.example !== undefined ? ` — ${a.lang === "zh" ? "例如" : "e.g."} ${f.example}` : ""} (line ${lines})${f.keyFrom === "fallback" ? "  ← no dictionary word: rename the key" : ""}`);
  }
  const other = a.fields.filter((f) => !f.fromPlaceholder && f.keyFrom !== "reference");
  if (other.length > 0) out.push(`  ${plural(other.length, "field")} the parties block adds: ${other.map((f) => f.path).join(", ")}`);
  if (a.references.length > 0) {
    out.push(`  ${plural(a.references.length, "reference")} resolved:`);
    for (const r of a.references) out.push(`    line ${r.line}: ${r.written} → {{ref "${r.target}"}} (renders ${r.rendersAs})`);
  }
  if (a.clauseFields.length > 0) {
    out.push(`  ${plural(a.clauseFields.length, "clause reference")} to fill in (x-kind clause, {{ref field}}):`);
    for (const r of a.clauseFields) out.push(`    line ${r.line}: ${r.written} → {{ref ${r.field.path}}}${r.field.keyFrom === "reference" ? " (no such clause in the document)" : ""}`);
  }
  if (a.leftOut.length > 0) {
    out.push(`  left out (${plural(a.leftOut.length, "line")}, not contract text):`);
    for (const l of a.leftOut) out.push(`    line ${l.line}: ${l.text} — ${l.reason}`);
  } else out.push("  left out: nothing");
  if (a.notPlaced.length > 0) {
    out.push(`  could not place:`);
    for (const l of a.notPlaced) out.push(`    line ${l.line}: ${l.text} — ${l.reason}`);
  } else out.push("  could not place: nothing");
  if (a.notes.length > 0) {
    out.push("  notes:");
    for (const n of a.notes) out.push(`    ${n}`);
  }
  const where = dir ?? `templates/${scaffold.id}`;
  if (basename(where) !== scaffold.id) out.push(`  note: deals find a template by its id in the folders given to --templates: name the folder ${scaffold.id} (it is ${basename(where)})`);
  const side = a.lang === "zh" ? "en" : "zh";
  out.push(`  ${SAMPLE_FILE} is a draft deal (values still to write): \`check --samples\` skips it until it is renamed sample.yaml`);
  out.push(
    `next: write the ${side === "en" ? "English" : "Chinese"} side (every empty ${side}: line in ${where}/agreement.md, the titles marked ${side === "en" ? TO_TRANSLATE : TO_TRANSLATE_ZH}, each field's x-label/x-hint ${side}), then run \`clausewright check ${where}\` and \`clausewright render ${where}/${SAMPLE_FILE} --templates ${dirname(where)} --draft --layout ${a.lang}\``,
  );
  return `${out.join("\n")}\n`;
}
