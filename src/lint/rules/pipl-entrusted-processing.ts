import type { Bilingual } from "../../core/bilingual.js";
import { inClause } from "../field-name.js";
import type { Rule } from "../rule.js";

// 《个人信息保护法》第二十一条第一款: 个人信息处理者委托处理个人信息的，应当与受托人约定委托处理的
// 目的、期限、处理方式、个人信息的种类、保护措施以及双方的权利和义务等. The rights and duties are
// the template's own clauses; the five elements below are the deal's to give.
const ELEMENTS: ReadonlyArray<{ key: string; name: Bilingual<string> }> = [
  { key: "purpose", name: { zh: "委托处理的目的", en: "the purpose of the entrusted processing" } },
  { key: "duration", name: { zh: "委托处理的期限", en: "the duration of the entrusted processing" } },
  { key: "method", name: { zh: "处理方式", en: "the method of processing" } },
  { key: "categories", name: { zh: "个人信息的种类", en: "the categories of personal information" } },
  { key: "protection_measures", name: { zh: "保护措施", en: "the protection measures" } },
];

const SECTION = "data_protection";

// Words that fill a field without saying anything: the element is still left out.
const SAYS_NOTHING = /^(?:无|暂无|待定|未定|另行约定|不适用|n\/?a|none|tbd|tbc|to be (?:agreed|determined|confirmed)|[-—–/\\.。…]+)$/i;

function saysNothing(text: unknown): boolean {
  return typeof text !== "string" || SAYS_NOTHING.test(text.trim());
}

export const piplEntrustedProcessingRule: Rule<"leftOut" | "saysNothing" | "oneLanguage"> = {
  id: "pipl-entrusted-processing",
  defaultSeverity: "error",
  description: {
    en: "Party B processes personal information on Party A's behalf, but the deal leaves out (or gives in one language only) an element that Article 21 of the Personal Information Protection Law requires the entrustment to state.",
    zh: "乙方受托处理个人信息，但交易文件遗漏了《个人信息保护法》第二十一条要求委托处理约定载明的事项，或者只用一种语言填写。",
  },
  // {{element}}: what Article 21 requires, ELEMENTS above; {{inClause}}: the clause that prints
  // it, " (clause 5.2(a))", or nothing
  messages: {
    leftOut: {
      en: "Article 21 of the Personal Information Protection Law requires an entrusted-processing agreement to state {{element}}, but the deal leaves out {{path}}{{inClause}}: describe {{element}} in both languages.",
      zh: "《个人信息保护法》第二十一条要求委托处理个人信息的约定载明{{element}}，但交易文件未填写 {{path}}{{inClause}}：请用中英文两种语言写明{{element}}。",
    },
    saysNothing: {
      en: "Article 21 of the Personal Information Protection Law requires an entrusted-processing agreement to state {{element}}, but the deal says nothing in {{path}}{{inClause}}: describe {{element}} in both languages.",
      zh: "《个人信息保护法》第二十一条要求委托处理个人信息的约定载明{{element}}，但交易文件的 {{path}} 未作实质约定{{inClause}}：请用中英文两种语言写明{{element}}。",
    },
    // {{given}}: the language the element is written in; {{missing}} the other, whose key is {{lang}}
    oneLanguage: {
      en: "Article 21 of the Personal Information Protection Law requires an entrusted-processing agreement to state {{element}}, but {{path}}{{inClause}} gives it in {{given}} only: the {{missing}} version of the agreement would not state it. Add `{{lang}}:`.",
      zh: "《个人信息保护法》第二十一条要求委托处理个人信息的约定载明{{element}}，但 {{path}}{{inClause}}只有{{given}}：协议的{{missing}}文本将缺少该事项。请补充 `{{lang}}:`。",
    },
  },
  lint(ctx) {
    const section = ctx.data[SECTION];
    // The supplier processes personal information when the agreement says so (the template
    // prints a data-protection field) or the deal describes the processing.
    const prints = [...ctx.tree.printedPaths].some((path) => path.startsWith(`${SECTION}.`));
    if (!prints && section === undefined) return;
    const given = section && typeof section === "object" && !Array.isArray(section) ? (section as Record<string, unknown>) : {};

    for (const { key, name } of ELEMENTS) {
      const path = `${SECTION}.${key}`;
      const clause = ctx.tree.clauseOf(path);
      const value = given[key];
      if (value !== undefined && (typeof value !== "object" || value === null || Array.isArray(value))) continue; // the schema rule's case
      const text = (value ?? {}) as Record<string, unknown>;
      const empty = { zh: saysNothing(text.zh), en: saysNothing(text.en) };
      const where = inClause(clause);
      if (empty.zh && empty.en) {
        const said = typeof text.zh === "string" || typeof text.en === "string";
        ctx.report({
          messageId: said ? "saysNothing" : "leftOut",
          data: { element: name, path, inClause: where },
          path,
          at: "key",
          ...(clause ? { clause } : {}),
        });
      } else if (empty.zh || empty.en) {
        const chinese = { en: "Chinese", zh: "中文" };
        const english = { en: "English", zh: "英文" };
        ctx.report({
          messageId: "oneLanguage",
          data: {
            element: name,
            path,
            // without a clause, a space keeps the path apart from the Chinese words after it
            inClause: { en: where.en, zh: where.zh || " " },
            given: empty.zh ? english : chinese,
            missing: empty.zh ? chinese : english,
            lang: empty.zh ? "zh" : "en",
          },
          path: `${path}.${empty.zh ? "en" : "zh"}`,
          ...(clause ? { clause } : {}),
        });
      }
    }
  },
};
