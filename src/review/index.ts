// review: a returned agreement read back against the deal it was rendered from.

export { reviewDocx, type Provenance, type Review, type ReviewInput } from "./review.js";
export { REVIEW_RULES, type ReviewRule } from "./rules.js";
export type { Deviation, WordChange } from "./deviations.js";
