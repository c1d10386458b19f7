// Random grids (numbers, Thai text from real tables, blanks, dates, booleans, error values, ragged
// rows) fed to every reader and validator: they never throw, and every finding sits at a cell whose
// A1 address matches its row and column. Header rows from the real tables are mixed in so the
// checks behind the readers run too, not only the refusals.
import fc from 'fast-check';
import { validatePlanBudget } from '../../../src/core/budget/checkPlanBudget';
import { a1, a1Block } from '../../../src/core/findings/a1';
import type { PositionedFinding } from '../../../src/core/findings/finding';
import { checkSummaryAgainstDetail } from '../../../src/core/budget/matchDetail';
import { readPlanBudget } from '../../../src/core/budget/readPlanBudget';
import { readProjectDetail } from '../../../src/core/budget/readProjectDetail';
import { validateMeasureTable } from '../../../src/core/measures/checkMeasures';
import { readMeasureTable } from '../../../src/core/measures/readMeasureTable';
import { detectSheetKind } from '../../../src/core/validation/detectSheetKind';
import { validateWorkbook } from '../../../src/core/validation/validateWorkbook';
import { INDICATORS, MEASURE_HEADER, PROGRESS_STATUS, PROGRESS_TOP } from '../measures/fixtures';
import { HEADER_TOP, HEADER_YEARS } from './planFixture';

const WORDS = [
  'รวม',
  'รวมทั้งสิ้น',
  'จำนวน ๖ โครงการ',
  '๓) โครงการอบรม',
  '๔) ก ๕) ข',
  '1) โครงการ',
  'มิติที่ ๑',
  'ปี ๒๕๖๖',
  '2567',
  '๒๐,๐๐๐',
  '20,000.00',
  '-',
  'ไม่ใช้งบประมาณ',
  'จำนวน ๓๐,๐๐๐ บาท',
  '1,234.565',
  '-5,000',
  'O7',
  '07',
  'o43',
  '/',
  '✓',
  '☑',
  'X',
  'ตลอดปีงบประมาณ',
  'ต.ค.64-มี.ค.65',
  '๑ ต.ค. ๒๕๖๕ - ๓๐ ก.ย. ๒๕๖๖',
  'ไตรมาส 1-2',
  'มี.ค. ๒๕๖๖ - ต.ค. ๒๕๖๕',
  'อยู่ระหว่างการดำเนินการ',
  'ดำเนินการแล้ว',
  'เมื่อวันที่ ๔-๕ มีนาคม ๒๕๖๗',
  'ตัวชี้วัดที่ ๔ คุณภาพการดำเนินงาน',
  'แบบวัด EIT',
  '<p>ข้อความ</p>',
  '<br>',
  '&nbsp;',
  'ประจำปีงบประมาณ ๒๕๖๖',
  'พ.ศ. ๒๕๖๖ – ๒๕๗๐',
  '#N/A',
  '#REF!',
  '#DIV/0!',
  'ไตรมาส 3',
  'ผู้รับผิดชอบ',
];

const cellValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 2, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer({ min: -1e6, max: 1e9 }) },
  { weight: 1, arbitrary: fc.string() },
  {
    weight: 1,
    arbitrary: fc.string({ unit: fc.constantFrom(...'๐๑๒๓๔๕๖๗๘๙0123456789.,-–/ ()รวมปีบาทO'.split('')) }),
  },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.date({ min: new Date(-8e15), max: new Date(8e15) }) },
  { weight: 1, arbitrary: fc.constantFrom(new Date(NaN), null, undefined) },
);

const row = fc.array(cellValue, { maxLength: 12 });
const body = fc.array(row, { maxLength: 25 });
const HEADERS: unknown[][][] = [
  [],
  [HEADER_TOP, HEADER_YEARS],
  [MEASURE_HEADER],
  [PROGRESS_TOP, PROGRESS_STATUS],
  [['ลำดับ', 'ชื่อโครงการ', 'งบประมาณ', 'ระยะเวลา', 'ไตรมาส 1', 'ไตรมาส 2', 'ไตรมาส 3', 'ไตรมาส 4', 'ผู้รับผิดชอบ']],
];
const grid = fc
  .tuple(body, fc.nat({ max: HEADERS.length - 1 }), body)
  .map(([above, h, below]) => [...above.slice(0, 3), ...HEADERS[h], ...below] as unknown[][]);

function expectPlaced(findings: readonly PositionedFinding[]) {
  for (const f of findings) {
    expect(Number.isInteger(f.row) && f.row >= 0).toBe(true);
    expect(Number.isInteger(f.column) && f.column >= 0).toBe(true);
    expect(f.cell).toBe(a1Block(f.row, f.column, f.rows, f.columns));
    expect(f.cell.startsWith(a1(f.row, f.column))).toBe(true);
    expect(f.message.th).not.toBe('');
    expect(f.message.en).not.toBe('');
  }
}

describe('random grids', () => {
  it('the plan budget reader and checks never throw and place every finding', () => {
    fc.assert(
      fc.property(grid, (g) => {
        readPlanBudget(g, 's');
        expectPlaced(validatePlanBudget(g, 's').findings);
      }),
      { numRuns: 200 },
    );
  });

  it('the measures reader and checks never throw and place every finding', () => {
    fc.assert(
      fc.property(
        grid,
        fc.option(fc.integer({ min: 2400, max: 2700 }), { nil: undefined }),
        (g, fiscalYear) => {
          readMeasureTable(g, 's');
          expectPlaced(validateMeasureTable(g, 's', { fiscalYear, indicators: INDICATORS }).findings);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the detail reader, summary ↔ detail and detectSheetKind never throw', () => {
    fc.assert(
      fc.property(grid, grid, (a, b) => {
        detectSheetKind(a);
        expectPlaced(
          validateWorkbook(
            [
              { name: 'a', grid: a },
              { name: 'b', grid: b },
            ],
            { indicators: INDICATORS },
          ).findings,
        );
        const summary = readPlanBudget([HEADER_TOP, HEADER_YEARS, ...a], 's');
        const detail = readProjectDetail(b, 'd');
        if (summary.ok && detail.ok) expectPlaced(checkSummaryAgainstDetail(summary.value, detail.value));
      }),
      { numRuns: 150 },
    );
  });
});
