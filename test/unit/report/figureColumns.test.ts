// Columns of figures sized from the widest figure a report prints (issue 11 §5.1, §5.2): a number
// shown through its cell's number format, or a numeral written as text (Thai digits); anything else
// (words, formulas) leaves the column as the template has it, and no column is ever narrowed.
import { figureColumns, figureColumnWidths, lineWidth } from '../../../src/core/report/builtin/spec';
import { formatWithPattern } from '../../../src/core/report/template/numberFormat';

const looks = (bold = false) => ({
  sizes: [[16, 16, 16]],
  bolds: [[bold, bold, bold]],
  show: (value: number) => formatWithPattern(value, '#,##0.00'),
});

describe('lineWidth', () => {
  it('measures figures at 0.55 em and separators at 0.28 em, with padding', () => {
    // "11,250,125.00": 10 figures × 0.55 + 3 separators × 0.28 = 6.34 em × 21.333 px = 135.25 px,
    // + 2 × 6 padding + 8 = 155.25 → 156 px. Thai digits measure the same.
    expect(lineWidth('11,250,125.00', 16)).toBe(156);
    expect(lineWidth('๑๑,๒๕๐,๑๒๕.๐๐', 16)).toBe(156);
    // Bold is 8% wider: 135.25 × 1.08 = 146.07 + 20 = 166.07 → 167 px.
    expect(lineWidth('11,250,125.00', 16, true)).toBe(167);
  });
});

describe('figureColumnWidths', () => {
  it('widens a column only where a figure would not fit', () => {
    const rows = [
      { source: 0, cells: [{ value: 'มิติที่ ๑ การสร้างสังคม' }, { value: 11250125 }, { value: 5000 }] },
    ];
    // 11,250,125.00 needs 156 px (above) over 112; "5,000.00" (6 × 0.55 + 2 × 0.28 = 3.86 em → 82.3
    // + 20 = 103 px) fits in 112;
    // the words in column A are no figure.
    expect(figureColumnWidths(rows, [100, 112, 112], looks())).toEqual([100, 156, 112]);
  });

  it('measures a Thai-digit amount written as text, bold in a total row, and skips formulas', () => {
    const rows = [
      {
        source: 0,
        cells: [{ value: 'รวมทั้งสิ้น' }, { value: '๑๑,๒๕๐,๑๒๕.๐๐' }, { value: '', formula: '=SUM(C1:C3)' }],
      },
    ];
    expect(figureColumnWidths(rows, [100, 112, 112], looks(true))).toEqual([100, 167, 112]);
  });

  it('never narrows a column', () => {
    const rows = [{ source: 0, cells: [{ value: 1 }, { value: '๓' }, { value: 'ข้อความ' }] }];
    expect(figureColumnWidths(rows, [300, 300, 300], looks())).toEqual([300, 300, 300]);
  });
});

describe('figureColumns', () => {
  it('is true for a number or a numeral, false for words, dates in words and formulas', () => {
    expect(figureColumns([{ cells: [{ value: 'ปี 2566' }, { value: '', formula: '=1+1' }] }], 2)).toEqual([]);
    expect(figureColumns([{ cells: [{ value: 'ชื่อ' }, { value: '๑๒.๕๐%' }] }], 2)).toEqual([1]);
    expect(figureColumns([{ cells: [{ value: 0 }, { value: 5 }] }], 1)).toEqual([0]);
  });
});
