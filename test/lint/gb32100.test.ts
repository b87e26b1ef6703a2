import { describe, expect, it } from "vitest";
import {
  CREDIT_CODE_ALPHABET,
  creditCodeCheckCharacter,
  creditCodeProblems,
  isValidCreditCode,
  ordinal,
  organizationCodeCheckCharacter,
  REGISTRATION_AUTHORITIES,
  registrationAuthority,
  repairCharacter,
  tidyCreditCode,
} from "../../src/lint/gb32100.js";

// The sample deal's codes, and codes built with the two checks: a 17th character of X, a 17th of 0.
const VALID = ["91310115MA1HK7QB80", "91320505MA1N3WCT7A", "9144030010000018XH", "91440300100000040X", "91110108MA01234B2A"];

const replaced = (code: string, position: number, c: string): string => code.slice(0, position - 1) + c + code.slice(position);

describe("creditCodeCheckCharacter (GB 32100-2015)", () => {
  it.each(VALID)("%s: the 18th character is the check of the first 17", (code) => {
    expect(creditCodeCheckCharacter(code.slice(0, 17))).toBe(code.charAt(17));
  });

  it.each([
    ["too short", "91310115MA1HK7QB"],
    ["too long", "91310115MA1HK7QB80"],
    ["a letter outside the alphabet", "91310115MA1HK7QO8"],
    ["lower case", "91310115ma1hk7qb8"],
  ])("undefined for %s", (_, first17) => {
    expect(creditCodeCheckCharacter(first17)).toBeUndefined();
  });

  it("the alphabet has 31 characters and none of I, O, S, V, Z", () => {
    expect(CREDIT_CODE_ALPHABET).toHaveLength(31);
    expect(CREDIT_CODE_ALPHABET).not.toMatch(/[IOSVZ]/);
  });
});

describe("organizationCodeCheckCharacter (GB 11714)", () => {
  it.each([
    ["MA1HK7QB", "8"],
    ["MA1N3WCT", "7"],
    ["10000018", "X"], // 11 − (sum mod 11) = 10
    ["10000004", "0"], // 11 − (sum mod 11) = 11
    ["MA01234B", "2"],
  ])("%s → %s", (body, check) => {
    expect(organizationCodeCheckCharacter(body)).toBe(check);
  });

  it.each(["MA1HK7Q", "MA1HK7QB8", "ma1hk7qb", "MA1HK7Q-"])("undefined for %s", (body) => {
    expect(organizationCodeCheckCharacter(body)).toBeUndefined();
  });
});

describe("creditCodeProblems", () => {
  it.each(VALID)("%s is valid", (code) => {
    expect(creditCodeProblems(code)).toEqual([]);
    expect(isValidCreditCode(code)).toBe(true);
  });

  it.each([
    ["a wrong 18th character", "91310115MA1HK7QB81", [{ kind: "check", position: 18, actual: "1", expected: "0" }]],
    ["a wrong 17th character (the 18th computed over it)", "91310115MA1HK7QB0" + creditCodeCheckCharacter("91310115MA1HK7QB0"), [{ kind: "organization-check", position: 17, actual: "0", expected: "8" }]],
    [
      "a mistyped 14th character: both checks fail",
      "91310115MA1HK8QB80",
      [
        { kind: "organization-check", position: 17, actual: "8", expected: "0" },
        { kind: "check", position: 18, actual: "0", expected: "7" },
      ],
    ],
    ["17 characters", "91310115MA1HK7QB8", [{ kind: "length", length: 17 }]],
    ["19 characters", "91310115MA1HK7QB800", [{ kind: "length", length: 19 }]],
    ["a letter O", "91310115MA1HKOQB80", [{ kind: "character", position: 14, character: "O", allowed: "code-character" }]],
    ["a letter in the division code", "9131011SMA1HK7QB80", [{ kind: "character", position: 8, character: "S", allowed: "digit" }]],
    // the check characters match: only the GB 32100-2015 table tells these apart from real codes
    ["registration authority 0, which the table does not have", "00320505MA1N3WCT7N", [{ kind: "authority", position: 1, character: "0" }]],
    ["registration authority B, a character of the alphabet that is no authority", "B1320505MA1N3WCT78", [{ kind: "authority", position: 1, character: "B" }]],
    ["entity type 5 under the market regulator (9), which registers only 1–3", "95320505MA1N3WCT7X", [{ kind: "entity-type", position: 2, character: "5", authority: registrationAuthority("9") }]],
    [
      "lower-case letters",
      "91310115ma1HK7QB80",
      [
        { kind: "character", position: 9, character: "m", allowed: "code-character" },
        { kind: "character", position: 10, character: "a", allowed: "code-character" },
      ],
    ],
  ])("%s", (_, code, problems) => {
    expect(creditCodeProblems(code)).toEqual(problems);
    expect(isValidCreditCode(code)).toBe(false);
  });

  it("counts characters, not UTF-16 units", () => {
    expect(creditCodeProblems("91310115MA1HK7QB8😀")).toEqual([{ kind: "character", position: 18, character: "😀", allowed: "code-character" }]);
  });

  // 31 is prime and no weight is 0 modulo 31, so the 18th character catches every single
  // substitution and every swap of two neighbouring characters among the first 17.
  it("catches every single substitution", () => {
    const code = "91310115MA1HK7QB80";
    for (let position = 1; position <= 18; position++) {
      for (const c of CREDIT_CODE_ALPHABET) {
        if (c !== code.charAt(position - 1)) expect(isValidCreditCode(replaced(code, position, c)), `${position}: ${c}`).toBe(false);
      }
    }
  });

  it("catches every swap of neighbouring characters", () => {
    for (const code of VALID) {
      for (let i = 0; i < 17; i++) {
        const a = code.charAt(i);
        const b = code.charAt(i + 1);
        if (a !== b) expect(isValidCreditCode(code.slice(0, i) + b + a + code.slice(i + 2)), `${code} ${i + 1}`).toBe(false);
      }
    }
  });
});

