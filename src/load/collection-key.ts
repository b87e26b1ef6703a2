import { isCollection, visit, type Document, type Node } from "yaml";

/**
 * The offset of the first key that is a mapping or a list (`? [a, b]: 1`), if any. JavaScript
 * keys are names: the yaml package would turn such a key into a string and print a Node
 * `Warning:` on the terminal, so a file that has one is refused at its line instead.
 */
export function collectionKeyOffset(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Pair(_, pair) {
      if (isCollection(pair.key)) {
        offset = (pair.key as Node).range?.[0] ?? 0;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return offset;
}

/** What a file's message says about a key that is a mapping or a list. */
export const COLLECTION_KEY = "a key is a name, not a mapping or a list: write `name: value`";
