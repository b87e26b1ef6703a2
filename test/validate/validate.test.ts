import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { prepareDeal } from "../../src/library/prepare-deal.js";
import { MINI_DEAL, prepareMini, tempDir } from "../helpers.js";

const DEAL = readFileSync(MINI_DEAL, "utf8");

describe("validation against the template's schema", () => {
  it("an unknown key is an error at the key's line, with a did-you-mean", () => {
    const { findings } = prepareMini(DEAL.replace("headcount: 12", "headcont: 12"));
    const unknown = findings.find((f) => f.ruleId === "schema");
    expect(unknown).toMatchObject({ severity: "error", line: 15, column: 1, path: "headcont" });
    expect(unknown?.message.en).toContain("Did you mean `headcount`?");
    expect(unknown?.message.zh).toContain("是否应为 `headcount`");
  });

  it("an unknown key inside a party says what is allowed there", () => {
    const { findings } = prepareMini(DEAL.replace("  credit_code: 91310115MA1HK7QB80", "  creditcode: 91310115MA1HK7QB80"));
    const unknown = findings.find((f) => f.ruleId === "schema");
    expect(unknown).toMatchObject({ line: 7, column: 3, path: "party_a.creditcode" });
    expect(unknown?.message.en).toMatch(/Did you mean `credit_code`\?.*Allowed here: name, address, credit_code/);
  });

  it.each([
    ["headcount: 12", "headcount: 0", "headcount", 15, 12, "must be at least 1"],
    ["headcount: 12", "headcount: twelve", "headcount", 15, 12, "must be of type integer"],
    ["start: 2027-01-01", "start: 2027-02-30", "start", 19, 8, "is not a date"],
    ["dispute: court", "dispute: mediation", "dispute", 22, 10, 'must be one of "court", "arbitration"'],
  ])("%s → %s is an error at the value", (from, to, path, line, column, expected) => {
    const { findings } = prepareMini(DEAL.replace(from, to));
    const f = findings.find((x) => x.ruleId === "schema");
    expect(f).toMatchObject({ path, line, column });
    expect(f?.message.en).toContain(expected);
    expect(f?.message.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it("a YAML syntax error names the line and says what to do", () => {
    const { findings, agreement } = prepareMini(DEAL.replace("headcount: 12", "headcount: [12"));
    expect(agreement).toBeUndefined();
    expect(findings[0]).toMatchObject({ ruleId: "yaml-syntax", severity: "error" });
    expect(findings[0]?.line).toBeGreaterThanOrEqual(15);
    expect(findings[0]?.message.en).toMatch(/YAML syntax error.*Fix the YAML/);
  });

  it("a deal that does not name its template is told how to", () => {
    const file = join(tempDir(), "deal.yaml");
    writeFileSync(file, "agreement_no: X\n");
    const { findings } = prepareDeal(file);
    expect(findings).toMatchObject([{ ruleId: "schema", path: "template", line: 1 }]);
    expect(findings[0]?.message.en).toContain("add `template: customer-service`");
  });
});