describe("the registration authority and entity type (GB 32100-2015, table 1)", () => {
  // built with both check characters right: a law firm (31), an entity registered by "other"
  // authorities (Y1), a village collective (N2), a public institution (12), a foundation (53)
  it.each(["31110000MA1N3WCT7W", "Y1320505MA1N3WCT7L", "N2320505MA1N3WCT7R", "12320505MA1N3WCT7F", "53320505MA1N3WCT78"])("%s is valid", (code) => {
    expect(creditCodeProblems(code)).toEqual([]);
  });

  it("has the twelve registration authorities, each with its entity types", () => {
    expect(REGISTRATION_AUTHORITIES.map((a) => a.code).join("")).toBe("123456789ANY");
    expect(registrationAuthority("9")?.types.map((t) => t.code)).toEqual(["1", "2", "3"]);
    expect(registrationAuthority("Y")?.types.map((t) => t.code)).toEqual(["1"]);
    for (const a of REGISTRATION_AUTHORITIES) for (const c of [a.code, ...a.types.map((t) => t.code)]) expect(CREDIT_CODE_ALPHABET).toContain(c);
  });

  it("the check characters pick the one authority that fits a mistyped first character", () => {
    expect(repairCharacter("01320505MA1N3WCT7A", 1)).toBe("9");
  });
});

describe("repairCharacter", () => {
  it.each([
    ["an O typed for 0 in the 18th place", "91310115MA1HK7QB8O", 18, "0"],
    ["an O among the organisation code", "91310115MA1HKOQB80", 14, "7"],
    ["an S in the division code", "9131011SMA1HK7QB80", 8, "5"],
    ["a Z as the 17th", "91320505MA1N3WCTZA", 17, "7"],
    ["a valid code's own character", "91320505MA1N3WCT7A", 1, "9"],
  ])("%s", (_, code, position, c) => {
    expect(repairCharacter(code, position)).toBe(c);
  });

  it("undefined when no character fits that place (another is wrong too)", () => {
    expect(repairCharacter("91310115MA1HKOQB81", 14)).toBeUndefined();
  });

  it("undefined for a code of the wrong length or a place outside it", () => {
    expect(repairCharacter("91310115MA1HK7QB8", 3)).toBeUndefined();
    expect(repairCharacter("91310115MA1HK7QB80", 0)).toBeUndefined();
    expect(repairCharacter("91310115MA1HK7QB80", 19)).toBeUndefined();
  });
});

describe("tidyCreditCode", () => {
  it.each([
    ["lower case", "91310115ma1hk7qb80"],
    ["spaces", "9131 0115 MA1H K7QB 80"],
    ["dashes", "91310115-MA1HK7QB-80"],
    ["full-width characters", "９１３１０１１５ＭＡ１ＨＫ７ＱＢ８０"],
    ["a space at the end", "91310115MA1HK7QB80 "],
  ])("%s", (_, text) => {
    expect(tidyCreditCode(text)).toBe("91310115MA1HK7QB80");
  });

  it.each([
    ["a valid code as it is", "91310115MA1HK7QB80"],
    ["a code that is still wrong once tidied", "91310115ma1hk7qb81"],
  ])("undefined for %s", (_, text) => {
    expect(tidyCreditCode(text)).toBeUndefined();
  });
});

describe("ordinal", () => {
  it.each([
    [1, "1st"],
    [2, "2nd"],
    [3, "3rd"],
    [4, "4th"],
    [11, "11th"],
    [12, "12th"],
    [13, "13th"],
    [17, "17th"],
    [18, "18th"],
    [21, "21st"],
  ])("%i → %s", (n, text) => {
    expect(ordinal(n)).toBe(text);
  });
});
