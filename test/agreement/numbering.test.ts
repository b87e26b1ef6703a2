import { describe, expect, it } from "vitest";
import { numberAgreement } from "../../src/agreement/numbering.js";
import type { RawAgreement, RawClause } from "../../src/agreement/parse-source.js";

const clause = (id: string, items: string[] = []): RawClause => ({
  id,
  conspicuous: false,
  line: 1,
  body: [
    { type: "paragraph", text: { zh: [], en: [] } },
    ...items.map((item) => ({ type: "item" as const, id: item, conspicuous: false, paragraphs: [], line: 1 })),
  ],
});

const raw: RawAgreement = {
  preamble: [],
  articles: [
    { id: "scope", title: { zh: "范围", en: "Scope" }, line: 1, clauses: [clause("scope.a"), clause("scope.b", ["scope.b.x", "scope.b.y"])] },
    ...Array.from({ length: 10 }, (_, i) => ({ id: `filler${i}`, title: { zh: "", en: "" }, line: 1, clauses: [] })),
    { id: "last", title: { zh: "末条", en: "Last" }, line: 1, clauses: [clause("last.only", ["last.only.x"])] },
  ],
};

describe("numberAgreement", () => {
  const numbering = numberAgreement(raw);

  it("numbers articles, clauses and items from their order, in both languages", () => {
    expect(numbering.articles[0]?.label).toEqual({ zh: "第一条", en: "Article 1" });
    expect(numbering.articles[11]?.label).toEqual({ zh: "第十二条", en: "Article 12" });
    expect(numbering.articles[0]?.clauses.map((c) => c.number)).toEqual(["1.1", "1.2"]);
    expect(numbering.articles[0]?.clauses[1]?.items).toEqual([
      { letter: "a", label: { zh: "a)", en: "(a)" } },
      { letter: "b", label: { zh: "b)", en: "(b)" } },
    ]);
  });

  it("gives the tree's numbers and the references' texts from the same count", () => {
    expect(numbering.byId.get("scope")?.text).toEqual(numbering.articles[0]?.label);
    expect(numbering.byId.get("scope.b")).toEqual({ id: "scope.b", number: "1.2", text: { zh: "第1.2条", en: "Clause 1.2" } });
    expect(numbering.byId.get("last.only.x")).toEqual({
      id: "last.only.x",
      number: "12.1(a)",
      text: { zh: "第12.1条a)项", en: "Clause 12.1(a)" },
    });
  });

  it("finds a target by its number", () => {
    expect(numbering.byNumber.get("1.2(b)")?.id).toBe("scope.b.y");
    expect(numbering.byNumber.get("12")?.id).toBe("last");
    expect(numbering.byNumber.get("1.3")).toBeUndefined();
  });
});
