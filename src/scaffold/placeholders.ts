// The blanks a contract leaves for the deal: [label], 【label】, ［label］, with an example after
// 例如 ([服务内容描述,例如:信息技术支持] — full-width or half-width brackets, commas and colons),
// and runs of underscores after a label (联系电话：＿＿＿＿). A blank for a clause number
// (第[具体条款号]条) is a clause reference.

/** A piece of a line: text, or a placeholder as written. */
export type RawPiece =
  | { t: "text"; s: string }
  | {
      t: "placeholder";
      label: string;
      example?: string;
      /** the placeholder as written, brackets included */
      written: string;
      form: "bracket" | "blank";
      /** 第[…]条, or a label that asks for a clause number: a reference to a clause */
      clause: boolean;
    };

const BRACKET = String.raw`\[([^\[\]\n]*)\]|【([^【】\n]*)】|［([^［］\n]*)］`;
const DATE_BLANK = String.raw`[＿_]{2,}\s*年\s*[＿_]{2,}\s*月\s*[＿_]{2,}\s*日`;
const BLANK = String.raw`[＿_]{2,}`;
const INLINE = new RegExp(String.raw`(第\s*|\b(?:[Cc]lause|[Ss]ection|[Aa]rticle)\s+)?(?:${BRACKET}|(${DATE_BLANK})|(${BLANK}))(\s*[条款])?`, "g");

const EXAMPLE_FORMS: RegExp[] = [
  // [label（例如：example）]
  /^(.+?)\s*[（(]\s*(?:例如|比如|譬如|e\.g\.?|如\s*[:：])\s*[:：]?\s*(.+?)\s*[)）]$/i,
  // [label,例如:example] [label，例如：example] [label；如：example]
  /^(.+?)\s*[,，;；:：]\s*(?:例如|比如|譬如|e\.g\.?|如\s*[:：])\s*[:：]?\s*(.+)$/i,
  // [label例如：example]
  /^(.+?)\s*(?:例如|比如|譬如)\s*[:：]\s*(.+)$/,
];

const CLAUSE_LABEL = /条款号|条款编号|条号|条款序号|\b(clause|section|article) (number|no\.?)\b/i;

/** The label and example of a bracketed placeholder; undefined when it is not one ([1], [√], [ ]). */
export function parseBracket(content: string): { label: string; example?: string } | undefined {
  const c = content.trim();
  if (c === "" || /^[\d\s.,，、]+$/.test(c) || /^[√✓✔×xX*\s]$/.test(c)) return undefined;
  for (const re of EXAMPLE_FORMS) {
    const m = re.exec(c);
    if (m) {
      const label = (m[1] as string).trim().replace(/[:：,，;；]+$/, "").trim();
      const example = (m[2] as string).trim();
      if (label !== "" && example !== "") return { label, example };
    }
  }
  return { label: c };
}

const DELIMITERS = /[。；;，,、（(）)！!？?“”"]/;

/** A blank's label from the words around it: 联系电话：＿＿＿ → 联系电话; 在____个工作日内 → 在…个工作日内. */
export function blankLabel(before: string, after: string, date: boolean): string {
  const segment = (before.split(DELIMITERS).pop() ?? "").trim();
  const colon = /^(.*?)\s*[:：]\s*$/.exec(segment);
  if (colon && colon[1]) {
    const words = colon[1].split(/\s+/);
    return (words.at(-1) ?? colon[1]).slice(-12);
  }
  const tail = segment.split(/\s+/).at(-1)?.slice(-6) ?? "";
  const head = (after.split(DELIMITERS)[0] ?? "").trim().split(/\s+/)[0]?.slice(0, 6) ?? "";
  if (date) return tail ? `${tail}…（日期）` : "日期";
  if (tail === "" && head === "") return "空白处";
  return `${tail}…${head}`;
}

/** Split a line into text and placeholders. */
export function scanPlaceholders(text: string): RawPiece[] {
  const out: RawPiece[] = [];
  const pushText = (s: string): void => {
    if (s === "") return;
    const last = out.at(-1);
    if (last?.t === "text") last.s += s;
    else out.push({ t: "text", s });
  };
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    const di = m[1];
    const content = m[2] ?? m[3] ?? m[4];
    const dateBlank = m[5];
    const tiao = m[7];
    const start = m.index;
    const end = start + m[0].length;
    // 第[…]条 in Chinese, Clause […] in English: the words belong to the reference
    const wrapped = di !== undefined && (tiao !== undefined || !di.startsWith("第"));
    const core = m[0].slice(di?.length ?? 0, m[0].length - (tiao?.length ?? 0));
    pushText(text.slice(last, start));
    last = end;
    if (content !== undefined) {
      const parsed = parseBracket(content);
      if (!parsed) {
        pushText(m[0]);
        continue;
      }
      if (!wrapped && di) pushText(di);
      out.push({
        t: "placeholder",
        label: parsed.label,
        ...(parsed.example !== undefined ? { example: parsed.example } : {}),
        written: wrapped ? m[0] : core,
        form: "bracket",
        clause: wrapped || CLAUSE_LABEL.test(parsed.label),
      });
      if (!wrapped && tiao) pushText(tiao);
      continue;
    }
    const before = text.slice(0, start).split(/[＿_]{2,}|\]|】|］/).pop() ?? "";
    const after = text.slice(end);
    if (!wrapped && di) pushText(di);
    const label = wrapped ? (di?.startsWith("第") ? "条款号" : "clause number") : blankLabel(before + (wrapped ? "" : (di ?? "")), (tiao ?? "") + after, dateBlank !== undefined);
    out.push({ t: "placeholder", label, written: wrapped ? m[0] : core, form: "blank", clause: wrapped });
    if (!wrapped && tiao) pushText(tiao);
  }
  pushText(text.slice(last));
  return out;
}
