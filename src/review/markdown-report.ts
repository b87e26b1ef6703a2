// The review as a Markdown report a lawyer pastes into an email or a pull request: what was
// compared with what, how many findings of which kind, then clause by clause (in the
// agreement's order, named in both languages) every deviation with the full text that changed,
// not the shortened quotes of the messages. Contract text is data, never markup: a `*` or `|`
// in a clause is escaped as the Markdown writer escapes a value, so it cannot start emphasis
// or cut a table's row. Same input, same bytes.

import type { Agreement } from "../agreement/types.js";
import type { Bilingual, Lang } from "../core/bilingual.js";
import type { Finding } from "../core/finding.js";
import type { Layout } from "../core/layout.js";
import { escapeMarkdown } from "../write/markdown.js";
import type { Deviation, WordChange } from "./deviations.js";
import { expectedClauses, type ExpectedClause } from "./expected.js";
import { deviationFinding } from "./findings.js";
import type { Provenance } from "./review.js";

export interface ReviewReportInput {
  /** The returned file, as the user named it. */
  file: string;
  /** The deal it was compared with, as the user named it. */
  deal?: string;
  /** Every finding of the run (a rule set to off has none). */
  findings: readonly Finding[];
  deviations: readonly Deviation[];
  provenance?: Provenance;
  layout?: Layout;
  /** The agreement rendered from the deal; absent when the deal could not be used. */
  agreement?: Agreement;
  lang: Lang;
}

type Words = Record<string, Bilingual<string>>;

const WORDS = {
  title: { zh: "退回文件审阅", en: "Review of a returned agreement" },
  file: { zh: "退回文件", en: "Returned file" },
  deal: { zh: "交易文件", en: "Deal" },
  template: { zh: "模板", en: "Template" },
  agreement: { zh: "协议", en: "Agreement" },
  recorded: { zh: "文件记录", en: "recorded in the file" },
  notRecorded: { zh: "文件未记录", en: "not recorded in the file" },
  layout: { zh: "版式", en: "Layout" },
  summary: { zh: "概要", en: "Summary" },
  kind: { zh: "类别", en: "Kind" },
  rule: { zh: "规则", en: "Rule" },
  errors: { zh: "错误", en: "Errors" },
  warnings: { zh: "警告", en: "Warnings" },
  clauses: { zh: "逐条", en: "Clause by clause" },
  other: { zh: "其他", en: "Other findings" },
  heading: { zh: "标题", en: "heading" },
  field: { zh: "字段", en: "Field" },
  old: { zh: "原值", en: "Old" },
  new: { zh: "新值", en: "New" },
  addedAfter: { zh: "新增条款，位于{after}之后", en: "New clause after {after}" },
  atStart: { zh: "新增条款，位于协议开头", en: "New clause at the start of the agreement" },
  aligned: { zh: "对齐方式", en: "aligned by" },
  none: { zh: "没有偏差：退回文件与交易文件生成的协议一致。", en: "No deviation: the returned file says what the deal renders." },
  unusable: { zh: "交易文件有错误，无法据以审阅退回文件（见下）。", en: "The deal has errors of its own, so the returned file was not reviewed (below)." },
} satisfies Words;

const SEVERITY: Record<Finding["severity"], Bilingual<string>> = { error: { zh: "错误", en: "Error" }, warning: { zh: "警告", en: "Warning" } };
const VERSION: Record<Lang, Bilingual<string>> = { zh: { zh: "中文", en: "Chinese" }, en: { zh: "英文", en: "English" } };
const LAYOUT: Record<Layout, Bilingual<string>> = {
  parallel: { zh: "中英对照（表格两栏）", en: "parallel (Chinese and English side by side)" },
  stacked: { zh: "中英先后排列", en: "stacked (Chinese, then English)" },
  zh: { zh: "仅中文", en: "Chinese only" },
  en: { zh: "仅英文", en: "English only" },
};

/** Each rule's kind of deviation, in the order the summary lists them; a lint rule run over the values read back is the last kind. */
const KINDS: Words = {
  "one-language-edit": { zh: "仅一种语言修改", en: "edit in one language only" },
  "conspicuous-edit": { zh: "责任条款修改", en: "liability clause changed" },
  "value-disagrees": { zh: "取值不一致", en: "values disagree" },
  "value-changed": { zh: "取值修改", en: "value changed" },
  "value-unreadable": { zh: "取值无法读回", en: "value not readable" },
  "wording-changed": { zh: "措辞修改", en: "wording changed" },
  "clause-added": { zh: "新增条款", en: "clause added" },
  "clause-deleted": { zh: "删除条款", en: "clause deleted" },
  "clause-moved": { zh: "条款移动", en: "clause moved" },
  "deal-mismatch": { zh: "与交易文件不符", en: "not from this deal" },
};
const LINT_KIND: Bilingual<string> = { zh: "交易检查（读回取值后）", en: "deal lint (with the values read back)" };
const kindOf = (ruleId: string): Bilingual<string> => KINDS[ruleId] ?? LINT_KIND;
const kindRank = (ruleId: string): number => (Object.hasOwn(KINDS, ruleId) ? Object.keys(KINDS).indexOf(ruleId) : Object.keys(KINDS).length);

