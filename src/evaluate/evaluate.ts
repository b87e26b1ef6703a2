import type { EvalState } from "../template/helpers.js";
import type { Insertion } from "../template/insertions.js";
import { templateVariables } from "../template/variables.js";
import type { Layout } from "../core/layout.js";

/** A template filled with a deal: Markdown whose tokens stand for the insertions, in order. */
export interface Evaluated {
  markdown: string;
  insertions: Insertion[];
}

/**
 * Run a compiled template over a deal's (validated) values, for the layout the agreement is
 * written in (`@layout`, `@bilingual` in the template; parallel, as `render`'s default, when no
 * layout is given: lint and compare read the agreement as the default render writes it).
 */
export function evaluate(
  render: (deal: unknown, data: Record<string, unknown>) => string,
  deal: Record<string, unknown>,
  layout: Layout = "parallel",
): Evaluated {
  const state: EvalState = { insertions: [], deal };
  const markdown = render(deal, { ...templateVariables(layout), cw: state });
  return { markdown, insertions: state.insertions };
}
