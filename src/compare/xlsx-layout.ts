// How the workbook prints and how tall its rows are. Neither Excel nor LibreOffice grows a row to
// fit wrapped text when it opens a file written by a program (and never a merged cell), so every
// row's height is set here, from an estimate of how many lines its text wraps to.

import type { PageSetup } from "exceljs";

/** Points per line of 11-point text (Calibri, or the CJK font standing in for it), with leading. */
export const LINE_HEIGHT = 15;

// Han, kana, hangul, CJK punctuation and full-width forms take two columns of a cell's width,
// which Excel counts in widths of the digit 0.
const WIDE_RANGES = "\\u1100-\\u115F\\u2E80-\\u303E\\u3041-\\u33FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uA000-\\uA4CF\\uAC00-\\uD7A3\\uF900-\\uFAFF\\uFE30-\\uFE4F\\uFF00-\\uFF60\\uFFE0-\\uFFE6";
const WIDE = new RegExp(`[${WIDE_RANGES}]`, "u");
// a word of narrow characters with the spaces after it, a run of spaces, or one wide character
const TOKENS = new RegExp(`[^\\s${WIDE_RANGES}]+\\s*|\\s+|.`, "gu");

/** A character's width in columns: 2 for CJK, 1 otherwise. */
export function charWidth(char: string): number {
  return WIDE.test(char) ? 2 : 1;
}

/** The width of a text on one line, in columns. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/**
 * How many lines a text wraps to in a cell `width` columns wide: greedy, as a spreadsheet wraps,
 * breaking between words and between any two CJK characters, and inside a word longer than a
 * line. One column of the width is left for the cell's padding.
 */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, width - 1);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines++;
    let used = 0;
    for (const token of paragraph.match(TOKENS) ?? []) {
      const word = token.trimEnd();
      const w = textWidth(word);
      if (used > 0 && used + w > room) {
        lines++;
        used = 0;
      }
      if (w > room) {
        lines += Math.ceil(w / room) - 1;
        used = w % room;
      } else {
        used += w;
      }
      used += token.length - word.length;
    }
  }
  return lines;
}

/** The height in points of a row whose cells hold these texts in columns of these widths. */
export function rowHeight(cells: ReadonlyArray<{ text: string; width: number }>): number {
  const lines = Math.max(1, ...cells.map((c) => wrappedLines(c.text, c.width)));
  return lines * LINE_HEIGHT + 2;
}

/**
 * A4 landscape, one page wide and as many pages tall as it takes (the matrix: one page), the header row printed on
 * every page, the sheet's name and the page number in the footer: what a buyer expects from a
 * comparison to be read on paper. fitToPage switches fitting on: without it, the sheet prints at
 * 100% and fitToWidth is ignored.
 */
export const PAGE_SETUP: Partial<PageSetup> = {
  paperSize: 9,
  orientation: "landscape",
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  printTitlesRow: "1:1",
  margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
};

export const FOOTER = "&L&A&R&P / &N";
