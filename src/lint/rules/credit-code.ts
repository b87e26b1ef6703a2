import type { Bilingual } from "../../core/bilingual.js";
import { creditCodeProblems, ordinal, REGISTRATION_AUTHORITIES, repairCharacter, tidyCreditCode, type CreditCodeProblem } from "../gb32100.js";
import { fieldLabels } from "../field-name.js";
import { formatMessage, type MessageData } from "../messages.js";
import { partyKindOf } from "../../template/party-kind.js";
import type { Rule } from "../rule.js";

type CharacterProblem = Extract<CreditCodeProblem, { kind: "character" }>;

// Every message names the field and the code as written, says what is wrong and how to fix it.
// Where the check characters cannot tell the right code, the fix is to copy it again from the
// business licence (营业执照) or the National Enterprise Credit Information Publicity System.
const MESSAGES = {
  unquotedDigits: {
    en: '{{path}} ({{label}}) is written without quotes and only in digits, so YAML reads it as a number and loses its last digits: put the code in quotes, e.g. credit_code: "91310115MA1HK7QB80".',
    zh: '{{path}}（{{label}}）只有数字且未加引号，YAML 会将其读作数值并丢失末尾几位：请给代码加上引号，例如 credit_code: "91310115MA1HK7QB80"。',
  },
  untidy: {
    en: "{{path}} ({{label}}) {{code}} is not a valid credit code: it is written with {{kinds}}. Fix: write it as {{tidy}}.",
    zh: "{{path}}（{{label}}）“{{code}}”不是有效的统一社会信用代码：其中含有{{kinds}}。请写成 {{tidy}}。",
  },
  length: {
    en: "{{path}} ({{label}}) {{code}} is not a valid credit code: it has {{length}} characters, and a credit code has 18 (GB 32100-2015). Fix: copy the code again from the business licence (营业执照) or the National Enterprise Credit Information Publicity System.",
    zh: "{{path}}（{{label}}）“{{code}}”不是有效的统一社会信用代码：共{{length}}位，而统一社会信用代码为18位（GB 32100-2015）。请对照营业执照或国家企业信用信息公示系统重新填写。",
  },
  repairableCharacter: {
    en: '{{path}} ({{label}}) {{code}} is not a valid credit code: {{characters}}. Fix: the check characters allow only "{{repair}}" there, which gives {{repaired}}; copy the code again from the business licence (营业执照) or the National Enterprise Credit Information Publicity System to be sure.',
    zh: "{{path}}（{{label}}）“{{code}}”不是有效的统一社会信用代码：{{characters}}。根据校验码，该位只能是“{{repair}}”，即 {{repaired}}；请对照营业执照或国家企业信用信息公示系统重新填写以确认。",
  },
  characters: {
    en: "{{path}} ({{label}}) {{code}} is not a valid credit code: {{characters}}. Fix: copy the code again from the business licence (营业执照) or the National Enterprise Credit Information Publicity System.",
    zh: "{{path}}（{{label}}）“{{code}}”不是有效的统一社会信用代码：{{characters}}。请对照营业执照或国家企业信用信息公示系统重新填写。",
  },
  organizationCheckFixesBoth: {
    en: '{{path}} ({{label}}) {{code}} is not a valid credit code: the 17th character should be "{{expected}}", not "{{actual}}": it is the check character of the organisation code {{organizationCode}} (characters 9–16, GB 11714), and with it the 18th check character matches too. Fix: write {{repaired}}.',
    zh: "{{path}}（{{label}}）“{{code}}”不是有效的统一社会信用代码：第17位应为“{{expected}}”而不是“{{actual}}”：该位是组织机构代码 {{organizationCode}}（第9至16位，GB 11714）的校验码，改正后第18位校验码也相符。请写成 {{repaired}}。",
  },
  bothChecks: {
    en: '{{path}} ({{label}}) {{code}} is not a valid credit code: both check characters fail: the 17th character should be "{{expected}}" (the check character of the organisation code {{organizationCode}}, GB 11714) and then the 18th "{{after}}". Fix: more likely one of the 9th–16th characters is mistyped: copy the code again from the business licence (营业执照) or the National Enterprise Credit Information Publicity System.',
    zh: "{{path}}（{{label}}）“{{code}}”不是有效的统一社会信用代码：两个校验码均不符：按组织机构代码 {{organizationCode}} 的校验规则（GB 11714），第17位应为“{{expected}}”，相应地第18位应为“{{after}}”。更可能是第9至16位中有字符录入错误，请对照营业执照或国家企业信用信息公示系统重新填写。",
  },
  organizationCheck: {
    en: '{{path}} ({{label}}) {{code}} is not a valid credit code: the 17th character should be "{{expected}}", not "{{actual}}": it is the check character of the organisation code {{organizationCode}} (characters 9–16, GB 11714). Fix: copy the code again from the business licence (营业执照) or the National Enterprise Credit Information Publicity System.',
    zh: "{{path}}（{{label}}）“{{code}}”不是有效的统一社会信用代码：第17位应为“{{expected}}”而不是“{{actual}}”：该位是组织机构代码 {{organizationCode}}（第9至16位，GB 11714）的校验码。请对照营业执照或国家企业信用信息公示系统重新填写。",
  },
  // {{allowed}}: the codes the table allows there, each with what it stands for; {{fix}}: FIX below
  authority: {
    en: '{{path}} ({{label}}) {{code}} is not a valid credit code: the 1st character "{{character}}" is not a registration-authority code of GB 32100-2015, which are {{allowed}}. {{fix}}',
    zh: "{{path}}（{{label}}）“{{code}}”不是有效的统一社会信用代码：第1位“{{character}}”不是 GB 32100-2015 规定的登记管理部门代码，登记管理部门代码为{{allowed}}。{{fix}}",
  },
  entityType: {
    en: '{{path}} ({{label}}) {{code}} is not a valid credit code: the 2nd character "{{character}}" is not an entity type that registration authority {{authorityCode}} ({{authority}}) registers, which are {{allowed}} (GB 32100-2015). {{fix}}',
    zh: "{{path}}（{{label}}）“{{code}}”不是有效的统一社会信用代码：第2位“{{character}}”不是登记管理部门{{authorityCode}}（{{authority}}）的机构类别代码，其机构类别代码为{{allowed}}（GB 32100-2015）。{{fix}}",
  },
  check: {
    en: '{{path}} ({{label}}) {{code}} is not a valid credit code: the 18th character should be "{{expected}}", not "{{actual}}": it is the check character over the first 17 (GB 32100-2015). Fix: write {{repaired}} if the first 17 characters are right; otherwise copy the code again from the business licence (营业执照) or the National Enterprise Credit Information Publicity System.',
    zh: "{{path}}（{{label}}）“{{code}}”不是有效的统一社会信用代码：第18位应为“{{expected}}”而不是“{{actual}}”：该位是前17位的校验码（GB 32100-2015）。若前17位无误，请写成 {{repaired}}；否则请对照营业执照或国家企业信用信息公示系统重新填写。",
  },
} as const;
type MessageId = keyof typeof MESSAGES;

