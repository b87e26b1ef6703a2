import type { Bilingual } from "../../core/bilingual.js";
import { fieldLabel } from "../../template/schema.js";
import { creditCodeProblems, ordinal, repairCharacter, tidyCreditCode, type CreditCodeProblem } from "../credit-code-check.js";
import type { Rule } from "../rule.js";

type CharacterProblem = Extract<CreditCodeProblem, { kind: "character" }>;

/** What is wrong and what to write instead, in both languages. */
interface Diagnosis {
  what: Bilingual<string>;
  fix: Bilingual<string>;
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

const COPY_AGAIN: Bilingual<string> = {
  en: "copy the code again from the business licence (营业执照) or the National Enterprise Credit Information Publicity System",
  zh: "请对照营业执照或国家企业信用信息公示系统重新填写",
};

const withCharacter = (code: string, position: number, c: string): string => code.slice(0, position - 1) + c + code.slice(position);

function wrongCharacters(code: string, wrong: CharacterProblem[]): Diagnosis {
  const what = wrong.map((w) =>
    w.allowed === "digit"
      ? {
          en: `the ${ordinal(w.position)} character "${w.character}" should be a digit (characters 3–8 are the administrative division code)`,
          zh: `第${w.position}位“${w.character}”应为数字（第3至8位是登记管理机关行政区划码）`,
        }
      : {
          en: `the ${ordinal(w.position)} character "${w.character}" is not used in credit codes (only 0–9 and the capital letters other than I, O, S, V and Z)`,
          zh: `第${w.position}位“${w.character}”不是统一社会信用代码使用的字符（只用数字0–9和除I、O、S、V、Z以外的大写字母）`,
        },
  );
  const joined = { en: what.map((w) => w.en).join("; "), zh: what.map((w) => w.zh).join("；") };
  const only = wrong.length === 1 ? wrong[0] : undefined;
  const fix = only ? repairCharacter(code, only.position) : undefined;
  if (!only || !fix) return { what: joined, fix: COPY_AGAIN };
  const fixed = withCharacter(code, only.position, fix);
  return {
    what: joined,
    fix: {
      en: `the check characters allow only "${fix}" there, which gives ${fixed}; ${COPY_AGAIN.en} to be sure`,
      zh: `根据校验码，该位只能是“${fix}”，即 ${fixed}；${COPY_AGAIN.zh}以确认`,
    },
  };
}

function wrongChecks(code: string, problems: CreditCodeProblem[]): Diagnosis {
  const organization = problems.find((p) => p.kind === "organization-check");
  const check = problems.find((p) => p.kind === "check");
  const organizationCode = code.slice(8, 16);
  if (organization && check) {
    // With the 17th corrected the 18th is computed again, so that following both corrections
    // gives a valid code; when that 18th is the one written, the 17th alone is wrong.
    const after = repairCharacter(withCharacter(code, 17, organization.expected), 18) ?? check.expected;
    if (after === check.actual) {
      return {
        what: {
          en: `the 17th character should be "${organization.expected}", not "${organization.actual}": it is the check character of the organisation code ${organizationCode} (characters 9–16, GB 11714), and with it the 18th check character matches too`,
          zh: `第17位应为“${organization.expected}”而不是“${organization.actual}”：该位是组织机构代码 ${organizationCode}（第9至16位，GB 11714）的校验码，改正后第18位校验码也相符`,
        },
        fix: { en: `write ${withCharacter(code, 17, organization.expected)}`, zh: `请写成 ${withCharacter(code, 17, organization.expected)}` },
      };
    }
    return {
      what: {
        en: `both check characters fail: the 17th character should be "${organization.expected}" (the check character of the organisation code ${organizationCode}, GB 11714) and then the 18th "${after}"`,
        zh: `两个校验码均不符：按组织机构代码 ${organizationCode} 的校验规则（GB 11714），第17位应为“${organization.expected}”，相应地第18位应为“${after}”`,
      },
      fix: {
        en: `more likely one of the 9th–16th characters is mistyped: ${COPY_AGAIN.en}`,
        zh: `更可能是第9至16位中有字符录入错误，${COPY_AGAIN.zh}`,
      },
    };
  }
  if (organization) {
    return {
      what: {
        en: `the 17th character should be "${organization.expected}", not "${organization.actual}": it is the check character of the organisation code ${organizationCode} (characters 9–16, GB 11714)`,
        zh: `第17位应为“${organization.expected}”而不是“${organization.actual}”：该位是组织机构代码 ${organizationCode}（第9至16位，GB 11714）的校验码`,
      },
      fix: COPY_AGAIN,
    };
  }
  if (check) {
    return {
      what: {
        en: `the 18th character should be "${check.expected}", not "${check.actual}": it is the check character over the first 17 (GB 32100-2015)`,
        zh: `第18位应为“${check.expected}”而不是“${check.actual}”：该位是前17位的校验码（GB 32100-2015）`,
      },
      fix: {
        en: `write ${withCharacter(code, 18, check.expected)} if the first 17 characters are right; otherwise ${COPY_AGAIN.en}`,
        zh: `若前17位无误，请写成 ${withCharacter(code, 18, check.expected)}；否则${COPY_AGAIN.zh}`,
      },
    };
  }
  return { what: { en: "it fails its checks", zh: "未通过校验" }, fix: COPY_AGAIN };
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
    const zh = kinds.map((k) => k.zh);
    const last = en.pop() ?? "stray characters";
    return {
      what: { en: `it is written with ${en.length > 0 ? `${en.join(", ")} and ${last}` : last}`, zh: `其中含有${zh.join("、")}` },
      fix: { en: `write it as ${tidy}`, zh: `请写成 ${tidy}` },
    };
  }
  if (first.kind === "length") {
    return {
      what: { en: `it has ${first.length} characters, and a credit code has 18 (GB 32100-2015)`, zh: `共${first.length}位，而统一社会信用代码为18位（GB 32100-2015）` },
      fix: COPY_AGAIN,
    };
  }
  if (first.kind === "character") return wrongCharacters(code, problems.filter((p): p is CharacterProblem => p.kind === "character"));
  return wrongChecks(code, problems);
}

