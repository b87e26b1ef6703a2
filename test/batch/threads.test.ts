import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { threadsFor } from "../../src/library/batch/threads.js";

describe("threadsFor", () => {
  it("a small batch stays in this thread; a large one takes a thread per core", () => {
    expect(threadsFor(10, undefined, 250)).toBe(1);
    expect(threadsFor(249, undefined, 250)).toBe(1);
    expect(threadsFor(250, undefined, 250)).toBe(Math.min(availableParallelism(), 250));
  });

  it("--jobs wins, but never more threads than deals, and never fewer than one", () => {
    expect(threadsFor(10, 4, 250)).toBe(4);
    expect(threadsFor(3, 8, 250)).toBe(3);
    expect(threadsFor(0, undefined, 250)).toBe(1);
  });
});
