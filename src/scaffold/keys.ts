// Readable ASCII keys for the fields and ids a scaffolded template uses, derived from the
// document's Chinese labels through a small dictionary of contract vocabulary. No pinyin, no
// translation service: a label the dictionary does not know gets `field_<n>` (fields) or
// `article_<n>` (articles), and the report says so.

import { CONNECTORS, FIELD_TERMS } from "./glossary.js";

/** Article titles → article ids (the first term found wins). */
const ARTICLE_TERMS: ReadonlyArray<readonly [string, string]> = [
  ["服务范围", "scope"],
  ["服务内容", "scope"],
  ["合同标的", "subject"],
  ["标的", "subject"],
  ["定义", "definitions"],
  ["总则", "general"],
  ["范围", "scope"],
  ["团队", "team"],
  ["人员", "staff"],
  ["服务水平", "sla"],
  ["服务级别", "sla"],
  ["SLA", "sla"],
  ["费用", "fees"],
  ["价款", "fees"],
  ["支付", "payment"],
  ["付款", "payment"],
  ["发票", "invoicing"],
  ["交付", "delivery"],
  ["交货", "delivery"],
  ["劳动报酬", "remuneration"],
  ["工资", "remuneration"],
  ["工作内容", "duties"],
  ["验收", "acceptance"],
  ["知识产权", "ip"],
  ["保密", "confidentiality"],
  ["个人信息", "data_protection"],
  ["数据", "data_protection"],
  ["陈述", "warranties"],
  ["保证", "warranties"],
  ["违约", "liability"],
  ["责任", "liability"],
  ["不可抗力", "force_majeure"],
  ["期限", "term"],
  ["终止", "termination"],
  ["解除", "termination"],
  ["通知", "notices"],
  ["争议", "disputes"],
  ["法律适用", "governing_law"],
  ["生效", "effectiveness"],
  ["其他", "miscellaneous"],
  ["其它", "miscellaneous"],
  ["附则", "miscellaneous"],
  ["权利", "rights"],
  ["义务", "obligations"],
  // English titles (matched regardless of case)
  ["definition", "definitions"],
  ["scope", "scope"],
  ["service level", "sla"],
  ["fee", "fees"],
  ["price", "fees"],
  ["payment", "payment"],
  ["invoic", "invoicing"],
  ["deliver", "delivery"],
  ["obligation", "obligations"],
  ["licen", "license"],
  ["service", "services"],
  ["acceptance", "acceptance"],
  ["intellectual property", "ip"],
  ["confidential", "confidentiality"],
  ["data", "data_protection"],
  ["warrant", "warranties"],
  ["liabilit", "liability"],
  ["remed", "liability"],
  ["breach", "liability"],
  ["indemn", "indemnity"],
  ["force majeure", "force_majeure"],
  ["terminat", "termination"],
  ["term", "term"],
  ["notice", "notices"],
  ["dispute", "disputes"],
  ["governing law", "governing_law"],
  ["miscellaneous", "miscellaneous"],
  ["general", "general"],
];

/** English words that say nothing about a field. */
const EN_STOP = new Set(["the", "a", "an", "of", "to", "for", "in", "on", "at", "by", "with", "specific", "e", "g", "eg", "insert", "enter"]);

const FIELD_SORTED = [...FIELD_TERMS, ...CONNECTORS].sort((a, b) => b[0].length - a[0].length);

/**
 * A key made of the dictionary terms a label contains, in order: 具体服务范围描述 → service_scope,
 * 指定联系人姓名及职务 → contact_name_and_title. In a label with 的, the words after the last 的
 * (the head noun) are tried first. Undefined when no term matches.
 */
export function slugFromLabel(label: string): string | undefined {
  if (label.includes("…")) return blankSlug(label);
  const de = label.lastIndexOf("的");
  if (de >= 0 && de < label.length - 1) {
    const head = slugOf(label.slice(de + 1));
    if (head) return head;
  }
  return slugOf(label);
}

function slugOf(written: string): string | undefined {
  // year(s) → years
  const label = written.replace(/\(s\)/g, "s");
  const tokens: Array<{ word: string; connector: boolean }> = [];
  let i = 0;
  while (i < label.length) {
    const party = /^party\s+([a-d])\b/i.exec(label.slice(i));
    if (party) {
      tokens.push({ word: `party_${(party[1] as string).toLowerCase()}`, connector: false });
      i += party[0].length;
      continue;
    }
    const ascii = /^[A-Za-z][A-Za-z0-9]*/.exec(label.slice(i));
    if (ascii) {
      const word = ascii[0].toLowerCase();
      if (word === "or" || word === "and") tokens.push({ word, connector: true });
      else if (!EN_STOP.has(word)) tokens.push({ word, connector: false });
      i += ascii[0].length;
      continue;
    }
    const hit = FIELD_SORTED.find(([zh]) => label.startsWith(zh, i));
    if (hit) {
      tokens.push({ word: hit[1], connector: CONNECTORS.some(([zh]) => zh === hit[0]) });
      i += hit[0].length;
    } else i += 1;
  }
  // connectors only between two terms, and never two in a row
  const kept = tokens.filter((t, k) => !t.connector || (k > 0 && k < tokens.length - 1 && !tokens[k - 1]?.connector && tokens.slice(k + 1).some((n) => !n.connector)));
  const words: string[] = [];
  for (const t of kept) for (const w of t.word.split("_")) if (t.connector || !words.includes(w)) words.push(w);
  while (words.length > 0 && (words.at(-1) === "or" || words.at(-1) === "and")) words.pop();
  if (words.length === 0 || words.every((w) => w === "or" || w === "and")) return undefined;
  // 服务费金额 → service_fee: an amount of a sum of money is that sum
  if (words.length > 1 && words.at(-1) === "amount" && MONEY.has(words.at(-2) as string)) words.pop();
  return shortKey(words);
}

