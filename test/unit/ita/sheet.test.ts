// "Score ITA sheet" on plain grids: what the sheet holds is scored, and every finding carries the
// 0-based cell it is about, with the A1 text derived from that cell.
import { a1Block } from '../../../src/core/findings/a1';
import { frameworkFor } from '../../../src/core/ita/presets';
import { scoreSheetGrid } from '../../../src/core/ita/sheet';

const SOURCE = { forYear: frameworkFor, defaultYear: 2565 };
const SCORES = [90.12, 88.4, 93.75, 86.02, 91.1, 85.33, 79.5, 82.25, 90.0, 100.0];

describe('scoreSheetGrid findings', () => {
  it('places a year given twice on the second row’s year cell', () => {
    // Rows 2 and 3 (0-based 1 and 2) are both อบต. ก 2565; the year column is B (column 1), so the
    // finding is about B3 = row 2, column 1, and names row 2 (1-based) as the one used.
    const grid = [
      ['หน่วยงาน', 'ปี', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      ['อบต. ก', 2565, ...SCORES],
      ['อบต. ก', 2565, ...SCORES],
    ];
    const r = scoreSheetGrid(grid, 'คะแนน', SOURCE);
    expect(r.kind).toBe('indicators');
    const dup = r.findings.filter((f) => f.code === 'ita.duplicate-year');
    expect(dup).toEqual([
      expect.objectContaining({ sheet: 'คะแนน', row: 2, column: 1, cell: 'B3', severity: 'warning' }),
    ]);
    expect(dup[0].message.en).toBe('อบต. ก has 2565 twice; the first row (2) is used');
  });

  it('places "numbers without a header" on the row of numbers, column A', () => {
    // Row 3 (0-based 2) holds ten numbers and nothing says which indicator each is.
    const grid = [['รายงาน'], [''], SCORES];
    const r = scoreSheetGrid(grid, 'S', SOURCE);
    expect(r.kind).toBe('unknown');
    expect(r.findings).toEqual([
      expect.objectContaining({ code: 'ita.no-header', row: 2, column: 0, cell: 'A3', severity: 'error' }),
    ]);
    expect(r.findings[0].message.en).toMatch(/^row 3 holds 10 or more numbers/);
  });

  it('gives every finding an A1 text that is its position', () => {
    const grid = [
      ['หน่วยงาน', 'ปี', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      ['อบต. ก', 2022, ...SCORES],
      ['อบต. ข', 'สองพัน', ...SCORES],
      ['อบต. ค', 2565, 'abc', ...SCORES.slice(1)],
      ['ค่าเฉลี่ย', '', ...SCORES],
    ];
    const r = scoreSheetGrid(grid, 'S', SOURCE);
    expect(r.findings.map((f) => f.code)).toEqual([
      'ita.ce-year',
      'ita.bad-year',
      'ita.bad-score',
      'ita.summary-row',
    ]);
    // 2022 in B2 (row 1, column 1); "สองพัน" in B3; "abc" in C4 (row 3, column 2); the summary label in A5
    expect(r.findings.map((f) => [f.row, f.column, f.cell])).toEqual([
      [1, 1, 'B2'],
      [2, 1, 'B3'],
      [3, 2, 'C4'],
      [4, 0, 'A5'],
    ]);
    for (const f of r.findings) expect(f.cell).toBe(a1Block(f.row, f.column, f.rows, f.columns));
  });
});
