// The writers' layouts are the pipeline's (src/core/layout.ts): the template is evaluated for one.
export { LAYOUTS, languagesOf, type Layout } from "../core/layout.js";
