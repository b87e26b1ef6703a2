// Percentages (availability, penalty rates).

import type { Lang } from "../core/bilingual.js";

/**
 * 99.5 → "99.5%", 80 → "80%": at most 4 decimals, no trailing zeros, so float noise such as
 * 0.1 + 0.2 = 0.30000000000000004 never shows. The same in both languages: Chinese contracts
 * write 99.5% with the sign too (GB/T 15835).
 */
export function formatPercent(n: number, lang: Lang): string {
  void lang;
  if (typeof n !== "number" || !Number.isFinite(n)) {
    throw new RangeError(`percent: expected a finite number, got ${String(n)}`);
  }
  if (Math.abs(n) >= 1e15) {
    throw new RangeError(`percent: ${n} is too large to be a percentage`);
  }
  let text = n.toFixed(4).replace(/\.?0+$/, "");
  if (text === "-0") text = "0";
  return `${text}%`;
}
