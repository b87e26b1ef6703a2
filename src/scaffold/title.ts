// The document's title and language.

import type { Lang } from "../core/bilingual.js";
import type { SourceLine } from "./document.js";
import type { Stripped } from "./furniture.js";
import { matchArticle, matchClause } from "./numbering.js";
import { isRoleLine } from "./parties.js";
import { scanPlaceholders } from "./placeholders.js";

/**
 * The title: the first line that is not furniture, when it reads like one; else the id, and
 * that line is contract text.
 */
export function findTitle(stripped: Stripped, id: string, notes: string[]): { title: string; titleFound: boolean; lines: SourceLine[] } {
  const t = stripped.title;
  if (!t) {
    notes.push(`no title found: the template's title is “${id}”; edit template.yaml`);
    return { title: id, titleFound: false, lines: stripped.lines };
  }
  const isTitle =
    t.text.length <= 60 &&
    !/[。；]$/.test(t.text) &&
    !isRoleLine(t.text) &&
    !matchArticle(t.text) &&
    !matchClause(t.text) &&
    !scanPlaceholders(t.text).some((p) => p.t === "placeholder");
  if (isTitle) return { title: t.text, titleFound: true, lines: stripped.lines };
  notes.push(`no title found (line ${t.line} reads like contract text): the template's title is “${id}”; edit template.yaml`);
  return { title: id, titleFound: false, lines: [t, ...stripped.lines] };
}

/** Chinese unless nearly all its letters are Latin. */
export function documentLanguage(title: string, lines: readonly SourceLine[]): Lang {
  const all = [title, ...lines.map((l) => l.text)].join("");
  const cjk = (all.match(/[\u3400-\u9fff]/g) ?? []).length;
  const latin = (all.match(/[A-Za-z]/g) ?? []).length;
  return cjk * 10 >= latin ? "zh" : "en";
}