/** Text from the contract or a message, inline: escaped, its line breaks as <br>, safe in a table cell and a list item. */
const md = (text: string): string => escapeMarkdown(text, true);
const row = (cells: readonly string[]): string => `| ${cells.join(" | ")} |`;
const fill = (template: string, after: string): string => template.replace("{after}", after);

/** A finding with the deviation it reports, when it reports one. */
interface Entry {
  finding: Finding;
  deviation?: Deviation;
}

const sameFinding = (a: Finding, b: Finding): boolean =>
  a.ruleId === b.ruleId && a.line === b.line && a.clause === b.clause && a.path === b.path && a.messageId === b.messageId && a.message.en === b.message.en;

/**
 * Each finding paired with its deviation: the deviation's finding made again (at its default
 * severity) is found among the run's, whose severity the config set; a deviation whose rule is
 * off has none and is left out, as every reporter leaves it out.
 */
function entries(input: ReviewReportInput): Entry[] {
  const left = [...input.findings];
  const out: Entry[] = [];
  for (const deviation of input.deviations) {
    const made = deviationFinding(deviation, input.file, undefined);
    const at = made ? left.findIndex((f) => sameFinding(f, made)) : -1;
    if (at < 0) continue;
    out.push({ finding: left[at] as Finding, deviation });
    left.splice(at, 1);
  }
  return [...out, ...left.map((finding) => ({ finding }))];
}

const severityRank = (e: Entry): number => (e.finding.severity === "error" ? 0 : 1);

/** The section a deviation belongs in: its clause, or the place of the clause it added. */
interface Section {
  clause?: ExpectedClause;
  /** A section for clauses added after `clause` (or at the start, without it). */
  added: boolean;
  entries: Entry[];
}

function clauseOf(entry: Entry, byNumber: Map<string, ExpectedClause>): { clause?: ExpectedClause; added: boolean } | undefined {
  const d = entry.deviation;
  if (d?.kind === "added") return { ...(d.after ? { clause: d.after } : {}), added: true };
  if (d?.kind === "one-language" && !d.clause) return { ...(d.after ? { clause: d.after } : {}), added: true };
  if (d && "clause" in d && d.clause) return { clause: d.clause, added: false };
  const clause = entry.finding.clause !== undefined ? byNumber.get(entry.finding.clause) : undefined;
  return clause ? { clause, added: false } : undefined;
}

/** The entries by clause, in the agreement's order (clauses added after a clause right after it), and the rest. */
function sections(found: readonly Entry[], clauses: readonly ExpectedClause[]): { sections: Section[]; other: Entry[] } {
  const byNumber = new Map(clauses.map((c) => [c.number, c]));
  const byKey = new Map<string, Section>();
  const other: Entry[] = [];
  for (const entry of found) {
    const place = clauseOf(entry, byNumber);
    if (!place) {
      other.push(entry);
      continue;
    }
    const key = `${place.clause?.base ?? ""}|${place.added}`;
    const section = byKey.get(key) ?? { ...(place.clause ? { clause: place.clause } : {}), added: place.added, entries: [] };
    section.entries.push(entry);
    byKey.set(key, section);
  }
  const index = new Map(clauses.map((c, i) => [c.base, i]));
  const rank = (s: Section): number => (s.clause ? (index.get(s.clause.base) ?? clauses.length) : -1) * 2 + (s.added ? 1 : 0);
  // in a clause, the errors first: what must be settled before what may be accepted
  for (const section of byKey.values()) section.entries.sort((a, b) => severityRank(a) - severityRank(b));
  return { sections: [...byKey.values()].sort((a, b) => rank(a) - rank(b)), other };
}

function header(input: ReviewReportInput): string[] {
  const { lang, agreement, provenance, layout } = input;
  const out = [`# ${WORDS.title[lang]}`, "", row(["", ""]), row(["---", "---"]), row([WORDS.file[lang], md(input.file)])];
  if (input.deal !== undefined) out.push(row([WORDS.deal[lang], md(input.deal)]));
  if (agreement) {
    const recorded = provenance?.template !== undefined ? `${WORDS.recorded[lang]}${lang === "zh" ? "：" : ": "}${md(`${provenance.template} ${provenance.templateVersion ?? ""}`.trim())}` : WORDS.notRecorded[lang];
    const [open, close] = lang === "zh" ? ["（", "）"] : [" (", ")"];
    out.push(row([WORDS.template[lang], `${md(`${agreement.templateId} ${agreement.templateVersion}`)}${open}${recorded}${close}`]));
    out.push(row([WORDS.agreement[lang], `${md(agreement.title.zh)} / ${md(agreement.title.en)}`]));
  }
  if (layout) out.push(row([WORDS.layout[lang], LAYOUT[layout][lang]]));
  return [...out, ""];
}

