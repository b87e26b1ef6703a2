import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { evaluate } from "../evaluate/evaluate.js";
import { templateHelpers } from "../template/helpers.js";
import { fileKindOf } from "../load/file-kind.js";
import { precompileSource } from "../template/compile.js";
import { listTemplateIds, loadTemplate, schemasDir, type Template } from "../template/template.js";
import { standaloneValidatorSource, withoutEmpty } from "../validate/validate.js";
import { parseEvaluatedSource, TemplateStructureError } from "../agreement/parse-source.js";
import { parseDealText, readDealFile } from "../load/deal-file.js";
import { writeDealSkeleton } from "../template/skeleton.js";
import { packageRoot } from "../package/package-root.js";
import { contentKey, precompiledDir } from "../package/precompiled.js";
import { LAYOUTS } from "../core/layout.js";
import { compileFixedParts, skeletonKey, storedSkeleton } from "../write/docx-package.js";
import { fixedPartsInput } from "../write/docx.js";

/**
 * The parsed Markdown of each variant of the template that the bundled samples and the `init`
 * skeleton give (a variant is a set of optional clauses and wordings): a deal like them builds
 * without running the Markdown parser. Any other variant is parsed when it is met, as before.
 */
function precompileParses(template: Template): number {
  const out = precompiledDir();
  const deals = readdirSync(join(packageRoot(), "samples"), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => readDealFile(join(packageRoot(), "samples", f)));
  deals.push(parseDealText(writeDealSkeleton(template, "skeleton"), "skeleton.yaml"));
  const written = new Set<string>();
  for (const loaded of deals) {
    if (!loaded.ok || fileKindOf(loaded.deal.data) !== "deal" || loaded.deal.data.template !== template.id) continue;
    const data = (withoutEmpty(loaded.deal.data) ?? {}) as Record<string, unknown>;
    // a template may word a clause for the layout: each layout of a deal may be a variant
    for (const layout of LAYOUTS) {
      const { markdown } = evaluate(template.compiled.render, data, layout);
      const key = contentKey("parsed", markdown);
      if (written.has(key)) continue;
      let raw;
      try {
        raw = parseEvaluatedSource(markdown);
      } catch (err) {
        // a template that does not parse is reported, with its line, when a deal is built
        if (err instanceof TemplateStructureError) continue;
        throw err;
      }
      writeFileSync(join(out, `${key}.json`), JSON.stringify(raw));
      written.add(key);
    }
  }
  return written.size;
}

/**
 * The DOCX package around the body (styles, numbering, settings, theme, header, footer,
 * properties) for every layout of the template and every prevailing language a deal may name:
 * a render of a bundled template then never loads the docx library.
 */
async function precompileSkeletons(template: Template): Promise<number> {
  const { manifest, fonts } = template;
  let count = 0;
  for (const layout of LAYOUTS) {
    for (const prevailing of [null, "zh", "en"] as const) {
      const input = fixedPartsInput({ fonts, title: manifest.title, templateId: template.id, templateVersion: manifest.version, prevailing }, layout);
      // a document in one language ignores the prevailing language: one skeleton serves all three
      if (input.prevailing !== prevailing) continue;
      const stored = storedSkeleton(await compileFixedParts(input));
      writeFileSync(join(precompiledDir(), `${contentKey("skeleton", skeletonKey(input))}.json`), JSON.stringify(stored));
      count++;
    }
  }
  return count;
}

/** `npm run build`: compile the bundled schemas and templates once, into dist/precompiled/. */
async function main(): Promise<void> {
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
    // the manifest as loadTemplate read it from its YAML, checked against its schema
    const manifestText = readFileSync(join(template.dir, "template.yaml"), "utf8");
    writeFileSync(join(out, `${contentKey("manifest", manifestText)}.json`), JSON.stringify(template.manifest));
    count++;
    const source = template.sourceText;
    const pre = precompileSource(source, template.sourceFile, templateHelpers);
    writeFileSync(
      join(out, `${contentKey("template", source)}.cjs`),
      `"use strict";\nmodule.exports = { fields: ${JSON.stringify(pre.fields)}, clauseRefs: ${JSON.stringify(pre.clauseRefs)}, spec: ${pre.spec} };\n`,
    );
    count++;
    count += precompileParses(template);
    count += await precompileSkeletons(template);
  }
  process.stdout.write(`clausewright: precompiled ${count} schemas, manifests, templates, parsed sources and DOCX skeletons into ${out}\n`);
}

await main();
