import { describe, expect, it } from "vitest";
import { bookmarkBases, bookmarkName } from "../../src/write/docx-bookmarks.js";

// Word's rules for a bookmark's name, with the language suffix we add.
const WORD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

describe("bookmark names", () => {
  it.each([
    ["sla.penalty", "cw_sla_penalty"],
    ["term.termination_for_sla", "cw_term_termination_for_sla"],
    ["1st-clause", "cw_1st_clause"],
    ["_private", "cw__private"],
  ])("%s becomes %s", (id, base) => {
    expect(bookmarkBases([id]).get(id)).toBe(base);
    expect(bookmarkName(base, "zh")).toMatch(WORD_NAME);
  });

  it("shortens a long id with a hash of the whole id, within 40 characters", () => {
    const long = "data_protection.entrusted_processing.security_measures.encryption";
    const longer = `${long}.at_rest`;
    const bases = bookmarkBases([long, longer]);
    const [a, b] = [bases.get(long) ?? "", bases.get(longer) ?? ""];
    expect(a).not.toBe(b);
    for (const base of [a, b]) {
      expect(base.startsWith("cw_data_protection_entrust")).toBe(true);
      expect(bookmarkName(base, "en")).toMatch(WORD_NAME);
      expect(bookmarkName(base, "en")).toHaveLength(40);
    }
  });

  it("keeps two ids that would share a name apart", () => {
    const bases = bookmarkBases(["a.b", "a_b", "c"]);
    expect(bases.get("a.b")).not.toBe(bases.get("a_b"));
    expect(bases.get("a.b")).toMatch(/^cw_a_b_[0-9a-f]{8}$/);
    expect(bases.get("c")).toBe("cw_c");
  });

  it("is the same for the same ids in any order", () => {
    const ids = ["a.b", "a_b", "x.y", "x-y", "long.".repeat(12)];
    const forward = bookmarkBases(ids);
    const backward = bookmarkBases([...ids].reverse());
    for (const id of ids) expect(backward.get(id)).toBe(forward.get(id));
  });
});
