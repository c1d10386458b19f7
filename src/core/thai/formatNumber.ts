import { toThaiDigits } from './digits';
import { decimalDigitsOf, scaledHalfUp } from './exactDecimal';
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
 * A number with thousands separators. With `decimals`, rounded half-up (exactly, from its decimal
 * text) to that many places and padded with zeros; without, all the decimals it has.
 * formatNumber(1234.565, 2) → "1,234.57"; formatNumber(20000, undefined, true) → "๒๐,๐๐๐".
 */
export function formatNumber(value: number, decimals?: number, thaiDigits = false): string {
  if (decimals !== undefined) return formatScaled(scaledHalfUp(value, decimals), decimals, thaiDigits);
  const { negative, whole, fraction } = decimalDigitsOf(value);
  const text = (negative ? '-' : '') + grouped(whole) + (fraction ? '.' + fraction : '');
  return thaiDigits ? toThaiDigits(text) : text;
}
