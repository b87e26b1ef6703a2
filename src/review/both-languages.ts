// What only the two languages together show: a clause changed in one language version while
// the other still reads as agreed, and a change to a clause that limits liability.

import type { Lang } from "../core/bilingual.js";
import type { Deviation } from "./deviations.js";
import type { ExpectedClause } from "./expected.js";

type ClauseDeviation = Extract<Deviation, { kind: "value" | "wording" | "deleted" | "moved" }>;

const isClauseChange = (d: Deviation): d is ClauseDeviation => d.kind === "value" || d.kind === "wording" || d.kind === "deleted" || d.kind === "moved";

/** Per clause, the first deviation in each language. */
function byClause(found: readonly Deviation[]): Map<ExpectedClause, Map<Lang, ClauseDeviation[]>> {
  const out = new Map<ExpectedClause, Map<Lang, ClauseDeviation[]>>();
  for (const d of found) {
    if (!isClauseChange(d)) continue;
    const langs = out.get(d.clause) ?? new Map<Lang, ClauseDeviation[]>();
    langs.set(d.lang, [...(langs.get(d.lang) ?? []), d]);
    out.set(d.clause, langs);
  }
  return out;
}

function otherOf(lang: Lang): Lang {
  return lang === "zh" ? "en" : "zh";
}

/** Added clauses whose place in one language has no added clause in the other. */
function addedInOneLanguage(found: readonly Deviation[]): Deviation[] {
  const places = new Map<string, Record<Lang, Array<Extract<Deviation, { kind: "added" }>>>>();
  for (const d of found) {
    if (d.kind !== "added") continue;
    const key = d.after?.base ?? "";
    const place = places.get(key) ?? { zh: [], en: [] };
    place[d.lang].push(d);
    places.set(key, place);
  }
  const out: Deviation[] = [];
  for (const place of places.values()) {
    for (const lang of ["zh", "en"] as const) {
      const extra = place[lang][place[otherOf(lang)].length];
      if (extra) out.push({ kind: "one-language", ...(extra.after ? { after: extra.after } : {}), lang, other: otherOf(lang), paragraph: extra.paragraph, tracked: extra.tracked });
    }
  }
  return out;
}

/**
 * The deviations only the languages together show. A clause moved in both languages (a row
 * of the parallel table) is one move, not an edit of one version.
 */
export function bothLanguages(found: readonly Deviation[], langs: readonly Lang[]): Deviation[] {
  const out: Deviation[] = [];
  for (const [clause, perLang] of byClause(found)) {
    if (langs.length === 2 && perLang.size === 1) {
      const [[lang, [first]]] = [...perLang] as [[Lang, ClauseDeviation[]]];
      if (first) out.push({ kind: "one-language", clause, lang, other: otherOf(lang), paragraph: first.paragraph, tracked: first.tracked });
    }
    // a move leaves the words of the clause as they were
    const edits = [...perLang].filter(([, list]) => list.some((d) => d.kind !== "moved"));
    if (clause.conspicuous && edits.length > 0) {
      const all = edits.flatMap(([, list]) => list);
      out.push({
        kind: "conspicuous",
        clause,
        langs: edits.map(([lang]) => lang),
        paragraph: Math.min(...all.map((d) => d.paragraph)),
        tracked: all.every((d) => d.tracked),
      });
    }
  }
  if (langs.length === 2) out.push(...addedInOneLanguage(found));
  return out;
}
