// Numbers as they are written: plain decimal digits, never JavaScript's exponent form.

/**
 * A number in plain decimal digits, as it would be written: 5 → "5", 2.5 → "2.5",
 * and 1e-7 → "0.0000001" rather than JavaScript's exponent form.
 */
export function plainDigits(n: number): string {
  const text = String(n);
  const e = text.indexOf("e");
  if (e < 0) return text;
  const negative = text.startsWith("-");
  const mantissa = text.slice(negative ? 1 : 0, e);
  const exponent = Number(text.slice(e + 1));
  const [whole = "", fraction = ""] = mantissa.split(".");
  const digits = whole + fraction;
  const point = whole.length + exponent;
  let out: string;
  if (point <= 0) out = `0.${"0".repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + "0".repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (negative ? "-" : "") + out;
}

/** Number of digits after the decimal point in the shortest form of `n` (1e-7 → 7, 2.50 → 1). */
export function decimalPlaces(n: number): number {
  const [mantissa = "", exponent = "0"] = String(n).split("e");
  const fraction = mantissa.split(".")[1] ?? "";
  return Math.max(0, fraction.length - Number(exponent));
}

/** 1000000 → "1,000,000": a bound as messages write it, whatever the machine's locale. */
export function groupedDigits(n: number): string {
  const [whole = "", fraction] = plainDigits(n).split(".");
  return whole.replace(/\B(?=(\d{3})+$)/g, ",") + (fraction ? `.${fraction}` : "");
}
