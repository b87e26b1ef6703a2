import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { editDealText } from "../../src/library/edit-deal.js";
import { dealSkeleton } from "../../src/library/init.js";

const SAMPLE = readFileSync(join(import.meta.dirname, "..", "..", "samples", "customer-service.yaml"), "utf8");

const changedLines = (a: string, b: string): Array<[string | undefined, string | undefined]> => {
  const x = a.split("\n");
  const y = b.split("\n");
  const out: Array<[string | undefined, string | undefined]> = [];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) out.push([x[i], y[i]]);
  return out;
};

describe("editDealText", () => {
  it("changes only the lines of the values it sets, comments and their alignment kept", () => {
    const out = editDealText(SAMPLE, { "team.min_headcount": 25, "sla.penalty.per_breach.amount": 8000, "term.start": "2027-02-01" });
    expect(changedLines(SAMPLE, out)).toEqual([
      ["  min_headcount: 20", "  min_headcount: 25"],
      ["      amount: 5000              # or: percent_of_monthly_fee: 2", "      amount: 8000              # or: percent_of_monthly_fee: 2"],
      ["  start: 2027-01-01", "  start: 2027-02-01"],
    ]);
  });

  it.each([
    ["a text that looks like a number stays text", "fees.bank_account.number", "612", '    number: "612"'],
    ["a bilingual half", "team.capacity.en", "up to 10 calls", "    en: up to 10 calls"],
    ["a switch", "options.termination_for_convenience", false, "  termination_for_convenience: false"],
    ["a value with YAML's own characters", "agreement_no", "CS: #1", '    agreement_no: "CS: #1"'.trim()],
  ])("%s", (_what, path, value, line) => {
    const out = editDealText(SAMPLE, { [path]: value });
    expect(out.split("\n")).toContain(line);
    const keys = path.split(".");
    let v: unknown = parse(out);
    for (const k of keys) v = (v as Record<string, unknown>)[k];
    expect(v).toBe(value);
  });

  it("clears a value to an empty key, which counts as not given", () => {
    const out = editDealText(SAMPLE, { "liability.cap": null });
    expect(out.split("\n")).toContain("  cap:");
    expect(parse(out).liability).toEqual({ cap: null });
  });

  it("adds a field the file does not have on a line of its own after its last sibling", () => {
    expect(editDealText(SAMPLE.replace("  cure_days: 15\n", ""), { "term.cure_days": 15 })).toBe(SAMPLE);
    const out = editDealText(SAMPLE, { "sla.penalty.per_breach.percent_of_monthly_fee": 2 });
    expect(changedLines(SAMPLE, out)[0]).toEqual(["    threshold:", "      percent_of_monthly_fee: 2"]);
  });

  it("adds fields the file does not have, keeping every comment", () => {
    const without = SAMPLE.replace("  cure_days: 15\n", "");
    const out = editDealText(without, { "term.cure_days": 20, "sla.penalty.per_breach.percent_of_monthly_fee": 2 });
    expect(parse(out).term.cure_days).toBe(20);
    for (const comment of without.split("\n").filter((l) => l.trim().startsWith("#"))) expect(out).toContain(comment.trim());
  });

  it("fills an empty skeleton, whose fields are empty keys under comments", () => {
    const skeleton = dealSkeleton("customer-service");
    const out = editDealText(skeleton, { "team.min_headcount": 12, "party_a.name.zh": "甲公司" });
    expect(parse(out).team.min_headcount).toBe(12);
    expect(parse(out).party_a.name.zh).toBe("甲公司");
    const comments = (t: string) => t.split("\n").filter((l) => l.trim().startsWith("#")).map((l) => l.trim());
    expect(comments(out)).toEqual(comments(skeleton));
  });

  it("writes a text over several lines as a block that reads back the same", () => {
    const out = editDealText(SAMPLE, { "service.scope.en": "chat\nphone" });
    expect(parse(out).service.scope.en).toBe("chat\nphone");
  });
});
