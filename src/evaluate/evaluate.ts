import type { EvalState } from "../template/helpers.js";
import type { Insertion } from "../template/insertions.js";

/** A template filled with a deal: Markdown whose tokens stand for the insertions, in order. */
export interface Evaluated {
  markdown: string;
  insertions: Insertion[];
}

/** Run a compiled template over a deal's (validated) values. */
export function evaluate(
  render: (deal: unknown, data: Record<string, unknown>) => string,
  deal: Record<string, unknown>,
): Evaluated {
  const state: EvalState = { insertions: [], deal };
  const markdown = render(deal, { cw: state });
  return { markdown, insertions: state.insertions };
}
