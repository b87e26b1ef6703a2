// review of the front matter: the title, the agreement number, the parties and the preamble
// stand before the clauses without clause bookmarks; the other side's edits there are reported
// like those of a clause, and a party's changed name or address is read back into the deal.

import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/core/finding.js";
import { review } from "../../src/library/review.js";
import type { Layout } from "../../src/write/layout.js";
import { editDocument, replaceOnce, returnedFile, SAMPLE, sampleDocx } from "./returned-docx.js";

const brief = (f: Finding): Record<string, string | undefined> => ({ ruleId: f.ruleId, messageId: f.messageId, severity: f.severity, clause: f.clause, path: f.path });

/** Replaces the first occurrence only: the front matter comes before the clauses and the signatures. */
function replaceFirst(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`\`${from}\` is not in the text`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

async function reviewed(edit: (xml: string) => string, layout: Layout = "parallel"): Promise<Awaited<ReturnType<typeof review>>> {
  return review(returnedFile(editDocument(await sampleDocx(layout), edit)), { deal: SAMPLE });
}

describe("review of the front matter", () => {
  it.each(["parallel", "stacked"] as const)("%s: a party's address changed in the English only is an error, at the party's field", async (layout) => {
    const run = await reviewed((xml) => replaceFirst(xml, "Huqiu District", "Gusu District"), layout);
    expect(run.findings.map(brief)).toEqual([
      { ruleId: "one-language-edit", messageId: "clause", severity: "error", clause: "party_b.address", path: undefined },
      { ruleId: "value-changed", messageId: "changed", severity: "warning", clause: "party_b.address", path: "party_b.address" },
      // the notices clause still gives the agreed address
      { ruleId: "value-disagrees", messageId: "partly", severity: "error", clause: "party_b.address", path: "party_b.address.en" },
    ]);
    expect(run.findings[2]?.message.en).toContain("clause 10.1(b)");
    expect(run.findings[0]?.message.en).toContain("Party B's address");
    const value = run.deviations.find((d) => d.kind === "value");
    expect(value?.kind === "value" && [value.lang, value.old, value.new]).toEqual([
      "en",
      "6/F, Block B, No. 188 Changjiang Road, Huqiu District, Suzhou, Jiangsu Province",
      "6/F, Block B, No. 188 Changjiang Road, Gusu District, Suzhou, Jiangsu Province",
    ]);
  });

  it("reads a party's name changed in both languages, on the cover and at the signatures, back into the deal", async () => {
    const all = (xml: string, from: string, to: string): string => xml.split(from).join(to);
    const run = await reviewed((xml) => all(all(xml, "苏州远帆客户服务外包有限公司", "苏州远帆客服科技有限公司"), "Suzhou Yuanfan Customer Service Outsourcing Co., Ltd.", "Suzhou Yuanfan CS Technology Co., Ltd."));
    expect(run.findings.map(brief)).toEqual([
      { ruleId: "value-changed", messageId: "changed", severity: "warning", clause: "party_b", path: "party_b.name" },
      { ruleId: "value-changed", messageId: "changed", severity: "warning", clause: "party_b", path: "party_b.name" },
      { ruleId: "value-changed", messageId: "changed", severity: "warning", clause: "signature.party_b", path: "party_b.name" },
      { ruleId: "value-changed", messageId: "changed", severity: "warning", clause: "signature.party_b", path: "party_b.name" },
    ]);
    expect(run.deal?.values.map((v) => [v.path, v.value])).toEqual([
      ["party_b.name.zh", "苏州远帆客服科技有限公司"],
      ["party_b.name.en", "Suzhou Yuanfan CS Technology Co., Ltd."],
    ]);
  });

  it("reports a party's name changed at the signatures only: the signature block no longer names the party of the cover", async () => {
    const last = (xml: string, from: string, to: string): string => {
      const at = xml.lastIndexOf(from);
      return xml.slice(0, at) + to + xml.slice(at + from.length);
    };
    const run = await reviewed((xml) => last(last(xml, "苏州远帆客户服务外包有限公司", "苏州远帆科技有限公司"), "Suzhou Yuanfan Customer Service Outsourcing Co., Ltd.", "Suzhou Yuanfan Technology Co., Ltd."), "stacked");
    expect(run.findings.map(brief)).toEqual([
      { ruleId: "value-changed", messageId: "changed", severity: "warning", clause: "signature.party_b", path: "party_b.name" },
      { ruleId: "value-disagrees", messageId: "partly", severity: "error", clause: "signature.party_b", path: "party_b.name.zh" },
      { ruleId: "value-changed", messageId: "changed", severity: "warning", clause: "signature.party_b", path: "party_b.name" },
      { ruleId: "value-disagrees", messageId: "partly", severity: "error", clause: "signature.party_b", path: "party_b.name.en" },
    ]);
    expect(run.findings[0]?.message.en).toContain("Party B's name at the signatures");
    expect(run.findings[3]?.message.en).toContain("Party B's name, English version");
    expect(run.deal?.values).toEqual([]);
  });

  it("reports the preamble's wording changed, and the agreement number retyped", async () => {
    const run = await reviewed((xml) =>
      replaceFirst(replaceFirst(replaceOnce(xml, "经友好协商", "经平等协商"), "through friendly negotiation", "through negotiation on an equal footing"), "CS-2027-0042", "CS-2027-0099"),
    );
    const found = run.findings.map(brief);
    expect(found).toContainEqual({ ruleId: "wording-changed", messageId: "changed", severity: "warning", clause: "preamble", path: undefined });
    expect(found.filter((f) => f.clause === "preamble")).toHaveLength(2);
    // the number changed in the Chinese cover only: the English cover still says 0042
    expect(found).toContainEqual({ ruleId: "one-language-edit", messageId: "clause", severity: "error", clause: "agreement_number", path: undefined });
    expect(run.deviations.find((d) => d.kind === "value" && d.clause.id === "agreement_number")).toMatchObject({ lang: "zh", old: "CS-2027-0042", new: "CS-2027-0099" });
  });
});
