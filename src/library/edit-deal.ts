import { createHash } from "node:crypto";
import { isMap, isScalar, parseDocument, stringify, type Document, type YAMLMap } from "yaml";
import { ToolError } from "../core/errors.js";

/** A value to give a deal field, by dotted path; null clears it (the key stays, empty: not given). */
export type DealEdits = Record<string, string | number | boolean | null>;

type Value = DealEdits[string];

/** The hash a page keeps of the file it opened, to tell on saving whether the file changed since. */
export function textHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * A deal's text with fields set, as a person would have edited it: comments, key order, quoting
 * and blank lines stay as they were. A one-line value is written into the place of the value it
 * replaces, and a new key on a line of its own after its last sibling, so every other byte of the
 * file is kept; anything else (a text over several lines) is set in the parsed YAML document, which
 * writes the comments back with it.
 */
export function editDealText(text: string, edits: DealEdits): string {
  const entries = Object.entries(edits);
  if (entries.length === 0) return text;
  // every value that replaces a one-line value is written from one reading of the file, kept while
  // the same text comes back (a preview is made on each keystroke); the rest, one at a time
  if (lastBase?.text !== text) lastBase = { text, doc: parse(text) };
  const doc = lastBase.doc;
  const spans: Array<{ start: number; end: number; text: string }> = [];
  const rest: Array<[string, Value]> = [];
  for (const [path, value] of entries) {
    const keys = path.split(".");
    const span = value === null && !doc.hasIn(keys) ? null : spanOf(text, doc, keys, written(value));
    if (span === undefined) rest.push([path, value]);
    else if (span) spans.push(span);
  }
  let out = text;
  for (const s of spans.sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  if (spans.length > 0 && !entries.every(([path, value]) => rest.some(([p]) => p === path) || reads(out, path.split("."), value))) {
    out = text;
    rest.splice(0, rest.length, ...entries);
  }
  for (const [path, value] of rest) out = editOne(out, path.split("."), value);
  return out;
}

let lastBase: { text: string; doc: Document } | undefined;

const written = (value: Value): string => (value === null ? "" : stringify(value, { lineWidth: 0 }).replace(/\n$/, ""));

const parse = (text: string): Document => {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new ToolError(`the deal file has a YAML syntax error (${doc.errors[0]?.message.split("\n")[0]}): fix it in a text editor first`);
  return doc;
};

function editOne(text: string, keys: string[], value: Value): string {
  const doc = parse(text);
  if (value === null && !doc.hasIn(keys)) return text; // clearing a field that is not there
  const w = written(value);
  if (!w.includes("\n")) {
    const span = spanOf(text, doc, keys, w);
    if (span === null) return text;
    const edited = span ? text.slice(0, span.start) + span.text + text.slice(span.end) : insert(text, doc, keys, w);
    // the text edit is kept only when the file reads back with exactly this value
    if (edited !== undefined && reads(edited, keys, value)) return edited;
  }
  ensureMaps(doc, keys);
  doc.setIn(keys, value);
  return doc.toString({ lineWidth: 0 });
}

let lastRead: { text: string; doc: Document } | undefined;

function reads(text: string, keys: string[], value: Value): boolean {
  // several edits are checked against the same text: it is read once
  if (lastRead?.text !== text) lastRead = { text, doc: parseDocument(text) };
  if (lastRead.doc.errors.length > 0) return false;
  const got = lastRead.doc.getIn(keys);
  return value === null ? got === null || got === undefined : got === value;
}

/**
 * Where the value goes and what replaces what stood there (an empty value's place is right after
 * its key's colon); null when nothing is to change, undefined when the value has no such place.
 */
function spanOf(text: string, doc: Document, keys: string[], w: string): { start: number; end: number; text: string } | null | undefined {
  if (w.includes("\n")) return undefined;
  const node = doc.getIn(keys, true);
  if (!isScalar(node) || !node.range || node.type === "BLOCK_FOLDED" || node.type === "BLOCK_LITERAL") return undefined;
  const [start, end] = node.range;
  if (start !== end) {
    // an emptied value leaves `key:` with nothing after it, as the skeleton writes a gap
    const from = w === "" ? text.slice(0, start).replace(/[ \t]+$/, "").length : start;
    return { start: from, end, text: w };
  }
  let colon = start;
  while (colon > 0 && (text[colon - 1] === " " || text[colon - 1] === "\t")) colon--;
  if (text[colon - 1] !== ":") return undefined;
  if (w === "") return null;
  // `key:   # comment` keeps its comment after the new value
  const gap = text[start] === "#" ? text.slice(colon, start) || " " : "";
  return { start: colon, end: start, text: ` ${w}${gap}` };
}

/** A key the file lacks, on a new line after the last key of the nearest group it has (block style). */
function insert(text: string, doc: Document, keys: string[], written: string): string | undefined {
  if (written === "") return undefined;
  let depth = keys.length - 1;
  while (depth > 0 && !isMap(doc.getIn(keys.slice(0, depth), true))) depth--;
  if (depth > 0 && doc.hasIn(keys.slice(0, depth + 1))) return undefined; // a value where a group would be
  const map = (depth === 0 ? doc.contents : doc.getIn(keys.slice(0, depth), true)) as YAMLMap | null;
  if (!isMap(map) || map.flow || map.items.length === 0 || !map.range) return undefined;
  const firstKey = map.items[0]?.key as { range?: [number, number, number] } | undefined;
  if (!firstKey?.range) return undefined;
  const keyAt = firstKey.range[0];
  const indent = keyAt - (text.lastIndexOf("\n", keyAt - 1) + 1);
  let p = map.range[1];
  while (p > 0 && /\s/.test(text[p - 1] as string)) p--;
  const lineEnd = text.indexOf("\n", p);
  const lines = keys.slice(depth).map((k, i, all) => `${" ".repeat(indent + 2 * i)}${k}:${i === all.length - 1 ? ` ${written}` : ""}`);
  if (lineEnd < 0) return `${text}\n${lines.join("\n")}\n`;
  return `${text.slice(0, lineEnd + 1)}${lines.join("\n")}\n${text.slice(lineEnd + 1)}`;
}

/** A field inside a group that is empty (`sla:` with nothing under it) needs the group as a map first. */
function ensureMaps(doc: Document, keys: string[]): void {
  for (let i = 1; i < keys.length; i++) {
    const at = keys.slice(0, i);
    const node = doc.getIn(at, true);
    if (node === undefined || isMap(node)) continue;
    if (isScalar(node) && (node.value === null || node.value === "")) doc.setIn(at, doc.createNode({}));
    else throw new ToolError(`${at.join(".")} holds a value, not a group of fields: ${keys.join(".")} cannot be set inside it`);
  }
}
