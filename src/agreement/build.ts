import type { SourcePosition } from "../core/position.js";
import type { Evaluated } from "../evaluate/evaluate.js";
import { valueAt } from "../load/value-at.js";
import { loadPrecompiledJson } from "../package/precompiled.js";
import { TemplateSyntaxError } from "../template/compile.js";
import { IDENTIFIER_KEY, partyKindOf } from "../template/party-kind.js";
import { fieldSchema } from "../template/schema.js";
import type { Template } from "../template/template.js";
import { dealHash } from "./deal-hash.js";
import { numberAgreement, type ArticleNumber, type ClauseNumber, type ItemNumber } from "./numbering.js";
import { parseEvaluatedSource, TemplateStructureError, type RawAgreement, type RawArticle } from "./parse-source.js";
import { both, paragraph, type Scope } from "./resolve.js";
import type { Agreement, Article, Clause, Item, Paragraph, Party } from "./types.js";

export interface Built {
  agreement: Agreement;
}

// The evaluated Markdown holds tokens that stand for values, never the values: every deal that
// takes the same optional clauses gives the same text, so a batch parses it once, not per deal.
// The parsed structure is only read, never changed.
const parsed = new Map<string, RawAgreement>();
const PARSED_LIMIT = 64;

/**
 * The evaluated Markdown, parsed: from memory, from dist/precompiled (where `npm run build` keeps
 * the parses of the bundled samples' variants, so a cold `lint` of a deal like them does not run
 * the Markdown parser: a third of its time), or parsed now.
 */
function parsedSource(template: Template, markdown: string): RawAgreement {
  let raw = parsed.get(markdown);
  if (raw) return raw;
  try {
    raw = loadPrecompiledJson<RawAgreement>("parsed", markdown) ?? parseEvaluatedSource(markdown);
  } catch (err) {
    if (!(err instanceof TemplateStructureError)) throw err;
    // The line is counted in the evaluated source, which differs only where blocks dropped out.
    throw new TemplateSyntaxError(template.sourceFile, err.line, 1, err.reason);
  }
  if (parsed.size >= PARSED_LIMIT) parsed.clear();
  parsed.set(markdown, raw);
  return raw;
}

/**
 * Parse an evaluated template and build the numbered Agreement tree with the deal's values in
 * it. Gaps (missing values, untranslated texts, references to no clause) become placeholders
 * that say why; the lint rules turn them into findings.
 */
export function buildAgreement(template: Template, evaluated: Evaluated, data: Record<string, unknown>): Built {
  const raw = parsedSource(template, evaluated.markdown);
  const numbering = numberAgreement(raw);
  const scope: Scope = { template, insertions: evaluated.insertions, data, numbering };

  const parties: Party[] = template.manifest.parties.map((p) => {
    const kind = partyKindOf(p);
    return {
      field: p.field,
      role: p.role,
      name: both(scope, `${p.field}.name`),
      address: both(scope, `${p.field}.address`),
      kind,
      identifier: both(scope, `${p.field}.${IDENTIFIER_KEY[kind]}`),
    };
  });

  const numberField = template.manifest.agreement_number;
  const numberLabel = numberField ? fieldSchema(template.schema, numberField)?.["x-label"] : undefined;
  const prevailingField = template.manifest.prevailing_language;
  const prevailing = prevailingField ? valueAt(data, prevailingField) : undefined;
  const agreement: Agreement = {
    templateId: template.id,
    templateVersion: template.manifest.version,
    title: template.manifest.title,
    agreementNumber: numberField ? both(scope, numberField) : null,
    // a 协议 says 协议编号, a 合同 合同编号: the schema names the field as the document does
    ...(numberLabel ? { agreementNumberLabel: numberLabel } : {}),
    parties,
    preamble: raw.preamble.map((p) => paragraph(scope, p)),
    articles: raw.articles.map((a, ai) => article(scope, a, numbering.articles[ai] as ArticleNumber)),
    prevailing: prevailing === "zh" || prevailing === "en" ? prevailing : null,
    fonts: template.fonts,
    dealHash: dealHash(data),
  };
  return { agreement };
}

function article(scope: Scope, a: RawArticle, numbers: ArticleNumber): Article {
  const { template } = scope;
  const at = (line: number): SourcePosition => ({ file: template.sourceFile, line, column: 1 });
  return {
    type: "article",
    id: a.id,
    number: numbers.number,
    label: numbers.label,
    title: a.title,
    position: idPosition(template, a.id) ?? at(a.line),
    clauses: a.clauses.map((c, ci): Clause => {
      const clauseNumber = numbers.clauses[ci] as ClauseNumber;
      let itemIndex = 0;
      return {
        type: "clause",
        id: c.id,
        number: clauseNumber.number,
        conspicuous: c.conspicuous,
        position: idPosition(template, c.id) ?? at(c.line),
        body: c.body.map((b): Paragraph | Item => {
          if (b.type === "paragraph") return paragraph(scope, b.text);
          const item = clauseNumber.items[itemIndex++] as ItemNumber;
          return {
            type: "item",
            id: b.id,
            number: item.letter,
            label: item.label,
            conspicuous: b.conspicuous || c.conspicuous,
            position: idPosition(template, b.id) ?? at(b.line),
            paragraphs: b.paragraphs.map((p) => paragraph(scope, p)),
          };
        }),
      };
    }),
  };
}

const idPositions = new WeakMap<Template, Map<string, SourcePosition>>();

/** The source line that declares an id, so a finding about a clause can point into the template. */
function idPosition(template: Template, id: string): SourcePosition | undefined {
  let positions = idPositions.get(template);
  if (!positions) {
    positions = new Map();
    template.sourceText.split("\n").forEach((line, i) => {
      for (const m of line.matchAll(/\{#([A-Za-z0-9_][A-Za-z0-9._-]*)/g)) {
        if (!positions?.has(m[1] as string)) positions?.set(m[1] as string, { file: template.sourceFile, line: i + 1, column: (m.index ?? 0) + 1 });
      }
    });
    idPositions.set(template, positions);
  }
  return positions.get(id);
}