export const creditCodeRule: Rule = {
  id: "credit-code",
  defaultSeverity: "error",
  description: {
    en: "A Unified Social Credit Code (统一社会信用代码) that is not valid under GB 32100-2015: wrong length or characters, a wrong check character, or an embedded organisation code that fails its GB 11714 check.",
    zh: "不符合 GB 32100-2015 的统一社会信用代码：长度或字符错误、校验码错误，或其中的组织机构代码未通过 GB 11714 校验。",
  },
  check(ctx) {
    const codes: Array<{ path: string; value: unknown }> = [];
    creditCodes(ctx.data, "", codes);
    for (const { path, value } of codes) {
      const label = { en: fieldLabel(ctx.template.schema, path, "en"), zh: fieldLabel(ctx.template.schema, path, "zh") };
      if (typeof value === "number" && !Number.isSafeInteger(value)) {
        // YAML reads a code of digits only as a number, and a double holds no more than 15–16 digits exactly.
        ctx.report({
          path,
          message: {
            en: `${path} (${label.en}) is written without quotes and only in digits, so YAML reads it as a number and loses its last digits: put the code in quotes, e.g. credit_code: "91310115MA1HK7QB80".`,
            zh: `${path}（${label.zh}）只有数字且未加引号，YAML 会将其读作数值并丢失末尾几位：请给代码加上引号，例如 credit_code: "91310115MA1HK7QB80"。`,
          },
        });
        continue;
      }
      // a short code of digits only is read by YAML as a (still exact) number
      const code = typeof value === "number" ? String(value) : value;
      if (typeof code !== "string") continue; // a mapping or a list: the schema rule says so
      const d = diagnose(code);
      if (!d) continue;
      ctx.report({
        path,
        message: {
          en: `${path} (${label.en}) ${JSON.stringify(code)} is not a valid credit code: ${d.what.en}. Fix: ${d.fix.en}.`,
          zh: `${path}（${label.zh}）“${code}”不是有效的统一社会信用代码：${d.what.zh}。${d.fix.zh}。`,
        },
      });
    }
  },
};
