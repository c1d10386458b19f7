// Summary ↔ detail on the five-year plan (planFixture.ts) and a per-project detail sheet for fiscal
// year 2566 that lists the same 42 projects with the summary's 2566 amounts (worked in
// planFixture.ts: 20,000 / 15,000 / 10,000 / 5,000 per มิติ, the "no budget" ones 0).
import { readPlanBudget } from '../../../src/core/budget/readPlanBudget';
import { readProjectDetail } from '../../../src/core/budget/readProjectDetail';
import {
  checkSummaryAgainstDetail,
  nameSimilarity,
  normaliseProjectName,
} from '../../../src/core/budget/matchDetail';
import { cleanPlan, rowOfProject, type Row } from './planFixture';

const NAMES = [
  'โครงการอบรมคุณธรรมจริยธรรมแก่ผู้บริหารและพนักงาน',
  'โครงการส่งเสริมการปฏิบัติงานตามประมวลจริยธรรม',
  'กิจกรรมให้ความรู้เรื่องผลประโยชน์ทับซ้อน',
  'โครงการเสริมสร้างค่านิยมต่อต้านการทุจริต',
  'กิจกรรมเผยแพร่ข้อมูลข่าวสารด้านการป้องกันการทุจริต',
  'โครงการโรงเรียนสุจริต',
];

/** The summary's names, its wrapped name (5) and its HTML one (2) as the detail types them. */
function nameIn2566(n: number): string {
  if (n === 2) return 'โครงการส่งเสริมการปฏิบัติงานตามประมวลจริยธรรม';
  if (n === 5) return 'โครงการโรงเรียนสุจริต ประจำปีงบประมาณ';
  return NAMES[n % NAMES.length];
}

function budget2566(n: number): unknown {
  if (n === 3) return 'ไม่ใช้งบประมาณ';
  if (n === 20) return '-';
  if (n === 36 || n === 39) return 0;
  return n <= 12 ? 20000 : n <= 23 ? 15000 : n <= 33 ? '10,000.00' : '๕,๐๐๐';
}

/** Detail rows: title row 0, header row 1, project n at row n + 1. */
function cleanDetail(): Row[] {
  const rows: Row[] = [
    ['รายละเอียดโครงการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๖', '', '', '', '', '', '', '', ''],
    [
      'ลำดับ',
      'ชื่อโครงการ',
      'งบประมาณ (บาท)',
      'ระยะเวลา',
      'ไตรมาส 1',
      'ไตรมาส 2',
      'ไตรมาส 3',
      'ไตรมาส 4',
      'ผู้รับผิดชอบ',
    ],
  ];
  for (let n = 1; n <= 42; n++) {
    const whole = n % 2 === 1;
    rows.push([
      n,
      nameIn2566(n),
      budget2566(n),
      whole ? 'ตลอดปีงบประมาณ' : 'ม.ค.-มี.ค. ๒๕๖๖',
      whole ? '/' : '',
      '/',
      whole ? '/' : '',
      whole ? '/' : '',
      'สำนักปลัด',
    ]);
  }
  return rows;
}

function check(plan: Row[], detail: Row[]) {
  const s = readPlanBudget(plan, 'แผน');
  const d = readProjectDetail(detail, 'รายละเอียด');
  if (!s.ok || !d.ok) throw new Error('fixture unread');
  const findings = checkSummaryAgainstDetail(s.value, d.value);
  return { findings, brief: findings.map((f) => `${f.sheet} ${f.code} ${f.cell}`).sort(), detail: d.value };
}

describe('plan summary against the per-project detail', () => {
  it('the detail reads 42 projects, the year 2566 from its title, and agrees with the summary', () => {
    const { brief, detail } = check(cleanPlan(), cleanDetail());
    expect(detail.fiscalYear).toBe(2566);
    expect(detail.projects).toHaveLength(42);
    expect(detail.projects[0].quarters).toEqual([1, 2, 3, 4]);
    expect(brief).toEqual([]);
  });

  it('a budget that differs, a project missing on each side, a name spelled differently, quarters that contradict', () => {
    const detail = cleanDetail();
    detail[4 + 1][2] = '25,000'; // project 4: 25,000 against the summary's 20,000
    detail[10 + 1][1] = 'กิจกรรมเผยแพร่ข้อมูลข่าวสาร ด้านการป้องกันทุจริต'; // project 10 without "การ"
    detail[1 + 1][6] = ''; // project 1: "ตลอดปีงบประมาณ" but quarter 3 unmarked
    detail.splice(9 + 1, 1); // project 9 is not in the detail
    detail.push(['43', 'โครงการปลูกป่าชุมชนเฉลิมพระเกียรติ', 30000, 'ไตรมาส 3', '', '', '/', '', 'กองช่าง']);
    const { findings, brief } = check(cleanPlan(), detail);
    expect(brief).toEqual(
      [
        'รายละเอียด budget.detail-budget-differs C6',
        'รายละเอียด budget.detail-name-differs B11', // row 12 moved up by the cut of project 9
        'รายละเอียด budget.detail-quarters-contradict D3',
        'แผน budget.detail-missing C' + (rowOfProject(9) + 1),
        'รายละเอียด budget.summary-missing B44',
      ].sort(),
    );
    expect(findings.find((f) => f.code === 'budget.detail-budget-differs')).toMatchObject({
      stated: '25,000.00',
      computed: '20,000.00',
    });
    expect(findings.find((f) => f.code === 'budget.detail-quarters-contradict')).toMatchObject({
      stated: '1, 2, 4',
      computed: '1, 2, 3, 4',
    });
  });
});

describe('project names', () => {
  it('normalise away numbering, spaces, punctuation and a leading "โครงการ"', () => {
    expect(normaliseProjectName('๓) โครงการ อบรม คุณธรรม (ประจำปี)')).toBe('อบรมคุณธรรมประจำปี');
    expect(normaliseProjectName('กิจกรรม"ให้ความรู้"')).toBe('ให้ความรู้');
  });

  it('similarity: the same is 1, nothing shared is 0, one dropped syllable stays close', () => {
    expect(nameSimilarity('abcd', 'abcd')).toBe(1);
    expect(nameSimilarity('abcd', 'wxyz')).toBe(0);
    // "abcdef" vs "abdef": pairs ab bc cd de ef vs ab bd de ef share ab de ef → 2×3 / (5 + 4) = 0.667
    expect(nameSimilarity('abcdef', 'abdef')).toBeCloseTo(6 / 9, 10);
  });
});
