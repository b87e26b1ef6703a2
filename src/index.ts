// clausewright's library: the front door. The command line and the web app are faces of what
// is exported here; see docs/api.md for each function with an example.

export { lint, lintText, LINT_BATCH_MIN, type LintOptions, type LintRun, type Progress } from "./library/lint.js";
export { render, renderAgreement, renderSettings, RENDER_BATCH_MIN, type RenderOptions, type RenderRun, type RenderedAgreement } from "./library/render.js";
export { RENDER_FORMATS, type RenderFormat, type RenderOutcome } from "./library/render-deal.js";
export { compare, type CompareOptions, type CompareRun } from "./library/compare.js";
export { check, type CheckOptions, type CheckRun } from "./library/check.js";
export { review, type ReviewOptions, type ReviewRun } from "./library/review.js";
export type { DealReadBack } from "./library/review-deal.js";
export type { ReadValue } from "./review/read-back.js";
export { redline, type RedlineOptions } from "./library/redline.js";
export { init, dealSkeleton, type InitOptions } from "./library/init.js";
export { scaffold, type ScaffoldOptions, type ScaffoldRun } from "./library/scaffold.js";
export { listTemplates, type TemplateInfo } from "./library/templates.js";
export { formatResults, formatReview, isResultFormat, RESULT_FORMATS, REVIEW_REPORT_FORMATS, toolVersion, type FormatOptions, type ReviewFormatOptions } from "./library/results.js";
export { configFor, loadConfigFile } from "./library/config-lookup.js";
export { expandFiles } from "./library/expand-files.js";
export { writeFileAtomic } from "./library/atomic-write.js";
export { dealAgreement, type DealAgreement } from "./library/deal-agreement.js";
export { dealForm, type FieldInput, type FormField, type FormGroup } from "./library/deal-form.js";
export { editDealText, textHash, type DealEdits } from "./library/edit-deal.js";

export { COMPARE_FORMATS, type CompareFormat, type Comparison } from "./compare/index.js";
export { LAYOUTS, type Layout } from "./write/layout.js";
export { FILE_KINDS, type FileKind } from "./load/file-kind.js";
export type { LintConfig } from "./lint/config.js";
export type { LintResult, RuleMeta } from "./lint/reporters/types.js";
export { REVIEW_RULES, type Deviation, type Provenance, type ReviewRule, type WordChange } from "./review/index.js";
export { RULES } from "./lint/rules/index.js";
export type { Rule } from "./lint/rule.js";

export { LANGS, type Bilingual, type Lang } from "./core/bilingual.js";
export type { Position, SourcePosition } from "./core/position.js";
export type { Finding, Severity } from "./core/finding.js";
export type { Agreement, Article, Clause, Inline, Item, Paragraph, Party } from "./agreement/types.js";
export { ToolError } from "./core/errors.js";
