import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { templateHelpers } from "../evaluate/evaluate.js";
import { precompileSource } from "../template/compile.js";
import { listTemplateIds, loadTemplate, schemasDir } from "../template/template.js";
import { standaloneValidatorSource } from "../validate/validate.js";
import { contentKey, precompiledDir } from "./store.js";

/** `npm run build`: compile the bundled schemas and templates once, into dist/precompiled/. */
function main(): void {
  const out = precompiledDir();
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  let count = 0;
  for (const name of readdirSync(schemasDir()).filter((f) => f.endsWith(".json")).sort()) {
    const schema = JSON.parse(readFileSync(join(schemasDir(), name), "utf8")) as object;
    writeFileSync(join(out, `${contentKey("validator", JSON.stringify(schema))}.cjs`), standaloneValidatorSource(schema));
    count++;
  }
  for (const id of listTemplateIds()) {
    const template = loadTemplate(id);
    const source = template.sourceText;
    const pre = precompileSource(source, template.sourceFile, templateHelpers);
    writeFileSync(
      join(out, `${contentKey("template", source)}.cjs`),
      `"use strict";\nmodule.exports = { fields: ${JSON.stringify(pre.fields)}, clauseRefs: ${JSON.stringify(pre.clauseRefs)}, spec: ${pre.spec} };\n`,
    );
    count++;
  }
  process.stdout.write(`clausewright: precompiled ${count} schemas and templates into ${out}\n`);
}

main();
