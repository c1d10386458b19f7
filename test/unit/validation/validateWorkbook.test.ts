// A whole workbook: each tab recognised and checked by what it holds, the summary compared with the
// detail, a score table recognised without findings, a notes tab skipped with the reason.
import { validateWorkbook } from '../../../src/core/validation/validateWorkbook';
import { cleanPlan } from '../budget/planFixture';
import { cleanMeasures, cleanProgress } from '../measures/fixtures';

const detail = () => [
  ['รายละเอียดโครงการ ประจำปีงบประมาณ ๒๕๖๖', '', '', '', '', '', '', ''],
  ['ลำดับ', 'ชื่อโครงการ', 'งบประมาณ (บาท)', 'ไตรมาส 1', 'ไตรมาส 2', 'ไตรมาส 3', 'ไตรมาส 4', 'ผู้รับผิดชอบ'],
  // Project 1 of the plan is 20,000 in 2566; the detail says 25,000.
  [1, 'โครงการอบรมคุณธรรมจริยธรรมแก่ผู้บริหารและพนักงาน', 25000, '/', '/', '/', '/', 'สำนักปลัด'],
];

describe('validateWorkbook', () => {
  const plan = cleanPlan();
  plan[29][5] = '165,000.00'; // the wrong subtotal of planBudget.test.ts: F30
  const progress = cleanProgress();
  progress[7][4] = ''; // measure ๕ unmarked: E8:F8
  const { sheets, findings } = validateWorkbook([
    { name: 'แผน', grid: plan },
    { name: 'รายละเอียด', grid: detail() },
    { name: 'มาตรการ', grid: cleanMeasures() },
    { name: 'รายงานผล', grid: progress },
    {
      name: 'คะแนน',
      grid: [
        ['ตัวชี้วัด', 'คะแนน'],
        ['การปฏิบัติหน้าที่', 90.12],
      ],
    },
    { name: 'บันทึก', grid: [['ประชุมวันที่ 3'], ['ผู้เข้าร่วม 12 คน']] },
  ]);

  it('says what each tab is', () => {
    expect(sheets.map((s) => [s.name, s.kind])).toEqual([
      ['แผน', 'plan-budget'],
      ['รายละเอียด', 'project-detail'],
      ['มาตรการ', 'measures'],
      ['รายงานผล', 'progress'],
      ['คะแนน', 'score-indicators'],
      ['บันทึก', 'none'],
    ]);
    expect(sheets[3].counts).toMatchObject({ done: 7, notDone: 2, unmarked: 1 });
    expect(sheets[2].year).toMatchObject({ year: 2566, source: 'title' });
  });

  it('finds each planted error on its own tab, and nothing on the score tab', () => {
    expect(
      findings.filter((f) => f.severity !== 'info').map((f) => `${f.sheet} ${f.code} ${f.cell}`),
    ).toEqual([
      'แผน budget.subtotal-mismatch F30',
      'รายงานผล progress.status-none E8:F8',
      // Every other summary project is missing from this one-project detail.
      ...Array.from({ length: 41 }, () => expect.stringMatching(/^แผน budget\.detail-missing C\d+$/)),
      'รายละเอียด budget.detail-budget-differs C3',
    ]);
    expect(findings.filter((f) => f.sheet === 'คะแนน')).toEqual([]);
    expect(
      findings.filter((f) => f.sheet === 'บันทึก').map((f) => `${f.code} ${f.cell} ${f.severity}`),
    ).toEqual(['validate.sheet-skipped A1 info']);
  });
});
