import { walkInlines, type InlineContext } from "../agreement/walk.js";
import type { Agreement, Inline } from "../agreement/types.js";

/** An inline node of the agreement and where it stands. */
export interface InlineAt {
  node: Inline;
  where: InlineContext;
}

/**
 * One walk of a deal's agreement, shared by every rule: the engine builds it once per deal, where
 * each rule used to walk the tree again (and `clauseOf` walked it afresh for every field asked).
 * Built on first use, so a config that runs only rules without a tree pays nothing.
 */
export interface TreeIndex {
  /** Every inline node, in document order, Chinese before English (as `walkInlines` visits them). */
  readonly inlines: readonly InlineAt[];
  /** The paths of every value and placeholder node the agreement prints. */
  readonly printedPaths: ReadonlySet<string>;
  /**
   * The number of the first clause (or item, "3.1(c)") that prints the deal value at `path`, or
   * undefined when no clause does (a value of the cover or the parties' block, or one this deal's
   * options leave out).
   */
  clauseOf(path: string): string | undefined;
}

export function indexTree(agreement: Agreement): TreeIndex {
  let inlines: InlineAt[] | undefined;
  let clauses: Map<string, string> | undefined;
  let printed: Set<string> | undefined;
  const all = (): InlineAt[] => {
    if (inlines) return inlines;
    const out: InlineAt[] = [];
    walkInlines(agreement, (node, where) => out.push({ node, where }));
    inlines = out;
    return out;
  };
  const build = (): void => {
    clauses = new Map();
    printed = new Set();
    for (const { node, where } of all()) {
      if (node.type !== "value" && node.type !== "placeholder") continue;
      printed.add(node.path);
      if (where.clause && !clauses.has(node.path)) clauses.set(node.path, where.clause);
    }
  };
  return {
    get inlines() {
      return all();
    },
    get printedPaths() {
      if (!printed) build();
      return printed as Set<string>;
    },
    clauseOf(path) {
      if (!clauses) build();
      return (clauses as Map<string, string>).get(path);
    },
  };
}
