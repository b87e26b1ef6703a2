import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import YAML from "yaml";
import { describe, expect, it } from "vitest";
import { validatorFor } from "../../src/template/compile-schema.js";
import { withEditorHelp } from "../../src/template/editor-help.js";
import { deref, fieldSchema, leafFields, type SchemaNode } from "../../src/template/schema.js";
import { writeDealSkeleton } from "../../src/template/skeleton.js";
import { loadTemplate } from "../../src/template/template.js";

const ROOT = join(import.meta.dirname, "..", "..");
const template = loadTemplate("customer-service");
const published = JSON.parse(readFileSync(join(ROOT, "schemas", "customer-service.schema.json"), "utf8")) as SchemaNode;
const skeleton = writeDealSkeleton(template, "../schemas/customer-service.schema.json");

describe("the published customer-service schema", () => {
  it("is what scripts/editor-schema.mjs makes from its x-keywords and the template (run after the build)", () => {
    // --check exits 1 and names the file when the committed schema is out of date
    expect(() => execFileSync(process.execPath, [join(ROOT, "scripts", "editor-schema.mjs"), "--check"], { cwd: ROOT, stdio: "pipe" })).not.toThrow();
  });

  it("accepts the untouched skeleton, empty values and all, under plain JSON Schema 2020-12", () => {
    const validate = validatorFor(published);
    const data = YAML.parse(skeleton) as Record<string, unknown>;
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it("still refuses what clausewright refuses: a wrong type, an unknown key, an empty template", () => {
    const validate = validatorFor(published);
    const data = YAML.parse(skeleton) as { team: Record<string, unknown>; template: unknown };
    expect(validate({ ...data, team: { ...data.team, min_headcount: "many" } })).toBe(false);
    expect(validate({ ...data, team: { ...data.team, min_headcont: 20 } })).toBe(false);
    expect(validate({ ...data, template: null })).toBe(false);
  });

  it("gives every field both labels as its title and in its help, with the clause it fills where one does", () => {
    const unplaced: string[] = [];
    for (const path of leafFields(published)) {
      const node = fieldSchema(published, path) as SchemaNode;
      const label = node["x-label"];
      if (!label) throw new Error(`${path} has no x-label`);
      expect(node.title, path).toBe(`${label.zh} / ${label.en}`);
      for (const text of [node.markdownDescription, node.description]) {
        expect(text, path).toContain(label.zh.replace(/([*_`\\[\]<>])/g, "\\$1"));
      }
      expect(node.description, path).toContain(label.en);
      if (node.examples) expect(node.description, path).toMatch(/Example: /);
      if (!/Fills |Names the clause|Decides |parties block|on the cover/.test(node.description ?? "")) unplaced.push(path);
    }
    // `template` is the one field no clause prints
    expect(unplaced).toEqual(["template"]);
  });

  it("states the unit of every amount, percentage and period", () => {
    const cases: Array<[string, string]> = [
      ["sla.response.minutes", "Unit: minutes"],
      ["fees.monthly_fee", "Unit: Renminbi yuan"],
      ["sla.availability_percent", "Unit: per cent"],
      ["team.replacement.business_days", "Unit: business days"],
      ["term.start", "Value: a date, written YYYY-MM-DD"],
    ];
    for (const [path, unit] of cases) expect(fieldSchema(published, path)?.description, path).toContain(unit);
  });

  it("labels every enum value in both languages, and says what an empty one means", () => {
    const node = fieldSchema(published, "dispute.method") as SchemaNode;
    expect(node.enum).toEqual(["arbitration", "court", null]);
    expect(node.enumDescriptions).toEqual(["仲裁 / arbitration", "诉讼 / litigation", "留空：视为未填写 / left empty: counts as not given"]);
    expect(node.markdownEnumDescriptions).toHaveLength(3);
  });

  it("names the allowed keys where an unknown key is written", () => {
    expect(deref(published, fieldSchema(published, "party_a") as SchemaNode).errorMessage).toContain("name, address, credit_code, contact");
    expect(published.errorMessage).toContain("template (required), agreement_no, party_a");
  });
});

describe("withEditorHelp", () => {
  it("gives the same schema when run on its own output", () => {
    const once = withEditorHelp(published, new Map());
    expect(withEditorHelp(once, new Map())).toEqual(once);
  });

  it("keeps the alternatives of a oneOf from matching an empty value", () => {
    const node = fieldSchema(published, "sla.penalty.per_breach") as SchemaNode;
    expect(node.type).toBe("object");
    for (const alt of node.oneOf ?? []) expect(alt.type).toBe("object");
    expect(fieldSchema(published, "sla.penalty.per_breach.amount")?.type).toEqual(["number", "null"]);
  });
});
