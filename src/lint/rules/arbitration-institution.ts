import { distance } from "fastest-levenshtein";
import table from "../data/arbitration-commissions.json" with { type: "json" };
import type { Bilingual, Lang } from "../../core/bilingual.js";
import { fieldName } from "../field-name.js";
import type { Rule } from "../rule.js";

// 《仲裁法》第十六条: an arbitration agreement must name the arbitration commission chosen (选定的仲
// 裁委员会); 第十八条: one that names no commission, or names it unclearly, is invalid unless the
// parties agree a supplement. The SPC Interpretation (法释〔2006〕7号) softens it where the commission
// can still be told: an inexact name that identifies one commission chose it (第三条); two
// commissions, or "the commission of a place" where the place has two, leave the parties to agree
// one, and the agreement is invalid if they cannot (第五条、第六条). A clause that needs the
// parties to agree again after a dispute has arisen is the clause this rule keeps out.

export interface Commission {
  name: Bilingual<string>;
  zh: string[];
  en: string[];
}
export const COMMISSIONS: readonly Commission[] = table.commissions;

const CJK = /[\u3400-\u9fff]/;

/** A name as compared: full-width forms folded, spaces, a leading "the" and end punctuation dropped, English in lower case. */
export function normalName(text: string): string {
  const folded = text.normalize("NFKC").trim().replace(/[.。;；,，]+$/u, "");
  const s = CJK.test(folded) ? folded.replace(/\s+/g, "") : folded.replace(/\s+/g, " ").replace(/^the /i, "");
  return s.toLowerCase().replace(/’/g, "'");
}

const INDEX = new Map<string, Commission>();
for (const c of COMMISSIONS) for (const alias of [...c.zh, ...c.en]) INDEX.set(normalName(alias), c);

// A name that is only the kind of body: 仲裁委员会, an arbitration institution.
const GENERIC = {
  zh: /^(?:该|本|一|一个|某|某个|有关|相应)?仲裁(?:委员会|机构|院|中心|庭)$/,
  en: /^(?:an? )?(?:arbitration|arbitral) (?:commission|institution|centre|center|court|body|tribunal)s?$/,
};
const VAGUE: Record<Lang, RegExp> = {
  zh: new RegExp(table.vague.zh.join("|")),
  en: new RegExp(`\\b(?:${table.vague.en.join("|")})\\b`, "i"),
};

export type Reading =
  | { kind: "known"; commission: Commission }
  | { kind: "two"; commissions: Commission[] }
  | { kind: "vague" }
  | { kind: "unknown"; nearest: Commission[] };

/**
 * What a name of an arbitration institution denotes. A name with a second name in brackets
 * (上海国际经济贸易仲裁委员会（上海国际仲裁中心）, Shenzhen Court of International Arbitration (SCIA))
 * is one commission when both name it.
 */
export function readInstitution(text: string): Reading {
  const parts = text
    .split(/[（(）)]/)
    .map(normalName)
    .filter((p) => p !== "");
  const found = parts.map((p) => INDEX.get(p));
  if (found.length > 0 && found.every((c) => c !== undefined)) {
    const distinct = [...new Set(found)] as Commission[];
    return distinct.length === 1 ? { kind: "known", commission: distinct[0]! } : { kind: "two", commissions: distinct };
  }
  const lang: Lang = CJK.test(text) ? "zh" : "en";
  const whole = normalName(text);
  if (GENERIC[lang].test(whole) || VAGUE[lang].test(text)) return { kind: "vague" };
  return { kind: "unknown", nearest: nearest(whole, lang) };
}

