import { parentPort } from "node:worker_threads";
import { ToolError } from "../../core/errors.js";

/** A job as the pool sends it to a worker: numbered, so results can be put back in order. */
export interface ToWorker<J> {
  index: number;
  job: J;
}

/** A worker's answer: the job's result, or what it threw (errors lose their class between threads). */
export interface FromWorker<R> {
  index: number;
  result?: R;
  failure?: { tool: boolean; message: string; stack?: string };
}

/** The body of a worker thread: run each job sent to it, and send back its result or its error. */
export function serveJobs<J, R>(run: (job: J) => R | Promise<R>): void {
  parentPort?.on("message", ({ index, job }: ToWorker<J>) => {
    Promise.resolve()
      .then(() => run(job))
      .then(
        (result) => parentPort?.postMessage({ index, result } satisfies FromWorker<R>),
        (err: unknown) =>
          parentPort?.postMessage({
            index,
            failure: {
              tool: err instanceof ToolError,
              message: err instanceof Error ? err.message : String(err),
              ...(err instanceof Error && err.stack ? { stack: err.stack } : {}),
            },
          } satisfies FromWorker<R>),
      );
  });
}
