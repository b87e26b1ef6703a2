import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

/**
 * Deals a worker holds at once. More than one, so that a worker renders its next deal while
 * the disk creates the last one's files; few, so that memory stays bounded whatever the batch.
 */
export const IN_FLIGHT_PER_THREAD = 4;

/**
 * Run jobs on worker threads, a few at a time on each: the list is streamed, so a batch of
 * 10,000 deals holds only what the workers are doing, and results are handed on as they come.
 * Each worker loads templates once and keeps them.
 */
export async function runOnWorkers<J, R>(
  workerUrl: URL,
  jobs: Iterable<J>,
  onResult: (result: R) => void,
  threads = availableParallelism(),
): Promise<void> {
  const iterator = jobs[Symbol.iterator]();
  const workers = Array.from({ length: Math.max(1, threads) }, () => new Worker(workerUrl));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolvePromise, reject) => {
            let inFlight = 0;
            let drained = false;
            const fill = (): void => {
              while (!drained && inFlight < IN_FLIGHT_PER_THREAD) {
                const job = iterator.next();
                if (job.done) drained = true;
                else {
                  inFlight++;
                  worker.postMessage(job.value);
                }
              }
              if (drained && inFlight === 0) resolvePromise();
            };
            worker.on("message", (result: R) => {
              inFlight--;
              try {
                onResult(result);
                fill();
              } catch (err) {
                reject(err);
              }
            });
            worker.on("error", reject);
            worker.on("exit", (code) => {
              if (code !== 0) reject(new Error(`worker stopped with exit code ${code}`));
            });
            fill();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/**
 * The same in this thread, for `--jobs 1`: a few jobs in flight, so that one job's files are
 * written while the next is computed. Results come in the order the jobs finish.
 */
export async function runInThisThread<J, R>(
  jobs: Iterable<J>,
  run: (job: J) => Promise<R>,
  onResult: (result: R) => void,
  inFlight = IN_FLIGHT_PER_THREAD,
): Promise<void> {
  const running = new Set<Promise<void>>();
  for (const job of jobs) {
    const task: Promise<void> = run(job).then((result) => {
      running.delete(task);
      onResult(result);
    });
    running.add(task);
    if (running.size >= inFlight) await Promise.race(running);
  }
  await Promise.all(running);
}
