import { describe, expect, it } from "vitest";
import { runInThisThread } from "../../src/batch/pool.js";

describe("runInThisThread", () => {
  it("hands on every result and never holds more than its window of jobs", async () => {
    let running = 0;
    let most = 0;
    let pulled = 0;
    const jobs = function* (): Generator<number> {
      for (let i = 0; i < 50; i++) {
        pulled++;
        yield i;
      }
    };
    const results: number[] = [];
    await runInThisThread(
      jobs(),
      async (n) => {
        running++;
        most = Math.max(most, running);
        // later jobs finish first, so results come in the order jobs finish, not the order given
        await new Promise((r) => setTimeout(r, (n % 3) * 2));
        running--;
        return n * 2;
      },
      (r) => {
        // the list is streamed: at most the window is pulled ahead of what has been handed on
        expect(pulled - results.length).toBeLessThanOrEqual(3);
        results.push(r);
      },
      3,
    );
    expect(most).toBe(3);
    expect(results.sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i * 2));
  });
});