// One wrong character, as a piece of the `characters` messages' list.
const CHARACTER = {
  digit: {
    en: 'the {{ordinal}} character "{{character}}" should be a digit (characters 3–8 are the administrative division code)',
    zh: "第{{position}}位“{{character}}”应为数字（第3至8位是登记管理机关行政区划码）",
  },
  codeCharacter: {
    en: 'the {{ordinal}} character "{{character}}" is not used in credit codes (only 0–9 and the capital letters other than I, O, S, V and Z)',
    zh: "第{{position}}位“{{character}}”不是统一社会信用代码使用的字符（只用数字0–9和除I、O、S、V、Z以外的大写字母）",
  },
} as const;

// How to correct a first or second character, as the {{fix}} of the `authority` and `entityType` messages.
const FIX = {
  repair: {
    en: 'Fix: the check characters allow only "{{repair}}" there, which gives {{repaired}}; copy the code again from the business licence (营业执照) or the National Enterprise Credit Information Publicity System to be sure.',
    zh: "根据校验码，该位只能是“{{repair}}”，即 {{repaired}}；请对照营业执照或国家企业信用信息公示系统重新填写以确认。",
  },
  copy: {
    en: "Fix: copy the code again from the business licence (营业执照) or the National Enterprise Credit Information Publicity System.",
    zh: "请对照营业执照或国家企业信用信息公示系统重新填写。",
  },
} as const;

