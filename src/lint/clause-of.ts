import { walkInlines } from "../agreement/walk.js";
import type { Agreement } from "../agreement/types.js";
import type { Bilingual } from "../core/bilingual.js";

/**
 * The number of the first clause (or item, "3.1(c)") that prints the deal value at `path`, or
 * undefined when no clause does (a value of the cover or the parties' block, or one this deal's
 * options leave out).
 */
export function clauseOf(agreement: Agreement, path: string): string | undefined {
  let found: string | undefined;
  walkInlines(agreement, (node, where) => {
    if (found === undefined && where.clause && (node.type === "value" || node.type === "placeholder") && node.path === path) found = where.clause;
  });
  return found;
}

/** How a message names a clause: "clause 3.2" / "第3.2条", "clause 3.1(c)" / "第3.1条(c)项". */
export function clauseName(clause: string): Bilingual<string> {
  const item = /^(.*)\((\w+)\)$/.exec(clause);
  return item ? { en: `clause ${clause}`, zh: `第${item[1]}条(${item[2]})项` } : { en: `clause ${clause}`, zh: `第${clause}条` };
}
