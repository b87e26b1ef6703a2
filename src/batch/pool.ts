import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { ToolError } from "../errors.js";
import type { FromWorker, ToWorker } from "./serve-jobs.js";

/**
 * Deals a thread holds at once. More than one, so that a thread renders its next deal while
 * the disk creates the last one's files; few, so that memory stays bounded whatever the batch.
 */
export const IN_FLIGHT_PER_THREAD = 4;

/**
 * How far results may run ahead of the oldest one not yet handed on: results are handed on in
 * the order of the jobs (a log reads the same on every run), so a slow deal holds back those
 * after it, and this bounds how many of them wait, whatever the batch.
 */
const AHEAD_PER_THREAD = 4 * IN_FLIGHT_PER_THREAD;

/** Results put back in the order of their jobs, whatever order they finish in. */
class InOrder<R> {
  private readonly waiting = new Map<number, R>();
  /** Results handed on so far: the index of the next one to hand on. */
  released = 0;

  put(index: number, result: R): void {
    this.waiting.set(index, result);
  }

  handOn(onResult: (result: R) => void): void {
    while (this.waiting.has(this.released)) {
      const result = this.waiting.get(this.released) as R;
      this.waiting.delete(this.released++);
      onResult(result);
    }
  }
}

/** An error thrown in a worker, as it was: a ToolError stays one (one line, exit code 2). */
function errorFrom(failure: NonNullable<FromWorker<unknown>["failure"]>): Error {
  const err = failure.tool ? new ToolError(failure.message) : new Error(failure.message);
  if (failure.stack) err.stack = failure.stack;
  return err;
}

/**
 * Run jobs on worker threads, a few at a time on each, and hand the results on in the order of
 * the jobs. The list is streamed, so a batch of 10,000 deals holds only what the workers are
 * doing and the results waiting for an earlier one. Each worker loads templates once and keeps
 * them. An error thrown by a job stops the batch and is thrown here.
 */
export async function runOnWorkers<J, R>(
  workerUrl: URL,
  jobs: Iterable<J>,
  onResult: (result: R) => void,
  threads = availableParallelism(),
): Promise<void> {
  const iterator = jobs[Symbol.iterator]();
  const workers = Array.from({ length: Math.max(1, threads) }, () => new Worker(workerUrl));
  const load = workers.map(() => 0);
  const results = new InOrder<R>();
  const maxAhead = workers.length * AHEAD_PER_THREAD;
  let next = 0;
  let drained = false;
  let failed = false;
  try {
    await new Promise<void>((resolvePromise, rejectPromise) => {
      // after a failure nothing more is handed on or started: the error is the last word
      const reject = (err: unknown): void => {
        failed = true;
        rejectPromise(err);
      };
      const pump = (): void => {
        results.handOn(onResult);
        while (!drained && next - results.released < maxAhead) {
          const w = load.indexOf(Math.min(...load));
          if ((load[w] ?? 0) >= IN_FLIGHT_PER_THREAD) break;
          const job = iterator.next();
          if (job.done) drained = true;
          else {
            load[w] = (load[w] ?? 0) + 1;
            (workers[w] as Worker).postMessage({ index: next++, job: job.value } satisfies ToWorker<J>);
          }
        }
        if (drained && results.released === next) resolvePromise();
      };
      workers.forEach((worker, w) => {
        worker.on("message", (message: FromWorker<R>) => {
          load[w] = (load[w] ?? 0) - 1;
          if (failed) return;
          if (message.failure) return reject(errorFrom(message.failure));
          results.put(message.index, message.result as R);
          try {
            pump();
          } catch (err) {
            reject(err);
          }
        });
        worker.on("error", reject);
        worker.on("exit", (code) => {
          if (code !== 0) reject(new Error(`worker stopped with exit code ${code}`));
        });
      });
      pump();
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/**
 * The same in this thread, for small batches and `--jobs 1`: a few jobs in flight, so that one
 * job's files are written while the next is computed; results handed on in the order of the jobs.
 */
export function runInThisThread<J, R>(
  jobs: Iterable<J>,
  run: (job: J) => Promise<R>,
  onResult: (result: R) => void,
  inFlight = IN_FLIGHT_PER_THREAD,
): Promise<void> {
  const iterator = jobs[Symbol.iterator]();
  const results = new InOrder<R>();
  const maxAhead = inFlight * 4;
  let running = 0;
  let next = 0;
  let drained = false;
  let failed = false;
  return new Promise<void>((resolvePromise, rejectPromise) => {
    // after a failure nothing more is handed on or started: the error is the last word
    const reject = (err: unknown): void => {
      failed = true;
      rejectPromise(err);
    };
    const pump = (): void => {
      if (failed) return;
      results.handOn(onResult);
      while (!drained && running < inFlight && next - results.released < maxAhead) {
        const job = iterator.next();
        if (job.done) drained = true;
        else {
          const index = next++;
          running++;
          run(job.value).then((result) => {
            running--;
            results.put(index, result);
            pump();
          }).catch(reject);
        }
      }
      if (drained && results.released === next) resolvePromise();
    };
    try {
      pump();
    } catch (err) {
      reject(err);
    }
  });
}
