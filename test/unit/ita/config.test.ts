import { hasErrors } from '../../../src/core/findings';
import { configuredFrameworks, readItaConfig, readYear } from '../../../src/core/ita/config';
import { expandCodes } from '../../../src/core/ita/framework';
import { frameworkFor } from '../../../src/core/ita/presets';

const cellsOf = (grid: unknown[][]) => readItaConfig(grid).findings.map((f) => [f.severity, f.code, f.cell]);

describe('readYear', () => {
  it('accepts BE years as numbers, text or Thai digits', () => {
    expect(readYear(2565)).toEqual({ year: 2565 });
    expect(readYear(' 2566 ')).toEqual({ year: 2566 });
    expect(readYear('๒๕๖๗')).toEqual({ year: 2567 });
    expect(readYear('2565.0')).toEqual({ year: 2565 });
  });

  it('refuses a CE year with the BE year it probably means, and lists the known years', () => {
    expect(readYear(2022)).toEqual({
      message: { th: '2022 เป็นปี ค.ศ. ใช้ปี พ.ศ. 2565', en: '2022 is a CE year; use the BE year 2565' },
    });
    expect(readYear(2570)).toMatchObject({
      message: { en: 'unknown assessment year 2570 (known: 2563, 2564, 2565, 2566, 2567, 2568)' },
    });
    expect(readYear('abc')).toMatchObject({
      message: { en: 'assessment year must be a BE year such as 2565, got "abc"' },
    });
    expect(readYear(2565.5)).toHaveProperty('message');
  });
});