/** The three commissions whose names (in the language of the text) are nearest to it. */
function nearest(name: string, lang: Lang): Commission[] {
  return COMMISSIONS.map((c, i) => ({ c, i, d: Math.min(...c[lang].map((alias) => distance(name, normalName(alias)))) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, 3)
    .map((x) => x.c);
}

/** "上海仲裁委员会 (Shanghai Arbitration Commission)", each language's way, joined. */
function names(commissions: readonly Commission[]): Bilingual<string> {
  const en = commissions.map((c) => `${c.name.zh} (${c.name.en})`);
  const last = en.pop() ?? "";
  return { en: en.length > 0 ? `${en.join(", ")} or ${last}` : last, zh: commissions.map((c) => `${c.name.zh}（${c.name.en}）`).join("、") };
}

const PATH = "dispute.arbitration.institution";
const LANGUAGE = { zh: { en: "Chinese", zh: "中文" }, en: { en: "English", zh: "英文" } } as const;

export const arbitrationInstitutionRule: Rule<"vague" | "twoCommissions" | "unknown" | "languagesDiffer"> = {
  id: "arbitration-institution",
  defaultSeverity: "error",
  description: {
    en: "An arbitration clause must name one arbitration commission that exists, the same in both languages (Articles 16 and 18 of the Arbitration Law).",
    zh: "仲裁条款须约定一个确实存在的仲裁委员会，且中英文指向同一机构（《仲裁法》第十六条、第十八条）。",
  },
  // {{field}}: the field, its label and clause; {{name}}: the half as written; {{language}}: its
  // language; {{commissions}}: commissions named (or nearest), with their names in both languages
  messages: {
    vague: {
      en: '{{field}} in {{language}} reads "{{name}}", which names no arbitration commission: a commission described by a party\'s place, by "competent" or "local", or by its kind alone is not a chosen commission, and under Articles 16 and 18 of the Arbitration Law such an arbitration agreement is invalid unless the parties agree a supplement, which after a dispute has arisen they seldom do. Write the commission\'s own name, e.g. 上海国际仲裁中心 / Shanghai International Arbitration Center.',
      zh: "{{field}}的{{language}}为“{{name}}”，未指明仲裁委员会：以一方所在地、“有管辖权的”“当地的”等描述或仅以机构类别约定的，并非选定的仲裁委员会，依《仲裁法》第十六条、第十八条，此类仲裁协议除非当事人达成补充协议，否则无效，而争议发生后当事人很少能达成补充协议。请写明仲裁委员会的名称，例如“上海国际仲裁中心 / Shanghai International Arbitration Center”。",
    },
    twoCommissions: {
      en: '{{field}} in {{language}} reads "{{name}}", which names two commissions: {{commissions}}. Where an arbitration agreement names two or more commissions, the parties must agree on one, and if they cannot the agreement is invalid (Article 5 of the SPC Interpretation on the Arbitration Law, Fa Shi [2006] No. 7). Name one commission.',
      zh: "{{field}}的{{language}}为“{{name}}”，指向两个仲裁机构：{{commissions}}。仲裁协议约定两个以上仲裁机构的，当事人须协议选择其中一个，不能达成一致的，仲裁协议无效（《最高人民法院关于适用〈中华人民共和国仲裁法〉若干问题的解释》第五条）。请只约定一个仲裁委员会。",
    },
    unknown: {
      en: '{{field}} in {{language}} reads "{{name}}", which is not a name of an arbitration commission that clausewright knows (src/lint/data/arbitration-commissions.json). Under Articles 16 and 18 of the Arbitration Law the agreement must name an existing commission clearly: check the name against the commission\'s own arbitration rules. The nearest known names: {{commissions}}.',
      zh: "{{field}}的{{language}}为“{{name}}”，不是 clausewright 已知的仲裁委员会名称（src/lint/data/arbitration-commissions.json）。依《仲裁法》第十六条、第十八条，仲裁协议须明确约定确实存在的仲裁委员会：请对照该机构自己的仲裁规则核实名称。最接近的已知名称：{{commissions}}。",
    },
    languagesDiffer: {
      en: "{{field}} names two different commissions: the Chinese {{zh}}, the English {{en}}. Both versions are signed, and the parties would be left to agree which commission was chosen, failing which the arbitration agreement is invalid (Article 5 of the SPC Interpretation on the Arbitration Law; Articles 16 and 18 of the Arbitration Law). Name the same commission in both languages.",
      zh: "{{field}}的中英文指向不同的仲裁委员会：中文为{{zh}}，英文为{{en}}。两种文本均经签署，当事人须再协议确定所选的仲裁委员会，不能达成一致的，仲裁协议无效（《最高人民法院关于适用〈中华人民共和国仲裁法〉若干问题的解释》第五条；《仲裁法》第十六条、第十八条）。请在两种文本中约定同一仲裁委员会。",
    },
  },
  lint(ctx) {
    const dispute = ctx.data.dispute as { method?: unknown; arbitration?: { institution?: Partial<Record<Lang, unknown>> } } | undefined;
    if (dispute?.method !== "arbitration") return;
    const institution = dispute.arbitration?.institution;
    if (!institution) return;
    const clause = ctx.tree.clauseOf(PATH);
    const field = fieldName(ctx.template.schema, PATH, clause);
    const at = (lang: Lang) => ({ path: `${PATH}.${lang}`, ...(clause ? { clause } : {}) });
    const known: Partial<Record<Lang, Commission>> = {};
    for (const lang of ["zh", "en"] as const) {
      const text = institution[lang];
      // a placeholder left in is leftover-placeholder's finding
      if (typeof text !== "string" || text.trim() === "" || /[[【]/.test(text)) continue;
      const reading = readInstitution(text);
      const data = { field, name: text, language: LANGUAGE[lang] };
      if (reading.kind === "known") known[lang] = reading.commission;
      else if (reading.kind === "vague") ctx.report({ messageId: "vague", data, ...at(lang) });
      else if (reading.kind === "two") ctx.report({ messageId: "twoCommissions", data: { ...data, commissions: names(reading.commissions) }, ...at(lang) });
      else ctx.report({ messageId: "unknown", data: { ...data, commissions: names(reading.nearest) }, severity: "warning", ...at(lang) });
    }
    if (known.zh && known.en && known.zh !== known.en) {
      ctx.report({ messageId: "languagesDiffer", data: { field, zh: names([known.zh]), en: names([known.en]) }, ...at("en") });
    }
  },
};
