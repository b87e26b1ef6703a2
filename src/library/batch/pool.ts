import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { ToolError } from "../../core/errors.js";
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

/** An error thrown in a worker, as it was: a ToolError stays one (one line, exit code 2). */
function errorFrom(failure: NonNullable<FromWorker<unknown>["failure"]>): Error {
  const err = failure.tool ? new ToolError(failure.message) : new Error(failure.message);
  if (failure.stack) err.stack = failure.stack;
  return err;
}

interface Schedule<R> {
  /** Settles when every result is handed on, or at the first failure. */
  done: Promise<void>;
  /** Start what there is room for. */
  pump(): void;
  finished(index: number, result: R): void;
  /** Stop: nothing more is started or handed on, so the error is the last word. */
  fail(err: unknown): void;
  /** Start nothing more; settle once every job started is handed on. */
  stop(): void;
}

/**
 * What both ways of running a batch share: jobs are pulled from the list only when there is room
 * (so a batch of any size holds a bounded number of deals), numbered, and their results handed on
 * in the order of the jobs, whatever order they finish in (a log reads the same on every run).
 * Results may run at most `maxAhead` jobs ahead of the oldest one not yet handed on.
 */
function schedule<J, R>(
  jobs: Iterable<J>,
  onResult: (result: R) => void,
  maxAhead: number,
  hasRoom: () => boolean,
  start: (job: J, index: number) => void,
): Schedule<R> {
  const iterator = jobs[Symbol.iterator]();
  const waiting = new Map<number, R>();
  let released = 0;
  let next = 0;
  let drained = false;
  let stopped = false;
  let failed = false;
  let resolveDone: () => void = () => {};
  let rejectDone: (err: unknown) => void = () => {};
  const done = new Promise<void>((resolvePromise, rejectPromise) => {
    resolveDone = resolvePromise;
    rejectDone = rejectPromise;
  });
  const fail = (err: unknown): void => {
    failed = true;
    rejectDone(err);
  };
  const pump = (): void => {
    if (failed) return;
    try {
      while (waiting.has(released)) {
        const result = waiting.get(released) as R;
        waiting.delete(released++);
        onResult(result);
      }
      while (!drained && !stopped && next - released < maxAhead && hasRoom()) {
        const job = iterator.next();
        if (job.done) drained = true;
        else start(job.value, next++);
      }
      if ((drained || stopped) && released === next) resolveDone();
    } catch (err) {
      fail(err);
    }
  };
  const finished = (index: number, result: R): void => {
    waiting.set(index, result);
    pump();
  };
  const stop = (): void => {
    stopped = true;
    pump();
  };
  return { done, pump, finished, fail, stop };
}

/**
 * Run jobs on worker threads, a few at a time on each, and hand the results on in the order of
 * the jobs. Each worker loads templates once and keeps them. An error thrown by a job stops the
 * batch and is thrown here.
 */
export async function runOnWorkers<J, R>(
  workerUrl: URL,
  jobs: Iterable<J>,
  onResult: (result: R) => void,
  threads = availableParallelism(),
  signal?: AbortSignal,
): Promise<void> {
  signal?.throwIfAborted();
  const workers = Array.from({ length: Math.max(1, threads) }, () => new Worker(workerUrl));
  const load = workers.map(() => 0);
  const leastLoaded = (): number => load.indexOf(Math.min(...load));
  const batch = schedule<J, R>(
    jobs,
    onResult,
    workers.length * AHEAD_PER_THREAD,
    () => !signal?.aborted && (load[leastLoaded()] ?? 0) < IN_FLIGHT_PER_THREAD,
    (job, index) => {
      const w = leastLoaded();
      load[w] = (load[w] ?? 0) + 1;
      (workers[w] as Worker).postMessage({ index, job } satisfies ToWorker<J>);
    },
  );
  workers.forEach((worker, w) => {
    worker.on("message", (message: FromWorker<R>) => {
      load[w] = (load[w] ?? 0) - 1;
      if (message.failure) batch.fail(errorFrom(message.failure));
      else batch.finished(message.index, message.result as R);
    });
    worker.on("error", batch.fail);
    worker.on("exit", (code) => {
      if (code !== 0) batch.fail(new Error(`worker stopped with exit code ${code}`));
    });
  });
  // stopped: nothing new starts, and the deals the workers hold are finished (written whole, or
  // not at all) and handed on, so that the caller's count is what is on disk
  const abort = (): void => batch.stop();
  signal?.addEventListener("abort", abort, { once: true });
  try {
    batch.pump();
    await batch.done;
    signal?.throwIfAborted();
  } finally {
    signal?.removeEventListener("abort", abort);
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/**
 * The same in this thread, for small batches and `--jobs 1`: a few jobs in flight, so that one
 * job's files are written while the next is computed; results handed on in the order of the jobs.
 */
export async function runInThisThread<J, R>(
  jobs: Iterable<J>,
  run: (job: J) => Promise<R>,
  onResult: (result: R) => void,
  inFlight = IN_FLIGHT_PER_THREAD,
  signal?: AbortSignal,
): Promise<void> {
  signal?.throwIfAborted();
  const running = new Set<Promise<unknown>>();
  const batch = schedule<J, R>(
    jobs,
    onResult,
    inFlight * 4,
    () => !signal?.aborted && running.size < inFlight,
    (job, index) => {
      const started = run(job).then((result) => {
        running.delete(started);
        batch.finished(index, result);
      }, batch.fail);
      running.add(started);
    },
  );
  // stopped: nothing new starts, and the jobs under way finish writing (whole) and are handed on
  // before the batch ends: no temporary file appears after the caller has cleaned up, and the
  // caller's count is what is on disk
  const abort = (): void => batch.stop();
  signal?.addEventListener("abort", abort, { once: true });
  try {
    batch.pump();
    await batch.done;
    signal?.throwIfAborted();
  } finally {
    signal?.removeEventListener("abort", abort);
  }
}
