// Exact arithmetic for scores and money: rationals over BigInt. Binary floats cannot decide a grade
// (80.14 ×5, 90, 90, 85.33, 95, 95 weighted is exactly 88.575, floats give 88.57499…), so every
// score is turned into an exact fraction once, at the edge, and rounded half-up only for display.
//
// Fractions are not reduced after every step: sums of scores that share a denominator (two-decimal
// scores all have 100) stay cheap, and the denominators that occur (powers of ten, tool sizes,
// thirds) stay far below the point where BigInt arithmetic gets slow. `reduce` is there for callers
// that keep a value for long.

import { normalizeText } from './cells/normalizeText';
import { toArabicDigits } from './thai/digits';
import { BIG_0, BIG_1, BIG_2 } from './bigint';

/** An exact fraction n/d with d > 0 (not necessarily in lowest terms). */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

// Built-ins held in module bindings: in a vm context (the local runtime, the tests) every global
// lookup goes through the context's interceptor, which made these the cost of a whole ITA_SCORE.
const big = BigInt;
const num = Number;
const str = String;
const { round, abs } = Math;
const { isFinite: finite, MAX_SAFE_INTEGER } = Number;

const TEN_POWERS: bigint[] = [];
/** 10^k as a BigInt. */
function tenTo(k: number): bigint {
  if (k < 40) {
    if (TEN_POWERS[k] === undefined) TEN_POWERS[k] = big(`1${'0'.repeat(k)}`);
    return TEN_POWERS[k];
  }
  return big(`1${'0'.repeat(k)}`);
}

/** The fraction n/d (d must not be 0; a negative d is moved to n). */
export function ratio(n: bigint | number, d: bigint | number = 1): Rational {
  let top = big(n);
  let bottom = big(d);
  if (bottom === BIG_0) throw new RangeError('division by zero');
  if (bottom < BIG_0) {
    top = -top;
    bottom = -bottom;
  }
  return { n: top, d: bottom };
}

export const ZERO: Rational = { n: BIG_0, d: BIG_1 };

/**
 * Decimal text to an exact fraction: "80.14" is 8014/100, "-1.5e3" is -1500, ".5" is 1/2. Only
 * plain ASCII decimal notation; returns undefined for anything else (see `readDecimal` for cells).
 */
export function parseDecimal(text: string): Rational | undefined {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined;
  const fraction = m[3] ?? '';
  let digits = big(m[2] + fraction || '0');
  if (m[1] === '-') digits = -digits;
  const exponent = (m[4] ? num(m[4]) : 0) - fraction.length;
  return exponent >= 0 ? { n: digits * tenTo(exponent), d: BIG_1 } : { n: digits, d: tenTo(-exponent) };
}

/**
 * A JS number as the exact decimal it shows: its shortest round-trip text, so 80.14 is exactly
 * 8014/100 and 94.995 is 94995/1000 (not the binary float just below it). NaN/Infinity throw.
 */
export function fromNumber(value: number): Rational {
  // Fast path (scores have few decimals): the first k for which m/10^k is this very float gives the
  // shortest decimal, the same digits String(value) shows, without building and parsing text.
  let scale = 1;
  for (let k = 0; k <= 8; k++, scale *= 10) {
    const m = round(value * scale);
    if (abs(m) > MAX_SAFE_INTEGER) break;
    if (m / scale === value) return { n: big(m), d: tenTo(k) };
  }
  const r = finite(value) ? parseDecimal(str(value)) : undefined;
  if (!r) throw new RangeError(`not a finite number: ${value}`);
  return r;
}

/**
 * A number a formula computed, as the decimal it stands for: binary noise past `places` decimals is
 * dropped (=94.99+0.005 gives 94.99499999999999, which is 94.995), where `fromNumber` keeps every
 * digit the float shows. For totals and scores, which nobody types with more than a few decimals.
 */
export function fromComputedNumber(value: number, places = 9): Rational {
  const exact = fromNumber(value);
  if (exact.d <= tenTo(places)) return exact;
  return reduce({ n: roundHalfUp(exact, places).scaled, d: tenTo(places) });
}

/**
 * A cell value as an exact number, or undefined when it is not one. Numbers are taken as shown
 * (`fromNumber`). Text may use Thai digits (๙๒.๖๓), stray or non-breaking spaces, a leading + or -,
 * and thousands separators in groups of three (1,234.50). Booleans, dates and blank text are not
 * numbers.
 */
export function readDecimal(value: unknown): Rational | undefined {
  if (typeof value === 'number') return finite(value) ? fromNumber(value) : undefined;
  if (typeof value !== 'string') return undefined;
  // The one whitespace rule (cells/normalizeText), then no space at all: "1 234" is 1234.
  let text = normalizeText(value).replace(/ /g, '');
  if (text === '') return undefined;
  text = toArabicDigits(text);
  if (text.includes(',')) {
    if (!/^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(text)) return undefined;
    text = text.replace(/,/g, '');
  }
  return parseDecimal(text);
}

