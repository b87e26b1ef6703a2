// Each party the manifest names is printed on the cover from three fields under its deal field:
// its name, its address, and the identifier its kind has (a company's credit code, a person's
// ID number, a foreign company's registration number). A schema that lacks one of them leaves
// every deal's cover with a placeholder where the party is identified: check says so once,
// where the party is declared, instead of each deal rendering the gap.

import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import YAML, { LineCounter } from "yaml";
import type { Finding } from "../core/finding.js";
import { IDENTIFIER_KEY, partyKindOf } from "../template/party-kind.js";
import { fieldSchema } from "../template/schema.js";
import type { Template } from "../template/template.js";

const KIND_NAMES = {
  company: { en: "a PRC company", zh: "中国境内公司" },
  individual: { en: "a person", zh: "自然人" },
  "foreign-company": { en: "a foreign company", zh: "境外公司" },
} as const;

export function checkPartyFields(template: Template): Finding[] {
  const manifestFile = join(template.dir, "template.yaml");
  const lineCounter = new LineCounter();
  const doc = YAML.parseDocument(readFileSync(manifestFile, "utf8"), { lineCounter });
  const schemaName = relative(process.cwd(), template.schemaFile);
  const findings: Finding[] = [];
  template.manifest.parties.forEach((party, i) => {
    const kind = partyKindOf(party);
    const node = doc.getIn(["parties", i, "field"], true) as { range?: [number, number] } | undefined;
    const at = lineCounter.linePos(node?.range?.[0] ?? 0);
    for (const key of ["name", "address", IDENTIFIER_KEY[kind]]) {
      const path = `${party.field}.${key}`;
      if (fieldSchema(template.schema, path)) continue;
      const why = key === IDENTIFIER_KEY[kind] ? { en: ` (the identifier of ${KIND_NAMES[kind].en})`, zh: `（${KIND_NAMES[kind].zh}的身份标识）` } : { en: "", zh: "" };
      findings.push({
        ruleId: "party-field",
        severity: "error",
        file: manifestFile,
        line: Math.max(1, at.line),
        column: Math.max(1, at.col),
        message: {
          en: `The cover prints \`${path}\`${why.en} for ${party.role.en}, which ${schemaName} does not define: add it to the schema, or give the party the \`kind:\` it is.`,
          zh: `封面为${party.role.zh}打印 \`${path}\`${why.zh}，但 ${schemaName} 中没有该字段：请在 schema 中补充，或为该方写明其 \`kind:\`。`,
        },
      });
    }
  });
  return findings;
}
