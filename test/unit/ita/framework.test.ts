import * as z from 'zod/mini';
import {
  exactScore,
  expandCodes,
  type Framework,
  indicatorsOf,
  readLevelScores,
} from '../../../src/core/ita/framework';
import { DEFAULT_YEAR, frameworkFor, KNOWN_YEARS } from '../../../src/core/ita/presets';
import { FrameworkSchema, parseFramework } from '../../../src/core/ita/schema';

const base = () => JSON.parse(JSON.stringify(frameworkFor(2565))) as Framework;
const problemsOf = (data: unknown) => {
  const result = parseFramework(data);
  return 'problems' in result ? result.problems : [];
};

describe('shipped presets', () => {
  it('covers 2563–2568 with 2565 as the default', () => {
    expect(KNOWN_YEARS).toEqual([2563, 2564, 2565, 2566, 2567, 2568]);
    expect(DEFAULT_YEAR).toBe(2565);
    expect(frameworkFor(2562)).toBeUndefined();
    expect(frameworkFor(2022)).toBeUndefined();
  });

  it.each([2563, 2564, 2565, 2566, 2567, 2568])('%p passes the zod schema and the rules', (year) => {
    const preset = frameworkFor(year)!;
    expect(z.safeParse(FrameworkSchema, preset).success).toBe(true);
    expect(problemsOf(preset)).toEqual([]);
    expect(preset.year).toBe(year);
  });

  it('marks 2566–2568 as not verified, in the data', () => {
    expect(frameworkFor(2565)!.verified).toBe(true);
    for (const year of [2566, 2567, 2568]) {
      expect(frameworkFor(year)!.verified).toBe(false);
      expect(frameworkFor(year)!.note).toMatch(/Not verified/);
    }
    expect(frameworkFor(2565)!.tools.find((t) => t.id === 'EIT')!.note).toMatch(/inferred/);
  });

  it('holds the 2565 framework of DOMAIN.md §1', () => {
    const f = frameworkFor(2565)!;
    expect(f.tools.map((t) => [t.id, t.weight])).toEqual([
      ['IIT', 30],
      ['EIT', 30],
      ['OIT', 40],
    ]);
    expect(f.indicators.map((i) => i.no)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(f.indicators[0].th).toBe('การปฏิบัติหน้าที่');
    expect(f.indicators[9].th).toBe('การป้องกันการทุจริต');
    expect(indicatorsOf(f, 'IIT')).toEqual([0, 1, 2, 3, 4]);
    expect(indicatorsOf(f, 'EIT')).toEqual([5, 6, 7]);
    expect(indicatorsOf(f, 'OIT')).toEqual([8, 9]);
    expect(expandCodes(f.indicators[0].codes!)).toEqual(['I1', 'I2', 'I3', 'I4', 'I5', 'I6']);
    expect(expandCodes(f.indicators[4].codes!)).toEqual(['I25', 'I26', 'I27', 'I28', 'I29', 'I30']);
    expect(expandCodes(f.indicators[7].codes!)).toEqual(['E11', 'E12', 'E13', 'E14', 'E15']);
    const subs = [...f.indicators[8].subs!, ...f.indicators[9].subs!];
    expect(subs.map((s) => [s.no, expandCodes(s.codes)[0], expandCodes(s.codes).at(-1)])).toEqual([
      ['9.1', 'O1', 'O9'],
      ['9.2', 'O10', 'O17'],
      ['9.3', 'O18', 'O24'],
      ['9.4', 'O25', 'O28'],
      ['9.5', 'O29', 'O33'],
      ['10.1', 'O34', 'O41'],
      ['10.2', 'O42', 'O43'],
    ]);
    expect(f.scale.levels.map((l) => l.label)).toEqual(['น้อยที่สุดหรือไม่มีเลย', 'น้อย', 'มาก', 'มากที่สุด']);
    expect(f.bands.map((b) => `${b.label}${b.min}`).join(' ')).toBe('AA95 A85 B75 C65 D55 E50 F0');
    expect(f.pass).toEqual({ mark: 85, pass: 'ผ่าน', fail: 'ไม่ผ่าน' });
  });
});

describe('exactScore', () => {
  it('reads numbers, decimal text and fractions', () => {
    expect(exactScore(0)).toEqual({ n: 0n, d: 1n });
    expect(exactScore('100/3')).toEqual({ n: 100n, d: 3n });
    expect(exactScore('33.33')).toEqual({ n: 3333n, d: 100n });
    expect(exactScore('1/0')).toBeUndefined();
    expect(exactScore('abc')).toBeUndefined();
  });
});

describe('answer levels', () => {
  it('every shipped year scores the levels as the manual does: 0, 33.33, 66.67, 100', () => {
    for (const year of KNOWN_YEARS)
      expect(frameworkFor(year)!.scale.levels.map((l) => exactScore(l.score))).toEqual([
        { n: 0n, d: 1n },
        { n: 3333n, d: 100n },
        { n: 6667n, d: 100n },
        { n: 100n, d: 1n },
      ]);
  });

  it('reads level scores given by a user: cells or one list, fractions, Thai digits', () => {
    const f = frameworkFor(2565)!;
    expect(readLevelScores(f, [0, 33, 67, 100])).toEqual({ scores: [0, 33, 67, 100] });
    expect(readLevelScores(f, ['0, 100/3; 200/3 100'])).toEqual({ scores: ['0', '100/3', '200/3', '100'] });
    expect(readLevelScores(f, ['๐', '๓๓.๓๓', '66.67', 100])).toEqual({
      scores: ['0', '33.33', '66.67', 100],
    });
  });

  it('refuses a list of the wrong length, a score outside 0–100 or a list that does not rise', () => {
    const f = frameworkFor(2565)!;
    const en = (values: unknown[]) => {
      const r = readLevelScores(f, values);
      return 'message' in r ? r.message.en : 'read';
    };
    expect(en([0, 50, 100])).toBe(
      'level scores must be 4 values, lowest level first, such as 0, 33.33, 66.67, 100; got 3 (0, 50, 100)',
    );
    expect(en([0, 33.33, 66.67, 101])).toBe(
      'a level score must be a number from 0 to 100 (such as 33.33 or 100/3), got 101',
    );
    expect(en(['0', 'x', '2', '3'])).toMatch(/got "x"$/);
    expect(en(['100, 66.67, 33.33, 0'])).toBe(
      'level scores must rise from the lowest level up, got "100", "66.67", "33.33", "0"',
    );
  });
});

describe('schema failures', () => {
  it('names the path of a wrong shape', () => {
    const f = base() as any;
    f.tools[0].weight = '30';
    delete f.pass;
    const at = problemsOf(f).map((p) => p.at);
    expect(at).toEqual(expect.arrayContaining(['tools.0.weight', 'pass']));
  });

  it('rejects an unknown tool kind and a missing indicator name', () => {
    const f = base() as any;
    f.tools[2].kind = 'table';
    f.indicators[3].th = '';
    const at = problemsOf(f).map((p) => p.at);
    expect(at).toEqual(expect.arrayContaining(['tools.2.kind', 'indicators.3.th']));
  });
});

describe('rule failures', () => {
  const rule = (change: (f: Framework) => void) => {
    const f = base();
    change(f);
    return problemsOf(f);
  };

  it('weights must sum to exactly 100', () => {
    const problems = rule((f) => {
      f.tools[0].weight = 20;
    });
    expect(problems).toHaveLength(1);
    expect(problems[0].at).toBe('weight');
    expect(problems[0].message.en).toBe('weights must sum to 100% (IIT 20 + EIT 30 + OIT 40)');
    const thirds = rule((f) => {
      f.tools[0].weight = 33.33;
      f.tools[1].weight = 26.67;
    });
    expect(thirds).toEqual([]);
  });

  it('bands must descend and end at 0', () => {
    const swapped = rule((f) => {
      f.bands[1].min = 96;
    });
    expect(swapped.map((p) => p.message.en)).toEqual([
      'bands must run from highest to lowest: AA 95 then A 96',
    ]);
    const noFloor = rule((f) => {
      f.bands.pop();
    });
    expect(noFloor.map((p) => p.message.en)).toEqual(['the lowest band (E) must start at 0']);
  });

  it('a question belongs to one indicator', () => {
    const problems = rule((f) => {
      f.indicators[1].codes = [{ prefix: 'I', from: 6, to: 12 }];
    });
    expect(problems.map((p) => [p.at, p.message.en])).toEqual([
      ['question.I6', 'I6 is in both indicator 1 and 2'],
    ]);
  });

  it('an indicator names a known tool, and a survey indicator lists questions', () => {
    const problems = rule((f) => {
      f.indicators[0].tool = 'XIT';
      f.indicators[1].codes = [];
    });
    expect(problems.map((p) => p.message.en)).toEqual([
      'indicator 1 names unknown tool XIT',
      'indicator 2 must list its question codes',
    ]);
  });

  it('level scores lie in 0–100 and reverse codes exist; pass mark in 0–100', () => {
    const problems = rule((f) => {
      f.scale.levels[1].score = '150';
      f.scale.reverse = ['I99'];
      f.pass.mark = 120;
    });
    expect(problems.map((p) => p.at)).toEqual(['level.2', 'reverse', 'pass']);
  });

  it('a code range must run forward', () => {
    const problems = rule((f) => {
      f.indicators[0].codes = [{ prefix: 'I', from: 6, to: 1 }];
    });
    expect(problems[0].message.en).toBe('code range I6–I1 of indicator 1 is not valid');
  });
});
