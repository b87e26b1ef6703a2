// The finding that tells the user a file was aligned without bookmarks, and how: per language,
// how many clauses each method placed (with the lowest similarity among those placed by text
// alone), and how many found no counterpart. Without it a report on such a file would read as
// exact as one matched by bookmark.

import type { Bilingual, Lang } from "../core/bilingual.js";
import type { Finding } from "../core/finding.js";
import type { LintConfig } from "../lint/config.js";
import type { ExpectedClause } from "./expected.js";
import { reviewFinding } from "./findings.js";
import type { AlignedBy, ReturnedClauses } from "./returned.js";
import { ALIGNMENT } from "./rules.js";

const VERSION: Record<Lang, Bilingual<string>> = { zh: { zh: "中文文本", en: "Chinese version" }, en: { zh: "英文文本", en: "English version" } };

const METHODS: ReadonlyArray<{ method: AlignedBy["method"]; name: Bilingual<string> }> = [
  { method: "number", name: { zh: "按编号", en: "by number" } },
  { method: "heading", name: { zh: "按标题", en: "by heading" } },
  { method: "similarity", name: { zh: "按文本相似度", en: "by text similarity" } },
  { method: "row", name: { zh: "按平行表格同一行的另一语言条款", en: "by the other language's clause in the same row of the table" } },
];

/** Per language: how many clauses each method placed, the lowest similarity score, and how many found no counterpart. */
export function alignmentCounts(clauses: ReturnedClauses, expected: readonly ExpectedClause[], lang: Lang): { counts: Map<AlignedBy["method"], number>; lowest?: number; unplaced: number } {
  const counts = new Map<AlignedBy["method"], number>();
  let lowest: number | undefined;
  let added = 0;
  for (const clause of clauses[lang]) {
    if (!clause.alignment) {
      added++;
      continue;
    }
    const { method, score } = clause.alignment;
    counts.set(method, (counts.get(method) ?? 0) + 1);
    if (method === "similarity" && score !== undefined) lowest = Math.min(lowest ?? 1, score);
  }
  const placed = new Set(clauses[lang].flatMap((c) => (c.base !== undefined && c.alignment ? [c.base] : [])));
  const deleted = expected.filter((e) => !placed.has(e.base)).length;
  return { counts, ...(lowest !== undefined ? { lowest } : {}), unplaced: added + deleted };
}

function methodsText(clauses: ReturnedClauses, expected: readonly ExpectedClause[], langs: readonly Lang[]): { methods: Bilingual<string>; unplaced: Bilingual<string> } {
  const parts: Record<Lang, string[]> = { zh: [], en: [] };
  let unplaced = 0;
  for (const lang of langs) {
    const found = alignmentCounts(clauses, expected, lang);
    unplaced += found.unplaced;
    for (const out of ["zh", "en"] as const) {
      const each = METHODS.flatMap(({ method, name }) => {
        const n = found.counts.get(method);
        if (!n) return [];
        const lowest = method === "similarity" && found.lowest !== undefined ? (out === "zh" ? `（最低 ${found.lowest.toFixed(2)}）` : ` (lowest score ${found.lowest.toFixed(2)})`) : "";
        return [out === "zh" ? `${name.zh} ${n} 条${lowest}` : `${n} ${name.en}${lowest}`];
      });
      const none = out === "zh" ? "没有条款" : "no clause";
      parts[out].push(out === "zh" ? `${VERSION[lang].zh}${each.join("、") || none}` : `${VERSION[lang].en} ${each.join(", ") || none}`);
    }
  }
  return {
    methods: { zh: parts.zh.join("；"), en: parts.en.join("; ") },
    unplaced:
      unplaced === 0
        ? { zh: "", en: "" }
        : { zh: `；另有 ${unplaced} 条找不到对应条款（报告为新增或删除）`, en: `; ${unplaced} found no counterpart (reported as added or deleted)` },
  };
}

/** The alignment finding of a file aligned without bookmarks, at its first clause. */
export function alignmentFinding(clauses: ReturnedClauses, expected: readonly ExpectedClause[], langs: readonly Lang[], file: string, config: LintConfig | undefined): Finding | undefined {
  const first = Math.min(...langs.flatMap((lang) => clauses[lang].map((c) => c.paragraph)));
  return reviewFinding(ALIGNMENT, "aligned", methodsText(clauses, expected, langs), { file, paragraph: Number.isFinite(first) ? first : 1 }, config);
}
