import { readFileSync } from "node:fs";
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Node } from "yaml";
import { ToolError } from "../core/errors.js";
import type { Finding } from "../core/finding.js";

import type { Position } from "../core/position.js";

/** A deal file as read: its data, and where each value and key stands in the YAML. */
export interface DealFile {
  file: string;
  data: Record<string, unknown>;
  /** dotted path → position of the value */
  valuePositions: Map<string, Position>;
  /** dotted path → position of the key that names it */
  keyPositions: Map<string, Position>;
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
  const valuePositions = new Map<string, Position>();
  const keyPositions = new Map<string, Position>();
  const walk = (node: Node | null | undefined, path: string): void => {
    if (!node) return;
    if (node.range) valuePositions.set(path, at(node.range[0]));
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const childPath = path ? `${path}.${String(pair.key.value)}` : String(pair.key.value);
        if (pair.key.range) keyPositions.set(childPath, at(pair.key.range[0]));
        if (pair.value) walk(pair.value as Node, childPath);
        // `key:` with no value: point at the key, where the value is to be typed
        else if (pair.key.range) valuePositions.set(childPath, at(pair.key.range[0]));
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item as Node, path ? `${path}.${i}` : String(i)));
    }
  };
  walk(doc.contents as Node, "");
  return { ok: true, deal: { file, data: data as Record<string, unknown>, valuePositions, keyPositions } };
}

/** Where to point for a path: its value, else its key, else its nearest ancestor that is written. */
export function positionOf(deal: DealFile, path: string, prefer: "value" | "key" = "value"): Position {
  let p = path;
  for (;;) {
    const pos =
      prefer === "key"
        ? (deal.keyPositions.get(p) ?? deal.valuePositions.get(p))
        : (deal.valuePositions.get(p) ?? deal.keyPositions.get(p));
    if (pos) return pos;
    const dot = p.lastIndexOf(".");
    if (dot < 0) return { line: 1, column: 1 };
    p = p.slice(0, dot);
  }
}
