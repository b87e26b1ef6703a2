import type { Bilingual, Lang } from "../../core/bilingual.js";
import { IDENTIFIER_KEY, type PartyKind } from "../../template/party-kind.js";
import type { Rule } from "../rule.js";

const IDENTITY = {
  individual: { zh: "证件号码", en: "ID number" },
  foreign: { zh: "注册号", en: "registration number" },
} as const;

/**
 * A name as it identifies a company: NFKC folds full-width letters, digits, spaces and brackets
 * into their usual forms (（有限合伙） and (有限合伙) are one name), then case and runs of spaces
 * are ignored.
 */
function normalizedName(name: string): string {
  return name.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}

const normalizedCode = (code: string): string => code.normalize("NFKC").replace(/\s+/g, "").toUpperCase();

interface PartyValues {
  field: string;
  role: Bilingual<string>;
  kind: PartyKind;
  names: Partial<Record<Lang, string>>;
  /** the credit code, ID number or registration number, by kind */
  identifier?: string;
}

function partyValues(data: Record<string, unknown>, field: string, role: Bilingual<string>, kind: PartyKind): PartyValues {
  const party = data[field];
  const out: PartyValues = { field, role, kind, names: {} };
  if (!party || typeof party !== "object" || Array.isArray(party)) return out;
  const { name, [IDENTIFIER_KEY[kind]]: code } = party as Record<string, unknown>;
  if (name && typeof name === "object" && !Array.isArray(name)) {
    for (const lang of ["zh", "en"] as const) {
      const n = (name as Record<string, unknown>)[lang];
      if (typeof n === "string" && n.trim() !== "") out.names[lang] = n;
    }
  }
  if (typeof code === "string" && code.trim() !== "") out.identifier = code;
  return out;
}

export const duplicatePartyRule: Rule<"sameName" | "sameCreditCode" | "sameIdentifier"> = {
  id: "duplicate-party",
  defaultSeverity: "error",
  description: {
    en: "Two parties with the same name (in either language), the same Unified Social Credit Code, or (two persons, two foreign companies) the same ID or registration number: a party cannot contract with itself.",
    zh: "两方当事人名称（任一语言）、统一社会信用代码，或（两位自然人、两家境外公司）证件号码、注册号相同：当事人不能与自己订立合同。",
  },
  // {{party}} is the later party, whose field is to be corrected; {{other}} the one it repeats
  messages: {
    sameName: {
      en: '{{party}}\'s name "{{name}}" ({{path}}) is the same as {{other}}\'s ({{otherPath}}): a party cannot contract with itself. Write {{party}}\'s own name as on its business licence.',
      zh: "{{party}}名称“{{name}}”（{{path}}）与{{other}}名称（{{otherPath}}）相同：当事人不能与自己订立合同。请填写{{party}}营业执照上的名称。",
    },
    sameCreditCode: {
      en: "{{party}}'s Unified Social Credit Code {{code}} ({{path}}) is the same as {{other}}'s ({{otherPath}}): a code identifies one entity (GB 32100-2015), so the two parties would be one. Write {{party}}'s own code from its business licence.",
      zh: "{{party}}统一社会信用代码 {{code}}（{{path}}）与{{other}}的（{{otherPath}}）相同：一个代码只对应一个主体（GB 32100-2015），双方将成为同一主体。请填写{{party}}营业执照上的代码。",
    },
    sameIdentifier: {
      en: "{{party}}'s {{label}} {{code}} ({{path}}) is the same as {{other}}'s ({{otherPath}}): the number identifies one person or company, so the two parties would be one. Write {{party}}'s own number.",
      zh: "{{party}}{{label}} {{code}}（{{path}}）与{{other}}的（{{otherPath}}）相同：该号码只对应一个人或一家公司，双方将成为同一主体。请填写{{party}}自己的号码。",
    },
  },
  lint(ctx) {
    const parties = ctx.agreement.parties.map((p) => partyValues(ctx.given, p.field, p.role, p.kind));
    parties.forEach((later, j) => {
      for (const earlier of parties.slice(0, j)) {
        for (const lang of ["zh", "en"] as const) {
          const name = later.names[lang];
          if (name === undefined) continue;
          // a name in one language may have been pasted into the other language's field too
          const same = (["zh", "en"] as const).find((l) => earlier.names[l] !== undefined && normalizedName(earlier.names[l] ?? "") === normalizedName(name));
          if (same === undefined) continue;
          const path = `${later.field}.name.${lang}`;
          ctx.report({
            messageId: "sameName",
            data: { party: later.role, other: earlier.role, name, path, otherPath: `${earlier.field}.name.${same}` },
            path,
          });
        }
        // a person's ID number and a company's code are different things even where they match
        if (later.kind !== earlier.kind || later.identifier === undefined || earlier.identifier === undefined) continue;
        if (normalizedCode(later.identifier) !== normalizedCode(earlier.identifier)) continue;
        const key = IDENTIFIER_KEY[later.kind];
        const path = `${later.field}.${key}`;
        const data = { party: later.role, other: earlier.role, code: later.identifier, path, otherPath: `${earlier.field}.${key}` };
        if (later.kind === "company") ctx.report({ messageId: "sameCreditCode", data, path });
        else ctx.report({ messageId: "sameIdentifier", data: { ...data, label: later.kind === "individual" ? IDENTITY.individual : IDENTITY.foreign }, path });
      }
    });
  },
};
