import { renderDeal } from "../render-deal.js";
import { serveJobs } from "./serve-jobs.js";

// One worker thread of a batch render: templates and compiled schemas stay loaded between deals.
serveJobs(renderDeal);
