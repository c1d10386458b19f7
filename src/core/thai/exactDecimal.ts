import { BIG_1 } from '../bigint';
/** A decimal written out: sign, whole digits and fraction digits (no exponent). */
export interface DecimalDigits {
  negative: boolean;
  whole: string;
  fraction: string;
}

/**
 * The shortest decimal text of a finite number (what the user typed: 0.1 is "0.1", not
 * 0.1000000000000000055…), written out without an exponent.
 */
export function decimalDigitsOf(value: number): DecimalDigits {
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(Math.abs(value)));
  if (!m) return { negative: false, whole: '0', fraction: '' };
  const digits = m[1] + (m[2] ?? '');
  const point = m[1].length + Number(m[3] ?? 0);
  const padded = point <= 0 ? '0'.repeat(1 - point) + digits : digits.padEnd(point, '0');
  const at = Math.max(point, 1);
  return {
    negative: value < 0,
    whole: padded.slice(0, at).replace(/^0+(?=\d)/, ''),
    fraction: padded.slice(at).replace(/0+$/, ''),
  };
}

/**
 * Whole and fraction digits scaled by 10^places and rounded half-up, as a non-negative BigInt:
 * ("1", "005", 2) → 101n.
 */
export function scaleHalfUp(whole: string, fraction: string, places: number): bigint {
  const kept = BigInt((whole || '0') + fraction.slice(0, places).padEnd(places, '0'));
  return fraction.charCodeAt(places) >= 53 /* '5' */ ? kept + BIG_1 : kept;
}

/**
 * A number × 10^places rounded half away from zero, exactly, from its shortest decimal text:
 * (0.005, 2) → 1n and (1.005, 2) → 101n, where floating point would give 0 and 100.
 */
export function scaledHalfUp(value: number, places: number): bigint {
  const { negative, whole, fraction } = decimalDigitsOf(value);
  const magnitude = scaleHalfUp(whole, fraction, places);
  return negative ? -magnitude : magnitude;
}
