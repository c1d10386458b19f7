import { LayoutBuilder } from '../../../src/core/report/layout';
import { REPORT_THEME, runsOf, styleGrid } from '../../../src/core/report/theme';

describe('the theme as data', () => {
  it('runs of equal widths, 1-based, so a writer makes one call per run', () => {
    // 230 | 100 × 8 | 280: three runs, whatever the count of columns between
    expect(runsOf([230, 100, 100, 100, 100, 100, 100, 100, 100, 280])).toEqual([
      { start: 1, count: 1, value: 230 },
      { start: 2, count: 8, value: 100 },
      { start: 10, count: 1, value: 280 },
    ]);
    expect(runsOf([])).toEqual([]);
  });

  it('one property of every cell, in the layout’s shape', () => {
    const layout = new LayoutBuilder(3)
      .row(['หัว', 'x', 'y'], 'header')
      .row(['a', 1, 2], ['text', 'score'])
      .build([1, 1, 1]);
    expect(styleGrid(layout.roles, REPORT_THEME, 'format')).toEqual([
      ['@', '@', '@'],
      ['@', '0.00', '0.00'],
    ]);
    expect(styleGrid(layout.roles, REPORT_THEME, 'weight')).toEqual([
      ['bold', 'bold', 'bold'],
      ['normal', 'normal', 'normal'],
    ]);
  });
});
