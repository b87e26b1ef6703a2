import type { Bilingual } from "../core/bilingual.js";
import { buildAgreement } from "../agreement/build.js";
import { evaluate } from "../evaluate/evaluate.js";
import type { Agreement } from "../agreement/types.js";
import { parseDealText, positionOf, readDealFile, type DealFile, type LoadResult } from "../load/deal-file.js";
import type { Finding } from "../core/finding.js";
import { loadTemplate, TemplateNotFoundError, type Template } from "../template/template.js";
import { validateStage } from "../validate/validate.js";
import { FILE_KINDS, fileKindOf, type FileKind } from "../load/file-kind.js";
import { printable } from "../load/printable.js";
import type { Layout } from "../core/layout.js";

/** A template id: a name of letters, digits, dots, dashes and underscores, never a path. */
const TEMPLATE_ID = /^(?!.*\.\.)[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** A deal taken as far through the pipeline as it goes: read, built; lint then checks it. */
export interface PreparedDeal {
  file: string;
  /** Problems that stopped the pipeline before the tree: YAML syntax, an unknown template. */
  findings: Finding[];
  deal?: DealFile;
  template?: Template;
  /** The deal's values with empty ones removed: what the template sees. */
  data?: Record<string, unknown>;
  /** What the validate stage found: the `schema` rule reports it. */
  validation?: Finding[];
  /** The values as given, the refused ones too: what a rule reads to say what is wrong with one. */
  given?: Record<string, unknown>;
  agreement?: Agreement;
  /** The file is of another kind (a policy, a config): nothing is done with it as a deal. */
  skipped?: Exclude<FileKind, "deal">;
}

/**
 * Read and build one deal, for the layout it is to be written in (the template's language clause
 * follows it; render's default when none is given). Problems in the deal come back as findings; a
 * file that cannot be read throws UnreadableInputError (the tool cannot do its job: exit code 2).
 */
export function prepareDeal(file: string, templateOverride?: Template, templateDirs: readonly string[] = [], layout?: Layout): PreparedDeal {
  return prepareLoaded(file, readDealFile(file), templateOverride, templateDirs, layout);
}

/** The same for a deal's text that is not (yet) in its file: an editor's unsaved buffer, read from stdin. */
export function prepareDealText(text: string, file: string, templateDirs: readonly string[] = [], layout?: Layout): PreparedDeal {
  return prepareLoaded(file, parseDealText(text, file), undefined, templateDirs, layout);
}

function prepareLoaded(file: string, loaded: LoadResult, templateOverride: Template | undefined, templateDirs: readonly string[], layout: Layout | undefined): PreparedDeal {
  if (!loaded.ok) return { file, findings: loaded.findings };
  const deal = loaded.deal;
  // a file's kind is decided here, once, before anything is done with it as a deal
  const kind = fileKindOf(deal.data);
  if (kind !== "deal") {
    if (kind) return { file, findings: [], skipped: kind };
    const shownKind = printable(typeof deal.data.kind === "string" ? deal.data.kind : (JSON.stringify(deal.data.kind) ?? ""));
    return stopped(file, deal, "kind", {
            en: `\`kind: ${shownKind}\` is no kind of clausewright file: a deal has no \`kind\` key; other files say ${FILE_KINDS.filter((k) => k !== "deal").map((k) => `\`kind: ${k}\``).join(" or ")}.`,
            zh: `\`kind: ${shownKind}\` 不是 clausewright 的文件类型：交易文件不写 \`kind\`；其他文件写 ${FILE_KINDS.filter((k) => k !== "deal").map((k) => `\`kind: ${k}\``).join(" 或 ")}。`,
          });
  }
  const templateId = deal.data.template;
  let template = templateOverride;
  if (!template) {
    if (typeof templateId !== "string" || templateId.trim() === "") {
      return stopped(file, deal, "template", {
              en: "The deal does not say which template it fills: add `template: customer-service` (see `clausewright templates`) as its first key.",
              zh: "交易文件未指明使用哪个模板：请在开头加入 `template: customer-service`（可用 `clausewright templates` 查看）。",
            });
    }
    // a template is named by its id, looked up among the user's and the bundled templates: a deal
    // never points at a folder of its own choosing
    if (!TEMPLATE_ID.test(templateId)) {
      return stopped(file, deal, "template", {
              en: `\`template: ${printable(templateId)}\` is no template id: a deal names its template by id, such as \`customer-service\` (see \`clausewright templates\`), never by a path; give --templates the folder of your own templates.`,
              zh: `\`template: ${printable(templateId)}\` 不是模板编号：交易文件以编号指明模板，例如 \`customer-service\`（见 \`clausewright templates\`），不能写路径；自有模板的文件夹请用 --templates 指定。`,
            });
    }
    try {
      template = loadTemplate(templateId, templateDirs);
    } catch (err) {
      if (!(err instanceof TemplateNotFoundError)) throw err;
      return stopped(file, deal, "template", { en: `Unknown template: ${err.message}`, zh: `未知模板：${err.message}` });
    }
  }
  // load → validate → evaluate → agreement: each stage takes what the one before it gave
  const { data, given, findings: validation } = validateStage(deal, template.schema);
  const agreement = buildAgreement(template, evaluate(template.compiled.render, data, layout), data).agreement;
  return { file, deal, template, data, given, validation, agreement, findings: [] };
}

/** A deal the pipeline cannot take further (an unknown kind or template): one finding at the key that says why. */
function stopped(file: string, deal: DealFile, path: string, message: Bilingual<string>): PreparedDeal {
  return { file, deal, findings: [{ ruleId: "schema", severity: "error", file, ...positionOf(deal, path), path, message }] };
}
