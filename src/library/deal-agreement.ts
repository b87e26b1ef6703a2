import type { Agreement } from "../agreement/types.js";
import { ToolError } from "../core/errors.js";
import type { Finding } from "../core/finding.js";
import type { LintConfig } from "../lint/config.js";
import { resolveConfig } from "./config-lookup.js";
import { prepareAndLint } from "./lint-deal.js";
import type { Layout } from "../core/layout.js";

/** One deal taken through the pipeline: its findings, and its Agreement tree when one could be built. */
export interface DealAgreement {
  findings: Finding[];
  /** The tree with every gap a placeholder, whatever the findings: what a draft shows. */
  agreement?: Agreement;
  templateId?: string;
}

/**
 * The Agreement tree of one deal and every lint rule's findings, from its file or from `text` (an
 * unsaved buffer) that `file` names: the same stages `lint` and `render` run, for a writer of
 * one's own (the web app's live preview). Built for `layout` (default parallel): write it in that
 * layout, as its language clause names the languages of that layout.
 */
export function dealAgreement(
  file: string,
  options: { text?: string; templates?: readonly string[]; config?: LintConfig | string; layout?: Layout } = {},
): DealAgreement {
  const config = resolveConfig(options.config);
  const linted = prepareAndLint({
    file,
    ...(options.layout ? { layout: options.layout } : {}),
    ...(options.text !== undefined ? { text: options.text } : {}),
    ...(options.templates ? { templates: [...options.templates] } : {}),
    ...(config ? { config } : {}),
  });
  if ("error" in linted) throw new ToolError(linted.error);
  if ("skipped" in linted) throw new ToolError(`${file} is a ${linted.skipped} file, not a deal`);
  const { agreement, template } = linted.prepared;
  return { findings: linted.findings, ...(agreement ? { agreement } : {}), ...(template ? { templateId: template.id } : {}) };
}
