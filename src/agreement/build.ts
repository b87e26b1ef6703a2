import { evaluate, valueAt } from "../evaluate/evaluate.js";
import type { Insertion } from "../evaluate/insertions.js";
import { chineseNumeral, formatScalar } from "../format/index.js";
import { positionOf, type DealFile } from "../load/deal-file.js";
import type { Finding } from "../lint/finding.js";
import { fieldLabel, fieldSchema } from "../template/schema.js";
import type { Template } from "../template/template.js";
import { TemplateSyntaxError } from "../template/compile.js";
import { parseEvaluatedSource, TemplateStructureError, type RawInline, type RawParagraph } from "./parse-source.js";
import type { Agreement, Article, Bilingual, Clause, Inline, Item, Lang, Paragraph, Party } from "./types.js";

/** What a reference can point at, with its number written in both languages. */
interface Target {
  id: string;
  number: string;
  text: Bilingual<string>;
}

export interface Built {
  agreement: Agreement;
  /** Missing values, missing translations and references that name no clause. */
  findings: Finding[];
}

const ITEM_LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** Evaluate a template with a deal's data and build the numbered Agreement tree. */
export function buildAgreement(template: Template, deal: DealFile, data: Record<string, unknown>): Built {
  const { markdown, insertions } = evaluate(template.compiled.render, data);
  let raw;
  try {
    raw = parseEvaluatedSource(markdown);
  } catch (err) {
    if (!(err instanceof TemplateStructureError)) throw err;
    // The line is counted in the evaluated source, which differs only where blocks dropped out.
    throw new TemplateSyntaxError(template.sourceFile, err.line, 1, err.reason);
  }
  const findings = new Map<string, Finding>();
  const report = (f: Finding): void => {
    // a value needed in several clauses is one problem in the deal, reported once
    const key = f.path ? `${f.ruleId}|${f.path}` : `${f.ruleId}|${f.line}|${f.column}|${f.message.en}`;
    if (!findings.has(key)) findings.set(key, f);
  };

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

  const placeholder = (path: string, lang: Lang): Inline => {
    const label = fieldLabel(template.schema, path, lang);
    return { type: "placeholder", path, label: lang === "zh" ? `【${label}】` : `[${label}]` };
  };

  const missing = (path: string, clause: string | undefined): void => {
    report({
      ruleId: "missing-value",
      severity: "error",
      file: deal.file,
      ...positionOf(deal, path, "key"),
      path,
      ...(clause ? { clause } : {}),
      message: {
        en: `${path} (${fieldLabel(template.schema, path, "en")}) is needed${clause ? ` by clause ${clause}` : ""} but not given: add it to the deal file.`,
        zh: `${path}（${fieldLabel(template.schema, path, "zh")}）${clause ? `为第${clause}条所需，` : "为本协议所需，"}但未填写：请在交易文件中补充。`,
      },
    });
  };

  const resolveTarget = (value: unknown): Target | undefined => {
    const s = String(value).trim();
    return targets.get(s) ?? byNumber.get(s.replace(/^第(.+?)条$/, "$1").replace(/^(Clause|Article)\s+/i, ""));
  };

  const reference = (path: string, lang: Lang, clause: string | undefined): Inline => {
    const value = valueAt(data, path);
    if (value === undefined) {
      missing(path, clause);
      return placeholder(path, lang);
    }
    const target = resolveTarget(value);
    if (target) return { type: "reference", target: target.id, text: target.text[lang], path };
    report({
      ruleId: "dangling-reference",
      severity: "error",
      file: deal.file,
      ...positionOf(deal, path),
      path,
      ...(clause ? { clause } : {}),
      message: {
        en: `${path} names clause \`${String(value)}\`, which this agreement does not have: give a clause id (such as term.termination) or the number of a clause that exists.`,
        zh: `${path} 指向的条款 \`${String(value)}\` 在本协议中不存在：请填写存在的条款编号或条款标识。`,
      },
    });
    return { type: "placeholder", path, label: lang === "zh" ? `【不存在的条款 ${String(value)}】` : `[no such clause: ${String(value)}]` };
  };

  const fieldValue = (path: string, lang: Lang, clause: string | undefined): Inline => {
    const node = fieldSchema(template.schema, path);
    const kind = node?.["x-kind"];
    if (kind === "clause") return reference(path, lang, clause);
    const value = valueAt(data, path);
    if (value === undefined) {
      missing(path, clause);
      return placeholder(path, lang);
    }
    if (kind === "text" || (kind === undefined && typeof value === "object")) {
      const text = (value as Partial<Bilingual<unknown>>)[lang];
      if (typeof text === "string") return { type: "value", path, text };
      const other = lang === "zh" ? "en" : "zh";
      report({
        ruleId: "missing-translation",
        severity: "error",
        file: deal.file,
        ...positionOf(deal, `${path}.${other}`),
        path: `${path}.${lang}`,
        ...(clause ? { clause } : {}),
        message: {
          en: `${path} (${fieldLabel(template.schema, path, "en")}) has no ${lang === "zh" ? "Chinese" : "English"} text: add \`${lang}:\` next to \`${other}:\`.`,
          zh: `${path}（${fieldLabel(template.schema, path, "zh")}）缺少${lang === "zh" ? "中文" : "英文"}文本：请在 \`${other}:\` 旁补充 \`${lang}:\`。`,
        },
      });
      return placeholder(`${path}.${lang}`, lang);
    }
    if (kind === "enum") {
      const label = node?.["x-enum-labels"]?.[String(value)]?.[lang];
      return { type: "value", path, text: label ?? String(value) };
    }
    try {
      return { type: "value", path, text: formatScalar(kind ?? (typeof value === "number" ? "number" : "plain"), value, lang) };
    } catch {
      // a value of the wrong type: validation has reported it; draft mode shows the gap
      return placeholder(path, lang);
    }
  };

  const resolveInsertion = (ins: Insertion, lang: Lang, clause: string | undefined): Inline => {
    switch (ins.kind) {
      case "field":
        return fieldValue(ins.path, lang, clause);
      case "ref-field":
        return reference(ins.path, lang, clause);
      case "ref": {
        const target = targets.get(ins.target);
        if (target) return { type: "reference", target: target.id, text: target.text[lang] };
        report({
          ruleId: "dangling-reference",
          severity: "error",
          file: template.sourceFile,
          line: ins.loc.line,
          column: ins.loc.column,
          message: {
            en: `The template refers to \`${ins.target}\`, which is not an article, clause or item of this agreement (with these options).`,
            zh: `模板引用了 \`${ins.target}\`，但在此选项下本协议中没有该条、款或项。`,
          },
        });
        return { type: "placeholder", path: ins.target, label: lang === "zh" ? `【不存在的条款 ${ins.target}】` : `[no such clause: ${ins.target}]` };
      }
    }
  };

  const inlines = (nodes: RawInline[], lang: Lang, clause: string | undefined): Inline[] =>
    nodes.map((n): Inline => {
      switch (n.type) {
        case "text":
          return n;
        case "strong":
        case "emphasis":
          return { type: n.type, children: inlines(n.children, lang, clause) };
        case "insertion": {
          const ins = insertions[n.index];
          if (!ins) throw new Error(`internal: no insertion ${n.index}`);
          return resolveInsertion(ins, lang, clause);
        }
      }
    });

  const paragraph = (p: RawParagraph, clause?: string): Paragraph => ({
    type: "paragraph",
    text: { zh: inlines(p.zh, "zh", clause), en: inlines(p.en, "en", clause) },
  });

  const both = (path: string): Bilingual<Inline[]> => ({ zh: [fieldValue(path, "zh", undefined)], en: [fieldValue(path, "en", undefined)] });

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
            if (b.type === "paragraph") return paragraph(b.text, num);
            const letter = ITEM_LETTERS[itemIndex++] ?? String(itemIndex);
            return {
              type: "item",
              id: b.id,
              number: letter,
              label: { zh: `${letter})`, en: `(${letter})` },
              conspicuous: b.conspicuous || c.conspicuous,
              position: idPosition(template, b.id) ?? at(b.line),
              paragraphs: b.paragraphs.map((p) => paragraph(p, `${num}(${letter})`)),
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
  return { agreement, findings: [...findings.values()] };
}

/** The source line that declares an id, so a finding about a clause can point into the template. */
function idPosition(template: Template, id: string) {
  const i = template.sourceText.indexOf(`{#${id}`);
  if (i < 0) return undefined;
  const before = template.sourceText.slice(0, i);
  return { file: template.sourceFile, line: before.split("\n").length, column: i - before.lastIndexOf("\n") };
}
