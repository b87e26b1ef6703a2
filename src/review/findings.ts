// Deviations as findings: each kind's rule, message and severity (as the config sets it), at
// the returned file's paragraph where the clause stands. A DOCX has no lines: a finding's
// `line` is the number of the paragraph in the document's body, counted from 1, its column 1.

import type { Bilingual, Lang } from "../core/bilingual.js";
import type { Finding } from "../core/finding.js";
import { ruleSetting, type LintConfig } from "../lint/config.js";
import { formatMessage, type MessageData } from "../lint/messages.js";
import type { Deviation, WordChange } from "./deviations.js";
import type { ExpectedClause } from "./expected.js";
import type { AlignedBy } from "./returned.js";
import {
  CLAUSE_ADDED,
  CLAUSE_DELETED,
  CLAUSE_MOVED,
  CONSPICUOUS_EDIT,
  ONE_LANGUAGE_EDIT,
  VALUE_CHANGED,
  WORDING_CHANGED,
  type ReviewRule,
} from "./rules.js";

const VERSION: Record<Lang, Bilingual<string>> = {
  zh: { zh: "中文文本", en: "Chinese version" },
  en: { zh: "英文文本", en: "English version" },
};

const HOW: Record<"tracked" | "untracked", Bilingual<string>> = {
  tracked: { zh: "（以修订方式标出）", en: " (as a tracked change)" },
  untracked: { zh: "（未以修订方式标出）", en: " (not marked as a tracked change)" },
};

const START: Bilingual<string> = { zh: "协议开头", en: "the start of the agreement" };

/** Longest piece of the returned text a message quotes. */
const QUOTE = 80;

function quote(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= QUOTE ? flat : `${flat.slice(0, QUOTE - 1)}…`;
}

function changesText(changes: readonly WordChange[]): Bilingual<string> {
  const one = (c: WordChange, lang: Lang): string => {
    const [removed, added] = [quote(c.removed), quote(c.added)];
    if (removed === "") return lang === "zh" ? `增加“${added}”` : `added “${added}”`;
    if (added === "") return lang === "zh" ? `删除“${removed}”` : `deleted “${removed}”`;
    return lang === "zh" ? `“${removed}”改为“${added}”` : `“${removed}” became “${added}”`;
  };
  return { zh: changes.map((c) => one(c, "zh")).join("；"), en: changes.map((c) => one(c, "en")).join("; ") };
}

const nameOf = (clause: ExpectedClause | undefined): Bilingual<string> => clause?.name ?? START;

const METHOD: Record<Exclude<AlignedBy["method"], "bookmark">, Bilingual<string>> = {
  number: { zh: "按编号对应", en: "aligned by number" },
  heading: { zh: "按标题对应", en: "aligned by heading" },
  similarity: { zh: "按文本相似度对应", en: "aligned by text similarity" },
  row: { zh: "按同一行的另一语言条款对应", en: "aligned by its row" },
};

/** The clause's name, with how it was found when that was not by bookmark: the user then sees how sure the match is. */
function clauseName(clause: ExpectedClause, alignment: AlignedBy | undefined): Bilingual<string> {
  if (!alignment || alignment.method === "bookmark") return clause.name;
  const how = METHOD[alignment.method];
  const score = alignment.score !== undefined ? alignment.score.toFixed(2) : undefined;
  return {
    zh: `${clause.name.zh}（${how.zh}${score !== undefined ? `，相似度 ${score}` : ""}）`,
    en: `${clause.name.en} (${how.en}${score !== undefined ? `, similarity ${score}` : ""})`,
  };
}

function languages(langs: readonly Lang[]): Bilingual<string> {
  const [only] = langs;
  return langs.length === 1 && only ? VERSION[only] : { zh: "中文和英文文本", en: "Chinese and English versions" };
}

/** Which rule reports a deviation, with which message and data. */
function report(d: Deviation): { rule: ReviewRule; messageId: string; data: MessageData; clause?: ExpectedClause; path?: string } {
  const how = HOW[d.tracked ? "tracked" : "untracked"];
  switch (d.kind) {
    case "value":
      return {
        rule: VALUE_CHANGED,
        messageId: "changed",
        data: { clause: clauseName(d.clause, d.alignment), version: VERSION[d.lang], field: d.path, old: quote(d.old), new: quote(d.new), how },
        clause: d.clause,
        path: d.path,
      };
    case "wording":
      return { rule: WORDING_CHANGED, messageId: "changed", data: { clause: clauseName(d.clause, d.alignment), version: VERSION[d.lang], changes: changesText(d.changes), how }, clause: d.clause };
    case "added":
      return { rule: CLAUSE_ADDED, messageId: "added", data: { version: VERSION[d.lang], after: nameOf(d.after), text: quote(d.text), how }, ...(d.after ? { clause: d.after } : {}) };
    case "deleted":
      return { rule: CLAUSE_DELETED, messageId: "deleted", data: { clause: d.clause.name, version: VERSION[d.lang], how }, clause: d.clause };
    case "moved":
      return { rule: CLAUSE_MOVED, messageId: "moved", data: { clause: clauseName(d.clause, d.alignment), version: VERSION[d.lang], after: nameOf(d.after) }, clause: d.clause };
    case "one-language": {
      const data = { version: VERSION[d.lang], other: VERSION[d.other] };
      return d.clause
        ? { rule: ONE_LANGUAGE_EDIT, messageId: "clause", data: { ...data, clause: d.clause.name }, clause: d.clause }
        : { rule: ONE_LANGUAGE_EDIT, messageId: "added", data: { ...data, after: nameOf(d.after) }, ...(d.after ? { clause: d.after } : {}) };
    }
    case "conspicuous":
      return { rule: CONSPICUOUS_EDIT, messageId: "changed", data: { clause: d.clause.name, versions: languages(d.langs) }, clause: d.clause };
  }
}

/** A finding of a review rule at a paragraph of the returned file, at the severity the config gives it (none when off). */
export function reviewFinding(
  rule: ReviewRule,
  messageId: string,
  data: MessageData,
  at: { file: string; paragraph: number; clause?: string; path?: string },
  config: LintConfig | undefined,
): Finding | undefined {
  const { level } = ruleSetting(config, rule.id, rule.defaultSeverity);
  if (level === "off") return undefined;
  return {
    ruleId: rule.id,
    severity: level,
    message: formatMessage(rule.id, rule.messages, messageId, data),
    file: at.file,
    line: at.paragraph,
    column: 1,
    messageId,
    ...(at.path !== undefined ? { path: at.path } : {}),
    ...(at.clause !== undefined ? { clause: at.clause } : {}),
  };
}

/** The findings of the deviations, in the order given. */
export function deviationFindings(found: readonly Deviation[], file: string, config: LintConfig | undefined): Finding[] {
  return found.flatMap((d) => {
    const finding = deviationFinding(d, file, config);
    return finding ? [finding] : [];
  });
}

/** The finding of one deviation, at the severity the config gives its rule (none when off). */
export function deviationFinding(d: Deviation, file: string, config: LintConfig | undefined): Finding | undefined {
  const { rule, messageId, data, clause, path } = report(d);
  return reviewFinding(rule, messageId, data, { file, paragraph: d.paragraph, ...(clause ? { clause: clause.number } : {}), ...(path ? { path } : {}) }, config);
}
