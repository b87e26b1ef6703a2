// The kinds of deviation review reports, each as a rule: an id, a default severity, a
// description and a messages table, so that `.clausewright.yaml` sets their severity as it
// sets a lint rule's, and the lint reporters show them. They are kinds of one comparison, not
// checks of their own, so they share this file (a lint rule is a file of its own).
//
// An edit in one language only, and any edit of a clause that limits or excludes liability,
// are errors by default: the first leaves two language versions that say different things (the
// deal's prevailing-language clause then decides a dispute over words nobody agreed), and the
// second changes a term that the party proposing standard terms must bring to the other
// party's attention (民法典 第496条), which the template marks `!conspicuous` and sets in bold.

import type { Bilingual } from "../core/bilingual.js";
import type { Severity } from "../core/finding.js";
import type { MessageTable } from "../lint/messages.js";

export interface ReviewRule {
  id: string;
  defaultSeverity: Severity;
  description: Bilingual<string>;
  messages: MessageTable;
  /** The page that explains the rule. */
  docs: string;
}

const DOCS = "https://github.com/clausewright/clausewright/blob/main/docs/review.md";

function rule(id: string, defaultSeverity: Severity, description: Bilingual<string>, messages: MessageTable): ReviewRule {
  return { id, defaultSeverity, description, messages, docs: `${DOCS}#${id}` };
}

export const VALUE_CHANGED = rule(
  "value-changed",
  "warning",
  { en: "A value of the deal reads differently in the returned file.", zh: "退回文件中交易数据的某一取值被修改。" },
  {
    changed: {
      en: "{{clause}}, {{version}}: the value of {{field}} was changed from “{{old}}” to “{{new}}”{{how}}.",
      zh: "{{clause}}（{{version}}）：{{field}} 的取值由“{{old}}”改为“{{new}}”{{how}}。",
    },
  },
);

export const VALUE_UNREADABLE = rule(
  "value-unreadable",
  "warning",
  { en: "A value retyped in the returned file cannot be read back as its field's kind.", zh: "退回文件中被改写的取值无法按字段类型读回。" },
  {
    unreadable: {
      en: "{{clause}}, {{version}}: “{{text}}” cannot be read back as {{field}} ({{why}}); the updated deal keeps {{field}} as it was: set it by hand.",
      zh: "{{clause}}（{{version}}）：“{{text}}”无法读回为 {{field}} 的取值（{{why}}）；更新后的交易文件保留原值，请手工填写。",
    },
  },
);

export const VALUE_DISAGREES = rule(
  "value-disagrees",
  "error",
  { en: "The returned file states one field with different values.", zh: "退回文件对同一字段写有不同的取值。" },
  {
    values: {
      en: "The returned file gives {{field}} different values: {{values}}. The versions must state one value: agree on it with the other side; the updated deal keeps {{field}} as it was.",
      zh: "退回文件对 {{field}} 写有不同的取值：{{values}}。各文本应写明同一取值：请与对方确认；更新后的交易文件保留原值。",
    },
    partly: {
      en: "{{field}} was changed to “{{new}}” in {{changed}} but still reads as agreed in {{unchanged}}: the agreement now states two values; the updated deal keeps {{field}} as it was.",
      zh: "{{field}} 在{{changed}}中被改为“{{new}}”，但在{{unchanged}}中仍为原值：协议现写有两个取值；更新后的交易文件保留原值。",
    },
  },
);

export const WORDING_CHANGED = rule(
  "wording-changed",
  "warning",
  { en: "The wording of a clause was changed outside the deal's values.", zh: "条款措辞（交易数据之外的文字）被修改。" },
  {
    changed: {
      en: "{{clause}}, {{version}}: the wording was changed{{how}}: {{changes}}.",
      zh: "{{clause}}（{{version}}）：措辞被修改{{how}}：{{changes}}。",
    },
  },
);

export const CLAUSE_ADDED = rule(
  "clause-added",
  "warning",
  { en: "The returned file has a clause the agreement does not have.", zh: "退回文件中有协议原本没有的条款。" },
  {
    added: {
      en: "{{version}}: a clause was added after {{after}}{{how}}: “{{text}}”.",
      zh: "{{version}}：在{{after}}之后新增了一条{{how}}：“{{text}}”。",
    },
  },
);

export const CLAUSE_DELETED = rule(
  "clause-deleted",
  "warning",
  { en: "A clause of the agreement is missing from the returned file.", zh: "协议中的条款在退回文件中被删除。" },
  {
    deleted: {
      en: "{{clause}} was deleted from the {{version}}{{how}}.",
      zh: "{{version}}中的{{clause}}被删除{{how}}。",
    },
  },
);

