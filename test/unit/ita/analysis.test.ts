import { fromNumber } from '../../../src/core/decimal';
import { analyseScores } from '../../../src/core/ita/analysis';
import { frameworkFor } from '../../../src/core/ita/presets';

const f = frameworkFor(2565)!;
const y2564 = [88, 86.5, 90, 84, 89, 80, 78.25, 81, 85, 95];
const y2565 = [90.12, 88.4, 93.75, 86.02, 91.1, 85.33, 79.5, 82.25, 90, 100];

describe('analyseScores', () => {
  const a = analyseScores(
    (year) => frameworkFor(year)!,
    [
      { year: 2565, indicators: y2565 },
      { year: 2564, indicators: y2564 },
    ],
  );
  const latest = a.latest;

  it('orders years and computes the total, grade and pass', () => {
    expect(a.years.map((y) => y.year)).toEqual([2564, 2565]);
    expect(latest.year).toBe(2565);
    expect(latest.totalShown).toBe(89.67);
    expect(latest.totalText).toBe('89.67');
    expect(latest.grade).toBe('A');
    expect(latest.passed).toBe(true);
    expect(latest.passLabel).toBe('ผ่าน');
    expect(latest.verified).toBe(true);
  });

  it('gives tool scores and weighted parts', () => {
    expect(latest.tools.map((t) => [t.id, t.weight, t.scoreShown, t.weightedShown])).toEqual([
      ['IIT', 30, 89.88, 26.96],
      ['EIT', 30, 82.36, 24.71],
      ['OIT', 40, 95, 38],
    ]);
    expect(latest.tools.map((t) => t.weakest.no)).toEqual(['4', '7', '9']);
  });

  it('ranks indicators high → low and names the weak ones', () => {
    expect(latest.ranked.map((i) => i.no)).toEqual(['10', '3', '5', '1', '9', '2', '4', '6', '8', '7']);
    expect(latest.ranked.map((i) => i.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(latest.weakest.map((i) => i.no)).toEqual(['7', '8', '6']);
    expect(latest.belowPass.map((i) => [i.no, i.gapToPass])).toEqual([
      ['7', 5.5],
      ['8', 2.75],
    ]);
    expect(latest.indicators[9]).toMatchObject({ scoreShown: 100, gapToTop: 0, gapToPass: 0 });
    expect(latest.indicators[0]).toMatchObject({ scoreText: '90.12', gapToTop: 4.88 });
  });

  it('gives gaps and changes from the year before', () => {
    expect(latest.gapToPass).toBe(0);
    expect(latest.gapToTop).toBe(5.33);
    expect(latest.topLabel).toBe('AA');
    // 2564: IIT 87.5 × .3 = 26.25; EIT 79.75 × .3 = 23.925; OIT 90 × .4 = 36 → 86.175 → 86.18
    expect(latest.previous).toEqual({ year: 2564, totalShown: 86.18, grade: 'A' });
    expect(latest.change).toBe(3.49);
    expect(latest.indicators[0].change).toBe(2.12);
    expect(latest.indicators[6].change).toBe(1.25);
    expect(latest.tools[2].change).toBe(5);
    expect(a.years[0].change).toBeUndefined();
  });

  it('shares a rank between equal scores', () => {
    const b = analyseScores(f, [
      { year: 2565, indicators: [90, 90, 80, 80, 80, 70, 90, 60, 50, fromNumber(90)] },
    ]);
    expect(b.latest.ranked.map((i) => `${i.no}:${i.rank}`)).toEqual([
      '1:1',
      '2:1',
      '7:1',
      '10:1',
      '3:5',
      '4:5',
      '5:5',
      '6:8',
      '8:9',
      '9:10',
    ]);
    expect(b.latest.passed).toBe(false);
    expect(b.latest.passLabel).toBe('ไม่ผ่าน');
  });

  it('refuses input it cannot analyse', () => {
    expect(() => analyseScores(f, [])).toThrow(RangeError);
    expect(() => analyseScores(f, [{ year: 2565, indicators: [1, 2] }])).toThrow(/expected 10/);
    expect(() =>
      analyseScores(f, [
        { year: 2565, indicators: y2565 },
        { year: 2565, indicators: y2565 },
      ]),
    ).toThrow(/twice/);
  });
});
