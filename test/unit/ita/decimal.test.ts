import fc from 'fast-check';
import {
  add,
  compare,
  div,
  fromComputedNumber,
  fromNumber,
  mean,
  mul,
  parseDecimal,
  ratio,
  readDecimal,
  reduce,
  roundHalfUp,
  sub,
  toNumber,
} from '../../../src/core/decimal';

const same = (a: { n: bigint; d: bigint }, b: { n: bigint; d: bigint }) => compare(a, b) === 0;

describe('fromNumber', () => {
  it('takes the decimal a number shows, not the float below it', () => {
    expect(reduce(fromNumber(80.14))).toEqual({ n: 4007n, d: 50n });
    expect(reduce(fromNumber(94.995))).toEqual({ n: 18999n, d: 200n });
    expect(fromNumber(100)).toEqual({ n: 100n, d: 1n });
    expect(fromNumber(0.1 + 0.2)).toEqual({ n: 30000000000000004n, d: 100000000000000000n });
    expect(fromNumber(1.5e-7)).toEqual({ n: 15n, d: 100000000n });
    expect(fromNumber(1e21)).toEqual({ n: 1000000000000000000000n, d: 1n });
    expect(fromNumber(-2.5)).toEqual({ n: -25n, d: 10n });
  });

  it('refuses NaN and Infinity', () => {
    expect(() => fromNumber(Number.NaN)).toThrow(RangeError);
    expect(() => fromNumber(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('agrees with the shortest decimal text for any float', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(same(fromNumber(x), parseDecimal(String(x))!)).toBe(true);
      }),
    );
  });
});

describe('parseDecimal / readDecimal', () => {
  it('reads plain decimal text', () => {
    expect(parseDecimal('80.14')).toEqual({ n: 8014n, d: 100n });
    expect(parseDecimal('.5')).toEqual({ n: 5n, d: 10n });
    expect(parseDecimal('-1.5e3')).toEqual({ n: -1500n, d: 1n });
    expect(parseDecimal('')).toBeUndefined();
    expect(parseDecimal('.')).toBeUndefined();
    expect(parseDecimal('1.2.3')).toBeUndefined();
  });

  it('reads cells with Thai digits, spaces, NBSP and thousands separators', () => {
    expect(readDecimal('๙๒.๖๓')).toEqual({ n: 9263n, d: 100n });
    expect(readDecimal(' 92.63\u00a0')).toEqual({ n: 9263n, d: 100n });
    expect(readDecimal('1,234.50')).toEqual({ n: 123450n, d: 100n });
    expect(readDecimal(85)).toEqual({ n: 85n, d: 1n });
  });

  it('returns undefined for what is not a number', () => {
    for (const v of ['abc', '', '  ', '12,34', '1,2345', true, null, undefined, new Date(0), Number.NaN])
      expect(readDecimal(v)).toBeUndefined();
  });
});

describe('arithmetic', () => {
  it('adds, subtracts, multiplies and divides exactly', () => {
    expect(same(add(fromNumber(0.1), fromNumber(0.2)), fromNumber(0.3))).toBe(true);
    expect(same(sub(ratio(1), ratio(1, 3)), ratio(2, 3))).toBe(true);
    expect(same(mul(ratio(2, 3), ratio(3, 4)), ratio(1, 2))).toBe(true);
    expect(same(div(ratio(1), ratio(-3)), ratio(-1, 3))).toBe(true);
    expect(() => div(ratio(1), ratio(0))).toThrow(RangeError);
    expect(() => mean([])).toThrow(RangeError);
  });

  it('means 90, 90, 85.33 to exactly 265.33/3', () => {
    expect(same(mean([fromNumber(90), fromNumber(90), fromNumber(85.33)]), ratio(26533, 300))).toBe(true);
  });

  it('compares', () => {
    expect(compare(ratio(1, 3), fromNumber(0.3333))).toBe(1);
    expect(compare(ratio(-1, 3), ratio(1, 3))).toBe(-1);
    expect(compare(ratio(2, 6), ratio(1, 3))).toBe(0);
  });

  it('toNumber gives the nearest float', () => {
    expect(toNumber(ratio(1, 3))).toBeCloseTo(0.333333, 6);
    expect(toNumber(ratio(-7, 2))).toBe(-3.5);
  });
});

describe('roundHalfUp', () => {
  it.each([
    [ratio(88575, 1000), 2, '88.58', 88.58],
    [ratio(27005, 1000), 2, '27.01', 27.01],
    [ratio(94995, 1000), 2, '95.00', 95],
    [ratio(1, 3), 2, '0.33', 0.33],
    [ratio(2, 3), 2, '0.67', 0.67],
    [ratio(-1235, 1000), 2, '-1.24', -1.24],
    [ratio(-1, 1000), 2, '0.00', 0],
    [ratio(5, 1000), 2, '0.01', 0.01],
    [ratio(25, 10), 0, '3', 3],
    [ratio(100), 2, '100.00', 100],
  ])('%p to %p places → %p', (value, places, text, number) => {
    const r = roundHalfUp(value, places);
    expect(r.text).toBe(text);
    expect(r.value).toBe(number);
  });

  it('matches integer half-up on thousandths', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), (k) => {
        // k/1000 to hundredths: add 5 thousandths and drop the last digit.
        expect(roundHalfUp(ratio(k, 1000), 2).scaled).toBe(BigInt(Math.floor((k + 5) / 10)));
      }),
    );
  });
});

describe('fromComputedNumber', () => {
  it.each([
    // 94.99 + 0.005 is the float 94.99499999999999: the decimal it stands for is 94.995.
    [94.99 + 0.005, 94995n, 1000n],
    // 0.1 + 0.2 = 0.30000000000000004 stands for 0.3.
    [0.1 + 0.2, 3n, 10n],
    // A typed value is kept as typed, however many decimals up to nine: 89.6714.
    [89.6714, 896714n, 10000n],
    [0.123456789, 123456789n, 1000000000n],
  ])('%p → %p/%p', (value, n, d) => {
    expect(same(fromComputedNumber(value), { n, d })).toBe(true);
  });
});