/** Which message, and the data that is particular to it. */
interface Diagnosis {
  messageId: Exclude<MessageId, "unquotedDigits">;
  data: MessageData;
}

/** Every value under a key named credit_code, wherever the template keeps its parties. */
function creditCodes(value: unknown, path: string, out: Array<{ path: string; value: unknown }>): void {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const p = path ? `${path}.${k}` : k;
    if (k === "credit_code") out.push({ path: p, value: v });
    else creditCodes(v, p, out);
  }
}

const withCharacter = (code: string, position: number, c: string): string => code.slice(0, position - 1) + c + code.slice(position);

function wrongCharacters(code: string, wrong: CharacterProblem[]): Diagnosis {
  const what = wrong.map((w) =>
    formatMessage("credit-code", CHARACTER, w.allowed === "digit" ? "digit" : "codeCharacter", { ordinal: ordinal(w.position), position: w.position, character: w.character }),
  );
  const characters: Bilingual<string> = { en: what.map((w) => w.en).join("; "), zh: what.map((w) => w.zh).join("；") };
  const only = wrong.length === 1 ? wrong[0] : undefined;
  const repair = only ? repairCharacter(code, only.position) : undefined;
  if (!only || !repair) return { messageId: "characters", data: { characters } };
  return { messageId: "repairableCharacter", data: { characters, repair, repaired: withCharacter(code, only.position, repair) } };
}

type TableProblem = Extract<CreditCodeProblem, { kind: "authority" | "entity-type" }>;

/** "9 (market regulation authorities), A (…) or Y (…)" / "9（工商）、A（…）或Y（…）". */
function listed(entries: ReadonlyArray<Bilingual<string> & { code: string }>): Bilingual<string> {
  const en = entries.map((e) => `${e.code} (${e.en})`);
  const last = en.pop() ?? "";
  return { en: en.length > 0 ? `${en.join(", ")} or ${last}` : last, zh: entries.map((e) => `${e.code}（${e.zh}）`).join("、") };
}

function wrongTable(code: string, problem: TableProblem): Diagnosis {
  const repair = repairCharacter(code, problem.position);
  const fix = repair
    ? formatMessage("credit-code", FIX, "repair", { repair, repaired: withCharacter(code, problem.position, repair) })
    : formatMessage("credit-code", FIX, "copy", {});
  if (problem.kind === "authority") return { messageId: "authority", data: { character: problem.character, allowed: listed(REGISTRATION_AUTHORITIES), fix } };
  const { authority } = problem;
  return {
    messageId: "entityType",
    data: { character: problem.character, authorityCode: authority.code, authority: { en: authority.en, zh: authority.zh }, allowed: listed(authority.types), fix },
  };
}

