import { describe, expect, it } from "vitest";
import { dealForm } from "../../src/library/deal-form.js";

const form = dealForm("customer-service");
const field = (path: string) => form.flatMap((g) => g.fields).find((f) => f.path === path);
const groupOf = (path: string) => form.find((g) => g.fields.some((f) => f.path === path))?.id;

describe("dealForm", () => {
  it("groups the fields by article, in the agreement's order, after the cover", () => {
    expect(form.map((g) => g.id).slice(0, 4)).toEqual(["cover", "scope", "team", "sla"]);
    expect(form.find((g) => g.id === "sla")?.number).toEqual({ zh: "第三条", en: "Article 3" });
  });

  it.each([
    ["party_a.credit_code", "cover"],
    ["agreement_no", "cover"],
    ["team.min_headcount", "team"],
    ["sla.response.minutes", "sla"],
    ["sla.resolution.hours", "sla"],
  ])("puts %s in %s", (path, group) => {
    expect(groupOf(path)).toBe(group);
  });

  it("orders an article's fields as its clauses use them", () => {
    const sla = form.find((g) => g.id === "sla")?.fields.map((f) => f.path) ?? [];
    expect(sla.indexOf("sla.response.minutes")).toBeLessThan(sla.indexOf("sla.resolution.hours"));
    expect(sla.indexOf("sla.resolution.hours")).toBeLessThan(sla.indexOf("sla.penalty.per_breach.amount"));
  });

  it("gives each type its control, with both labels, unit, range and example", () => {
    expect(field("team.min_headcount")).toMatchObject({ input: "integer", minimum: 1, label: { zh: expect.any(String), en: expect.any(String) } });
    expect(field("sla.response.minutes")).toMatchObject({ input: "integer", unit: { zh: "分钟", en: "minutes" }, example: { zh: "15分钟", en: "15 minutes" } });
    expect(field("sla.availability_percent")).toMatchObject({ input: "number", maximum: 100, exclusiveMinimum: 0 });
    expect(field("term.start")?.input).toBe("date");
    expect(field("party_a.name")?.input).toBe("text-pair");
    expect(field("party_a.name")?.label).toEqual({ zh: "甲方名称", en: "Name of Party A" });
    expect(field("dispute.method")).toMatchObject({ input: "select", options: [{ value: "arbitration" }, { value: "court" }] });
  });

  it("makes a switch of each optional clause, and tells it from a switch of wording", () => {
    expect(field("options.termination_for_convenience")).toMatchObject({ input: "switch", decidesClauses: true });
    expect(field("sla.response.business_hours_only")).toMatchObject({ input: "switch", decidesClauses: false });
  });
});
