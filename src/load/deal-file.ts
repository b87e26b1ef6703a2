import { parseDocument, LineCounter } from "yaml";
import type { Finding } from "../core/finding.js";
import type { Position } from "../core/position.js";
import { LIMITS, shownLimit } from "./limits.js";
import { readDealText, UnreadableInputError } from "./read-text.js";
import { walkYaml, type Range } from "./yaml-tree.js";

export { UnreadableInputError } from "./read-text.js";
export type { Range } from "./yaml-tree.js";

/** A deal file as read: its data, and where each value and key stands in the YAML. */
export interface DealFile {
  file: string;
  data: Record<string, unknown>;
  /** dotted path → range of the value */
  valuePositions: Map<string, Range>;
  /** dotted path → range of the key that names it */
  keyPositions: Map<string, Range>;
  /** dotted path → a number as written in the YAML (`5000.10`), to check that it is kept exactly */
  numberSources?: Map<string, string>;
}

export type LoadResult = { ok: true; deal: DealFile } | { ok: false; findings: Finding[] };

/** Read a deal file: a regular file within the size limit, in UTF-8 (else UnreadableInputError, exit code 2). */
export function readDealFile(file: string): LoadResult {
  return parseDealText(readDealText(file), file);
}

const syntaxFinding = (file: string, at: Position & Partial<Range>, message: Finding["message"]): Finding => ({ ruleId: "yaml-syntax", severity: "error", file, ...at, message });

export function parseDealText(text: string, file: string): LoadResult {
  if (text.length > LIMITS.fileBytes) {
    throw new UnreadableInputError(file, `it is more than the ${shownLimit(LIMITS.fileBytes)} a deal may have (see docs/limits.md): a deal is a few kilobytes`);
  }
  const lineCounter = new LineCounter();
  // keys are checked for uniqueness in the walk, with a set: the parser's own check compares each
  // key with every key before it, which takes minutes on a mapping of a few hundred thousand keys
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const at = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  if (doc.errors.length > 0) {
    return {
      ok: false,
      findings: doc.errors.map((e) => {
        const reason = e.message.split("\n")[0] ?? e.message;
        // the parser runs out of stack on a few hundred levels of nesting before the walk below can count them
        if (/Maximum call stack size exceeded/.test(reason)) {
          return syntaxFinding(file, at(e.pos[0]), {
            en: `The YAML is nested more than ${LIMITS.depth} levels deep, the most a deal may have (see docs/limits.md): check the indentation.`,
            zh: `YAML 的嵌套超过 ${LIMITS.depth} 层，超出上限（见 docs/limits.md）：请检查缩进。`,
          });
        }
        return syntaxFinding(file, at(e.pos[0]), {
          en: `YAML syntax error: ${reason}. Fix the YAML at this line (check indentation, colons and quotes).`,
          zh: `YAML 语法错误：${reason}。请修改此行的 YAML（检查缩进、冒号和引号）。`,
        });
      }),
    };
  }
  const tree = walkYaml(doc, text, at);
  if (tree.problem) return { ok: false, findings: [syntaxFinding(file, tree.problem.range, tree.problem.message)] };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: LIMITS.aliases });
  } catch (err) {
    // aliases of aliases that would expand past the limit ("billion laughs"): the walk counted each alias once
    if (!(err instanceof ReferenceError)) throw err;
    return {
      ok: false,
      findings: [
        syntaxFinding(file, tree.firstAlias ?? { line: 1, column: 1 }, {
          en: `The deal's YAML aliases (*name) expand to more than ${shownLimit(LIMITS.aliases)} copies, the most a deal may have (see docs/limits.md): write the values out.`,
          zh: `交易文件的 YAML 别名（*名称）展开后超过 ${shownLimit(LIMITS.aliases)} 份，超出上限（见 docs/limits.md）：请直接写出这些值。`,
        }),
      ],
    };
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return {
      ok: false,
      findings: [
        syntaxFinding(file, { line: 1, column: 1 }, {
          en: "A deal file must be a YAML mapping (key: value lines), starting with `template: <id>`.",
          zh: "交易文件必须是 YAML 映射（“键: 值”的行），并以 `template: <模板编号>` 开头。",
        }),
      ],
    };
  }
  const { valuePositions, keyPositions, numberSources } = tree;
  return { ok: true, deal: { file, data: data as Record<string, unknown>, valuePositions, keyPositions, numberSources } };
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
