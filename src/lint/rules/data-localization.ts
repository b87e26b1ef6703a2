import table from "../data/places-outside-mainland.json" with { type: "json" };
import type { Bilingual, Lang } from "../../core/bilingual.js";
import { fieldName } from "../field-name.js";
import type { Rule } from "../rule.js";

// 《个人信息保护法》第三十八条: a personal information handler that provides personal information
// outside the territory of the People's Republic of China must meet one of: a security assessment
// by the national cyberspace authority (第四十条: required of critical information infrastructure
// operators and of handlers above the volumes it sets), personal information protection
// certification, or a contract with the recipient on the standard contract it issues. 第三十九条
// adds the individuals' separate consent. For outbound transfers Hong Kong, Macao and Taiwan are
// outside (the source note of data/places-outside-mainland.json).

interface Place {
  name: Bilingual<string>;
  zh: string[];
  en: string[];
}
const PLACES: readonly Place[] = table.places;

const SECTION = "data_protection";

// An exclusion names places to leave out: 中华人民共和国境内（不包括香港特别行政区、澳门特别行政区和
// 台湾地区）, mainland China (excluding Hong Kong, Macao and Taiwan).
const EXCLUSION: Record<Lang, RegExp> = {
  zh: /(?:不包括|不包含|不含|除(?=[^）)，,。；;]*外))[^）)，,。；;]*/g,
  en: /\b(?:excluding|not including|other than|except(?: for)?)\b[^);]*/gi,
};

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A name as it may be written: Chinese as is, English as a whole word (an acronym in capitals only). */
function nameRegExp(name: string, lang: Lang): RegExp {
  if (lang === "zh") return new RegExp(escape(name), "g");
  const acronym = /^[A-Z.]+$/.test(name);
  return new RegExp(`(?<![A-Za-z])${escape(name)}(?![A-Za-z])`, acronym ? "g" : "gi");
}

// compiled once, on first use: a deal's every location is searched for every name of the table
const compiled: Partial<Record<Lang, Array<{ place: Place; names: RegExp[] }>>> = {};
const placeNames = (lang: Lang): Array<{ place: Place; names: RegExp[] }> =>
  (compiled[lang] ??= PLACES.map((place) => ({ place, names: place[lang].map((name) => nameRegExp(name, lang)) })));

/** The places outside mainland China that a location names, in the order they are written. */
export function placesOutsideMainland(text: string, lang: Lang): Place[] {
  const read = text.replace(EXCLUSION[lang], (s) => " ".repeat(s.length));
  const found: Array<{ place: Place; start: number; end: number }> = [];
  for (const { place, names } of placeNames(lang)) {
    for (const re of names) {
      for (const m of read.matchAll(re)) found.push({ place, start: m.index, end: m.index + m[0].length });
    }
  }
  // a name inside a longer one (印度 in 印度尼西亚) is that one
  const kept = found.filter((f) => !found.some((g) => g !== f && g.start <= f.start && g.end >= f.end && g.end - g.start > f.end - f.start));
  kept.sort((a, b) => a.start - b.start);
  return [...new Set(kept.map((k) => k.place))];
}

const joined = (places: Place[]): Bilingual<string> => {
  const en = places.map((p) => p.name.en);
  const last = en.pop() ?? "";
  return { en: en.length > 0 ? `${en.join(", ")} and ${last}` : last, zh: places.map((p) => p.name.zh).join("、") };
};

export const dataLocalizationRule: Rule<"outsideMainland"> = {
  id: "data-localization",
  // A warning, not an error: the transfer is lawful once Party A completes one of the routes,
  // which the deal cannot record, and `compare` leaves out an offer with a lint error, where
  // procurement must see this one side by side with the others (docs/rules/data-localization.md).
  defaultSeverity: "warning",
  description: {
    en: "A storage or processing location of personal information outside mainland China (Hong Kong, Macao, Taiwan or abroad): an outbound transfer that needs a security assessment, the standard contract or certification (Articles 38–40 of the Personal Information Protection Law), while the agreement forbids it without them.",
    zh: "个人信息的存储或处理地点位于中国大陆以外（香港、澳门、台湾或境外）：属于个人信息出境，须通过安全评估、订立标准合同或取得认证（《个人信息保护法》第三十八条至第四十条），而协议约定未履行该等程序不得出境。",
  },
  // {{field}}: the location field, its label and clause; {{places}}: what it names outside mainland China
  messages: {
    outsideMainland: {
      en: "{{field}} puts the personal information in {{places}}, outside mainland China. Storing or processing it there is an outbound transfer (Articles 38–40 of the Personal Information Protection Law; the Cyberspace Administration's rules treat Hong Kong, Macao and Taiwan the same way), which the agreement forbids without the statutory procedures: Party A would first need to pass the security assessment of the Cyberspace Administration of China (required of critical information infrastructure operators and above the volumes it sets, Article 40), conclude and file the standard contract for the outbound transfer of personal information, or obtain personal information protection certification, and have the individuals' separate consent (Article 39). Write a location in mainland China (中华人民共和国境内（不包括香港特别行政区、澳门特别行政区和台湾地区） / mainland China), or complete one of those routes and state it in the agreement.",
      zh: "{{field}}将个人信息置于{{places}}，位于中国大陆以外。在该地存储或处理即属个人信息出境（《个人信息保护法》第三十八条至第四十条；国家网信部门的规定对香港特别行政区、澳门特别行政区和台湾地区参照适用），而协议约定未履行法定程序不得向境外提供：甲方须事先通过国家网信部门组织的安全评估（关键信息基础设施运营者及处理个人信息达到国家网信部门规定数量的，必须通过，第四十条），或者按照国家网信部门制定的标准合同与境外接收方订立合同并备案，或者经专业机构进行个人信息保护认证，并取得个人的单独同意（第三十九条）。请填写中国大陆境内的地点（“中华人民共和国境内（不包括香港特别行政区、澳门特别行政区和台湾地区）”/ mainland China），或者完成上述程序之一并在协议中写明。",
    },
  },
  lint(ctx) {
    const section = ctx.data[SECTION];
    if (!section || typeof section !== "object" || Array.isArray(section)) return;
    // every location the deal gives for the personal information: storage_location, and any
    // processing or backup location a template adds
    for (const [key, value] of Object.entries(section as Record<string, unknown>)) {
      if (!/location$/.test(key) || !value || typeof value !== "object") continue;
      const text = value as Partial<Record<Lang, unknown>>;
      const found = (["zh", "en"] as const).map((lang) => ({ lang, places: typeof text[lang] === "string" ? placesOutsideMainland(text[lang], lang) : [] }));
      const first = found.find((f) => f.places.length > 0);
      if (!first) continue;
      const path = `${SECTION}.${key}`;
      const clause = ctx.tree.clauseOf(path);
      ctx.report({
        messageId: "outsideMainland",
        data: { field: fieldName(ctx.template.schema, path, clause), places: joined(first.places) },
        path: `${path}.${first.lang}`,
        ...(clause ? { clause } : {}),
      });
    }
  },
};