describe('readItaConfig', () => {
  it('an empty tab gives the 2565 preset unchanged', () => {
    const r = readItaConfig([]);
    expect(r.findings).toEqual([]);
    expect(r.framework).toEqual(frameworkFor(2565));
    expect(r.framework).not.toBe(frameworkFor(2565));
  });

  it('applies weights (percent or a % cell), bands, pass, labels and levels', () => {
    const r = readItaConfig([
      ['key', 'value', 'note'],
      ['# weights', '', ''],
      ['weight.IIT', 0.25, 'a cell formatted as 25%'],
      ['weight. eit', '๓๕', ''],
      ['weight.OIT', '40%', ''],
      ['band.ดีเยี่ยม', 95],
      ['band.ผ่าน', 85],
      ['band.ต้องปรับปรุง', 0],
      ['pass', 85],
      ['pass.label', 'ผ่านเกณฑ์'],
      ['fail.label', 'ไม่ผ่านเกณฑ์'],
      ['level.2', 33],
      ['level.3', '200/3'],
      ['level.4.label', 'มากที่สุด'],
      ['reverse', 'I12, I13'],
      ['yes', 'มี, ใช่, เคย'],
      ['indicator.3.en', 'Use of power'],
      [],
    ]);
    expect(r.findings).toEqual([]);
    const f = r.framework!;
    expect(f.tools.map((t) => t.weight)).toEqual([25, 35, 40]);
    expect(f.bands).toEqual([
      { label: 'ดีเยี่ยม', min: 95 },
      { label: 'ผ่าน', min: 85 },
      { label: 'ต้องปรับปรุง', min: 0 },
    ]);
    expect(f.pass).toEqual({ mark: 85, pass: 'ผ่านเกณฑ์', fail: 'ไม่ผ่านเกณฑ์' });
    expect(f.scale.levels.map((l) => l.score)).toEqual([0, 33, '200/3', 100]);
    expect(f.scale.reverse).toEqual(['I12', 'I13']);
    expect(f.scale.yes).toEqual(['มี', 'ใช่', 'เคย']);
    expect(f.indicators[2].en).toBe('Use of power');
    // The preset itself is untouched.
    expect(frameworkFor(2565)!.tools[0].weight).toBe(30);
  });

  it('moves, adds and drops question codes', () => {
    const r = readItaConfig([
      ['question.I7', 1],
      ['question.I31', '5'],
      ['question.I2', '-'],
      ['question.O44', '10.2'],
    ]);
    expect(r.findings).toEqual([]);
    const f = r.framework!;
    expect(expandCodes(f.indicators[0].codes!)).toEqual(['I1', 'I3', 'I4', 'I5', 'I6', 'I7']);
    expect(expandCodes(f.indicators[1].codes!)).toEqual(['I8', 'I9', 'I10', 'I11', 'I12']);
    expect(expandCodes(f.indicators[4].codes!)).toContain('I31');
    expect(expandCodes(f.indicators[9].subs![1].codes)).toEqual(['O42', 'O43', 'O44']);
  });

  it('starts from another year and says when that preset is not verified', () => {
    const r = readItaConfig([['year', '๒๕๖๖']]);
    expect(r.framework!.year).toBe(2566);
    expect(r.findings).toEqual([
      expect.objectContaining({
        severity: 'info',
        code: 'config.unverified-preset',
        sheet: 'ITA_CONFIG',
        cell: 'B1',
      }),
    ]);
    expect(hasErrors(r.findings)).toBe(false);
  });

  it('names the cell of every broken entry, and gives no framework then', () => {
    const grid = [
      ['year', 2022],
      ['wieght.IIT', 30],
      ['pass', 'abc'],
      ['level.5', 10],
      ['question.I7', 11],
      ['pass', 80],
      ['reverse', 'I99x, hello'],
    ];
    expect(cellsOf(grid)).toEqual([
      ['error', 'config.duplicate-key', 'A6'],
      ['error', 'config.unknown-year', 'B1'],
      ['error', 'config.unknown-key', 'A2'],
      ['error', 'config.bad-value', 'B3'],
      ['error', 'config.unknown-key', 'A4'],
      ['error', 'config.bad-value', 'B5'],
      ['error', 'config.bad-value', 'B7'],
    ]);
    const r = readItaConfig(grid);
    expect(r.framework).toBeNull();
    // Each finding carries its cell: the repeated "pass" is in A6 (row 5, column 0), the CE year in B1.
    expect(r.findings.slice(0, 2).map((f) => [f.row, f.column])).toEqual([
      [5, 0],
      [0, 1],
    ]);
    expect(r.findings[1].message.en).toBe('2022 is a CE year; use the BE year 2565');
    expect(r.findings[3].message.en).toBe('pass must be a number, got "abc"');
  });

  it('checks the rules and points at the entry that broke them', () => {
    const r = readItaConfig([
      ['note', 'ตั้งค่าของ อบต.'],
      ['weight.IIT', 20],
      ['band.AA', 95],
      ['band.A', 96],
    ]);
    expect(r.framework).toBeNull();
    expect(r.findings.map((f) => [f.code, f.cell, f.message.en])).toEqual([
      ['config.rule', 'B2', 'weights must sum to 100% (IIT 20 + EIT 30 + OIT 40)'],
      ['config.rule', 'B3', 'bands must run from highest to lowest: AA 95 then A 96'],
      ['config.rule', 'B3', 'the lowest band (A) must start at 0'],
    ]);
  });

  it('reports a reverse-coded question the framework does not have', () => {
    const r = readItaConfig([['reverse', 'I40']]);
    expect(r.findings.map((f) => [f.cell, f.message.en])).toEqual([
      ['B1', 'reverse-coded question I40 is not in the framework'],
    ]);
  });
});

describe('configuredFrameworks: what every menu scores and checks with', () => {
  it('no ITA_CONFIG tab: each year its preset, the default year the one given', () => {
    const { source, header, findings } = configuredFrameworks(undefined, 2565);
    expect(findings).toEqual([]);
    expect(source!.defaultYear).toBe(2565);
    expect(source!.forYear(2564)).toBe(frameworkFor(2564));
    expect(header).toBe(frameworkFor(2565));
  });

  it('a config that reads: its framework for every year', () => {
    const { source, header } = configuredFrameworks(
      [
        ['weight.IIT', 40],
        ['weight.EIT', 20],
        ['weight.OIT', 40],
      ],
      2565,
    );
    expect(header!.tools.map((t) => t.weight)).toEqual([40, 20, 40]);
    expect(source!.forYear(2563)).toBe(header);
  });

  it('a config that does not read (weights 110): no frameworks at all, its error at the cell', () => {
    const result = configuredFrameworks(
      [
        ['weight.IIT', 40],
        ['weight.EIT', 20],
        ['weight.OIT', 50],
      ],
      2565,
    );
    expect(result.source).toBeUndefined();
    expect(result.header).toBeUndefined();
    expect(result.findings.some((f) => f.severity === 'error' && f.sheet === 'ITA_CONFIG')).toBe(true);
  });
});
