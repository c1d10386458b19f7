// A projects workbook for the per-record set tests: a per-project detail table "โครงการ" (the ten
// headings of the project form, a budget for fiscal year 2566 and a summary row), and the plan's
// budget summary "แผนงบประมาณ" that disagrees with it on one project. Every figure is worked here:
//
//   project n (1 … count) is named "โครงการพัฒนาหมู่บ้านที่ n", budget n × 10,000 + 500.25 baht
//   (project 3: 30,500.25 → "สามหมื่นห้าร้อยบาทยี่สิบห้าสตางค์"), its row is n + 2 (title, header)
//   the summary row "รวม" carries the total (never a record)
//   the plan gives every project its detail budget for 2566, except project 7: 99,999 (detail 70,500.25)
import ExcelJS from 'exceljs';

export const PROJECT_TAB = 'โครงการ';
export const PLAN_TAB = 'แผนงบประมาณ';
export const HEADER = [
  'ที่',
  'ชื่อโครงการ',
  'หลักการและเหตุผล',
  'วัตถุประสงค์',
  'เป้าหมาย',
  'พื้นที่ดำเนินการ',
  'วิธีดำเนินการ',
  'ระยะเวลาดำเนินการ',
  'งบประมาณ (บาท)',
  'ผู้รับผิดชอบโครงการ',
  'ผลผลิต/ผลลัพธ์',
];

export const projectName = (n: number) => `โครงการพัฒนาหมู่บ้านที่ ${n}`;
/** The tab of project n: its ลำดับ (column ที่) first, as a set names it. */
export const tabOf = (n: number) => `${n} ${projectName(n)}`;
export const budgetOf = (n: number) => n * 10000 + 500.25;

/** Rationale long enough to wrap over several lines of the sheet (and of the PDF page). */
export const rationaleOf = (n: number) =>
  `ด้วยหมู่บ้านที่ ${n} ยังขาดการมีส่วนร่วมของประชาชนในการป้องกันการทุจริต องค์การบริหารส่วนตำบลจึงจัดทำโครงการนี้เพื่อส่งเสริมความโปร่งใส การเปิดเผยข้อมูลข่าวสาร และการตรวจสอบการใช้งบประมาณโดยภาคประชาชน ให้เป็นไปตามแผนปฏิบัติการป้องกันการทุจริตของหน่วยงาน`;

export function projectRow(n: number): unknown[] {
  return [
    n,
    projectName(n),
    rationaleOf(n),
    `เพื่อส่งเสริมคุณธรรมในหมู่บ้านที่ ${n}`,
    `ประชาชนหมู่ที่ ${n} จำนวน ${n * 10} คน`,
    `หมู่ที่ ${n} ตำบลหนองบัว`,
    '1. ประชุมชี้แจง\n2. จัดอบรม\n3. ติดตามประเมินผล',
    'ตุลาคม 2565 – กันยายน 2566',
    budgetOf(n),
    'สำนักปลัด',
    `ประชาชนร้อยละ ${80 + (n % 10)} มีความรู้เรื่องการป้องกันการทุจริต`,
  ];
}

/** The detail tab with `count` projects, and the plan tab (one disagreement) when `plan`. */
export function projectBook(count: number, { plan = true } = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(PROJECT_TAB);
  ws.addRow(['รายละเอียดโครงการ ประจำปีงบประมาณ 2566']);
  ws.addRow(HEADER);
  let total = 0;
  for (let n = 1; n <= count; n++) {
    ws.addRow(projectRow(n));
    total += budgetOf(n);
  }
  ws.addRow(['', 'รวม', '', '', '', '', '', '', total, '', '']);
  if (plan) {
    const p = wb.addWorksheet(PLAN_TAB);
    p.addRow(['แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. 2566 – 2567)']);
    p.addRow(['ที่', 'โครงการ', 'ปี 2566', 'ปี 2567']);
    for (let n = 1; n <= count; n++) p.addRow([n, projectName(n), n === 7 ? 99999 : budgetOf(n), 0]);
  }
  return wb;
}
