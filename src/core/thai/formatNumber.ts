import { toThaiDigits } from './digits';
import { decimalDigitsOf, roundNumberHalfUp } from '../decimal';
import { BIG_0 } from '../bigint';

/** Digits grouped in thousands with commas: "20000" → "20,000". */
function grouped(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+$)/g, ',');
}

/**
 * An integer count of 10^-places units written with thousands separators and exactly `places`
 * decimals: (2000050n, 2) → "20,000.50".
 */
export function formatScaled(units: bigint, places: number, thaiDigits = false): string {
  const negative = units < BIG_0;
  const digits = (negative ? -units : units).toString().padStart(places + 1, '0');
  const cut = digits.length - places;
  const text =
    (negative ? '-' : '') + grouped(digits.slice(0, cut)) + (places ? '.' + digits.slice(cut) : '');
  return thaiDigits ? toThaiDigits(text) : text;
}

/**
 * The decimal digits of a number as Sheets shows it in a plain cell: a whole number exactly, any
 * other at most 15 significant digits, so 0.1 + 0.2 (0.30000000000000004) is "0.3" and 2/3 is
 * "0.666666666666667".
 */
function shownDigits(value: number) {
  return decimalDigitsOf(Number.isInteger(value) ? value : Number(value.toPrecision(15)));
}

/**
 * A number written out. With `decimals`, an amount: rounded half-up (exactly, from its decimal text)
 * to that many places, padded with zeros, thousands grouped: (1234.565, 2) → "1,234.57",
 * (20000, 2) → "20,000.00". Without, its digits as they are, no separators (a year stays "2566"):
 * 20000 → "20000", 0.1 + 0.2 → "0.3".
 */
export function formatNumber(value: number, decimals?: number, thaiDigits = false): string {
  if (decimals !== undefined)
    return formatScaled(roundNumberHalfUp(value, decimals).scaled, decimals, thaiDigits);
  const { negative, whole, fraction } = shownDigits(value);
  const text =
    (negative && (whole !== '0' || fraction) ? '-' : '') + whole + (fraction ? '.' + fraction : '');
  return thaiDigits ? toThaiDigits(text) : text;
}
