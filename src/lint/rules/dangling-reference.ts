import type { Agreement } from "../../agreement/types.js";
import { chineseNumeral } from "../../wording/numerals.js";
import type { Rule } from "../rule.js";

// 第9条, 第九条, 第9.2条, Clause 9.2, Article 9, Section 9.2. A statute's article (《…法》第二十一条,
// "Article 21 of the … Law") is not ours: skipped by the look-behind and look-ahead.
const ZH_REF = /(?<!》\s*)第\s*([0-9]+(?:\.[0-9]+)?|[一二三四五六七八九十百]+)\s*条/g;
const EN_REF = /\b(Clause|Article|Section)\s+([0-9]+(?:\.[0-9]+)?)(?![0-9.]*\s+of\s+the\b)/gi;

function chineseToNumber(s: string): number | undefined {
  for (let n = 1; n <= 200; n++) if (chineseNumeral(n) === s) return n;
  return undefined;
}

/** Numbers that exist in the rendered agreement: articles ("3") and clauses ("3.2"). */
function numbersOf(a: Agreement): Set<string> {
  const out = new Set<string>();
  for (const art of a.articles) {
    out.add(String(art.number));
    for (const c of art.clauses) out.add(c.number);
  }
  return out;
}

function stringsIn(value: unknown, path: string, out: Array<{ path: string; text: string }>): void {
  if (typeof value === "string") out.push({ path, text: value });
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) stringsIn(v, path ? `${path}.${k}` : k, out);
}

export const danglingReferenceRule: Rule<"templateReference" | "clauseField" | "numberInText"> = {
  id: "dangling-reference",
  defaultSeverity: "error",
  description: {
    en: "A reference to a clause that the rendered agreement does not have: in a field that names a clause, or written inside a text.",
    zh: "引用了生成的协议中不存在的条款：无论是指向条款的字段，还是文本中写明的条款号。",
  },
  messages: {
    templateReference: {
      en: "The template refers to `{{target}}`, which is not an article, clause or item of this agreement (with these options).",
      zh: "模板引用了 `{{target}}`，但在此选项下本协议中没有该条、款或项。",
    },
    clauseField: {
      en: "{{path}} names clause `{{target}}`, which this agreement does not have: give a clause id (such as term.termination_for_sla) or the number of a clause that exists.",
      zh: "{{path}} 指向的条款 `{{target}}` 在本协议中不存在：请填写存在的条款编号或条款标识。",
    },
    numberInText: {
      en: "{{path}} mentions {{reference}}, which this agreement does not have: numbers are generated, so refer to the clause by what it says, or correct the number.",
      zh: "{{path}} 中提到的“{{reference}}”在本协议中不存在：条款编号是自动生成的，请核对编号或改用条款内容描述。",
    },
  },
  lint(ctx) {
    const seen = new Set<string>();
    for (const { node, where } of ctx.tree.inlines) {
      if (node.type !== "placeholder" || node.reason !== "dangling") continue;
      const key = `${node.path}|${node.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (node.source) {
        ctx.report({
          messageId: "templateReference",
          data: { target: node.value ?? "" },
          position: node.source,
          ...(where.clause ? { clause: where.clause } : {}),
        });
        continue;
      }
      ctx.report({
        messageId: "clauseField",
        data: { path: node.path, target: node.value ?? "" },
        path: node.path,
        ...(where.clause ? { clause: where.clause } : {}),
      });
    }

    const numbers = numbersOf(ctx.agreement);
    const texts: Array<{ path: string; text: string }> = [];
    stringsIn(ctx.data, "", texts);
    for (const { path, text } of texts) {
      if (path === "template" || path.endsWith("remedy_clause")) continue;
      const found: string[] = [];
      for (const m of text.matchAll(ZH_REF)) {
        const raw = m[1] ?? "";
        const n = /^[0-9]/.test(raw) ? raw : String(chineseToNumber(raw) ?? raw);
        if (!numbers.has(n)) found.push(m[0]);
      }
      for (const m of text.matchAll(EN_REF)) if (!numbers.has(m[2] ?? "")) found.push(m[0]);
      for (const ref of found) {
        ctx.report({ messageId: "numberInText", data: { path, reference: ref }, path });
      }
    }
  },
};
