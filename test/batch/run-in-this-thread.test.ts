import { describe, expect, it } from "vitest";
import { runInThisThread } from "../../src/library/batch/pool.js";

describe("runInThisThread", () => {
  it("hands on every result in the order of the jobs, with no more than its window running", async () => {
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
        // later jobs often finish first; they still come out in order
        await new Promise((r) => setTimeout(r, (3 - (n % 3)) * 2));
        running--;
        return n * 2;
      },
      (r) => {
        // the list is streamed: what is pulled ahead of what is handed on stays bounded
        expect(pulled - results.length).toBeLessThanOrEqual(12);
        results.push(r);
      },
      3,
    );
    expect(most).toBe(3);
    expect(results).toEqual(Array.from({ length: 50 }, (_, i) => i * 2));
  });

  it("an error thrown by a job stops the batch: thrown to the caller, and nothing more is started or handed on", async () => {
    const started: number[] = [];
    const seen: number[] = [];
    const batch = runInThisThread(
      Array.from({ length: 20 }, (_, i) => i + 1),
      async (n) => {
        started.push(n);
        await new Promise((r) => setTimeout(r, 5));
        if (n === 3) throw new Error("broken config");
        return n;
      },
      (n) => seen.push(n),
      2,
    );
    await expect(batch).rejects.toThrow("broken config");
    const startedThen = started.length;
    const seenThen = seen.length;
    await new Promise((r) => setTimeout(r, 50));
    expect(started.length).toBe(startedThen);
    expect(seen.length).toBe(seenThen);
    expect(startedThen).toBeLessThan(20);
    expect(seen).not.toContain(3);
  });
});
