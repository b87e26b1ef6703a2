import type { Bilingual, Lang } from "../../core/bilingual.js";
import type { Rule } from "../rule.js";

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
  names: Partial<Record<Lang, string>>;
  creditCode?: string;
}

function partyValues(data: Record<string, unknown>, field: string, role: Bilingual<string>): PartyValues {
  const party = data[field];
  const out: PartyValues = { field, role, names: {} };
  if (!party || typeof party !== "object" || Array.isArray(party)) return out;
  const { name, credit_code: code } = party as Record<string, unknown>;
  if (name && typeof name === "object" && !Array.isArray(name)) {
    for (const lang of ["zh", "en"] as const) {
      const n = (name as Record<string, unknown>)[lang];
      if (typeof n === "string" && n.trim() !== "") out.names[lang] = n;
    }
  }
  if (typeof code === "string" && code.trim() !== "") out.creditCode = code;
  return out;
}

export const duplicatePartyRule: Rule<"sameName" | "sameCreditCode"> = {
  id: "duplicate-party",
  defaultSeverity: "error",
  description: {
    en: "Two parties with the same name (in either language) or the same Unified Social Credit Code: a party cannot contract with itself.",
    zh: "两方当事人名称（任一语言）或统一社会信用代码相同：当事人不能与自己订立合同。",
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
  },
  lint(ctx) {
    const parties = ctx.agreement.parties.map((p) => partyValues(ctx.given, p.field, p.role));
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
        if (later.creditCode !== undefined && earlier.creditCode !== undefined && normalizedCode(later.creditCode) === normalizedCode(earlier.creditCode)) {
          const path = `${later.field}.credit_code`;
          ctx.report({
            messageId: "sameCreditCode",
            data: { party: later.role, other: earlier.role, code: later.creditCode, path, otherPath: `${earlier.field}.credit_code` },
            path,
          });
        }
      }
    });
  },
};
