// The checks the JSON Schema cannot make: that each value can be written in the agreement exactly
// as the deal gives it (no rounding, no exponent, no digit lost), and that no text holds a
// character that has no place in a contract. They run in the validate stage, before anything is
// formatted.

import type { Bilingual } from "../core/bilingual.js";
import type { Finding, Severity } from "../core/finding.js";
import { groupedDigits, plainDigits, scalarProblem, type ScalarProblem } from "../wording/index.js";
import { positionOf, type DealFile } from "../load/deal-file.js";
import { fieldLabel, fieldSchema, type SchemaNode } from "../template/schema.js";
import { shownValue } from "./shown.js";

/** What the value is told, after its path and label: "must be at most 100, not 1e15". */
function problemWords(p: ScalarProblem, shown: Bilingual<string>): Bilingual<string> {
  switch (p.problem) {
    case "type": {
      const en = { number: "a number", text: "text", date: "a date written YYYY-MM-DD", boolean: "true or false" }[p.expected];
      const zh = { number: "数字", text: "文本", date: "日期（YYYY-MM-DD）", boolean: "true 或 false" }[p.expected];
      return { en: `must be ${en}, not ${shown.en}`, zh: `应为${zh}，而不是 ${shown.zh}` };
    }
    case "not-finite":
      return { en: `must be a finite number, not ${shown.en}`, zh: `应为有限的数字，而不是 ${shown.zh}` };
    case "negative":
      return { en: `must not be negative, not ${shown.en}`, zh: `不能为负数，而不是 ${shown.zh}` };
    case "not-whole":
      return { en: `must be a whole number, not ${shown.en}`, zh: `应为整数，而不是 ${shown.zh}` };
    case "too-large":
      return { en: `must be at most ${groupedDigits(p.max)}, the most the agreement can state, not ${shown.en}`, zh: `不能超过协议所能写明的 ${groupedDigits(p.max)}，而不是 ${shown.zh}` };
    case "decimals":
      return {
        en: `has ${p.given} decimals, more than the ${p.max} the agreement writes: ${shown.en} cannot be stated exactly, so round it as the parties agree`,
        zh: `有 ${p.given} 位小数，超过协议所写的 ${p.max} 位：无法如实写明 ${shown.zh}，请按双方约定取舍`,
      };
    case "date":
      return { en: `${shown.en} is not a date in the calendar: write YYYY-MM-DD, e.g. 2027-01-01`, zh: `${shown.zh} 不是有效日期：请写成 YYYY-MM-DD，例如 2027-01-01` };
  }
}

/** A number as written (`5000.10`, `1E3`, `0x1F`) in plain digits, or undefined for a form it is not. */
function writtenDigits(source: string): string | undefined {
  const m = /^[-+]?(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/.exec(source);
  if (!m || `${m[1]}${m[2] ?? ""}` === "") return undefined;
  let digits = `${m[1]}${m[2] ?? ""}`;
  let point = (m[1] ?? "").length + Number(m[3] ?? 0);
  if (Math.abs(point) > 400) return undefined;
  if (point < 0) {
    digits = "0".repeat(-point) + digits;
    point = 0;
  }
  digits = digits.padEnd(point, "0");
  const whole = digits.slice(0, point).replace(/^0+(?=.)/, "") || "0";
  const fraction = digits.slice(point).replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : whole;
}

/** The digits the value keeps, when they are not the digits written: 9007199254740993 is read as …992. */
function lostDigits(value: number, source: string | undefined): string | undefined {
  if (source === undefined) return undefined;
  const written = writtenDigits(source.trim());
  if (written === undefined) return Number.isInteger(value) && !Number.isSafeInteger(value) ? plainDigits(value) : undefined;
  const kept = plainDigits(Math.abs(value));
  return written === kept ? undefined : kept;
}

interface CharacterProblem {
  severity: Severity;
  codePoint: number;
  what: Bilingual<string>;
}

// What each character that should not be in a contract is, and whether it is refused or warned about.
const NAMES: Array<[RegExp, Severity, Bilingual<string>]> = [
  [/^[\u0000-\u0008\u000b-\u001f\u007f]$/, "error", { en: "a control character", zh: "控制字符" }],
  [/^[\u0080-\u009f]$/, "error", { en: "a C1 control character", zh: "C1 控制字符" }],
  [/^[\ud800-\udfff]$/, "error", { en: "half of a surrogate pair, which is no character", zh: "代理对的一半，不是字符" }],
  [/^\ufffd$/, "error", { en: "the replacement character, left where a character could not be decoded", zh: "替换字符（解码失败处留下的字符）" }],
  [/^[\ufdd0-\ufdef\ufffe\uffff]$/, "error", { en: "a noncharacter", zh: "非字符码位" }],
  [/^[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]$/, "warning", { en: "an invisible bidirectional control, which can make the text read other than it is written", zh: "不可见的双向文字控制符，可能使文本的显示顺序与书写不同" }],
  [/^[\u200b-\u200d\u2060\ufeff]$/, "warning", { en: "an invisible zero-width character", zh: "不可见的零宽字符" }],
  [/^[\u2028\u2029]$/, "warning", { en: "an invisible line or paragraph separator", zh: "不可见的行或段落分隔符" }],
];

// one test over the whole text first: almost every text has none of these
const SUSPECT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2028\u2029\u2060\u2066-\u2069\ud800-\udfff\ufdd0-\ufdef\ufeff\ufffd\ufffe\uffff]/;

