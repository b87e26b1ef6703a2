import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

/**
 * Run jobs on worker threads, at most one job per worker at a time: the list is streamed, so a
 * batch of 10,000 deals holds only what the workers are doing, and results are handed on as
 * they come. Each worker loads templates once and keeps them.
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
            const next = (): void => {
              const job = iterator.next();
              if (job.done) {
                resolvePromise();
                return;
              }
              worker.postMessage(job.value);
            };
            worker.on("message", (result: R) => {
              try {
                onResult(result);
                next();
              } catch (err) {
                reject(err);
              }
            });
            worker.on("error", reject);
            worker.on("exit", (code) => {
              if (code !== 0) reject(new Error(`worker stopped with exit code ${code}`));
            });
            next();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
