import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from "yaml";
import type { Bilingual } from "../core/bilingual.js";
import type { Position } from "../core/position.js";
import { LIMITS, shownLimit } from "./limits.js";
import { printable } from "./printable.js";

/** Where a value or key stands in the YAML: start, and just after its end (1-based, end exclusive). */
export interface Range extends Position {
  endLine: number;
  endColumn: number;
}

/** What the walk over a deal's YAML gives: the place of every key and value, or what makes the YAML no deal. */
export interface YamlTree {
  valuePositions: Map<string, Range>;
  keyPositions: Map<string, Range>;
  /** dotted path → the number as written (`5000.10`, `1e15`): the validate stage checks it is kept exactly. */
  numberSources: Map<string, string>;
  problem?: { range: Range; message: Bilingual<string> };
  /** Where the first alias stands, if the deal has one. */
  firstAlias?: Range;
}

// The tags of YAML's core schema, and timestamps (read back as the text written, see below).
const CORE_TAGS = new Set(["str", "int", "float", "bool", "null", "map", "seq", "timestamp"].map((t) => `tag:yaml.org,2002:${t}`));

/** What /\s/ matches, without a regular expression for the common ASCII case: a span is taken of every key and value. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(String.fromCharCode(code));
}

/**
 * Walk a parsed deal: record where each key and value stands, and refuse what a deal cannot be
 * (a key that is a mapping or a list, a tag such as `!!binary`, an alias to itself or to nothing,
 * nesting or a count past the limits) at its own line. A timestamp (`!!timestamp`, or any date
 * under `%YAML 1.1`) is put back to the text written, so a date never carries a time zone.
 */
export function walkYaml(doc: Document, text: string, at: (offset: number) => Position): YamlTree {
  // The yaml library's range is [start, value end, node end]; the value end of a block mapping
  // or a block scalar takes in the line break after it, which is not part of what a reader sees.
  const span = (range: readonly [number, number, number]): Range => {
    let end = range[1];
    while (end > range[0] && isSpace(text.charCodeAt(end - 1))) end--;
    const start = at(range[0]);
    const e = at(end);
    return { line: start.line, column: start.column, endLine: e.line, endColumn: e.column };
  };
  const tree: YamlTree = { valuePositions: new Map(), keyPositions: new Map(), numberSources: new Map() };
  let nodes = 0;
  let aliases = 0;
  const fail = (node: { range?: [number, number, number] | null | undefined }, message: Bilingual<string>): void => {
    tree.problem ??= { range: node.range ? span(node.range) : { line: 1, column: 1, endLine: 1, endColumn: 1 }, message };
  };
  const tooMany = (node: Node): void =>
    fail(node, {
      en: `The deal has more than ${shownLimit(LIMITS.nodes)} keys and values, the most a deal may have (see docs/limits.md): a deal has a few hundred.`,
      zh: `交易文件的键和值超过 ${shownLimit(LIMITS.nodes)} 个，超出上限（见 docs/limits.md）：一份交易文件通常只有几百个。`,
    });
  const ancestors: Node[] = [];
  const walk = (node: Node | null | undefined, path: string): void => {
    if (!node || tree.problem) return;
    if (node.range) tree.valuePositions.set(path, span(node.range));
    if (++nodes > LIMITS.nodes) return tooMany(node);
    if (isAlias(node)) {
      const target = node.resolve(doc);
      if (node.range) tree.firstAlias ??= span(node.range);
      if (++aliases > LIMITS.aliases) {
        return fail(node, {
          en: `The deal uses more than ${shownLimit(LIMITS.aliases)} YAML aliases (*name), the most a deal may have (see docs/limits.md): write the values out.`,
          zh: `交易文件使用了超过 ${shownLimit(LIMITS.aliases)} 个 YAML 别名（*名称），超出上限（见 docs/limits.md）：请直接写出这些值。`,
        });
      }
      if (!target) return fail(node, { en: `The alias *${node.source} names no anchor (&${node.source}) set before it: set the anchor first, or write the value out.`, zh: `别名 *${node.source} 之前没有对应的锚点（&${node.source}）：请先设置锚点，或直接写出该值。` });
      if (ancestors.includes(target)) return fail(node, { en: `The alias *${node.source} stands inside the value it names, which would make it endless: write the value out.`, zh: `别名 *${node.source} 位于其所指的值之内，会无限展开：请直接写出该值。` });
      return;
    }
    if (ancestors.length >= LIMITS.depth) {
      return fail(node, {
        en: `The YAML is nested more than ${LIMITS.depth} levels deep, the most a deal may have (see docs/limits.md): check the indentation.`,
        zh: `YAML 的嵌套超过 ${LIMITS.depth} 层，超出上限（见 docs/limits.md）：请检查缩进。`,
      });
    }
    if (node.tag && !CORE_TAGS.has(node.tag)) {
      return fail(node, { en: `The YAML tag \`${node.tag.replace("tag:yaml.org,2002:", "!!")}\` has no place in a deal: remove it and write the value plainly.`, zh: `交易文件中不能使用 YAML 标签 \`${node.tag.replace("tag:yaml.org,2002:", "!!")}\`：请删除标签，直接写出该值。` });
    }
    if (isScalar(node)) {
      if (node.value instanceof Date) node.value = node.source ?? text.slice(node.range?.[0] ?? 0, node.range?.[1] ?? 0);
      else if (typeof node.value === "number" && node.source !== undefined) tree.numberSources.set(path, node.source);
      return;
    }
    ancestors.push(node);
    if (isMap(node)) {
      const keys = new Set<string>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        if (!isScalar(pair.key) || (pair.key.value !== null && typeof pair.key.value === "object")) {
          ancestors.pop();
          return fail((pair.key as Node | null) ?? node, { en: "A key of a deal is a name, not a mapping or a list: write `name: value`.", zh: "交易文件的键是名称，不能是映射或列表：请写成 `名称: 值`。" });
        }
        const key = String(pair.key.value);
        if (keys.has(key)) {
          ancestors.pop();
          return fail(pair.key, { en: `The key \`${printable(key)}\` is given twice in this mapping: keep one of them.`, zh: `此映射中键 \`${printable(key)}\` 出现了两次：请只保留一个。` });
        }
        keys.add(key);
        const childPath = path ? `${path}.${key}` : key;
        if (pair.key.range) tree.keyPositions.set(childPath, span(pair.key.range));
        if (pair.value) walk(pair.value as Node, childPath);
        // `key:` with no value: point at the key, where the value is to be typed
        else if (pair.key.range) tree.valuePositions.set(childPath, span(pair.key.range));
        if (++nodes > LIMITS.nodes) {
          ancestors.pop();
          return tooMany(node);
        }
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item as Node, path ? `${path}.${i}` : String(i)));
    }
    ancestors.pop();
  };
  walk(doc.contents as Node, "");
  return tree;
}
