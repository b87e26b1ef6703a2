// Inline content of the Agreement tree as DOCX runs.
//
// Values are data, not markup: whatever a value holds comes out as literal text. The docx
// library escapes `<` and `&`, but it writes control characters and newlines into w:t as
// they are, which makes a file Word refuses to open (control characters) or shows wrongly
// (newlines). So line breaks become w:br, tabs w:tab, and characters XML 1.0 forbids become
// U+FFFD, visible rather than silently dropped.

import { HighlightColor, Tab, TextRun } from "docx";
import type { Inline } from "../agreement/types.js";
import type { Lang } from "../core/bilingual.js";
import { STYLE } from "./docx-page.js";
import { LINE_BREAK, NOT_XML } from "./text.js";

export interface RunFormat {
  /** The language of the text, which decides the font of punctuation both scripts share. */
  lang: Lang;
  bold?: boolean;
  italics?: boolean;
}

export { LINE_BREAK, NOT_XML };

/** Runs for a string: one per line, each line after the first starting with a line break. */
export function textRuns(text: string, format: RunFormat, extra: { style?: string; highlight?: boolean } = {}): TextRun[] {
  if (text === "") return [];
  return text.split(LINE_BREAK).map((line, index) => {
    const children: Array<string | Tab> = [];
    line
      .replace(NOT_XML, "\uFFFD")
      .split("\t")
      .forEach((piece, pieceIndex) => {
        if (pieceIndex > 0) children.push(new Tab());
        if (piece !== "") children.push(piece);
      });
    return new TextRun({
      children,
      ...(index > 0 ? { break: 1 } : {}),
      ...(format.bold ? { bold: true } : {}),
      ...(format.italics ? { italics: true } : {}),
      ...(extra.style ? { style: extra.style } : {}),
      ...(extra.highlight ? { highlight: HighlightColor.YELLOW } : {}),
      // Quotation marks, dashes and ellipses belong to both scripts; Word sets them in the
      // Latin font unless the run says it is East Asian text.
      ...(format.lang === "zh" ? { font: { hint: "eastAsia" } } : {}),
    });
  });
}

export function inlineRuns(inlines: readonly Inline[], format: RunFormat): TextRun[] {
  return inlines.flatMap((inline): TextRun[] => {
    switch (inline.type) {
      case "text":
        return textRuns(inline.value, format);
      case "strong":
        return inlineRuns(inline.children, { ...format, bold: true });
      case "emphasis":
        return inlineRuns(inline.children, { ...format, italics: true });
      case "value":
      case "reference":
        return textRuns(inline.text, format);
      case "placeholder":
        return textRuns(inline.label, format, { style: STYLE.placeholder, highlight: true });
    }
  });
}
