import type { TemplateLoc } from "./compile.js";

/**
 * What a helper put into the evaluated Markdown. The Markdown holds only a token that stands
 * for it (private-use characters no template or markup uses), so that a value can never be read
 * as markup, and the tree knows where every inserted piece came from.
 */
export type Insertion =
  | { kind: "field"; path: string; loc: TemplateLoc }
  | { kind: "ref"; target: string; loc: TemplateLoc }
  | { kind: "ref-field"; path: string; loc: TemplateLoc };

export const TOKEN_OPEN = "\uE000";
export const TOKEN_CLOSE = "\uE001";
export const TOKEN_PATTERN = /\uE000(\d+)\uE001/g;

export function token(index: number): string {
  return `${TOKEN_OPEN}${index}${TOKEN_CLOSE}`;
}
