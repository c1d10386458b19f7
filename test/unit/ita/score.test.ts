import fc from 'fast-check';
import { fromNumber, type Rational, roundHalfUp } from '../../../src/core/decimal';
import { gradeFor, passes, passLabel } from '../../../src/core/ita/grade';
import { frameworkFor } from '../../../src/core/ita/presets';
import { checkTotal, readIndicatorScores, readScore, totalsOf } from '../../../src/core/ita/score';

const f = frameworkFor(2565)!;
const exact = (xs: number[]) => xs.map(fromNumber);
const shown = (r: Rational) => roundHalfUp(r, 2).text;

describe('totalsOf', () => {
  it('the worked example of DOMAIN.md: 89.6714 → 89.67', () => {
    const t = totalsOf(f, exact([90.12, 88.4, 93.75, 86.02, 91.1, 85.33, 79.5, 82.25, 90, 100]));
    expect(t.tools.map((x) => x.id)).toEqual(['IIT', 'EIT', 'OIT']);
    expect(t.tools.map((x) => roundHalfUp(x.score, 4).text)).toEqual(['89.8780', '82.3600', '95.0000']);
    expect(t.tools.map((x) => roundHalfUp(x.weighted, 4).text)).toEqual(['26.9634', '24.7080', '38.0000']);
    expect(roundHalfUp(t.total, 4).text).toBe('89.6714');
    expect(shown(t.total)).toBe('89.67');
    expect(gradeFor(t.total, f.bands)).toBe('A');
  });

  it('is exact where floats are not: 88.575 → 88.58', () => {
    const t = totalsOf(f, exact([80.14, 80.14, 80.14, 80.14, 80.14, 90, 90, 85.33, 95, 95]));
    expect(roundHalfUp(t.total, 6).text).toBe('88.575000');
    expect(shown(t.total)).toBe('88.58');
  });

  it('EIT 90.00, 90.00, 90.05 weighs exactly 27.005 → 27.01', () => {
    const t = totalsOf(f, exact([90, 90, 90, 90, 90, 90, 90, 90.05, 90, 90]));
    expect(roundHalfUp(t.tools[1].weighted, 6).text).toBe('27.005000');
    expect(shown(t.tools[1].weighted)).toBe('27.01');
    expect(shown(t.total)).toBe('90.01'); // 27 + 27.005 + 36 = 90.005
  });

  it('ten equal scores give that score', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), (k) => {
        const x = k / 1000;
        const t = totalsOf(f, exact(new Array(10).fill(x)));
        expect(roundHalfUp(t.total, 2).scaled).toBe(BigInt(Math.floor((k + 5) / 10)));
      }),
    );
  });
});

describe('grades and pass', () => {
  it('decides on the score rounded to two decimals', () => {
    expect(gradeFor(94.995)).toBe('AA');
    expect(gradeFor(94.994)).toBe('A');
    expect(gradeFor(fromNumber(84.995))).toBe('A');
    expect(passes(f, 84.995)).toBe(true);
    expect(passes(f, 84.994)).toBe(false);
    expect(passLabel(f, 85)).toBe('ผ่าน');
    expect(passLabel(f, 84.99)).toBe('ไม่ผ่าน');
  });

  it('compares the rounded score with band starts that have more decimals', () => {
    const bands = [
      { label: 'A', min: 94.991 },
      { label: 'F', min: 0 },
    ];
    expect(gradeFor(94.99, bands)).toBe('F');
    expect(gradeFor(94.994, bands)).toBe('F');
    expect(gradeFor(94.995, bands)).toBe('A');
  });

  it('grades never go down as the score goes up', () => {
    const order = ['F', 'E', 'D', 'C', 'B', 'A', 'AA'];
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(order.indexOf(gradeFor(lo))).toBeLessThanOrEqual(order.indexOf(gradeFor(hi)));
        },
      ),
    );
  });
});

