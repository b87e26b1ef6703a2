// A term whose offers state it in different ways (a fixed amount per failure, or a percentage of
// the monthly fee) is compared on one figure that each way is brought to: the amount in yuan it
// means for the offer that states it. Comparing the amount with the percentage, or each in a row
// of its own, marks the wrong offer best (issue 12, item 13: RMB 5,000 is not more than 3% of a
// RMB 215,000 fee, which is RMB 6,450). The schema says how: `x-compare.percent_of` on the
// object names, for each alternative that is a percentage, the money field it is a percentage of.

import type { Bilingual, Lang } from "../core/bilingual.js";
import { formatMoney } from "../wording/money.js";
import { displayValue, valueAt } from "../policy/values.js";
import { fieldLabel, fieldSchema, type SchemaNode } from "../template/schema.js";

/** A cell of such a term: the offer's own terms, the figure compared, and both as the table shows them. */
export interface FigureCell {
  /** The offer's terms as it states them: "3% of the monthly service fee (VAT inclusive)". */
  terms: Bilingual<string>;
  /** The amount in yuan compared; undefined when it cannot be worked out (the fee is not given). */
  figure?: number;
  /** What the cell shows: the terms, and the figure when it differs from them. */
  text: Bilingual<string>;
  /** When the terms are a percentage: it as written ("3%"), for a cell with no room for the terms. */
  share?: string;
}

/** Whether a field is compared on a figure worked out from its alternatives. */
export function isFigureTerm(node: SchemaNode | undefined): boolean {
  return node?.["x-compare"]?.percent_of !== undefined;
}

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

const money = (amount: number): Bilingual<string> => ({ zh: formatMoney(amount, "zh"), en: formatMoney(amount, "en") });

/**
 * The cell of an offer on a figure term, or undefined when the offer does not give it. A fixed
 * amount is its own figure; a percentage is that share of the offer's own value of the field it
 * is a percentage of (fees.monthly_fee: the fee of the month in which the failure falls, so the
 * figure is an amount per failure as the fixed amount is), rounded to the fen.
 */
export function figureCell(schema: SchemaNode, path: string, data: Record<string, unknown>): FigureCell | undefined {
  const node = fieldSchema(schema, path);
  const percentOf = node?.["x-compare"]?.percent_of ?? {};
  const value = valueAt(data, path);
  if (!value || typeof value !== "object" || Array.isArray(value)) return undefined;
  for (const [key, given] of Object.entries(value as Record<string, unknown>)) {
    if (typeof given !== "number" || !Number.isFinite(given)) continue;
    const childPath = `${path}.${key}`;
    const child = fieldSchema(schema, childPath);
    const base = percentOf[key];
    if (base === undefined) {
      if (child?.["x-kind"] !== "money") continue;
      const text = money(given);
      return { terms: text, figure: given, text };
    }
    const label = (lang: Lang): string => fieldLabel(schema, base, lang);
    const percent = (lang: Lang): string => displayValue(child, given, lang);
    const terms = { zh: `${label("zh")}的${percent("zh")}`, en: `${percent("en")} of the ${lowerFirst(label("en"))}` };
    const of = valueAt(data, base);
    const share = percent("en");
    if (typeof of !== "number" || !Number.isFinite(of)) return { terms, text: terms, share };
    const figure = Math.round(of * given) / 100;
    const shown = money(figure);
    return { terms, figure, share, text: { zh: `${terms.zh}，即${shown.zh}`, en: `${terms.en}, i.e. ${shown.en}` } };
  }
  return undefined;
}
