import type { Evaluated } from "../evaluate/evaluate.js";
import { valueAt } from "../load/value-at.js";
import type { Insertion } from "../template/insertions.js";
import { chineseNumeral, formatScalar } from "../format/index.js";
import { fieldLabel, fieldSchema } from "../template/schema.js";
import type { Template } from "../template/template.js";
import { TemplateSyntaxError } from "../template/compile.js";
import { loadPrecompiledJson } from "../package/precompiled.js";
import { parseEvaluatedSource, TemplateStructureError, type RawAgreement, type RawInline, type RawParagraph } from "./parse-source.js";
import type { Agreement, Article, Clause, Inline, Item, Paragraph, Party } from "./types.js";
import type { Bilingual, Lang } from "../core/bilingual.js";
import type { SourcePosition } from "../core/position.js";

/** What a reference can point at, with its number written in both languages. */
interface Target {
  id: string;
  number: string;
  text: Bilingual<string>;
}

export interface Built {
  agreement: Agreement;
}

const ITEM_LETTERS = "abcdefghijklmnopqrstuvwxyz";

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
  const { markdown, insertions } = evaluated;
  const raw = parsedSource(template, markdown);

  // Numbers come from order alone, so an optional clause that drops out renumbers what follows.
  const targets = new Map<string, Target>();
  raw.articles.forEach((a, ai) => {
    const n = ai + 1;
    targets.set(a.id, { id: a.id, number: String(n), text: { zh: `第${chineseNumeral(n)}条`, en: `Article ${n}` } });
    a.clauses.forEach((c, ci) => {
      const num = `${n}.${ci + 1}`;
      targets.set(c.id, { id: c.id, number: num, text: { zh: `第${num}条`, en: `Clause ${num}` } });
      c.body.filter((b) => b.type === "item").forEach((it, ii) => {
        const letter = ITEM_LETTERS[ii] ?? String(ii + 1);
        targets.set(it.id, { id: it.id, number: `${num}(${letter})`, text: { zh: `第${num}条${letter})项`, en: `Clause ${num}(${letter})` } });
      });
    });
  });
  const byNumber = new Map([...targets.values()].map((t) => [t.number, t]));

  const missing = (path: string, lang: Lang): Inline => {
    const label = fieldLabel(template.schema, path, lang);
    return { type: "placeholder", path, reason: "missing", label: lang === "zh" ? `【${label}】` : `[${label}]` };
  };

  const dangling = (path: string, value: string, lang: Lang, source?: SourcePosition): Inline => ({
    type: "placeholder",
    path,
    reason: "dangling",
    value,
    ...(source ? { source } : {}),
    label: lang === "zh" ? `【不存在的条款 ${value}】` : `[no such clause: ${value}]`,
  });

  const resolveTarget = (value: unknown): Target | undefined => {
    const s = String(value).trim();
    return targets.get(s) ?? byNumber.get(s.replace(/^第(.+?)条$/, "$1").replace(/^(Clause|Article)\s+/i, ""));
  };

  const reference = (path: string, lang: Lang): Inline => {
    const value = valueAt(data, path);
    if (value === undefined) return missing(path, lang);
    const target = resolveTarget(value);
    return target ? { type: "reference", target: target.id, text: target.text[lang], path } : dangling(path, String(value), lang);
  };

  const fieldValue = (path: string, lang: Lang): Inline => {
    const node = fieldSchema(template.schema, path);
    const kind = node?.["x-kind"];
    if (kind === "clause") return reference(path, lang);
    const value = valueAt(data, path);
    if (value === undefined) return missing(path, lang);
    if (kind === "text" || (kind === undefined && typeof value === "object")) {
      const text = (value as Partial<Bilingual<unknown>>)[lang];
      if (typeof text === "string") return { type: "value", path, text };
      const label = fieldLabel(template.schema, `${path}.${lang}`, lang);
      return { type: "placeholder", path: `${path}.${lang}`, reason: "untranslated", label: lang === "zh" ? `【${label}】` : `[${label}]` };
    }
    if (kind === "enum") {
      const label = node?.["x-enum-labels"]?.[String(value)]?.[lang];
      return { type: "value", path, text: label ?? String(value) };
    }
    try {
      return { type: "value", path, text: formatScalar(kind ?? (typeof value === "number" ? "number" : "plain"), value, lang) };
    } catch {
      // a value of the wrong type: the schema rule reports it; draft mode shows the gap
      return missing(path, lang);
    }
  };

  const resolveInsertion = (ins: Insertion, lang: Lang): Inline => {
    switch (ins.kind) {
      case "field":
        return fieldValue(ins.path, lang);
      case "ref-field":
        return reference(ins.path, lang);
      case "ref": {
        const target = targets.get(ins.target);
        if (target) return { type: "reference", target: target.id, text: target.text[lang] };
        return dangling("", ins.target, lang, { file: template.sourceFile, line: ins.loc.line, column: ins.loc.column });
      }
    }
  };

  const inlines = (nodes: RawInline[], lang: Lang): Inline[] =>
    nodes.map((n): Inline => {
      switch (n.type) {
        case "text":
          return n;
        case "strong":
        case "emphasis":
          return { type: n.type, children: inlines(n.children, lang) };
        case "insertion": {
          const ins = insertions[n.index];
          if (!ins) throw new Error(`internal: no insertion ${n.index}`);
          return resolveInsertion(ins, lang);
        }
      }
    });

  const paragraph = (p: RawParagraph): Paragraph => ({
    type: "paragraph",
    text: { zh: inlines(p.zh, "zh"), en: inlines(p.en, "en") },
  });

  const both = (path: string): Bilingual<Inline[]> => ({ zh: [fieldValue(path, "zh")], en: [fieldValue(path, "en")] });

  const parties: Party[] = template.manifest.parties.map((p) => ({
    field: p.field,
    role: p.role,
    name: both(`${p.field}.name`),
    address: both(`${p.field}.address`),
    creditCode: both(`${p.field}.credit_code`),
  }));

  const at = (line: number) => ({ file: template.sourceFile, line, column: 1 });

  const articles: Article[] = raw.articles.map((a, ai) => {
    const n = ai + 1;
    return {
      type: "article",
      id: a.id,
      number: n,
      label: { zh: `第${chineseNumeral(n)}条`, en: `Article ${n}` },
      title: a.title,
      position: idPosition(template, a.id) ?? at(a.line),
      clauses: a.clauses.map((c, ci): Clause => {
        const num = `${n}.${ci + 1}`;
        let itemIndex = 0;
        return {
          type: "clause",
          id: c.id,
          number: num,
          conspicuous: c.conspicuous,
          position: idPosition(template, c.id) ?? at(c.line),
          body: c.body.map((b): Paragraph | Item => {
            if (b.type === "paragraph") return paragraph(b.text);
            const letter = ITEM_LETTERS[itemIndex++] ?? String(itemIndex);
            return {
              type: "item",
              id: b.id,
              number: letter,
              label: { zh: `${letter})`, en: `(${letter})` },
              conspicuous: b.conspicuous || c.conspicuous,
              position: idPosition(template, b.id) ?? at(b.line),
              paragraphs: b.paragraphs.map((p) => paragraph(p)),
            };
          }),
        };
      }),
    };
  });

  const numberField = template.manifest.agreement_number;
  const prevailingField = template.manifest.prevailing_language;
  const prevailing = prevailingField ? valueAt(data, prevailingField) : undefined;
  const agreement: Agreement = {
    templateId: template.id,
    templateVersion: template.manifest.version,
    title: template.manifest.title,
    agreementNumber: numberField ? both(numberField) : null,
    parties,
    preamble: raw.preamble.map((p) => paragraph(p)),
    articles,
    prevailing: prevailing === "zh" || prevailing === "en" ? prevailing : null,
    fonts: template.fonts,
  };
  return { agreement };
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
