// The kinds of clause a template names (manifest: clause_kinds, clauses; schema: x-clause-kind)
// must hold together, or reference-kind would warn about every deal, or about none: each kind a
// clause or a reference field names is declared, and each clause given a kind exists.

import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import YAML, { LineCounter } from "yaml";
import type { Finding } from "../core/finding.js";
import { fieldSchema, leafFields } from "../template/schema.js";
import type { Template } from "../template/template.js";

const finding = (file: string, line: number, column: number, en: string, zh: string): Finding => ({ ruleId: "clause-kind", severity: "error", file, line, column, message: { en, zh } });

/** The line and column of a manifest key's value, to point at what is wrong. */
function locator(file: string): (path: Array<string | number>) => { line: number; column: number } {
  const lineCounter = new LineCounter();
  const doc = YAML.parseDocument(readFileSync(file, "utf8"), { lineCounter });
  return (path) => {
    const node = doc.getIn(path, true) as { range?: [number, number] } | undefined;
    const p = lineCounter.linePos(node?.range?.[0] ?? 0);
    return { line: p.line, column: p.col };
  };
}

export function checkClauseKinds(template: Template): Finding[] {
  const { manifest, schema } = template;
  const declared = new Set(Object.keys(manifest.clause_kinds ?? {}));
  const list = [...declared].map((k) => `\`${k}\``).join(", ") || "(none)";
  const manifestFile = join(template.dir, "template.yaml");
  const at = locator(manifestFile);
  const findings: Finding[] = [];
  // every id written {#id} in the source, whether or not an option drops it from a given deal
  const ids = new Set([...template.sourceText.matchAll(/\{#([A-Za-z0-9_.-]+)/g)].map((m) => m[1]));
  for (const [id, kinds] of Object.entries(manifest.clauses ?? {})) {
    if (!ids.has(id)) {
      const p = at(["clauses", id]);
      findings.push(finding(manifestFile, p.line, p.column,
        `\`clauses\` gives kinds to \`${id}\`, which is not an article, clause or item of ${relative(process.cwd(), template.sourceFile)}: correct the id or remove the line.`,
        `\`clauses\` 为 \`${id}\` 指定了类别，但 ${relative(process.cwd(), template.sourceFile)} 中没有该条、款或项：请更正标识或删除该行。`));
    }
    kinds.forEach((kind, i) => {
      if (declared.has(kind)) return;
      const p = at(["clauses", id, i]);
      findings.push(finding(manifestFile, p.line, p.column,
        `\`${id}\` is given the kind \`${kind}\`, which \`clause_kinds\` does not declare (it declares ${list}): declare it with its names in both languages, or correct it.`,
        `\`${id}\` 的类别 \`${kind}\` 未在 \`clause_kinds\` 中声明（已声明：${list}）：请连同中英文名称声明，或更正。`));
    });
  }
  for (const path of leafFields(schema)) {
    for (const kind of fieldSchema(schema, path)?.["x-clause-kind"] ?? []) {
      if (declared.has(kind)) continue;
      findings.push(finding(template.schemaFile, 1, 1,
        `\`${path}\` may point at clauses of kind \`${kind}\` (x-clause-kind), which ${relative(process.cwd(), manifestFile)} does not declare in \`clause_kinds\` (it declares ${list}): declare it, or correct the kind.`,
        `\`${path}\` 的 x-clause-kind 为 \`${kind}\`，但 ${relative(process.cwd(), manifestFile)} 的 \`clause_kinds\` 未声明该类别（已声明：${list}）：请声明或更正。`));
    }
  }
  return findings;
}
