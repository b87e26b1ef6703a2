// Amounts of money (CNY). Every function works in integer fen so that 0.1 + 0.2 style float
// error never reaches the text of an agreement.

import type { Lang } from "../core/bilingual.js";
import { englishNumberWords } from "./numerals.js";
import { decimalPlaces } from "./digits.js";

export const MAX_AMOUNT = 999_999_999_999.99;

/**
 * The amount in fen, after checking it is one an agreement may state: finite, not negative,
 * at most 2 decimals (fen is the smallest unit of the yuan), at most 999 999 999 999.99.
 */
export function toFen(amount: number): number {
  if (typeof amount !== "number" || !Number.isFinite(amount)) {
    throw new RangeError(`money: expected a finite number, got ${String(amount)}`);
  }
  if (amount < 0) throw new RangeError(`money: the amount must not be negative, got ${amount}`);
  if (amount > MAX_AMOUNT) {
    throw new RangeError(`money: the amount must be at most ${MAX_AMOUNT}, got ${amount}`);
  }
  if (decimalPlaces(amount) > 2) {
    throw new RangeError(`money: the amount must have at most 2 decimals (fen), got ${amount}`);
  }
  // Safe: with at most 2 decimals, amount * 100 is within far less than 0.5 of an integer.
  return Math.round(amount * 100);
}

const UPPER_DIGITS = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"] as const;
const UPPER_UNITS = ["仟", "佰", "拾", ""] as const;
const GROUP_UNITS = ["亿", "万", ""] as const;

/** 0 < n ≤ 9999 in 大写, without leading 零: 6007 → 陆仟零柒. */
function upperGroup(n: number): string {
  const digits = String(n).padStart(4, "0");
  let out = "";
  let pendingZero = false;
  for (let i = 0; i < 4; i++) {
    const d = Number(digits[i]);
    if (d === 0) {
      if (out !== "") pendingZero = true;
      continue;
    }
    // PBOC: zeros in the middle are written as a single 零 (6007 → 陆仟零柒).
    if (pendingZero) out += "零";
    pendingZero = false;
    // PBOC: 10 is 壹拾, never 拾 alone, so that nothing can be written in front of it.
    out += UPPER_DIGITS[d]! + UPPER_UNITS[i]!;
  }
  return out;
}

/** 1 ≤ yuan ≤ 999 999 999 999 in 大写, without 元. */
function upperYuan(yuan: number): string {
  const groups = [Math.floor(yuan / 1e8), Math.floor(yuan / 1e4) % 1e4, yuan % 1e4];
  let out = "";
  let pendingZero = false;
  groups.forEach((g, i) => {
    if (g === 0) {
      if (out !== "") pendingZero = true;
      return;
    }
    // A gap (a zero group, or a group with leading zeros) between two digits is one 零:
    // 100010001 → 壹亿零壹万零壹. A group that starts with its 仟 needs none: PBOC lets the
    // 零 be left out when the 万 digit is 0 but the 仟 digit is not (107000 → 壹拾万柒仟).
    if (out !== "" && (pendingZero || g < 1000)) out += "零";
    pendingZero = false;
    out += upperGroup(g) + GROUP_UNITS[i];
  });
  return out;
}

/**
 * 大写金额 per the PBOC rules (《支付结算办法》附件《正确填写票据和结算凭证的基本规定》),
 * prefixed 人民币: 1409.50 → 人民币壹仟肆佰零玖元伍角, 5000 → 人民币伍仟元整.
 */
export function chineseUppercaseAmount(amount: number): string {
  const fen = toFen(amount);
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  if (fen === 0) return "人民币零元整";
  let out = yuan > 0 ? `${upperYuan(yuan)}元` : "";
  // PBOC: 整 follows 元 when there is no 角 or 分; after 角 it is optional, and left out here.
  if (jiao === 0 && cents === 0) return `人民币${out}整`;
  if (jiao > 0) out += `${UPPER_DIGITS[jiao]}角`;
  // PBOC: 角 is 0 but 分 is not → 零 after 元 (325.04 → 叁佰贰拾伍元零肆分).
  else if (yuan > 0) out += "零";
  if (cents > 0) out += `${UPPER_DIGITS[cents]}分`;
  return `人民币${out}`;
}

/** 5000 → "5,000.00": always two decimals and commas, whatever the machine's locale. */
export function formatFigure(amount: number): string {
  const fen = toFen(amount);
  const yuan = String(Math.floor(fen / 100)).replace(/\B(?=(\d{3})+$)/g, ",");
  return `${yuan}.${String(fen % 100).padStart(2, "0")}`;
}

/** "five thousand yuan", "one thousand four hundred and nine yuan and fifty fen", "fifty fen". */
function englishAmountWords(fen: number): string {
  const yuan = Math.floor(fen / 100);
  const rest = fen % 100;
  if (rest === 0) return `${englishNumberWords(yuan)} yuan`;
  // The part below one yuan is said in fen only (fifty fen, not five jiao): one unit, and the
  // one that matches the two decimals of the figure.
  const fenWords = `${englishNumberWords(rest)} fen`;
  return yuan === 0 ? fenWords : `${englishNumberWords(yuan)} yuan and ${fenWords}`;
}

/**
 * The amount in figures and in words, as the agreement states it.
 * zh: 人民币伍仟元整（¥5,000.00）: words first, figure in full-width brackets, the usual order
 * in Chinese contracts.
 * en: RMB 5,000.00 (five thousand yuan): figure first with the ISO-style "RMB" prefix, then the
 * words in brackets, the usual order in English versions of Chinese contracts. The currency is
 * named once: the words repeat the amount, not "Renminbi" (a lawyer's review, issue 12). Units are
 * yuan and fen, which are invariable in English; no "say … only", which is a banking form.
 */
export function formatMoney(amount: number, lang: Lang): string {
  if (lang === "zh") return `${chineseUppercaseAmount(amount)}（¥${formatFigure(amount)}）`;
  return `RMB ${formatFigure(amount)} (${englishAmountWords(toFen(amount))})`;
}
