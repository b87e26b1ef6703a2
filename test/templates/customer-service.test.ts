// The customer-service template's wording where a deal's values change what it says: each case
// renders the sample with one change and reads the clause as a lawyer would, in both languages.
import { describe, expect, it } from "vitest";
import { prepareDeal } from "../../src/library/prepare-deal.js";
import { lintPrepared } from "../../src/lint/engine.js";
import { writeMarkdown } from "../../src/write/markdown.js";
import { lintDeal, lineOf, merge, sampleData } from "../lint/lint-helpers.js";
import { tempDir } from "../helpers.js";
import { join } from "node:path";
import { writeFileSync } from "node:fs";
import YAML from "yaml";
import { inlineText } from "../../src/agreement/walk.js";
import { renderAgreement } from "../../src/library/render.js";
import type { Layout } from "../../src/core/layout.js";

/** The sample with `patch` merged in, rendered in Chinese and in English (draft: gaps as placeholders). */
function rendered(patch: Record<string, unknown>): { zh: string; en: string } {
  const file = join(tempDir(), "deal.yaml");
  writeFileSync(file, YAML.stringify(merge(sampleData(), patch)));
  const prepared = prepareDeal(file);
  return { zh: writeMarkdown(prepared.agreement!, "zh"), en: writeMarkdown(prepared.agreement!, "en") };
}

/** The line of clause `number` in a rendered Markdown document. */
function clause(md: string, number: string): string {
  const line = md.split("\n").find((l) => l.replace(/\*\*/g, "").startsWith(`${number} `));
  if (!line) throw new Error(`no clause ${number} in:\n${md}`);
  // the Markdown writer escapes the brackets of an English placeholder
  return line.replace(/\\([[\]])/g, "$1");
}

describe("dispute resolution", () => {
  it("a deal without dispute.method is told that the method is missing, not that a court is", () => {
    const { text, findings } = lintDeal({ dispute: { method: null } });
    const missing = findings.filter((f) => f.ruleId === "missing-value");
    expect(missing.map((f) => f.path)).toEqual(["dispute.method"]);
    expect(missing[0]?.line).toBe(lineOf(text, "dispute:") + 1);
    expect(missing[0]?.message.en).toContain("Dispute resolution method");
    expect(findings.some((f) => f.path?.startsWith("dispute.court"))).toBe(false);
  });

  it("the draft shows the method as the gap, and no litigation clause", () => {
    const { zh, en } = rendered({ dispute: { method: null } });
    expect(clause(zh, "9.2")).toContain("未能协商解决的，通过【争议解决方式】解决。");
    expect(clause(zh, "9.2")).not.toContain("人民法院");
    expect(clause(en, "9.2")).toContain("it shall be resolved by [Dispute resolution method].");
  });

  it("litigation names the court the deal gives, and lints clean", () => {
    // `check` renders each condition on and off, not each value of an enum: this is the litigation variant's check
    const litigation = { dispute: { method: "court", arbitration: null, court: { location: { zh: "甲方住所地", en: "the place of Party A's domicile" } } } };
    expect(lintDeal(litigation).findings).toEqual([]);
    const { zh, en } = rendered(litigation);
    expect(clause(zh, "9.2")).toContain("任何一方均有权向甲方住所地有管辖权的人民法院提起诉讼。");
    expect(clause(en, "9.2")).toContain("before the competent people's court at the place of Party A's domicile.");
  });
});

describe("the sample lints clean after each change of wording", () => {
  it("samples/customer-service.yaml", () => {
    const findings = lintPrepared(prepareDeal(join(import.meta.dirname, "..", "..", "samples", "customer-service.yaml")));
    expect(findings).toEqual([]);
  });
});

describe("clause 12.7, signing and effect", () => {
  it("with a signing date, says the parties sign on that day and the agreement takes effect then, and nothing about different days", () => {
    const { zh, en } = rendered({});
    expect(clause(zh, "12.7")).toBe("12.7 本协议由双方法定代表人或者授权代表于2026年12月15日签字并加盖公章或者合同专用章，自该日起生效。");
    expect(clause(en, "12.7")).toContain("on 15 December 2026, and shall take effect on that date.");
    expect(clause(en, "12.7")).not.toContain("different dates");
  });

  it("without one, takes effect on the later party's signing", () => {
    const { zh, en } = rendered({ signing: null });
    expect(clause(zh, "12.7")).toBe("12.7 本协议自双方法定代表人或者授权代表签字并加盖公章或者合同专用章之日起生效；双方签字盖章日期不一致的，以后一方签字盖章之日为准。");
    expect(clause(en, "12.7")).toContain("if the Parties sign and seal on different dates, it shall take effect on the later date.");
  });
});

