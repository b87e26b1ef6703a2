// Markdown tables. The template format has paragraphs, clauses and items but no tables, so a
// table's rows are read as lines of text, each cell after its column's heading ("License Fee:
// [License Fee]"), and the summary says so. A signature table is left out before this step
// (see structure.ts): the engine generates a signature page.

import type { SourceLine } from "./document.js";
import type { LeftOut } from "./furniture.js";

/** A table row as text: “first: second” for two columns, “H1: c1; H2: c2” for more. */
function rowText(cells: readonly string[], header: readonly string[] | undefined): string {
  if (cells.length === 1) return cells[0] as string;
  if (cells.length === 2 && header?.length === 2) {
    const [label, value] = cells as [string, string];
    return value === "" ? label : `${label.replace(/\s*[:：]$/, "")}${/[\u3400-\u9fff]/.test(label) ? "：" : ": "}${value}`;
  }
  return cells
    .map((c, i) => ({ c, h: header?.[i] ?? "" }))
    .filter(({ c }) => c !== "")
    .map(({ c, h }) => (h === "" ? c : `${h}${/[\u3400-\u9fff]/.test(h) ? "：" : ": "}${c}`))
    .join(/[\u3400-\u9fff]/.test(cells.join("")) ? "；" : "; ");
}

export function tablesAsText(lines: readonly SourceLine[], notes: string[], leftOut: LeftOut[]): SourceLine[] {
  const out: SourceLine[] = [];
  let header: string[] | undefined;
  for (const l of lines) {
    if (!l.table) {
      header = undefined;
      out.push(l);
      continue;
    }
    if (l.table.header) {
      header = l.table.cells;
      const twoColumns = header.length === 2;
      leftOut.push({ line: l.line, text: l.raw, reason: twoColumns ? "a table's heading row: its rows became “first cell: second cell” lines (templates have no tables)" : "a table's heading row: each row became a line with every cell after its column's heading (templates have no tables)" });
      notes.push(`the table at line ${l.line} became one line of text per row: templates have no tables (check the lines in agreement.md)`);
      continue;
    }
    const text = rowText(l.table.cells, header);
    if (text !== "") out.push({ line: l.line, text, raw: l.raw, listLike: false });
  }
  return out;
}