function summary(input: ReviewReportInput): string[] {
  const { lang, findings } = input;
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  const out = [`## ${WORDS.summary[lang]}`, ""];
  if (findings.length === 0) return [...out, input.agreement ? WORDS.none[lang] : WORDS.unusable[lang], ""];
  out.push(
    lang === "zh"
      ? `**共 ${findings.length} 个问题：${errors} 个错误，${warnings} 个警告。**`
      : `**${findings.length} finding${findings.length === 1 ? "" : "s"}: ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}.**`,
  );
  if (!input.agreement) out.push("", WORDS.unusable[lang]);
  out.push("", row([WORDS.kind[lang], WORDS.rule[lang], WORDS.errors[lang], WORDS.warnings[lang]]), row(["---", "---", "---:", "---:"]));
  const rules = [...new Set(findings.map((f) => f.ruleId))].sort((a, b) => kindRank(a) - kindRank(b) || (a < b ? -1 : a > b ? 1 : 0));
  for (const id of rules) {
    const of = findings.filter((f) => f.ruleId === id);
    const e = of.filter((f) => f.severity === "error").length;
    out.push(row([kindOf(id)[lang], `\`${id}\``, String(e), String(of.length - e)]));
  }
  return [...out, ""];
}

/** How a clause is named in both languages: 第3.2条 · clause 3.2, an article's heading with its title. */
function clauseTitle(section: Section, agreement: Agreement | undefined, lang: Lang): string {
  const { clause } = section;
  if (!clause) return WORDS.atStart[lang];
  const name = clause.kind === "article" ? `${clause.name.zh}${WORDS.heading.zh} · ${clause.name.en} ${WORDS.heading.en}` : `${clause.name.zh} · ${clause.name.en}`;
  if (section.added) return fill(WORDS.addedAfter[lang], name);
  if (clause.kind === "article") return name;
  const article = agreement?.articles.find((a) => a.clauses.some((c) => c.id === clause.id || c.body.some((e) => e.type === "item" && e.id === clause.id)));
  return article ? `${name} (${md(`${article.label.zh} ${article.title.zh}`)} · ${md(`${article.label.en} ${article.title.en}`)})` : name;
}

function changeLine(change: WordChange): string {
  const parts = [change.removed === "" ? "" : `~~${md(change.removed)}~~`, change.added === "" ? "" : `**${md(change.added)}**`];
  return `  - ${parts.filter((p) => p !== "").join(" ")}`;
}

/** What changed, in full: a value's field with its old and new text, the words deleted and inserted, an added clause's text. */
function details(d: Deviation | undefined, lang: Lang): string[] {
  if (d?.kind === "value") {
    return ["", `  ${row([WORDS.field[lang], WORDS.old[lang], WORDS.new[lang]])}`, `  ${row(["---", "---", "---"])}`, `  ${row([`\`${d.path}\``, md(d.old), md(d.new)])}`, ""];
  }
  if (d?.kind === "wording") return d.changes.map(changeLine);
  if (d?.kind === "added") return [`  - **${md(d.text)}**`];
  return [];
}

function languageOf(d: Deviation | undefined, lang: Lang): string | undefined {
  if (!d) return undefined;
  const langs = d.kind === "conspicuous" ? d.langs : [d.lang];
  return langs.map((l) => VERSION[l][lang]).join(lang === "zh" ? "、" : " and ");
}

/** The alignment another stage may record on a deviation (how its clause was found), when it is a word to show. */
function alignmentOf(d: Deviation | undefined): string | undefined {
  const value = (d as { alignment?: unknown } | undefined)?.alignment;
  return typeof value === "string" && value !== "" ? value : undefined;
}

function entryLines(entry: Entry, lang: Lang): string[] {
  const { finding, deviation } = entry;
  const language = languageOf(deviation, lang);
  const alignment = alignmentOf(deviation);
  const what = [`**${SEVERITY[finding.severity][lang]}**`, kindOf(finding.ruleId)[lang], `\`${finding.ruleId}\``, ...(language ? [language] : []), ...(alignment ? [`${WORDS.aligned[lang]} ${md(alignment)}`] : [])];
  return [`- ${what.join(" · ")}${lang === "zh" ? "：" : ": "}${md(finding.message[lang])}`, ...details(deviation, lang)];
}

/** The review of a returned file as a Markdown report. */
export function reviewMarkdown(input: ReviewReportInput): string {
  const { lang, agreement } = input;
  const out = [...header(input), ...summary(input)];
  const found = entries(input);
  const { sections: bySection, other } = sections(found, agreement ? expectedClauses(agreement) : []);
  if (bySection.length > 0) {
    out.push(`## ${WORDS.clauses[lang]}`, "");
    for (const section of bySection) {
      out.push(`### ${clauseTitle(section, agreement, lang)}`, "", ...section.entries.flatMap((e) => entryLines(e, lang)), "");
    }
  }
  if (other.length > 0) out.push(`## ${WORDS.other[lang]}`, "", ...other.flatMap((e) => entryLines(e, lang)), "");
  // one blank line at the end, none doubled: a table or list ends where the next block begins
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}\n`;
}
