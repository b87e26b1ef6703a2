import { describe, expect, it } from "vitest";
import { formatPercent } from "../../src/wording/percent.js";

describe("formatPercent", () => {
  it.each([
    [99.5, "99.5%"],
    [80, "80%"],
    [99.95, "99.95%"],
    [99.999, "99.999%"],
    [100, "100%"],
    [0, "0%"],
    [-0, "0%"],
    [0.5, "0.5%"],
    [10.05, "10.05%"],
    [0.1 + 0.2, "0.3%"],
    [(0.1 + 0.2) * 100, "30%"],
    [1.123456, "1.1235%"],
    [0.00001, "0%"],
    [-5, "-5%"],
  ])("%s → %s", (n, expected) => {
    expect(formatPercent(n, "zh")).toBe(expected);
    expect(formatPercent(n, "en")).toBe(expected);
  });

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY], [1e21]])("rejects %s", (n) => {
    expect(() => formatPercent(n, "zh")).toThrow(RangeError);
  });
});
