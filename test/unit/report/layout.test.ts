// Run-on text kept inside the tab's printed width: a line past the last column would shrink the
// whole printout to fit it, so long notes go on in the rows below, and text in the last column wraps.
import { cutRunOn, LayoutBuilder } from '../../../src/core/report/layout';
import { REPORT_THEME } from '../../../src/core/report/theme';

describe('cutRunOn', () => {
  it('cuts at " / " first, then after a comma, then at a space, never past the limit', () => {
    expect(cutRunOn('ตัวชี้วัดต่ำกว่า 85: 7 / indicators below 85: 7', 30)).toEqual([
      'ตัวชี้วัดต่ำกว่า 85: 7',
      '/ indicators below 85: 7',
    ]);
    expect(cutRunOn('1 ก 80.14, 2 ข 80.14, 3 ค 80.14', 22)).toEqual(['1 ก 80.14, 2 ข 80.14,', '3 ค 80.14']);
    expect(cutRunOn('aaaa bbbb cccc', 10)).toEqual(['aaaa bbbb', 'cccc']);
    expect(cutRunOn('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
    for (const piece of cutRunOn('ก, '.repeat(100), 40)) expect(piece.length).toBeLessThanOrEqual(40);
  });
});

describe('LayoutBuilder with a fit', () => {
  // Two columns of 200 px; notes are 12 pt: 12 × 4/3 px × 0.55 = 8.8 px a character, so a note from
  // column A has 400 / 8.8 → 45 characters, and text in column B (the last) has 200 / 8.8 → 22.
  const fit = { columnWidths: [200, 200], theme: REPORT_THEME };

  it('carries a long note on to rows below, each within the width, in the same column and role', () => {
    const note = `${'ก'.repeat(30)}, ${'ข'.repeat(30)}`;
    const layout = new LayoutBuilder(2, fit).banner(note, 'note').build([200, 200]);
    expect(layout.values).toEqual([
      [`${'ก'.repeat(30)},`, ''],
      ['ข'.repeat(30), ''],
    ]);
    expect(layout.roles).toEqual([
      ['note', 'note'],
      ['note', 'note'],
    ]);
  });

  it('wraps long text in the last column instead of adding rows', () => {
    const layout = new LayoutBuilder(2, fit).row(['A', 'ข'.repeat(30)], ['label', 'note']).build([200, 200]);
    expect(layout.values).toEqual([['A', 'ข'.repeat(30)]]);
    expect(layout.wraps).toEqual([[false, true]]);
  });

  it('wraps the columns a row names, never carrying their text to another row', () => {
    // A finding's two messages side by side: each must be read whole in its own cell, and a
    // finding must stay on one row (its link formula is written row for row).
    const layout = new LayoutBuilder(2, fit)
      .row(['ก'.repeat(60), 'ข'.repeat(60)], 'text', [0, 1])
      .build([200, 200]);
    expect(layout.values).toEqual([['ก'.repeat(60), 'ข'.repeat(60)]]);
    expect(layout.wraps).toEqual([[true, true]]);
  });

  it('leaves short text, numbers and headers alone, and without a fit changes nothing', () => {
    const fitted = new LayoutBuilder(2, fit)
      .row(['สั้น', 89.67])
      .row(['หัวตาราง '.repeat(10), ''], 'header')
      .build([200, 200]);
    expect(fitted.values).toEqual([
      ['สั้น', 89.67],
      ['หัวตาราง '.repeat(10), ''],
    ]);
    const plain = new LayoutBuilder(2).banner('ค'.repeat(200), 'note').build([200, 200]);
    expect(plain.values).toEqual([['ค'.repeat(200), '']]);
  });
});
