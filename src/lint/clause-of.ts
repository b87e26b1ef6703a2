import type { Bilingual } from "../core/bilingual.js";

/** How a message names a clause: "clause 3.2" / "第3.2条", "clause 3.1(c)" / "第3.1条(c)项". */
export function clauseName(clause: string): Bilingual<string> {
  const item = /^(.*)\((\w+)\)$/.exec(clause);
  return item ? { en: `clause ${clause}`, zh: `第${item[1]}条(${item[2]})项` } : { en: `clause ${clause}`, zh: `第${clause}条` };
}
