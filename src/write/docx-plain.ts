// Inline content as plain text on one line, for the document properties: no runs, no library.

import type { Inline } from "../agreement/types.js";
import { LINE_BREAK, NOT_XML } from "./text.js";

/** The text of inline content on one line, without formatting, for document properties. */
export function plainText(inlines: readonly Inline[]): string {
  return oneLine(inlines.map(inlineText).join(""));
}

function inlineText(inline: Inline): string {
  switch (inline.type) {
    case "text":
      return inline.value;
    case "strong":
    case "emphasis":
      return inline.children.map(inlineText).join("");
    case "value":
    case "reference":
      return inline.text;
    case "placeholder":
      return inline.label;
  }
}

/** A string as one line of text that XML can hold. */
export function oneLine(text: string): string {
  return text.split(LINE_BREAK).join(" ").replace(NOT_XML, "\uFFFD").replace(/\t/g, " ");
}
