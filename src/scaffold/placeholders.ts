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
// where a Chinese phrase may begin: after 应, 于, 在 … (甲方应于合同签订后 → 合同签订后)
const ZH_BOUNDARY = /[应于在自从向按将为的并经由]/g;
// after a blank: what it counts (日内, 个月), then what is done in that time (支付)
const ZH_UNIT = /^(个?工作日|日|天|个月|月|年|个?小时|分钟|[%％]|元|倍)(以内|之内|内|以前|前|以后|后)?/;
const ZH_ACT = /^(支付|付清|付款|交付|交货|书面通知|通知|提供|完成|归还|退还|返还|开具|提交|确认|答复|回复|修复|响应|履行|解决|整改)/;

const isChinese = (s: string): boolean => /[\u4e00-\u9fff]/.test(s);

/** The words of a phrase before a blank, whole: the last phrase of a Chinese clause, the last English word. */
function wordsBefore(segment: string): string {
  if (!isChinese(segment)) return segment.split(/\s+/).at(-1)?.slice(-20) ?? "";
  let start = 0;
  for (const m of segment.matchAll(ZH_BOUNDARY)) if (segment.length - (m.index + 1) >= 2) start = m.index + 1;
  const phrase = segment.slice(start);
  return phrase.length <= 10 ? phrase : phrase.slice(-10);
}

/** The words after a blank, whole: 日内支付服务费的百分之三十 → 日内支付; days of receipt → days. */
function wordsAfter(after: string): string {
  const seg = (after.split(DELIMITERS)[0] ?? "").trim();
  if (!isChinese(seg)) return seg.split(/\s+/)[0]?.slice(0, 20) ?? "";
  if (seg.length <= 6) return seg;
  const unit = ZH_UNIT.exec(seg);
  if (unit) return seg.slice(0, unit[0].length + (ZH_ACT.exec(seg.slice(unit[0].length))?.[0].length ?? 0));
  const de = seg.indexOf("的");
  return de > 0 && de <= 8 ? seg.slice(0, de) : seg.slice(0, 6);
}

/** A date blank's label: 有效期自____起 → 有效期起始日期, 至____止 → 有效期终止日期. */
function dateLabel(segment: string, after: string): string {
  const subject = (segment.split("…")[0] ?? "").replace(/^(本|该)(协议|合同)的?/, "").replace(/[自从至到于]$/, "").trim();
  const tail = segment.split("…").pop() ?? "";
  if (/[自从]\s*$/.test(tail) || /^\s*起/.test(after)) return `${subject}起始日期`;
  if (/[至到]\s*$/.test(tail) || /^\s*止/.test(after)) return `${subject}终止日期`;
  const words = wordsBefore(tail);
  return words ? `${words}…（日期）` : "日期";
}

/**
 * A blank's label from the words around it: 联系电话：＿＿＿ → 联系电话; 在____个工作日内 →
 * 在…个工作日内. `before` is the text before it since the clause began, earlier blanks as “…”.
 */
export function blankLabel(before: string, after: string, date: boolean): string {
  const segment = (before.split(DELIMITERS).pop() ?? "").trim();
  const tail = (segment.split("…").pop() ?? "").trim();
  const colon = /^(.*?)\s*[:：]\s*$/.exec(tail);
  if (colon && colon[1]) {
    const words = colon[1].split(/\s+/);
    return (words.at(-1) ?? colon[1]).slice(-12);
  }
  if (date && isChinese(segment + after)) return dateLabel(segment, after);
  const head = wordsAfter(after);
  const words = wordsBefore(tail);
  if (date) return words ? `${words}…（日期）` : "日期";
  if (words === "" && head === "") return "空白处";
  return `${words}…${head}`;
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
    // earlier placeholders as “…”: a date's subject stands before the first (自____起至____止)
    const before = text.slice(0, start).replace(new RegExp(`${BRACKET}|${DATE_BLANK}|${BLANK}`, "g"), "…");
    const after = text.slice(end);
    if (!wrapped && di) pushText(di);
    const label = wrapped ? (di?.startsWith("第") ? "条款号" : "clause number") : blankLabel(before + (wrapped ? "" : (di ?? "")), (tiao ?? "") + after, dateBlank !== undefined);
    out.push({ t: "placeholder", label, written: wrapped ? m[0] : core, form: "blank", clause: wrapped });
    if (!wrapped && tiao) pushText(tiao);
  }
  pushText(text.slice(last));
  return out;
}
