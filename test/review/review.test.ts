// review over returned files made from the rendered sample: each edit the other side makes is
// reported at its clause, with its kind (rule), message and severity, and nothing else is.

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ToolError } from "../../src/core/errors.js";
import type { Finding } from "../../src/core/finding.js";
import { review } from "../../src/library/review.js";
import { tempDir } from "../helpers.js";
import { appendRun, editDocument, editParagraph, replaceOnce, returnedFile, rowAt, SAMPLE, sampleDocx } from "./returned-docx.js";

/** What a reader checks of a finding: its kind, message, severity, clause and field. */
const brief = (f: Finding): Record<string, string | undefined> => ({ ruleId: f.ruleId, messageId: f.messageId, severity: f.severity, clause: f.clause, path: f.path });

async function reviewed(bytes: Uint8Array, deal = SAMPLE): Promise<Awaited<ReturnType<typeof review>>> {
  return review(returnedFile(bytes), { deal });
}

const headcount = (lang: "zh" | "en", to: string) => (xml: string): string =>
  editParagraph(xml, `cw_team_headcount_${lang}`, (p) => replaceOnce(p, ">20<", `>${to}<`));

describe("review of a returned agreement", () => {
  it("finds nothing in the file as it was written", async () => {
    const run = await reviewed(await sampleDocx());
    expect(run.findings).toEqual([]);
    expect(run.provenance).toMatchObject({ template: "customer-service", templateVersion: "1.0.0", layout: "parallel" });
  });

  it("reports a value changed in both languages as two value changes, at the clause and field", async () => {
    const run = await reviewed(editDocument(await sampleDocx(), (xml) => headcount("en", "25")(headcount("zh", "25")(xml))));
    expect(run.findings.map(brief)).toEqual([
      { ruleId: "value-changed", messageId: "changed", severity: "warning", clause: "2.2", path: "team.min_headcount" },
      { ruleId: "value-changed", messageId: "changed", severity: "warning", clause: "2.2", path: "team.min_headcount" },
    ]);
    expect(run.deviations.map((d) => d.kind === "value" && [d.lang, d.old, d.new, d.tracked])).toEqual([
      ["zh", "20", "25", false],
      ["en", "20", "25", false],
    ]);
    expect(run.errorCount).toBe(0);
  });

  it("reports a value changed in the English only as an error: the versions now differ", async () => {
    const run = await reviewed(editDocument(await sampleDocx(), headcount("en", "25")));
    expect(run.findings.map(brief)).toEqual([
      { ruleId: "one-language-edit", messageId: "clause", severity: "error", clause: "2.2", path: undefined },
      { ruleId: "value-changed", messageId: "changed", severity: "warning", clause: "2.2", path: "team.min_headcount" },
    ]);
    const message = run.findings[0]?.message.en ?? "";
    expect(message).toContain("clause 2.2");
    expect(message).toContain("English version");
  });

  it("reports a sentence added to the liability cap as a change of a conspicuous clause", async () => {
    const edited = editDocument(await sampleDocx(), (xml) =>
      editParagraph(
        editParagraph(xml, "cw_liability_cap_zh", (p) => appendRun(p, "前述上限同样适用于违反第5条的情形。", true)),
        "cw_liability_cap_en",
        (p) => appendRun(p, " The cap shall also apply to any breach of Article 5.", false),
      ),
    );
    const run = await reviewed(edited);
    expect(run.findings.map(brief)).toEqual([
      { ruleId: "conspicuous-edit", messageId: "changed", severity: "error", clause: "6.5", path: undefined },
      { ruleId: "wording-changed", messageId: "changed", severity: "warning", clause: "6.5", path: undefined },
      { ruleId: "wording-changed", messageId: "changed", severity: "warning", clause: "6.5", path: undefined },
    ]);
    const wording = run.deviations.filter((d) => d.kind === "wording");
    expect(wording.map((d) => d.kind === "wording" && d.changes)).toEqual([
      [{ removed: "", added: "前述上限同样适用于违反第5条的情形。" }],
      [{ removed: "", added: "The cap shall also apply to any breach of Article 5." }],
    ]);
  });

  it("reports a clause deleted in both languages, and nothing of the clauses after it", async () => {
    const run = await reviewed(
      editDocument(await sampleDocx(), (xml) => {
        const [start, end] = rowAt(xml, "cw_term_renewal_zh");
        return xml.slice(0, start) + xml.slice(end);
      }),
    );
    expect(run.findings.map(brief)).toEqual([
      { ruleId: "clause-deleted", messageId: "deleted", severity: "warning", clause: "7.2", path: undefined },
      { ruleId: "clause-deleted", messageId: "deleted", severity: "warning", clause: "7.2", path: undefined },
    ]);
  });

  it("reports two clauses swapped as one clause moved, in each language", async () => {
    const run = await reviewed(
      editDocument(await sampleDocx(), (xml) => {
        const [a0, a1] = rowAt(xml, "cw_scope_services_zh");
        const [b0, b1] = rowAt(xml, "cw_scope_content_zh");
        expect(a1).toBe(b0);
        return xml.slice(0, a0) + xml.slice(b0, b1) + xml.slice(a0, a1) + xml.slice(b1);
      }),
    );
    expect(run.findings.map(brief)).toEqual([
      { ruleId: "clause-moved", messageId: "moved", severity: "warning", clause: "1.2", path: undefined },
      { ruleId: "clause-moved", messageId: "moved", severity: "warning", clause: "1.2", path: undefined },
    ]);
  });

  it("reads tracked changes: a value changed with track changes on is reported as such", async () => {
    const tracked = (p: string): string =>
      replaceOnce(
        p,
        '<w:r><w:t xml:space="preserve">20</w:t></w:r>',
        '<w:del w:id="901" w:author="Vendor" w:date="2027-01-02T00:00:00Z"><w:r><w:delText xml:space="preserve">20</w:delText></w:r></w:del>' +
          '<w:ins w:id="902" w:author="Vendor" w:date="2027-01-02T00:00:00Z"><w:r><w:t xml:space="preserve">15</w:t></w:r></w:ins>',
      );
    const run = await reviewed(editDocument(await sampleDocx(), (xml) => editParagraph(xml, "cw_team_headcount_en", tracked)));
    expect(run.deviations.filter((d) => d.kind === "value").map((d) => d.kind === "value" && [d.path, d.old, d.new, d.tracked])).toEqual([
      ["team.min_headcount", "20", "15", true],
    ]);
    expect(run.findings.map((f) => f.ruleId)).toEqual(["one-language-edit", "value-changed"]);
    expect(run.findings[1]?.message.en).toContain("(as a tracked change)");
  });

  it("reports a numbered paragraph without a bookmark as a clause added", async () => {
    const added = (xml: string): string => {
      const [, end] = rowAt(xml, "cw_fees_set_off_zh");
      const row = xml.slice(...rowAt(xml, "cw_fees_set_off_zh"));
      // the row copied, its bookmarks taken out and its words replaced: Enter in Word, then typing
      const copy = row
        .replace(/<w:bookmarkStart [^>]*\/><w:bookmarkEnd [^>]*\/>/g, "")
        .replace(/(<w:tc>(?:(?!<\/w:tc>).)*?<w:t xml:space="preserve">)[^<]*/s, "$1甲方逾期付款超过六十日的，乙方有权暂停服务。")
        .replace(/(<\/w:tc><w:tc>(?:(?!<\/w:tc>).)*?<w:t xml:space="preserve">)[^<]*/s, "$1Party B may suspend the Services if Party A pays late.");
      return xml.slice(0, end) + copy + xml.slice(end);
    };
    const run = await reviewed(editDocument(await sampleDocx(), added));
    expect(run.findings.map(brief)).toEqual([
      { ruleId: "clause-added", messageId: "added", severity: "warning", clause: "4.5", path: undefined },
      { ruleId: "clause-added", messageId: "added", severity: "warning", clause: "4.5", path: undefined },
    ]);
    expect(run.findings[1]?.message.en).toContain("Party B may suspend the Services");
  });

  it("takes a reference whose REF field shows another number as no change, and a number typed over it as one", async () => {
    const renumbered = (p: string): string => replaceOnce(p, '<w:t xml:space="preserve">6.4</w:t>', '<w:t xml:space="preserve">6.3</w:t>');
    const kept = await reviewed(editDocument(await sampleDocx(), (xml) => editParagraph(xml, "cw_liability_carve_outs_en", renumbered)));
    expect(kept.findings).toEqual([]);
    const retyped = (p: string): string => renumbered(p.replace(/<w:r>(?:<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:(?:fldChar|instrText)\b(?:(?!<\/w:r>).)*<\/w:r>/gs, ""));
    const typed = await reviewed(editDocument(await sampleDocx(), (xml) => editParagraph(xml, "cw_liability_carve_outs_en", retyped)));
    expect(typed.findings.map((f) => [f.ruleId, f.clause])).toEqual([
      ["one-language-edit", "6.6"],
      ["wording-changed", "6.6"],
    ]);
  });

  it("reads the stacked layout: an edit of the English only is found there too", async () => {
    const run = await reviewed(editDocument(await sampleDocx("stacked"), headcount("en", "25")));
    expect(run.layout).toBe("stacked");
    expect(run.findings.map((f) => [f.ruleId, f.clause])).toEqual([
      ["one-language-edit", "2.2"],
      ["value-changed", "2.2"],
    ]);
  });

  it("says when the file was written from other values than the deal holds now", async () => {
    const deal = join(tempDir(), "deal.yaml");
    writeFileSync(deal, readFileSync(SAMPLE, "utf8").replace("min_headcount: 20", "min_headcount: 30"));
    const run = await review(returnedFile(await sampleDocx()), { deal });
    expect(run.findings.map(brief)).toEqual([
      { ruleId: "deal-mismatch", messageId: "hash", severity: "warning", clause: undefined, path: undefined },
      { ruleId: "value-changed", messageId: "changed", severity: "warning", clause: "2.2", path: "team.min_headcount" },
      { ruleId: "value-changed", messageId: "changed", severity: "warning", clause: "2.2", path: "team.min_headcount" },
    ]);
  });

  it("takes the severities of .clausewright.yaml, as lint does", async () => {
    const dir = tempDir();
    const deal = join(dir, "deal.yaml");
    writeFileSync(deal, readFileSync(SAMPLE, "utf8"));
    writeFileSync(join(dir, ".clausewright.yaml"), "rules:\n  one-language-edit: warn\n  value-changed: off\n");
    const run = await review(returnedFile(editDocument(await sampleDocx(), headcount("en", "25"))), { deal });
    expect(run.findings.map(brief)).toEqual([{ ruleId: "one-language-edit", messageId: "clause", severity: "warning", clause: "2.2", path: undefined }]);
  });

  it("refuses a file that is no DOCX, and a review without the deal, naming the file", async () => {
    const text = returnedFile(new TextEncoder().encode("not a word document"), "notes.docx");
    await expect(review(text, { deal: SAMPLE })).rejects.toThrow(ToolError);
    await expect(review(text, { deal: SAMPLE })).rejects.toThrow(/notes\.docx: not a DOCX file/);
    await expect(review(returnedFile(await sampleDocx()))).rejects.toThrow(/give it with --deal/);
  });
});
