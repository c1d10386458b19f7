import { toArabicDigits, toThaiDigits } from '../../../src/core/thai/digits';
import { decimalDigitsOf, roundNumberHalfUp } from '../../../src/core/decimal';
import { formatNumber, formatScaled } from '../../../src/core/thai/formatNumber';
import { normalizeTyped } from '../../../src/core/thai/typedText';

describe('toThaiDigits / toArabicDigits', () => {
  it('maps every digit and leaves the rest alone', () => {
    expect(toThaiDigits('0123456789')).toBe('๐๑๒๓๔๕๖๗๘๙');
    expect(toArabicDigits('๐๑๒๓๔๕๖๗๘๙')).toBe('0123456789');
    expect(toThaiDigits('ปี 2566, 20,000.50 บาท')).toBe('ปี ๒๕๖๖, ๒๐,๐๐๐.๕๐ บาท');
    expect(toArabicDigits('ปี ๒๕๖๖ (A1)')).toBe('ปี 2566 (A1)');
    expect(toArabicDigits('')).toBe('');
  });
});

describe('normalizeTyped', () => {
  it('maps digits, folds odd spaces, drops zero-width characters', () => {
    expect(normalizeTyped('\u00a0 ๒๐,๐๐๐\u200b\u2009บาท  ')).toBe('20,000 บาท');
  });
});

describe('decimalDigitsOf', () => {
  it.each([
    [0, false, '0', ''],
    [-0, false, '0', ''],
    [1234.5, false, '1234', '5'],
    [-0.05, true, '0', '05'],
    [1e21, false, '1000000000000000000000', ''],
    [1.5e-7, false, '0', '00000015'],
    [0.1 + 0.2, false, '0', '30000000000000004'],
  ])('%p', (value, negative, whole, fraction) => {
    expect(decimalDigitsOf(value)).toEqual({ negative, whole, fraction });
  });
});

describe('roundNumberHalfUp (scaled)', () => {
  it.each([
    [0.005, 2, 1n],
    [1.005, 2, 101n],
    [27.005, 2, 2701n],
    [-1.005, 2, -101n],
    [0.004, 2, 0n],
    [2.5, 0, 3n],
    [-2.5, 0, -3n],
    [1234.5678, 3, 1234568n],
  ])('%p at %p places → %p', (value, places, expected) => {
    expect(roundNumberHalfUp(value, places).scaled).toBe(expected);
  });
});

describe('formatNumber', () => {
  it.each([
    [20000, undefined, false, '20000'],
    [2566, undefined, true, '๒๕๖๖'],
    [20000, 2, false, '20,000.00'],
    [20000, 2, true, '๒๐,๐๐๐.๐๐'],
    [1234.565, 2, false, '1,234.57'],
    [1.005, 2, false, '1.01'],
    [999.995, 2, false, '1,000.00'],
    [-1234567.891, 1, false, '-1,234,567.9'],
    [-0.001, 2, false, '0.00'],
    [0.5, 0, false, '1'],
    [1234.5, undefined, true, '๑๒๓๔.๕'],
    // 0.1 + 0.2 = 0.30000000000000004; to 15 significant digits, as Sheets shows it, 0.3.
    [0.1 + 0.2, undefined, false, '0.3'],
    [-0.1 - 0.2, undefined, false, '-0.3'],
    [1e-7, undefined, false, '0.0000001'],
    [100, undefined, false, '100'],
    [1e21, undefined, false, '1000000000000000000000'],
  ])('%p, %p decimals, thai %p → %p', (value, decimals, thai, expected) => {
    expect(formatNumber(value, decimals, thai)).toBe(expected);
  });

  it('formats integer units with a fixed number of places', () => {
    expect(formatScaled(5n, 2)).toBe('0.05');
    expect(formatScaled(-123456789n, 2)).toBe('-1,234,567.89');
    expect(formatScaled(1000n, 0)).toBe('1,000');
  });
});
