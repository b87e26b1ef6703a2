import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dealHash } from "../../src/agreement/deal-hash.js";
import { MINI_DEAL, prepareMini } from "../helpers.js";

const DEAL = readFileSync(MINI_DEAL, "utf8");

describe("dealHash", () => {
  it("does not depend on the order of the keys", () => {
    expect(dealHash({ a: 1, b: { c: "x", d: [1, 2] } })).toBe(dealHash({ b: { d: [1, 2], c: "x" }, a: 1 }));
    expect(dealHash({ a: 1 })).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it("changes with any value", () => {
    const base = dealHash({ a: 1, b: { c: "x", d: [1, 2] } });
    expect(dealHash({ a: 1, b: { c: "y", d: [1, 2] } })).not.toBe(base);
    expect(dealHash({ a: 1, b: { c: "x", d: [2, 1] } })).not.toBe(base);
    expect(dealHash({ a: "1", b: { c: "x", d: [1, 2] } })).not.toBe(base);
  });

  it("is in the tree built from a deal, and follows the deal's values", () => {
    const one = prepareMini(DEAL).agreement?.dealHash;
    const again = prepareMini(DEAL).agreement?.dealHash;
    const other = prepareMini(DEAL.replace("extra: true", "extra: false")).agreement?.dealHash;
    expect(one).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(again).toBe(one);
    expect(other).not.toBe(one);
  });
});