describe("one term for one concept, in both languages", () => {
  const { zh, en } = rendered({});
  const clauses = (md: string): Map<string, string> =>
    new Map(md.split("\n").flatMap((l) => {
      const m = /^(?:\*\*)?(\d+\.\d+) /.exec(l);
      return m ? [[m[1]!, l] as [string, string]] : [];
    }));
  const zhClauses = clauses(zh);
  const enClauses = clauses(en);

  it("违约金 is “liquidated damages” in every clause that names it, late payment (4.6) included", () => {
    const naming = [...zhClauses].filter(([, text]) => text.includes("违约金")).map(([n]) => n);
    expect(naming).toContain("4.6");
    for (const n of naming) expect(enClauses.get(n), n).toContain("liquidated damages");
    // 行政处罚 is an administrative penalty; no other penalty is one
    expect(en).not.toMatch(/late-payment damages|(?<!administrative )penalt/i);
  });

  it("Party B is 受托方 (the entrusted party), and its sub-processor 转受托方", () => {
    expect(zh).not.toContain("受托人");
    expect(zhClauses.get("5.1")).toContain("受托方");
    expect(zhClauses.get("5.4")).toContain("乙方作为受托方");
    expect(zhClauses.get("5.5")).toContain("与转受托方签订书面协议");
    expect(zhClauses.get("5.5")).not.toMatch(/[^转]受托方/);
    expect(enClauses.get("5.5")).toContain("sub-processor");
  });

  it("4.6 excuses late payment of the disputed part only", () => {
    expect(zhClauses.get("4.6")).toContain("结算金额部分存在争议的，甲方应当按期支付无争议部分");
    expect(enClauses.get("4.6")).toContain("Party A shall pay the undisputed part when due");
  });
});

describe("the smaller drafting points of the legal review", () => {
  const { zh, en } = rendered({});

  it("2.9 puts confidentiality after termination on Party B, for the agreed years or longer if the law requires", () => {
    expect(clause(zh, "2.9")).toContain("本协议终止后，乙方仍应在3年内以及法律法规要求的更长期间内继续承担保密义务，并确保客服团队成员");
    expect(clause(en, "2.9")).toContain("After the termination of this Agreement, Party B shall remain bound by its confidentiality obligations for three years after the termination and for any longer period");
    const without = rendered({ confidentiality: null });
    expect(clause(without.zh, "2.9")).toContain("本协议终止后，乙方仍应在法律法规要求的期间内继续承担保密义务");
    expect(clause(without.en, "2.9")).toContain("Party B shall remain bound by its confidentiality obligations for as long as the applicable laws and regulations require");
  });

  it("7.7 keeps Article 10 (notices) alive, since 10.3 serves the tribunal or court", () => {
    expect(clause(zh, "7.7")).toContain("第九条及第十条的效力");
    expect(clause(en, "7.7")).toContain("Article 9 and Article 10.");
  });

  it("9.2 gives negotiation a time limit, after which either party may start proceedings", () => {
    expect(clause(zh, "9.2")).toContain("自一方向另一方发出书面协商请求之日起30日内未能协商解决的，任何一方均有权将争议提交");
    expect(clause(en, "9.2")).toContain("If the dispute is not resolved within 30 days after either Party has requested negotiation in writing, either Party may submit it");
  });

  it("3.1(a) says 内 once, and 3.1(b) reads as one standard", () => {
    expect(zh).toContain("乙方应在收到后15分钟内予以响应，该时限仅计算工作时间。");
    expect(zh).toContain("乙方应确保不低于80%的请求在收到后4小时内获得解决方案或有效进展更新。");
    expect(en).toContain("Party B shall ensure that no less than 80% of requests receive a solution or a meaningful progress update within 4 hours after receipt.");
  });

  it.each([
    [2, "一式贰份，双方各执壹份", "in two originals, one for each Party"],
    [4, "一式肆份，双方各执贰份", "in four originals, two for each Party"],
    [6, "一式陆份，双方各执叁份", "in six originals, three for each Party"],
  ])("12.6 with %i originals: %s", (counterparts, zhText, enText) => {
    const r = rendered({ counterparts });
    expect(clause(r.zh, "12.6")).toBe(`12.6 本协议${zhText}，每份具有同等法律效力。`);
    expect(clause(r.en, "12.6")).toContain(enText);
  });

  it("an odd number of originals, which the parties cannot hold equally, is a schema error at its line", () => {
    const { text, findings } = lintDeal({ counterparts: 3 });
    const schema = findings.filter((f) => f.ruleId === "schema");
    expect(schema.map((f) => f.path)).toEqual(["counterparts"]);
    expect(schema[0]?.line).toBe(lineOf(text, "counterparts:"));
  });
});

