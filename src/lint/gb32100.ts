// The 统一社会信用代码 (Unified Social Credit Code) of GB 32100-2015, and the organisation code of
// GB 11714 embedded in it. Pure functions: the `credit-code` rule words the findings.
//
//   position  1     registration authority (登记管理部门代码)
//             2     kind of entity (机构类别代码)
//             3–8   administrative division (登记管理机关行政区划码): digits only
//             9–17  organisation code (主体标识码), GB 11714: 8 characters and their check character
//             18    check character over positions 1–17
//
// Which characters 1 and 2 may be is a table of GB 32100-2015, kept as data with its source in
// data/gb32100-codes.json.
import table from "./data/gb32100-codes.json" with { type: "json" };
import type { Bilingual } from "../core/bilingual.js";

/** A registration authority (character 1) and the entity types (character 2) it registers. */
export interface RegistrationAuthority extends Bilingual<string> {
  code: string;
  types: ReadonlyArray<Bilingual<string> & { code: string }>;
}

export const REGISTRATION_AUTHORITIES: readonly RegistrationAuthority[] = table.authorities;

/** The registration authority a credit code's first character stands for, or undefined. */
export function registrationAuthority(code: string): RegistrationAuthority | undefined {
  return REGISTRATION_AUTHORITIES.find((a) => a.code === code);
}

/** The 31 characters a credit code may use, each standing for its index: no I, O, S, V or Z. */
export const CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/** GB 32100-2015 weights for positions 1–17: 3^(i−1) mod 31. */
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** GB 11714 weights for the organisation code's first 8 characters. */
const ORGANIZATION_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

export const CREDIT_CODE_LENGTH = 18;

/** Positions (1-based) of the administrative division code, which must be digits. */
const DIVISION_POSITIONS = { from: 3, to: 8 } as const;

/**
 * The check character (position 18) for the first 17 characters, or undefined when they are not
 * 17 characters of the alphabet.
 */
export function creditCodeCheckCharacter(first17: string): string | undefined {
  if (first17.length !== 17) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) return undefined;
    sum += value * (CREDIT_CODE_WEIGHTS[i] ?? 0);
  }
  return CREDIT_CODE_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/**
 * The GB 11714 check character for an organisation code's first 8 characters (digits count as
 * themselves, letters A=10 … Z=35), or undefined when they are not 8 digits or capital letters.
 */
export function organizationCodeCheckCharacter(first8: string): string | undefined {
  if (!/^[0-9A-Z]{8}$/.test(first8)) return undefined;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(first8.charAt(i), 36) * (ORGANIZATION_CODE_WEIGHTS[i] ?? 0);
  const c = 11 - (sum % 11);
  return c === 10 ? "X" : c === 11 ? "0" : String(c);
}

/** What is wrong with a credit code, as data; the first kind found stops the checks after it. */
export type CreditCodeProblem =
  | { kind: "length"; length: number }
  /** A character outside the alphabet, or a non-digit among positions 3–8. */
  | { kind: "character"; position: number; character: string; allowed: "digit" | "code-character" }
  /** Character 1 is no registration authority of the GB 32100-2015 table. */
  | { kind: "authority"; position: 1; character: string }
  /** Character 2 is no entity type that the authority of character 1 registers. */
  | { kind: "entity-type"; position: 2; character: string; authority: RegistrationAuthority }
  /** The organisation code's check character (position 17) does not match its first 8 characters. */
  | { kind: "organization-check"; position: 17; actual: string; expected: string }
  /** The check character (position 18) does not match the first 17 characters as written. */
  | { kind: "check"; position: 18; actual: string; expected: string };

/** Every problem of a credit code; an empty list means it is valid. */
export function creditCodeProblems(code: string): CreditCodeProblem[] {
  const chars = [...code];
  if (chars.length !== CREDIT_CODE_LENGTH) return [{ kind: "length", length: chars.length }];
  const wrong: CreditCodeProblem[] = [];
  chars.forEach((character, i) => {
    const position = i + 1;
    const digitOnly = position >= DIVISION_POSITIONS.from && position <= DIVISION_POSITIONS.to;
    const ok = digitOnly ? /^[0-9]$/.test(character) : CREDIT_CODE_ALPHABET.includes(character);
    if (!ok) wrong.push({ kind: "character", position, character, allowed: digitOnly ? "digit" : "code-character" });
  });
  if (wrong.length > 0) return wrong;
  const problems: CreditCodeProblem[] = [];
  const authority = registrationAuthority(code.charAt(0));
  if (!authority) problems.push({ kind: "authority", position: 1, character: code.charAt(0) });
  else if (!authority.types.some((t) => t.code === code.charAt(1))) problems.push({ kind: "entity-type", position: 2, character: code.charAt(1), authority });
  const organizationCheck = organizationCodeCheckCharacter(code.slice(8, 16));
  const actual17 = code.charAt(16);
  if (organizationCheck !== undefined && organizationCheck !== actual17) {
    problems.push({ kind: "organization-check", position: 17, actual: actual17, expected: organizationCheck });
  }
  const check = creditCodeCheckCharacter(code.slice(0, 17));
  const actual18 = code.charAt(17);
  if (check !== undefined && check !== actual18) problems.push({ kind: "check", position: 18, actual: actual18, expected: check });
  return problems;
}

export function isValidCreditCode(code: string): boolean {
  return creditCodeProblems(code).length === 0;
}

/**
 * The one character that, put at `position` (1-based), makes the code valid; undefined when none
 * or more than one would. The check of GB 32100 is a sum modulo the prime 31 with weights that are
 * never 0, so for one unknown character among the first 17 at most one value fits.
 */
export function repairCharacter(code: string, position: number): string | undefined {
  const chars = [...code];
  if (chars.length !== CREDIT_CODE_LENGTH || position < 1 || position > CREDIT_CODE_LENGTH) return undefined;
  const fits = [...CREDIT_CODE_ALPHABET].filter((c) => {
    const candidate = [...chars];
    candidate[position - 1] = c;
    return isValidCreditCode(candidate.join(""));
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * A valid code that the text plainly means, written with spaces, hyphens, lower-case letters or
 * full-width characters (as copied from a scan or a web page); undefined when there is none.
 */
export function tidyCreditCode(text: string): string | undefined {
  const tidy = text.normalize("NFKC").replace(/[\s\-‐-―]/g, "").toUpperCase();
  return tidy !== text && isValidCreditCode(tidy) ? tidy : undefined;
}

/** 1 → "1st", 2 → "2nd", 17 → "17th", 18 → "18th". */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}
