import fc from "fast-check";
import { describe, it } from "vitest";
import { checkDeal, dealText } from "../../bench/fuzz.js";

// The fuzz of bench/fuzz.ts in the normal test run (100,000 cases with `npm run fuzz`): mutated
// sample deals, random Unicode, random numbers, type swaps, prototype keys, text put in. The
// 2,000 cases are two runs of 1,000 with their own seeds, in two files, so that they run side by
// side (library-b.property.test.ts).
describe("the library under random deals", () => {
  it("never throws, and no message or draft shows [object Object], NaN or Infinity (seed 2017)", { timeout: 300_000 }, async () => {
    await fc.assert(fc.asyncProperty(dealText, checkDeal), { numRuns: 1_000, seed: 2017 });
  });
});
