import { parentPort } from "node:worker_threads";
import { lintDeal, type LintJob } from "../pipeline/lint-deal.js";

// One worker thread of a batch lint: templates and compiled schemas stay loaded between deals.
// The job's index comes back with its outcome, so the report keeps the order of the files.
parentPort?.on("message", ({ index, job }: { index: number; job: LintJob }) => {
  parentPort?.postMessage({ index, outcome: lintDeal(job) });
});
