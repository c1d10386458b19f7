// Sheet kinds on the realistic fixtures and on score-table shapes from published ITA reports.
import { detectSheetKind } from '../../../src/core/validation/detectSheetKind';
import { cleanPlan } from '../budget/planFixture';
import { cleanMeasures, cleanProgress } from '../measures/fixtures';

const kindOf = (grid: unknown[][]) => detectSheetKind(grid).kind;

describe('detectSheetKind', () => {
  it('the five-year plan is a plan budget summary, and says which row and years', () => {
    const r = detectSheetKind(cleanPlan());
    expect(r).toMatchObject({ kind: 'plan-budget', headerRow: 2 });
    expect(r.why.en).toBe(
      'row 3 has a project column and fiscal-year columns 2566, 2567, 2568, 2569, 2570: a plan budget summary',
    );
  });

  it('a per-project detail with quarters, measures, and a progress report', () => {
    const detail = [
      ['ลำดับ', 'ชื่อโครงการ', 'งบประมาณ (บาท)', 'ไตรมาส 1', 'ไตรมาส 2', 'ไตรมาส 3', 'ไตรมาส 4', 'ผู้รับผิดชอบ'],
      [1, 'โครงการอบรม', 20000, '/', '', '', '', 'สำนักปลัด'],
    ];
    expect(kindOf(detail)).toBe('project-detail');
    expect(kindOf(cleanMeasures())).toBe('measures');
    expect(kindOf(cleanProgress())).toBe('progress');
  });

  it('a measures table with quarter columns for its timeline is measures, not a project detail (no budget)', () => {
    const grid = [
      ['มาตรการ', 'ผู้รับผิดชอบ', 'ไตรมาส 1', 'ไตรมาส 2', 'ไตรมาส 3', 'ไตรมาส 4'],
      ['เผยแพร่ข้อมูล', 'สำนักปลัด', '/', '/', '', ''],
    ];
    expect(kindOf(grid)).toBe('measures');
  });

  it('score tables: indicator scores, a ranking, tool weights — under a caption sentence', () => {
    const caption = ['ตารางผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี ๒๕๖๕ ได้คะแนน ๘๙.๖๗ คะแนน', '', ''];
    expect(kindOf([caption, ['ตัวชี้วัด', 'คะแนน'], ['การปฏิบัติหน้าที่', 90.12]])).toBe('score-indicators');
    expect(kindOf([caption, ['อันดับ', 'ตัวชี้วัด', 'คะแนน'], [1, 'การใช้อำนาจ', 93.75]])).toBe('score-ranking');
    expect(
      kindOf([
        ['แบบ', 'น้ำหนัก', 'ตัวชี้วัด', 'คะแนน'],
        ['IIT', 30, '1', 90.12],
      ]),
    ).toBe('score-weights');
  });

  it('anything else is none, with the reason', () => {
    const r = detectSheetKind([
      ['ชื่อ', 'ที่อยู่'],
      ['นายก', 'หมู่ 1'],
    ]);
    expect(r.kind).toBe('none');
    expect(r.why.th).toContain('ไม่พบหัวตารางที่รู้จัก');
    expect(detectSheetKind([]).kind).toBe('none');
  });
});
