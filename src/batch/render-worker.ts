import { parentPort } from "node:worker_threads";
import { renderDeal, type RenderJob } from "../pipeline/render-deal.js";

// One worker thread of a batch render: templates and compiled schemas stay loaded between deals.
parentPort?.on("message", (job: RenderJob) => {
  renderDeal(job).then(
    (outcome) => parentPort?.postMessage(outcome),
    (err: unknown) =>
      parentPort?.postMessage({ file: job.file, status: "unreadable", findings: [], written: [], error: err instanceof Error ? err.message : String(err) }),
  );
});