function wrongChecks(code: string, problems: CreditCodeProblem[]): Diagnosis {
  const organization = problems.find((p) => p.kind === "organization-check");
  const check = problems.find((p) => p.kind === "check");
  const organizationCode = code.slice(8, 16);
  if (organization) {
    const data = { expected: organization.expected, actual: organization.actual, organizationCode };
    if (!check) return { messageId: "organizationCheck", data };
    // With the 17th corrected the 18th is computed again, so that following both corrections
    // gives a valid code; when that 18th is the one written, the 17th alone is wrong.
    const after = repairCharacter(withCharacter(code, 17, organization.expected), 18) ?? check.expected;
    if (after === check.actual) return { messageId: "organizationCheckFixesBoth", data: { ...data, repaired: withCharacter(code, 17, organization.expected) } };
    return { messageId: "bothChecks", data: { ...data, after } };
  }
  // diagnose comes here only with a check character's problem: the 17th's, or else the 18th's
  if (!check) throw new Error(`credit-code: ${code} fails no check character`);
  return { messageId: "check", data: { expected: check.expected, actual: check.actual, repaired: withCharacter(code, 18, check.expected) } };
}

function diagnose(code: string): Diagnosis | undefined {
  const problems = creditCodeProblems(code);
  const first = problems[0];
  if (!first) return undefined;
  const tidy = tidyCreditCode(code);
  if (tidy) {
    const nfkc = code.normalize("NFKC");
    const kinds = [
      { found: /\s/.test(code), en: "spaces", zh: "空格" },
      { found: /[-‐-―]/.test(nfkc), en: "dashes", zh: "连字符" },
      { found: /[a-z]/.test(nfkc), en: "lower-case letters", zh: "小写字母" },
      { found: nfkc !== code, en: "full-width characters", zh: "全角字符" },
    ].filter((k) => k.found);
    const en = kinds.map((k) => k.en);
    const last = en.pop() ?? "stray characters";
    return { messageId: "untidy", data: { kinds: { en: en.length > 0 ? `${en.join(", ")} and ${last}` : last, zh: kinds.map((k) => k.zh).join("、") }, tidy } };
  }
  if (first.kind === "length") return { messageId: "length", data: { length: first.length } };
  if (first.kind === "character") return wrongCharacters(code, problems.filter((p): p is CharacterProblem => p.kind === "character"));
  if (first.kind === "authority" || first.kind === "entity-type") return wrongTable(code, first);
  return wrongChecks(code, problems);
}

export const creditCodeRule: Rule<MessageId> = {
  id: "credit-code",
  defaultSeverity: "error",
  description: {
    en: "A Unified Social Credit Code (统一社会信用代码) that is not valid under GB 32100-2015: wrong length or characters, a registration authority or entity type that its table does not have, a wrong check character, or an embedded organisation code that fails its GB 11714 check.",
    zh: "不符合 GB 32100-2015 的统一社会信用代码：长度或字符错误、登记管理部门代码或机构类别代码不在该标准的代码表中、校验码错误，或其中的组织机构代码未通过 GB 11714 校验。",
  },
  messages: MESSAGES,
  lint(ctx) {
    const codes: Array<{ path: string; value: unknown }> = [];
    creditCodes(ctx.given, "", codes);
    // a person or a foreign company has no credit code: a credit_code under one is not one
    const notCompanies = ctx.template.manifest.parties.filter((p) => partyKindOf(p) !== "company").map((p) => `${p.field}.`);
    for (const { path, value } of codes) {
      if (notCompanies.some((prefix) => path.startsWith(prefix))) continue;
      const label = fieldLabels(ctx.template.schema, path);
      if (typeof value === "number" && !Number.isSafeInteger(value)) {
        // YAML reads a code of digits only as a number, and a double holds no more than 15–16 digits exactly.
        ctx.report({ messageId: "unquotedDigits", data: { path, label }, path });
        continue;
      }
      // a short code of digits only is read by YAML as a (still exact) number
      const code = typeof value === "number" ? String(value) : value;
      if (typeof code !== "string") continue; // a mapping or a list: the schema rule says so
      const d = diagnose(code);
      if (!d) continue;
      ctx.report({ messageId: d.messageId, data: { ...d.data, path, label, code: { en: JSON.stringify(code), zh: code } }, path });
    }
  },
};
