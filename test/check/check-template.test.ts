import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkTemplate } from "../../src/check/check-template.js";
import { tempDir } from "../helpers.js";

const ROOT = join(import.meta.dirname, "..", "..");
const SAMPLES = join(ROOT, "samples");

/** A copy of the bundled template in a temp folder, with its source changed by `edit`. */
function brokenCopy(edit: (source: string) => string, editSchema: (schema: string) => string = (s) => s, editManifest: (manifest: string) => string = (s) => s): string {
  const dir = join(tempDir(), "customer-service");
  cpSync(join(ROOT, "templates", "customer-service"), dir, { recursive: true });
  const schema = join(dir, "customer-service.schema.json");
  writeFileSync(schema, editSchema(readFileSync(join(ROOT, "schemas", "customer-service.schema.json"), "utf8")));
  const manifest = join(dir, "template.yaml");
  writeFileSync(manifest, editManifest(readFileSync(manifest, "utf8").replace(/^schema: .*$/m, "schema: customer-service.schema.json")));
  const source = join(dir, "agreement.md");
  writeFileSync(source, edit(readFileSync(source, "utf8")));
  return dir;
}

describe("clausewright check", () => {
  it("the bundled template is complete", () => {
    const result = checkTemplate("customer-service", [SAMPLES]);
    expect(result.findings).toEqual([]);
    expect(result.samples.map((s) => s.replace(`${SAMPLES}/`, ""))).toContain("customer-service.yaml");
  });

  it("finds a clause without its English text", () => {
    const dir = brokenCopy((s) => s.replace(/^en: Party B agrees to provide to Party A.*$/m, "en:"));
    const result = checkTemplate(dir, [SAMPLES]);
    expect(result.findings).toMatchObject([{ ruleId: "missing-translation", severity: "error" }]);
    expect(result.findings[0]?.message.en).toContain("Clause 1.1 has no English text");
  });

  it("finds a field the schema does not define, at its line in the source", () => {
    const dir = brokenCopy((s) => s.replaceAll("{{team.min_headcount}}", "{{team.min_headcont}}"));
    const source = readFileSync(join(dir, "agreement.md"), "utf8");
    const line = source.split("\n").findIndex((l) => l.includes("{{team.min_headcont}}")) + 1;
    const result = checkTemplate(dir, [SAMPLES]);
    expect(result.findings).toContainEqual(expect.objectContaining({ ruleId: "unknown-field", line }));
    // and the schema field that is now never used
    expect(result.findings).toContainEqual(expect.objectContaining({ ruleId: "unused-field", message: expect.objectContaining({ en: expect.stringContaining("`team.min_headcount`") }) }));
  });

  // the kinds of clause that reference-kind reads (issue 12, item 11)
  it("finds a clause given a kind that clause_kinds does not declare, at its line in the manifest", () => {
    const dir = brokenCopy((s) => s, (s) => s, (m) => m.replace("misc.effectiveness: [signing]", "misc.effectiveness: [signature]"));
    const manifest = readFileSync(join(dir, "template.yaml"), "utf8");
    const line = manifest.split("\n").findIndex((l) => l.includes("[signature]")) + 1;
    const result = checkTemplate(dir, [SAMPLES]);
    expect(result.findings).toEqual([expect.objectContaining({ ruleId: "clause-kind", severity: "error", file: join(dir, "template.yaml"), line })]);
    expect(result.findings[0]?.message.en).toContain("`signature`");
  });

  it("finds a party whose kind needs an identifier the schema does not define, at the party in the manifest", () => {
    const dir = brokenCopy((s) => s, (s) => s, (m) => m.replace("  - field: party_b\n", "  - field: party_b\n    kind: individual\n"));
    const manifest = readFileSync(join(dir, "template.yaml"), "utf8");
    const line = manifest.split("\n").findIndex((l) => l.includes("- field: party_b")) + 1;
    const result = checkTemplate(dir, [SAMPLES]);
    const found = result.findings.filter((f) => f.ruleId === "party-field");
    expect(found).toEqual([expect.objectContaining({ severity: "error", file: join(dir, "template.yaml"), line, column: 12 })]);
    expect(found[0]?.message.en).toContain("`party_b.id_number` (the identifier of a person)");
  });

  it("finds kinds given to a clause the source does not have", () => {
    const dir = brokenCopy((s) => s, (s) => s, (m) => m.replace("misc.effectiveness: [signing]", "misc.effectivenes: [signing]"));
    const result = checkTemplate(dir, [SAMPLES]);
    expect(result.findings).toEqual([expect.objectContaining({ ruleId: "clause-kind", message: expect.objectContaining({ en: expect.stringContaining("`misc.effectivenes`") }) })]);
  });

  it("finds a reference field whose x-clause-kind names a kind the manifest does not declare", () => {
    const dir = brokenCopy((s) => s, (s) => s.replace(/("x-clause-kind": \[\s*)"remedy"/, '$1"remedies"'));
    const result = checkTemplate(dir, [SAMPLES]);
    expect(result.findings).toEqual([expect.objectContaining({ ruleId: "clause-kind", message: expect.objectContaining({ en: expect.stringContaining("`sla.penalty.remedy_clause` may point at clauses of kind `remedies`") }) })]);
  });

  it("finds a reference to a clause that does not exist", () => {
    const dir = brokenCopy((s) => s.replace('{{ref "sla.levels"}}', '{{ref "sla.levelz"}}'));
    const result = checkTemplate(dir, [SAMPLES]);
    expect(result.findings).toContainEqual(expect.objectContaining({ ruleId: "dangling-reference", message: expect.objectContaining({ en: expect.stringContaining("`sla.levelz`") }) }));
  });

  it("finds a reference that dangles only in the wording of another value of an enum ({{#is}})", () => {
    // the sample chooses arbitration: the litigation wording is reached only by trying dispute.method: court
    const dir = brokenCopy((s) => s.replace("有管辖权的人民法院提起诉讼。", '有管辖权的人民法院提起诉讼{{ref "law.courtz"}}。'));
    const result = checkTemplate(dir, [SAMPLES]);
    expect(result.findings).toContainEqual(
      expect.objectContaining({ ruleId: "dangling-reference", message: expect.objectContaining({ en: expect.stringContaining("`law.courtz`") }) }),
    );
    expect(result.findings.find((f) => f.message.en.includes("`law.courtz`"))?.message.en).toContain("(with `dispute.method: court`)");
  });

  it("finds a reference that dangles only when an optional clause is off", () => {
    const dir = brokenCopy((s) => s.replace('{{ref "sla.levels"}}', '{{ref "term.termination_for_convenience"}}'));
    const result = checkTemplate(dir, [SAMPLES]);
    expect(result.findings).toContainEqual(
      expect.objectContaining({ ruleId: "dangling-reference", message: expect.objectContaining({ en: expect.stringContaining("(with `options.termination_for_convenience` off)") }) }),
    );
  });

  it("finds a text left untranslated only in the wording of one layout (@layout)", () => {
    const dir = brokenCopy((s) => s.replace("en: This Agreement is written in English only.", "en:"));
    const result = checkTemplate(dir, [SAMPLES]);
    expect(result.findings).toMatchObject([{ ruleId: "missing-translation", severity: "error" }]);
    expect(result.findings[0]?.message.en).toContain("Clause 11.1 has no English text (in the `en` layout)");
  });

  it.each([
    ['{{#is @layot "zh"}}中文{{/is}}', "unknown variable `@layot` (known: @layout, @bilingual"],
    ["{{@layout}}", "`@layout` can only be tested"],
  ])("reports a template variable used wrongly, %s, at its line", (written, reason) => {
    const dir = brokenCopy((s) => s.replace("zh: 本协议仅以中文书就。", `zh: 本协议仅以${written}书就。`));
    const source = readFileSync(join(dir, "agreement.md"), "utf8");
    const line = source.split("\n").findIndex((l) => l.includes(written)) + 1;
    const result = checkTemplate(dir, [SAMPLES]);
    expect(result.findings).toMatchObject([{ ruleId: "template", severity: "error", line }]);
    expect(result.findings[0]?.message.en).toContain(reason);
  });

  it("reports a template that does not compile at its line", () => {
    const dir = brokenCopy((s) => s.replace("{{team.min_headcount}}", "{{#if team.min_headcount}}"));
    const result = checkTemplate(dir, [SAMPLES]);
    expect(result.findings[0]).toMatchObject({ ruleId: "template", severity: "error" });
  });
});
