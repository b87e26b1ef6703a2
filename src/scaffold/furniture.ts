// Text that is not contract text: what a document site prints around a page it shows (page and
// word counts, dates, buttons, its own name, comment counts), page numbers, and the signature
// block (the engine generates its own). Only what can be told for certain is left out, and the
// report lists every line that was.

import type { SourceLine } from "./document.js";

export interface LeftOut {
  line: number;
  text: string;
  reason: string;
}

/** Document-sharing sites whose names end up in copied pages. */
const SITE_NAMES = [
  "原创力文档", "道客巴巴", "豆丁网", "豆丁", "百度文库", "人人文库", "淘豆网", "金锄头文库", "360文库", "文档之家",
  "冰点文库", "文库吧", "得力文库", "三一文库", "蚂蚁文库", "爱问共享资料", "新浪爱问", "book118", "max.book118.com",
  "docin.com", "doc88.com", "wenku.baidu.com", "renrendoc.com", "taodocs.com", "jinchutou.com",
];

const SITE_BUTTONS = /^(举报|收藏|分享|下载|打印|阅读|点赞|投诉|关注|纠错|全文预览|立即下载|免费下载|下载文档|下载本文档|相关文档|相关推荐|推荐文档|猜你喜欢|更多|展开|阅读全文|查看更多|加入VIP.*|开通VIP.*|VIP.{0,10}|.{0,8}文档评论\s*[(（]\s*\d+\s*[)）]|评论\s*[(（]\s*\d+\s*[)）])$/i;

const PATTERNS: Array<{ re: RegExp; reason: string }> = [
  { re: /^\d+$/, reason: "a bare number (page or view count)" },
  { re: /^约?\s*\d+(\.\d+)?\s*[千万]?字$/, reason: "a word count" },
  { re: /^约?\s*\d+\s*页$/, reason: "a page count" },
  { re: /^(第\s*\d+\s*页\s*[,，/]?\s*)?(共\s*\d+\s*页)?$/, reason: "a page number" },
  { re: /^[-—–]\s*\d+\s*[-—–]$/, reason: "a page number" },
  { re: /^\d+\s*\/\s*\d+$/, reason: "a page number" },
  { re: /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(发布|上传|更新)于?.{0,12}$/, reason: "a publication date" },
  { re: /^(发布|上传|更新)于.{0,12}$/, reason: "a publication date" },
  { re: /^\d{4}-\d{1,2}-\d{1,2}$/, reason: "a publication date" },
  { re: SITE_BUTTONS, reason: "a button or counter of the page it was copied from" },
  { re: /^[(（]?\s*(以下无正文|本页无正文|此页无正文)[^)）]{0,20}[)）]?$/, reason: "a “no more text” note (the engine writes its own signature page)" },
];

/** Why a line is page furniture, wherever it stands; undefined for contract text. */
export function furnitureReason(text: string): string | undefined {
  const t = text.replace(/^[-*+•·●▪]\s+/, "").trim();
  if (t === "") return "an empty list entry";
  const site = SITE_NAMES.find((s) => t.toLowerCase() === s.toLowerCase() || (t.length <= 30 && t.toLowerCase().includes(s.toLowerCase()) && !/[。；]/.test(t)));
  if (site) return `the name of the site it was copied from (${site})`;
  return PATTERNS.find((p) => p.re.test(t) || p.re.test(text.trim()))?.reason;
}

const SIGNATURE = /(盖章|签章|签字|签名|（章）|\(章\))|^(签订|签署|签约)?(日期|时间|地点)\s*[:：]|^(法定代表人|授权代表|委托代理人|负责人|经办人)(或(授权|委托)代表)?\s*[(（]?(签字|签章)?[)）]?\s*[:：]|^(甲方|乙方|丙方|丁方)\s*[(（][^)）]*[)）]\s*[:：]?|^(甲方|乙方|丙方|丁方)\s*[:：]?\s*$/;

// English signature blocks: Signature: ____, By: ____, Name: ____, Title: ____, Date: ____
const EN_SIGNATURE = /^((authori[sz]ed )?signature|signed|by|(print(ed)? )?name|title|date|witness)\s*:|^(signature page|signatures?|execution page|in witness whereof)$|^for and on behalf of\b/i;
// the heading of a signature page (Signatures, 签署页)
const SIGNATURE_HEADING = /^(signatures?|signature page|execution( page)?|签署页|签字页|签章页|签署栏)$/i;

/** A line of a signature block (甲方（盖章）：, 法定代表人（签字）：, 日期：, Signature: ____): the engine generates one. */
export function isSignatureLine(text: string): boolean {
  return text.length <= 60 && (SIGNATURE.test(text) || EN_SIGNATURE.test(text) || SIGNATURE_HEADING.test(text)) && !/[。；]/.test(text);
}

/** The heading a signature page starts with. */
export function isSignatureHeading(text: string): boolean {
  return SIGNATURE_HEADING.test(text.trim());
}

export interface Stripped {
  lines: SourceLine[];
  title?: SourceLine;
  leftOut: LeftOut[];
}

/**
 * Leave out page furniture: list-like or furniture lines before the title (the title is the
 * first line that is neither), furniture lines anywhere after it.
 */
export function stripFurniture(lines: readonly SourceLine[]): Stripped {
  const leftOut: LeftOut[] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const l = lines[i] as SourceLine;
    const reason = furnitureReason(l.text) ?? (l.listLike ? "a list entry before the title (page residue)" : undefined);
    if (!reason) break;
    leftOut.push({ line: l.line, text: l.raw, reason });
  }
  const title = lines[i];
  const rest: SourceLine[] = [];
  for (const l of lines.slice(i + 1)) {
    const reason = furnitureReason(l.text);
    if (reason) leftOut.push({ line: l.line, text: l.raw, reason });
    else rest.push(l);
  }
  return { lines: rest, ...(title ? { title } : {}), leftOut };
}
