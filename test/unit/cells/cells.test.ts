import fc from 'fast-check';
import { isBlank, looksBlank } from '../../../src/core/cells/isBlank';
import { normalizeText } from '../../../src/core/cells/normalizeText';
import { quoteValue } from '../../../src/core/cells/quoteValue';
import { decimalDigitsOf, ratio, readDecimal, roundNumberHalfUp } from '../../../src/core/decimal';

describe('the cell readers', () => {
  it('one whitespace rule: odd spaces become one space, zero-width characters go', () => {
    // NBSP before, a zero-width space inside the word, a thin space and two spaces between words
    expect(normalizeText('\u00a0อบต.\u200b\u2009 ก  ')).toBe('อบต. ก');
    expect(normalizeText('a\u3000b\u202fc\u2060d')).toBe('a b cd');
  });

  it('blank: an empty cell; looks blank: also text of only spaces', () => {
    expect([isBlank(''), isBlank(null), isBlank(undefined), isBlank(' '), isBlank(0)]).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    expect([looksBlank(' \u00a0'), looksBlank('\u200b'), looksBlank('-')]).toEqual([true, true, false]);
  });

  it('quotes text, numbers, booleans, blanks and dates', () => {
    expect(quoteValue(' 85')).toBe('" 85"');
    expect(quoteValue(85.5)).toBe('85.5');
    expect(quoteValue(true)).toBe('true');
    expect(quoteValue('')).toBe('""');
    expect(quoteValue(null)).toBe('""');
    expect(quoteValue(new Date(Date.UTC(2022, 9, 1)))).toBe('2022-10-01T00:00:00.000Z');
    expect(quoteValue(new Date(0), () => '๑ ม.ค. ๒๕๑๓')).toBe('๑ ม.ค. ๒๕๑๓');
  });
});

describe('readDecimal follows the one whitespace rule', () => {
  it('reads through the spaces and invisible marks people paste', () => {
    // 0.1 read a zero-width joiner as part of the number and refused it; a typed "85.5" it is.
    expect(readDecimal('8\u200d5.5')).toEqual(ratio(855, 10));
    expect(readDecimal('\u3000๙๒.๖๓\u2060')).toEqual(ratio(9263, 100));
    expect(readDecimal('1\u2009234')).toEqual(ratio(1234));
    expect(readDecimal(' \u200b ')).toBeUndefined();
  });
});

describe('one rounding', () => {
  it('rounds the decimal a number shows, half away from zero', () => {
    // 1.005 is stored as 1.00499999999999989…; the user typed 1.005, which rounds to 1.01
    expect(roundNumberHalfUp(1.005, 2).text).toBe('1.01');
    expect(roundNumberHalfUp(-1.235, 2).text).toBe('-1.24');
    expect(roundNumberHalfUp(88.575, 2).value).toBe(88.58);
  });

  it('agrees on every double with rounding the digits by hand (the old thai/exactDecimal rule)', () => {
    // An independent oracle: cut the shown digits after `places` and add one when the next digit
    // is 5 or more, away from zero. The code rounds a rational instead; both must give the same.
    const byDigits = (x: number, places: number): bigint => {
      const { negative, whole, fraction } = decimalDigitsOf(x);
      const kept = BigInt((whole || '0') + fraction.slice(0, places).padEnd(places, '0'));
      const magnitude = fraction.charCodeAt(places) >= 53 ? kept + BigInt(1) : kept;
      return negative ? -magnitude : magnitude;
    };
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 6 }),
        (x, places) => {
          expect(roundNumberHalfUp(x, places).scaled).toBe(byDigits(x, places));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