describe('checkTotal', () => {
  const example = exact([90.12, 88.4, 93.75, 86.02, 91.1, 85.33, 79.5, 82.25, 90, 100]);

  it('gives the totals the shown scores can produce: 89.6714 ± 0.005, 100 capped', () => {
    const c = checkTotal(f, example, fromNumber(89.67));
    // lows: every indicator − 0.005 → total − 0.005 = 89.6664
    expect(roundHalfUp(c.lowest, 4).text).toBe('89.6664');
    // highs: all + 0.005 except OIT 100 (capped): IIT +0.0015, EIT +0.0015, OIT +0.001 = 89.6754
    expect(roundHalfUp(c.highest, 4).text).toBe('89.6754');
    expect([c.consistent, c.lowestShown, c.highestShown]).toEqual([true, 89.67, 89.68]);
  });

  it('flags a total that cannot come from the scores', () => {
    expect(checkTotal(f, example, fromNumber(89.69)).consistent).toBe(false);
    expect(checkTotal(f, example, fromNumber(89.66)).consistent).toBe(false);
    expect(checkTotal(f, example, fromNumber(89.68)).consistent).toBe(true);
    expect(checkTotal(f, example, fromNumber(89.6714)).consistent).toBe(true);
    expect(checkTotal(f, example, fromNumber(89.666)).consistent).toBe(false);
  });

  it('keeps the upper end of each shown score open: 70.49 is [70.485, 70.495)', () => {
    // Ten indicators shown 70.49: every true score lies in [70.485, 70.495), and so does the total
    // (the weights sum to 1). Totals just below 70.495 show 70.49; 70.495 itself would show 70.50 but
    // would need scores that show 70.50. So 70.50 cannot be published, and 70.49 is the highest.
    const all = exact(new Array(10).fill(70.49));
    const c = checkTotal(f, all, fromNumber(70.5));
    expect(roundHalfUp(c.highest, 3).text).toBe('70.495');
    expect([c.consistent, c.highestReached, c.lowestShown, c.highestShown]).toEqual([
      false,
      false,
      70.49,
      70.49,
    ]);
    expect(checkTotal(f, all, fromNumber(70.49)).consistent).toBe(true);
    // A total given with more decimals: 70.495 is outside [70.485, 70.495); 70.4949 is inside.
    expect(checkTotal(f, all, fromNumber(70.495)).consistent).toBe(false);
    expect(checkTotal(f, all, fromNumber(70.4949)).consistent).toBe(true);
    // The lower end is closed: 70.485 shows 70.49 (half-up), so it is attainable.
    expect(checkTotal(f, all, fromNumber(70.485)).consistent).toBe(true);
  });

  it('reaches 100 when every score shown is 100 (nothing is above it)', () => {
    const c = checkTotal(f, exact(new Array(10).fill(100)), fromNumber(100));
    // lows 99.995 each → total 99.995 → 100.00; highs capped at 100 and reached.
    expect([c.consistent, c.highestReached, c.lowestShown, c.highestShown]).toEqual([true, true, 100, 100]);
  });
});

describe('readIndicatorScores / readScore', () => {
  it('reads ten scores written in any way staff write them', () => {
    const read = readIndicatorScores(f, [
      '๙๐.๑๒',
      ' 88.40 ',
      '93.75\u00a0',
      86.02,
      91.1,
      85.33,
      79.5,
      82.25,
      90,
      '100',
    ]);
    expect('scores' in read && read.scores.map((s) => roundHalfUp(s, 2).text)).toEqual([
      '90.12',
      '88.40',
      '93.75',
      '86.02',
      '91.10',
      '85.33',
      '79.50',
      '82.25',
      '90.00',
      '100.00',
    ]);
  });

  it('says what is wrong, naming the indicator', () => {
    const msg = (cells: unknown[]) => {
      const r = readIndicatorScores(f, cells);
      return 'message' in r ? r.message.en : '';
    };
    expect(msg(new Array(9).fill(90))).toBe(
      'expected 10 scores in the order 1 การปฏิบัติหน้าที่ … 10 การป้องกันการทุจริต, got 9',
    );
    expect(msg([90, 90, 90, '', 90, 90, 90, 90, 90, 90])).toBe('indicator 4 การใช้ทรัพย์สินของราชการ is blank');
    expect(msg([90, 90, 'abc', 90, 90, 90, 90, 90, 90, 90])).toBe(
      'indicator 3 การใช้อำนาจ: score must be a number from 0 to 100, got "abc"',
    );
    expect(msg([90, 90, 90, 90, 90, 90, 90, 90, 90, 100.01])).toMatch(/got 100.01$/);
    expect('message' in readScore(-1)).toBe(true);
    expect('message' in readScore(true)).toBe(true);
  });
});
