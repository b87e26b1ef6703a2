import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { creditCodeRule } from "../../../src/lint/rules/credit-code.js";
import { expectValues, lineOf, lintDeal, SAMPLE, spanOf } from "../lint-helpers.js";
import { PARTIES_DEAL, partiesFindings } from "./parties-fixture.js";

// The sample's codes are 91310115MA1HK7QB80 (Party A) and 91320505MA1N3WCT7A (Party B).

describe("credit-code", () => {
  it("is an error by default", () => {
    expect(creditCodeRule.defaultSeverity).toBe("error");
  });

  const valid: Array<[string, Record<string, unknown>]> = [
    ["the sample's codes", {}],
    ["a code whose organisation check character is X", { party_b: { credit_code: "9144030010000018XH" } }],
    ["a code whose organisation check character is 0", { party_b: { credit_code: "91440300100000040X" } }],
    ["a law firm's code (registration authority 3, entity type 1)", { party_b: { credit_code: "31110000MA1N3WCT7W" } }],
    // a code left out is missing-value's finding
    ["no code", { party_a: { credit_code: null } }],
  ];
  it.each(valid)("valid: %s", (_, patch) => {
    expect(lintDeal(patch, [creditCodeRule]).findings).toEqual([]);
  });

  // `values`: what the rule worked out (the code to write, the organisation code it checked)
  const invalid: Array<{ name: string; patch: Record<string, unknown>; code: string; messageId: string; values: string[] }> = [
    { name: "a wrong 18th character", patch: { party_b: { credit_code: "91320505MA1N3WCT7B" } }, code: "91320505MA1N3WCT7B", messageId: "check", values: ["91320505MA1N3WCT7A"] },
    { name: "a wrong 17th character (the organisation code's check)", patch: { party_a: { credit_code: "91310115MA1HK7QBX0" } }, code: "91310115MA1HK7QBX0", messageId: "organizationCheckFixesBoth", values: ["MA1HK7QB", "91310115MA1HK7QB80"] },
    // the 18th is the right check character for the 17 written: the 17th alone is wrong, and correcting it changes the 18th too
    { name: "a wrong 17th character with a matching 18th", patch: { party_a: { credit_code: "91310115MA1HK7QB07" } }, code: "91310115MA1HK7QB07", messageId: "organizationCheck", values: ["MA1HK7QB"] },
    { name: "a mistyped character among the organisation code: both checks fail", patch: { party_a: { credit_code: "91310115MA1HK8QB80" } }, code: "91310115MA1HK8QB80", messageId: "bothChecks", values: ["MA1HK8QB"] },
    { name: "the letter O, which credit codes never use", patch: { party_a: { credit_code: "91310115MA1HK7QB8O" } }, code: "91310115MA1HK7QB8O", messageId: "repairableCharacter", values: ["91310115MA1HK7QB80"] },
    { name: "a letter in the administrative division code", patch: { party_b: { credit_code: "9132050SMA1N3WCT7A" } }, code: "9132050SMA1N3WCT7A", messageId: "repairableCharacter", values: ["91320505MA1N3WCT7A"] },
    { name: "two characters not used in credit codes", patch: { party_b: { credit_code: "91320505MAIN3WCT7Z" } }, code: "91320505MAIN3WCT7Z", messageId: "characters", values: [] },
    { name: "lower-case letters", patch: { party_a: { credit_code: "91310115ma1hk7qb80" } }, code: "91310115ma1hk7qb80", messageId: "untidy", values: ["91310115MA1HK7QB80"] },
    { name: "spaces and full-width digits", patch: { party_a: { credit_code: "９１３１０１１５ MA1H K7QB 80" } }, code: "９１３１０１１５ MA1H K7QB 80", messageId: "untidy", values: ["91310115MA1HK7QB80"] },
    { name: "spaces, dashes and lower-case letters", patch: { party_a: { credit_code: "91310115-ma1h k7qb80" } }, code: "91310115-ma1h k7qb80", messageId: "untidy", values: ["91310115MA1HK7QB80"] },
    // both check characters match: only the GB 32100-2015 table catches these
    { name: "registration authority 0, which GB 32100-2015 does not have", patch: { party_b: { credit_code: "00320505MA1N3WCT7N" } }, code: "00320505MA1N3WCT7N", messageId: "authority", values: ["0"] },
    { name: "a mistyped first character that the check characters repair", patch: { party_b: { credit_code: "01320505MA1N3WCT7A" } }, code: "01320505MA1N3WCT7A", messageId: "authority", values: ["91320505MA1N3WCT7A"] },
    { name: "entity type 5 under the market regulator, which registers 1–3", patch: { party_b: { credit_code: "95320505MA1N3WCT7X" } }, code: "95320505MA1N3WCT7X", messageId: "entityType", values: ["9", "5"] },
    { name: "a mistyped second character that the check characters repair", patch: { party_b: { credit_code: "95320505MA1N3WCT7A" } }, code: "95320505MA1N3WCT7A", messageId: "entityType", values: ["91320505MA1N3WCT7A"] },
    { name: "too short", patch: { party_b: { credit_code: "91320505MA1N3WCT" } }, code: "91320505MA1N3WCT", messageId: "length", values: ["16"] },
    { name: "a short code of digits, read by YAML as a number", patch: { party_b: { credit_code: 9132050 } }, code: "9132050", messageId: "length", values: ["7"] },
  ];
  it.each(invalid)("invalid: $name", ({ patch, code, messageId, values }) => {
    const { text, findings } = lintDeal(patch, [creditCodeRule]);
    expect(findings).toEqual([expect.objectContaining({ ruleId: "credit-code", messageId, severity: "error", ...spanOf(text, code) })]);
    expectValues(findings[0], values);
  });

  it("says which character is wrong, what it should be and the code to write", () => {
    const { findings } = lintDeal({ party_b: { credit_code: "91320505MA1N3WCT7B" } }, [creditCodeRule]);
    expect(findings[0]?.message.en).toBe(
      'party_b.credit_code (Unified Social Credit Code of Party B) "91320505MA1N3WCT7B" is not a valid credit code: the 18th character should be "A", not "B": it is the check character over the first 17 (GB 32100-2015). Fix: write 91320505MA1N3WCT7A if the first 17 characters are right; otherwise copy the code again from the business licence (营业执照) or the National Enterprise Credit Information Publicity System.',
    );
  });

  it("names the entity types that the code's registration authority registers", () => {
    const { findings } = lintDeal({ party_b: { credit_code: "95320505MA1N3WCT7X" } }, [creditCodeRule]);
    expect(findings[0]?.message.zh).toContain("1（企业）、2（个体工商户）、3（农民专业合作社）");
    expect(findings[0]?.message.en).toContain("1 (enterprise), 2 (individual business) or 3 (farmers' specialised cooperative)");
  });

  it("asks for quotes around a code of 18 digits, which YAML reads as an inexact number", () => {
    const text = readFileSync(SAMPLE, "utf8").replace("credit_code: 91320505MA1N3WCT7A", "credit_code: 913205051000000181");
    const { findings } = lintDeal(text, [creditCodeRule]);
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: "credit-code", messageId: "unquotedDigits", severity: "error", path: "party_b.credit_code", ...spanOf(text, "913205051000000181") }),
    ]);
  });

  it("checks every party's code, each at its own line", () => {
    const { text, findings } = lintDeal({ party_a: { credit_code: "91310115MA1HK7QB81" }, party_b: { credit_code: "91320505MA1N3WCT7B" } }, [creditCodeRule]);
    expect(findings.map((f) => [f.path, f.line])).toEqual([
      ["party_a.credit_code", lineOf(text, "91310115MA1HK7QB81")],
      ["party_b.credit_code", lineOf(text, "91320505MA1N3WCT7B")],
    ]);
  });
});

describe("credit-code and the parties' kinds", () => {
  it("credit-code: a credit_code under a person is not checked as a company's (the schema rule reports the key)", () => {
    const deal = PARTIES_DEAL.replace('  id_number: "310104199001011234"', '  id_number: "310104199001011234"\n  credit_code: "123"');
    const found = partiesFindings(deal);
    expect(found.filter((f) => f.ruleId === "credit-code")).toEqual([]);
    expect(found.some((f) => f.ruleId === "schema")).toBe(true);
  });
});