describe("the failure threshold of 3.2: a number of failures, or a share of the measurement periods", () => {
  it("as a number of failures, as before", () => {
    const { zh, en } = rendered({});
    expect(clause(zh, "3.2")).toContain("在任一自然季度内累计违约达到3次时，甲方有权根据本协议第7.4条的规定采取进一步措施。");
    expect(clause(en, "3.2")).toContain("If the number of such failures within any calendar quarter reaches 3, Party A may take further measures");
  });

  it("as a share of the months of a quarter, in both languages, with the months counted under 3.3", () => {
    const { zh, en } = rendered({ sla: { penalty: { threshold: { breaches: null, percent_of_periods: 50 } } } });
    expect(clause(zh, "3.2")).toContain("在任一自然季度内，按第3.3条统计发生违约的统计周期数占该期间全部统计周期数的比例达到50%时，甲方有权");
    expect(clause(en, "3.2")).toContain("If, within any calendar quarter, the measurement periods under Clause 3.3 in which a failure occurs make up 50% or more of all the measurement periods in it, Party A may");
    // 7.4 speaks of the threshold, whichever form it takes
    expect(clause(zh, "7.4")).toContain("乙方违约达到第3.2条约定的累计标准的");
  });

  it("a ratio lints clean", () => {
    expect(lintDeal({ sla: { penalty: { threshold: { breaches: null, percent_of_periods: 50 } } } }).findings).toEqual([]);
  });

  it("both forms at once is a schema error at the threshold", () => {
    const { text, findings } = lintDeal({ sla: { penalty: { threshold: { percent_of_periods: 50 } } } });
    const schema = findings.filter((f) => f.ruleId === "schema");
    expect(schema.map((f) => f.path)).toEqual(["sla.penalty.threshold"]);
    // a mapping's value starts at its first key, the line below `threshold:`
    expect(schema[0]?.line).toBe(lineOf(text, "threshold:") + 1);
    expect(schema[0]?.message.en).toContain("`breaches + period` or `percent_of_periods + period`");
  });
});

// A `--layout zh` or `en` document is written in one language: its language article says so,
// and has no clause on which version prevails (issue 12, item 7).
describe("the language clause follows the layout", () => {
  const SAMPLE = join(import.meta.dirname, "..", "..", "samples", "customer-service.yaml");
  const article = (layout: Layout): { zh: string; en: string } => {
    const agreement = prepareDeal(SAMPLE, undefined, [], layout).agreement!;
    const language = agreement.articles.find((a) => a.id === "language");
    const text = (lang: "zh" | "en"): string =>
      (language?.clauses ?? []).map((c) => `${c.number} ${c.body.map((b) => (b.type === "paragraph" ? inlineText(b.text[lang]) : "")).join("")}`).join("\n");
    return { zh: text("zh"), en: text("en") };
  };

  it.each(["parallel", "stacked"] as const)("%s: both versions, equally authentic, the prevailing one named", (layout) => {
    const { zh, en } = article(layout);
    expect(zh).toBe("11.1 本协议以中文和英文两种文字书就，两种文本具有同等法律效力。\n11.2 两种文本如有任何不一致或者冲突，以中文文本为准。");
    expect(en).toBe(
      "11.1 This Agreement is written in Chinese and English, and both versions shall have equal legal effect.\n" +
        "11.2 In the event of any discrepancy or conflict between the two versions, the Chinese version shall prevail.",
    );
  });

  it.each([
    ["zh", "11.1 本协议仅以中文书就。", "11.1 This Agreement is written in Chinese only."],
    ["en", "11.1 本协议仅以英文书就。", "11.1 This Agreement is written in English only."],
  ] as const)("%s: one language only, and no other version to prevail", (layout, zh, en) => {
    expect(article(layout)).toEqual({ zh, en });
  });

  it("the written document says it: render --layout zh", () => {
    const agreement = prepareDeal(SAMPLE, undefined, [], "zh").agreement!;
    const md = writeMarkdown(agreement, "zh");
    expect(clause(md, "11.1")).toBe("11.1 本协议仅以中文书就。");
    expect(md).not.toContain("两种文本");
    // the article after it keeps its number
    expect(clause(md, "12.1")).toContain("本协议构成双方就本协议标的所达成的完整协议");
  });

  it("renderAgreement builds the tree for the layout it writes", async () => {
    const { outputs } = await renderAgreement(SAMPLE, { formats: ["md"], layout: "en" });
    expect(String(outputs.md)).toContain("11.1 This Agreement is written in English only.");
    expect(String(outputs.md)).not.toContain("between the two versions");
  });

  it("a single-language deal leaving the prevailing language empty lints clean in that layout only", () => {
    const file = join(tempDir(), "deal.yaml");
    writeFileSync(file, YAML.stringify(merge(sampleData(), { language: { prevailing: null } })));
    const missing = (layout?: Layout): string[] =>
      lintPrepared(prepareDeal(file, undefined, [], layout), undefined).filter((f) => f.ruleId === "missing-value").map((f) => f.path ?? "");
    expect(missing("zh")).toEqual([]);
    expect(missing()).toEqual(["language.prevailing"]);
  });
});
