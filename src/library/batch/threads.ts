import { availableParallelism } from "node:os";

/**
 * How many threads a batch of `deals` uses: as many as asked for (never more than deals), else
 * one per core once the batch is large enough to repay starting worker threads, each of which
 * loads the command's modules and warms its own JIT; below that, 1 (this thread).
 */
export function threadsFor(deals: number, asked: number | undefined, batchMin: number): number {
  const wanted = asked ?? (deals >= batchMin ? availableParallelism() : 1);
  return Math.max(1, Math.min(wanted, deals));
}