export function add(a: Rational, b: Rational): Rational {
  if (a.d === b.d) return { n: a.n + b.n, d: a.d };
  return reduceIfLarge({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
}

export function sub(a: Rational, b: Rational): Rational {
  return add(a, { n: -b.n, d: b.d });
}

export function mul(a: Rational, b: Rational): Rational {
  return reduceIfLarge({ n: a.n * b.n, d: a.d * b.d });
}

/** a / b; throws RangeError when b is zero. */
export function div(a: Rational, b: Rational): Rational {
  if (b.n === BIG_0) throw new RangeError('division by zero');
  const sign = b.n < BIG_0 ? -BIG_1 : BIG_1;
  return reduceIfLarge({ n: a.n * b.d * sign, d: a.d * b.n * sign });
}

/** -1, 0 or 1 as a is less than, equal to or greater than b. */
export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

export function min(a: Rational, b: Rational): Rational {
  return compare(a, b) <= 0 ? a : b;
}

export function max(a: Rational, b: Rational): Rational {
  return compare(a, b) >= 0 ? a : b;
}

/** Sum of the values (0 for none). */
export function sum(values: readonly Rational[]): Rational {
  let total = ZERO;
  for (const v of values) total = add(total, v);
  return total;
}

/** Arithmetic mean; throws RangeError for an empty list. */
export function mean(values: readonly Rational[]): Rational {
  if (values.length === 0) throw new RangeError('mean of nothing');
  const total = sum(values);
  return reduceIfLarge({ n: total.n, d: total.d * big(values.length) });
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < BIG_0 ? -a : a;
  let y = b;
  while (y !== BIG_0) [x, y] = [y, x % y];
  return x;
}

/** The same value in lowest terms. */
export function reduce(r: Rational): Rational {
  const g = gcd(r.n, r.d);
  return g <= BIG_1 ? r : { n: r.n / g, d: r.d / g };
}

const LARGE = BIG_1 << BigInt(62);
function reduceIfLarge(r: Rational): Rational {
  return r.d > LARGE ? reduce(r) : r;
}

/** A value rounded for display: `text` with exactly `places` decimals, and the same as a number. */
export interface Rounded {
  text: string;
  value: number;
  /** The rounded value as an integer count of 10^-places. */
  scaled: bigint;
}

/**
 * Rounds half away from zero to `places` decimals (half-up for the non-negative scores; like the
 * spreadsheet ROUND for negative changes): 88.575 → "88.58", 27.005 → "27.01", -1.235 → "-1.24".
 */
export function roundHalfUp(r: Rational, places = 2): Rounded {
  const negative = r.n < BIG_0;
  const magnitude = negative ? -r.n : r.n;
  const unit = tenTo(places);
  const scaledAbs = (magnitude * unit * BIG_2 + r.d) / (BIG_2 * r.d);
  const scaled = negative ? -scaledAbs : scaledAbs;
  let digits = scaledAbs.toString();
  if (places > 0) {
    digits = digits.padStart(places + 1, '0');
    digits = `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  }
  const text = negative && scaledAbs !== BIG_0 ? `-${digits}` : digits;
  return { text, value: num(text), scaled };
}

/** The nearest float, for charts and comparisons that do not decide anything. */
export function toNumber(r: Rational): number {
  const whole = r.n / r.d;
  const rest = r.n - whole * r.d;
  return num(whole) + num(rest) / num(r.d);
}

/**
 * A number rounded half away from zero to `places` decimals, exactly, from the decimal it shows:
 * 1.005 → 1.01 and 0.125 → 0.13 where float arithmetic gives 1.00 and 0.12. The one rounding of
 * the code base: money (satang), Thai number formats and scores all round here.
 */
export function roundNumberHalfUp(value: number, places = 2): Rounded {
  return roundHalfUp(fromNumber(value), places);
}

/** A decimal written out: sign, whole digits and fraction digits (no exponent). */
export interface DecimalDigits {
  negative: boolean;
  whole: string;
  fraction: string;
}

/**
 * The shortest decimal text of a finite number (what the user typed: 0.1 is "0.1", not
 * 0.1000000000000000055…), written out without an exponent: 1e-7 → "0" and "0000001".
 */
export function decimalDigitsOf(value: number): DecimalDigits {
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(str(abs(value)));
  if (!m) return { negative: false, whole: '0', fraction: '' };
  const digits = m[1] + (m[2] ?? '');
  const point = m[1].length + num(m[3] ?? 0);
  const padded = point <= 0 ? '0'.repeat(1 - point) + digits : digits.padEnd(point, '0');
  const at = point > 1 ? point : 1;
  return {
    negative: value < 0,
    whole: padded.slice(0, at).replace(/^0+(?=\d)/, ''),
    fraction: padded.slice(at).replace(/0+$/, ''),
  };
}
