import { lintDeal } from "../lint-deal.js";
import { serveJobs } from "./serve-jobs.js";

// One worker thread of a batch lint: templates and compiled schemas stay loaded between deals.
serveJobs(lintDeal);