/** The first character of a text that is refused, else the first that is warned about, else undefined. */
export function characterProblem(text: string): CharacterProblem | undefined {
  if (!SUSPECT.test(text)) return undefined;
  let warning: CharacterProblem | undefined;
  // by code point: a surrogate pair (an emoji, a rare Han character) is one character, a lone half is one too
  for (const ch of text) {
    const entry = NAMES.find(([re]) => re.test(ch));
    if (!entry) continue;
    const problem = { severity: entry[1], codePoint: ch.codePointAt(0) ?? 0, what: entry[2] };
    if (problem.severity === "error") return problem;
    warning ??= problem;
  }
  return warning;
}

const codePointName = (n: number): string => `U+${n.toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * Check every value the deal gives that the schema has not already refused (`refused` holds the
 * paths of the schema's errors): each scalar can be written as its x-kind, exactly as written, and
 * no text holds a control character (an error) or an invisible one (a warning).
 */
export function checkValues(deal: DealFile, schema: SchemaNode, data: Record<string, unknown>, refused: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = [];
  const report = (path: string, severity: Severity, what: Bilingual<string>): void => {
    findings.push({
      ruleId: "schema",
      severity,
      file: deal.file,
      ...positionOf(deal, path),
      path,
      message: { en: `${path} (${fieldLabel(schema, path, "en")}) ${what.en}.`, zh: `${path}（${fieldLabel(schema, path, "zh")}）${what.zh}。` },
    });
  };
  const visit = (value: unknown, path: string): void => {
    if (refused.has(path)) return;
    if (typeof value === "string") {
      const c = characterProblem(value);
      if (c) {
        const fix = c.severity === "error" ? { en: "remove it", zh: "请删除" } : { en: "remove it unless it is meant", zh: "如非有意请删除" };
        report(path, c.severity, { en: `holds ${codePointName(c.codePoint)}, ${c.what.en}: ${fix.en}`, zh: `含有 ${codePointName(c.codePoint)}（${c.what.zh}）：${fix.zh}` });
        if (c.severity === "error") return;
      }
    }
    if (value !== null && typeof value === "object") {
      for (const [key, child] of Object.entries(value)) visit(child, path ? `${path}.${key}` : key);
      return;
    }
    const node = path ? fieldSchema(schema, path) : undefined;
    const kind = node?.["x-kind"];
    const source = deal.numberSources?.get(path);
    const problem = kind ? scalarProblem(kind, value) : undefined;
    // the schema's `type` is the one word on a value's type (ajv has checked it); the kind adds what can be printed
    if (problem && !(problem.problem === "type" && node?.type !== undefined)) return report(path, "error", problemWords(problem, shownValue(value, source)));
    if (typeof value !== "number") return;
    const kept = lostDigits(value, source);
    if (kept !== undefined) {
      const shown = shownValue(value, source);
      report(path, "error", {
        en: `has more digits than a number keeps: ${shown.en} would be read as ${kept}; write at most 15 significant digits`,
        zh: `的位数超过数字所能保存的位数：${shown.zh} 会被读作 ${kept}；请最多写 15 位有效数字`,
      });
    }
  };
  visit(data, "");
  return findings;
}
