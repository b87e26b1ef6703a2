import { readFileSync } from "node:fs";
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Node } from "yaml";
import { ToolError } from "../core/errors.js";
import type { Finding } from "../core/finding.js";

import type { Position } from "../core/position.js";

/**
 * Where a value or key stands in the YAML: its start, and the place just after its last
 * character (1-based, end exclusive, as ESLint and SARIF count). The fields are a finding's own.
 */
export interface Range extends Position {
  endLine: number;
  endColumn: number;
}

/** A deal file as read: its data, and where each value and key stands in the YAML. */
export interface DealFile {
  file: string;
  data: Record<string, unknown>;
  /** dotted path → range of the value */
  valuePositions: Map<string, Range>;
  /** dotted path → range of the key that names it */
  keyPositions: Map<string, Range>;
}

/** The file could not be read at all (missing, a folder, not UTF-8 text): exit code 2. */
export class UnreadableInputError extends ToolError {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: cannot read the file: ${reason}`);
  }
}

export type LoadResult = { ok: true; deal: DealFile } | { ok: false; findings: Finding[] };

export function readDealFile(file: string): LoadResult {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UnreadableInputError(
      file,
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : String(code ?? err),
    );
  }
  return parseDealText(text, file);
}

export function parseDealText(text: string, file: string): LoadResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  if (doc.errors.length > 0) {
    return {
      ok: false,
      findings: doc.errors.map((e) => {
        const pos = at(e.pos[0]);
        const reason = e.message.split("\n")[0] ?? e.message;
        return {
          ruleId: "yaml-syntax",
          severity: "error" as const,
          file,
          ...pos,
          message: {
            en: `YAML syntax error: ${reason}. Fix the YAML at this line (check indentation, colons and quotes).`,
            zh: `YAML 语法错误：${reason}。请修改此行的 YAML（检查缩进、冒号和引号）。`,
          },
        };
      }),
    };
  }
  const data = doc.toJS({ maxAliasCount: 100 }) as unknown;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return {
      ok: false,
      findings: [
        {
          ruleId: "yaml-syntax",
          severity: "error",
          file,
          line: 1,
          column: 1,
          message: {
            en: "A deal file must be a YAML mapping (key: value lines), starting with `template: <id>`.",
            zh: "交易文件必须是 YAML 映射（“键: 值”的行），并以 `template: <模板编号>` 开头。",
          },
        },
      ],
    };
  }
  // The yaml library's range is [start, value end, node end]; the value end of a block mapping
  // or a block scalar takes in the line break after it, which is not part of what a reader sees.
  const span = (range: readonly [number, number, number]): Range => {
    let end = range[1];
    while (end > range[0] && /\s/.test(text[end - 1] ?? "")) end--;
    const e = at(end);
    return { ...at(range[0]), endLine: e.line, endColumn: e.column };
  };
  const valuePositions = new Map<string, Range>();
  const keyPositions = new Map<string, Range>();
  const walk = (node: Node | null | undefined, path: string): void => {
    if (!node) return;
    if (node.range) valuePositions.set(path, span(node.range));
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const childPath = path ? `${path}.${String(pair.key.value)}` : String(pair.key.value);
        if (pair.key.range) keyPositions.set(childPath, span(pair.key.range));
        if (pair.value) walk(pair.value as Node, childPath);
        // `key:` with no value: point at the key, where the value is to be typed
        else if (pair.key.range) valuePositions.set(childPath, span(pair.key.range));
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item as Node, path ? `${path}.${i}` : String(i)));
    }
  };
  walk(doc.contents as Node, "");
  return { ok: true, deal: { file, data: data as Record<string, unknown>, valuePositions, keyPositions } };
}

/**
 * The range to point at for a path: its value, else its key, else its nearest ancestor that is
 * written (a field left out is pointed at through the mapping that lacks it). Undefined when
 * nothing on the path is written: the finding is about the file as a whole.
 */
export function rangeOf(deal: DealFile, path: string, prefer: "value" | "key" = "value"): Range | undefined {
  let p = path;
  for (;;) {
    const range =
      prefer === "key"
        ? (deal.keyPositions.get(p) ?? deal.valuePositions.get(p))
        : (deal.valuePositions.get(p) ?? deal.keyPositions.get(p));
    if (range) return range;
    const dot = p.lastIndexOf(".");
    if (dot < 0) return undefined;
    p = p.slice(0, dot);
  }
}

/** Where a path's range starts (see rangeOf); the top of the file when nothing on the path is written. */
export function positionOf(deal: DealFile, path: string, prefer: "value" | "key" = "value"): Position {
  const range = rangeOf(deal, path, prefer);
  return range ? { line: range.line, column: range.column } : { line: 1, column: 1 };
}