export const CLAUSE_MOVED = rule(
  "clause-moved",
  "warning",
  { en: "Clauses stand in another order in the returned file.", zh: "退回文件中条款的顺序被调整。" },
  {
    moved: {
      en: "{{clause}} was moved in the {{version}}: it now follows {{after}}, and Word numbers it by its new place.",
      zh: "{{version}}中的{{clause}}被移动：现位于{{after}}之后，Word 按新位置为其编号。",
    },
  },
);

export const ONE_LANGUAGE_EDIT = rule(
  "one-language-edit",
  "error",
  {
    en: "A clause was changed in one language version only: the two versions now say different things.",
    zh: "条款只在一种语言文本中被修改，两种文本的内容已不一致。",
  },
  {
    clause: {
      en: "{{clause}} was changed in the {{version}} only; the {{other}} still reads as agreed, so the two versions now differ: change both or neither.",
      zh: "{{clause}}只在{{version}}中被修改，{{other}}仍为原文，两种文本已不一致：应同时修改两种文本，或均不修改。",
    },
    added: {
      en: "A clause was added after {{after}} in the {{version}} only; the {{other}} has none there, so the two versions now differ: add it to both or to neither.",
      zh: "只在{{version}}中于{{after}}之后新增了条款，{{other}}中没有对应条款，两种文本已不一致：应在两种文本中同时增加，或均不增加。",
    },
  },
);

export const CONSPICUOUS_EDIT = rule(
  "conspicuous-edit",
  "error",
  {
    en: "A clause that limits or excludes liability was changed.",
    zh: "限制或免除责任的条款被修改。",
  },
  {
    changed: {
      en: "{{clause}} limits or excludes liability and was changed in the {{versions}}: such a term must be brought to the other party's attention (Civil Code art. 496); check the change before accepting it.",
      zh: "{{clause}}属于限制或免除责任的条款，{{versions}}被修改：此类条款须提请对方注意（《民法典》第四百九十六条），接受前请核对修改内容。",
    },
  },
);

export const DEAL_MISMATCH = rule(
  "deal-mismatch",
  "warning",
  { en: "The returned file was not written from this deal and template.", zh: "退回文件并非由本交易文件及模板生成。" },
  {
    hash: {
      en: "The file was written from other values than {{deal}} holds now (the deal hash it records differs): a difference reported below may be a change of the deal since the file was written, not an edit of the returned file.",
      zh: "该文件生成时所用的取值与 {{deal}} 当前的取值不同（文件记录的交易哈希不一致）：下列差异可能来自文件生成后对交易文件的修改，而非退回文件中的修改。",
    },
    template: {
      en: "The file was written from template {{found}}, but {{deal}} fills {{expected}}: the clauses are compared with {{expected}}.",
      zh: "该文件由模板 {{found}} 生成，而 {{deal}} 使用模板 {{expected}}：条款按 {{expected}} 比较。",
    },
    noProvenance: {
      en: "The file does not record the template and deal it was written from (its clausewright document properties are gone): the clauses are compared with {{deal}} as it is now.",
      zh: "该文件未记录其生成所用的模板和交易文件（clausewright 文档属性已丢失）：条款按 {{deal}} 当前内容比较。",
    },
  },
);

export const ALIGNMENT = rule(
  "alignment",
  "warning",
  {
    en: "The returned file has no clause bookmarks: its clauses were aligned to the agreement's by number, heading and text, which is approximate.",
    zh: "退回文件没有条款书签：其条款按编号、标题和文本与协议条款对应，此对应是近似的。",
  },
  {
    aligned: {
      en: "The file has none of the clause bookmarks clausewright writes (cw_…), so its clauses were aligned to the agreement's without them, approximately: {{methods}}{{unplaced}}. Check that each deviation below is at the clause it names.",
      zh: "该文件没有 clausewright 写入的条款书签（cw_…），其条款是在没有书签的情况下与协议条款近似对应的：{{methods}}{{unplaced}}。请核对下列每一差异所指的条款是否正确。",
    },
  },
);

/** Every review rule, in the order of the docs page. */
export const REVIEW_RULES: readonly ReviewRule[] = [
  VALUE_CHANGED,
  VALUE_UNREADABLE,
  VALUE_DISAGREES,
  WORDING_CHANGED,
  CLAUSE_ADDED,
  CLAUSE_DELETED,
  CLAUSE_MOVED,
  ONE_LANGUAGE_EDIT,
  CONSPICUOUS_EDIT,
  DEAL_MISMATCH,
  ALIGNMENT,
];
