import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { creditCodeRule } from "../../../src/lint/rules/credit-code.js";
import { lineOf, lintDeal, SAMPLE } from "../lint-helpers.js";

// The sample's codes are 91310115MA1HK7QB80 (Party A) and 91320505MA1N3WCT7A (Party B).

describe("credit-code", () => {
  it("is an error by default", () => {
    expect(creditCodeRule.defaultSeverity).toBe("error");
  });

  const valid: Array<[string, Record<string, unknown>]> = [
    ["the sample's codes", {}],
    ["a code whose organisation check character is X", { party_b: { credit_code: "9144030010000018XH" } }],
    ["a code whose organisation check character is 0", { party_b: { credit_code: "91440300100000040X" } }],
    // a code left out is missing-value's finding
    ["no code", { party_a: { credit_code: null } }],
  ];
  it.each(valid)("valid: %s", (_, patch) => {
    expect(lintDeal(patch, [creditCodeRule]).findings).toEqual([]);
  });

  const invalid: Array<{ name: string; patch: Record<string, unknown>; line: string; en: string[]; zh: string[] }> = [
    {
      name: "a wrong 18th character",
      patch: { party_b: { credit_code: "91320505MA1N3WCT7B" } },
      line: "credit_code: 91320505MA1N3WCT7B",
      en: ["party_b.credit_code", '"91320505MA1N3WCT7B"', 'the 18th character should be "A", not "B"', "write 91320505MA1N3WCT7A"],
      zh: ["乙方统一社会信用代码", "第18位应为“A”", "91320505MA1N3WCT7A"],
    },
    {
      name: "a wrong 17th character (the organisation code's check)",
      patch: { party_a: { credit_code: "91310115MA1HK7QBX0" } },
      line: "credit_code: 91310115MA1HK7QBX0",
      en: ['the 17th character should be "8", not "X"', "organisation code MA1HK7QB", "GB 11714", "write 91310115MA1HK7QB80"],
      zh: ["第17位应为“8”", "GB 11714"],
    },
    {
      name: "a mistyped character among the organisation code: both checks fail",
      patch: { party_a: { credit_code: "91310115MA1HK8QB80" } },
      line: "credit_code: 91310115MA1HK8QB80",
      en: ["both check characters fail", 'the 17th character should be "0"', "9th–16th characters is mistyped"],
      zh: ["两个校验码均不符", "第9至16位"],
    },
    {
      name: "the letter O, which credit codes never use",
      patch: { party_a: { credit_code: "91310115MA1HK7QB8O" } },
      line: "credit_code: 91310115MA1HK7QB8O",
      en: ['the 18th character "O" is not used', 'only "0" there', "91310115MA1HK7QB80"],
      zh: ["第18位“O”", "只能是“0”"],
    },
    {
      name: "a letter in the administrative division code",
      patch: { party_b: { credit_code: "9132050SMA1N3WCT7A" } },
      line: "credit_code: 9132050SMA1N3WCT7A",
      en: ['the 8th character "S" should be a digit', 'only "5" there', "91320505MA1N3WCT7A"],
      zh: ["第8位“S”应为数字"],
    },
    {
      name: "two characters not used in credit codes",
      patch: { party_b: { credit_code: "91320505MAIN3WCT7Z" } },
      line: "credit_code: 91320505MAIN3WCT7Z",
      en: ['the 11th character "I"', 'the 18th character "Z"', "copy the code again from the business licence"],
      zh: ["第11位“I”", "第18位“Z”", "营业执照"],
    },
    {
      name: "lower-case letters",
      patch: { party_a: { credit_code: "91310115ma1hk7qb80" } },
      line: "credit_code: 91310115ma1hk7qb80",
      en: ["lower-case letters", "write it as 91310115MA1HK7QB80"],
      zh: ["小写字母", "请写成 91310115MA1HK7QB80"],
    },
    {
      name: "spaces and full-width digits",
      patch: { party_a: { credit_code: "９１３１０１１５ MA1H K7QB 80" } },
      line: "MA1H K7QB 80",
      en: ["spaces and full-width characters", "write it as 91310115MA1HK7QB80"],
      zh: ["空格、全角字符"],
    },
    {
      name: "spaces, dashes and lower-case letters",
      patch: { party_a: { credit_code: "91310115-ma1h k7qb80" } },
      line: "91310115-ma1h k7qb80",
      en: ["spaces, dashes and lower-case letters", "write it as 91310115MA1HK7QB80"],
      zh: ["空格、连字符、小写字母"],
    },
    {
      name: "too short",
      patch: { party_b: { credit_code: "91320505MA1N3WCT" } },
      line: "credit_code: 91320505MA1N3WCT",
      en: ["has 16 characters", "has 18"],
      zh: ["共16位", "18位"],
    },
    {
      name: "a short code of digits, read by YAML as a number",
      patch: { party_b: { credit_code: 9132050 } },
      line: "credit_code: 9132050",
      en: ['"9132050"', "has 7 characters"],
      zh: ["共7位"],
    },
  ];
  it.each(invalid)("invalid: $name", ({ patch, line, en, zh }) => {
    const { text, findings } = lintDeal(patch, [creditCodeRule]);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ ruleId: "credit-code", severity: "error", line: lineOf(text, line) });
    for (const words of en) expect(f?.message.en).toContain(words);
    for (const words of zh) expect(f?.message.zh).toContain(words);
  });

  it("asks for quotes around a code of 18 digits, which YAML reads as an inexact number", () => {
    const text = readFileSync(SAMPLE, "utf8").replace("credit_code: 91320505MA1N3WCT7A", "credit_code: 913205051000000181");
    const { findings } = lintDeal(text, [creditCodeRule]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: "credit-code", severity: "error", path: "party_b.credit_code", line: lineOf(text, "913205051000000181") });
    expect(findings[0]?.message.en).toContain("in quotes");
    expect(findings[0]?.message.zh).toContain("引号");
  });

  it("checks every party's code, each at its own line", () => {
    const { text, findings } = lintDeal({ party_a: { credit_code: "91310115MA1HK7QB81" }, party_b: { credit_code: "91320505MA1N3WCT7B" } }, [creditCodeRule]);
    expect(findings.map((f) => [f.path, f.line])).toEqual([
      ["party_a.credit_code", lineOf(text, "91310115MA1HK7QB81")],
      ["party_b.credit_code", lineOf(text, "91320505MA1N3WCT7B")],
    ]);
  });
});