const MONEY = new Set(["fee", "price", "salary", "rent", "deposit", "damages", "interest", "loan", "principal", "compensation", "balance", "payment", "remuneration", "money"]);

const KEY_LENGTH = 36;

/** At most six words and 36 characters: a key says what the field is, not the whole default text. */
export function shortKey(words: readonly string[]): string {
  const kept = words.slice(0, 6);
  while (kept.length > 1 && kept.join("_").length > KEY_LENGTH) kept.pop();
  while (kept.length > 1 && /^(or|and)$/.test(kept.at(-1) as string)) kept.pop();
  return kept.join("_").slice(0, KEY_LENGTH).replace(/_+$/, "");
}

// what the number in a blank counts, from the word right after it: ____日内 → days
const UNITS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^个?工作日/, "business_days"],
  [/^(日|天)/, "days"],
  [/^个?月/, "months"],
  [/^年/, "years"],
  [/^(个)?小时/, "hours"],
  [/^分钟/, "minutes"],
  [/^[%％]/, "percent"],
  [/^元/, "amount"],
  [/^倍/, "times"],
  [/^business days?\b/i, "business_days"],
  [/^(calendar )?days?\b/i, "days"],
  [/^months?\b/i, "months"],
  [/^years?\b/i, "years"],
  [/^hours?\b/i, "hours"],
  [/^(percent|%)/i, "percent"],
];

/** What a blank's count is of (days, months, percent), from the words after it. */
export function unitOf(after: string): string | undefined {
  const t = after.trim();
  return UNITS.find(([re]) => re.test(t))?.[1];
}

/**
 * A key for a blank inside a sentence, labelled with the words around it (合同签订后…日内支付):
 * what is done and what the number counts (payment_days), else the words before it.
 */
function blankSlug(label: string): string | undefined {
  const at = label.indexOf("…");
  const before = label.slice(0, at);
  const after = label.slice(at + 1);
  const unit = unitOf(after);
  const rest = unit ? after.trim().replace((UNITS.find(([, u]) => u === unit) as readonly [RegExp, string])[0], "") : after;
  const act = slugOf(rest);
  const lead = slugOf(before);
  const words = [...(act ?? lead ?? "").split("_"), ...(unit ? unit.split("_") : [])].filter((w) => w !== "");
  return words.length > 0 ? shortKey([...new Set(words)]) : undefined;
}

/** The first dictionary word before a blank (推广活动结束后…日内付清 → promotion): it tells two such blanks apart. */
export function blankLead(label: string): string | undefined {
  const at = label.indexOf("…");
  if (at < 0) return undefined;
  return slugOf(label.slice(0, at))?.split("_")[0];
}

/** An article's id from its title: 服务水平协议(SLA) → sla. */
export function articleSlug(title: string): string | undefined {
  let best: { at: number; slug: string } | undefined;
  const lower = title.toLowerCase();
  for (const [zh, slug] of ARTICLE_TERMS) {
    const at = lower.indexOf(zh.toLowerCase());
    if (at >= 0 && (!best || at < best.at)) best = { at, slug };
  }
  return best?.slug;
}

// Words a Handlebars expression or the deal file gives a meaning of their own.
const RESERVED = new Set(["else", "this", "true", "false", "null", "undefined", "template", "ref", "ref_field", "field", "is", "if", "unless", "each", "with", "lookup", "log"]);

/** A key made unique among `taken` by a numeric suffix: time, time_2, time_3. */
export function uniqueKey(base: string, taken: Set<string>): string {
  const safe = RESERVED.has(base) ? `${base}_value` : base;
  let key = safe;
  for (let n = 2; taken.has(key); n++) key = `${safe}_${n}`;
  taken.add(key);
  return key;
}

/** A key's words as an English label: contact_name_and_title → Contact name and title. */
export function humanize(key: string): string {
  const text = key.replace(/_/g, " ").replace(/\s+(\d+)$/, " $1");
  return text.charAt(0).toUpperCase() + text.slice(1);
}
