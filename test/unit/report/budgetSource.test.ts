// The `budget` data of a report (src/core/report/sources/budget.ts) on grids: sums recomputed in
// exact satang, projects counted by their numbered labels, the sheet's stated totals only in notes,
// and the tables whose sums cannot be known refused.
import { type BudgetSourceProblem, planBudgetSource } from '../../../src/core/report/sources/budget';

type Grid = unknown[][];
const read = (grid: Grid, thaiDigits = false) => {
  const problems: BudgetSourceProblem[] = [];
  const data = planBudgetSource(
    ['แผน'],
    () => grid,
    () => false,
    problems,
    thaiDigits,
  ) as Record<string, any>;
  return { data, problems };
};

describe('planBudgetSource', () => {
  it('a four-year plan with no มิติ column: one group, fused labels counted, slot 5 empty', () => {
    // 0.10 + 0.20 = 0.30 exactly (not 0.30000000000000004); 1,000.05 + 2,000.10 = 3,000.15.
    const { data, problems } = read([
      ['โครงการ', 'ปี 2561', 'ปี 2562', 'ปี 2563', 'ปี 2564'],
      ['1) โครงการ ก', 0.1, '1,000.05', 0, 10],
      ['2) โครงการ ข 3) โครงการ ค', 0.2, '2,000.10', '-', 20],
      ['รวมทั้งสิ้น', 0.3, 3000.15, 0, 30],
    ]);
    expect(problems).toEqual([]);
    expect(data.yearCount).toBe(4);
    expect([data.year1, data.year4, data.year5]).toEqual([2561, 2564, null]);
    // "2) … 3) …" in one row is two projects (the validation's fused-projects finding, noted).
    expect(data.dimensions).toEqual([
      expect.objectContaining({
        name: 'ไม่ระบุมิติ',
        projects: 3,
        y1: 0.3,
        y2: 3000.15,
        y5: null,
        total: 3030.45,
      }),
    ]);
    expect(data.grandTotal).toBe(3030.45);
    expect(data.grandTotalText).toBe('สามพันสามสิบบาทสี่สิบห้าสตางค์');
    expect(data.notes.map((n: { code: string }) => n.code)).toEqual(['budget.fused-projects']);
  });

  it('amounts beside no project make the sums unknowable: refused with the cell', () => {
    const { data, problems } = read([
      ['โครงการ', 'ปี 2566', 'ปี 2567'],
      ['1) โครงการ ก', 100, 100],
      ['', 50, 50],
      ['รวมทั้งสิ้น', 150, 150],
    ]);
    expect(data).toBeNull();
    expect(problems[0]).toMatchObject({ severity: 'error', sheet: 'แผน', cell: 'B3' });
  });

  it("with Thai digits the notes carry the report's digits", () => {
    const { data } = read(
      [
        ['โครงการ', 'ปี 2566', 'ปี 2567'],
        ['1) โครงการ ก', 100, 100],
        ['รวมทั้งสิ้น', 100, 999],
      ],
      true,
    );
    expect(data.notes).toEqual([
      expect.objectContaining({
        cell: 'C3',
        code: 'budget.grand-total-mismatch',
        th: expect.stringContaining('๙๙๙.๐๐'),
      }),
    ]);
    // The figures stay numbers for the renderer to format.
    expect(data.total2).toBe(100);
  });
});
