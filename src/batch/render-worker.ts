import { parentPort } from "node:worker_threads";
import { renderDealInBatch, type RenderJob } from "../pipeline/render-deal.js";

// One worker thread of a batch render: templates and compiled schemas stay loaded between deals.
parentPort?.on("message", (job: RenderJob) => {
  void renderDealInBatch(job).then((outcome) => parentPort?.postMessage(outcome));
});
