// A five-year plan budget summary (2566–2570) shaped like the ones อบต. publish: title and agency
// above a two-row header with "ปีงบประมาณ (บาท)" over the years, four มิติ written once per block
// (merged cells arrive blank below), ภารกิจ likewise, 42 numbered projects in Thai digits, amounts
// as text in several forms, a wrapped name, an HTML fragment, the header repeated after a page
// break, a blank separator, floating-point noise from a formula. Every figure is worked by hand:
//
//   มิติ 1: projects 1–12 at 20,000 a year, project 3 "ไม่ใช้งบประมาณ" → 11 × 20,000 = 220,000
//   มิติ 2: projects 13–23 at 15,000 (numbers), project 20 "-"       → 10 × 15,000 = 150,000
//   มิติ 3: projects 24–33 at "10,000.00" (one is 10000.000000000002) → 10 × 10,000 = 100,000
//   มิติ 4: projects 34–42 at "จำนวน ๕,๐๐๐ บาท", 36 and 39 "๐"        →  7 ×  5,000 =  35,000
//   รวมทั้งสิ้น: 220,000 + 150,000 + 100,000 + 35,000 = 505,000 a year, 12 + 11 + 10 + 9 = 42 projects

export type Row = unknown[];

const THAI = '๐๑๒๓๔๕๖๗๘๙';
/** Arabic digits to Thai, written here so the fixture does not lean on the code under test. */
export const th = (text: string | number) => String(text).replace(/[0-9]/g, (d) => THAI[Number(d)]);

const YEARS = 5;
const repeat = (v: unknown): unknown[] => Array.from({ length: YEARS }, () => v);

export const HEADER_TOP: Row = [
  'มิติ',
  'ภารกิจตามมิติ',
  'โครงการ/กิจกรรม/มาตรการ',
  'ปีงบประมาณ (บาท)',
  '',
  '',
  '',
  '',
  'หมายเหตุ',
];
export const HEADER_YEARS: Row = ['', '', '', 'ปี ๒๕๖๖', 'ปี ๒๕๖๗', 'ปี ๒๕๖๘', 'ปี ๒๕๖๙', 'ปี ๒๕๗๐', ''];

const NAMES = [
  'โครงการอบรมคุณธรรมจริยธรรมแก่ผู้บริหารและพนักงาน',
  'โครงการส่งเสริมการปฏิบัติงานตามประมวลจริยธรรม',
  'กิจกรรมให้ความรู้เรื่องผลประโยชน์ทับซ้อน',
  'โครงการเสริมสร้างค่านิยมต่อต้านการทุจริต',
  'กิจกรรมเผยแพร่ข้อมูลข่าวสารด้านการป้องกันการทุจริต',
  'โครงการโรงเรียนสุจริต',
];
const nameOf = (n: number) => NAMES[n % NAMES.length];

function projectRow(n: number, amount: unknown, dimension = '', mission = '', note = ''): Row {
  return [dimension, mission, `${th(n)}) ${nameOf(n)}`, ...repeat(amount), note];
}

/** The clean plan: 0-based rows are given in the comments the tests rely on. */
export function cleanPlan(): Row[] {
  const rows: Row[] = [
    ['แผนปฏิบัติการป้องกันการทุจริต ๕ ปี (พ.ศ. ๒๕๖๖ – ๒๕๗๐)', '', '', '', '', '', '', '', ''],
    ['องค์การบริหารส่วนตำบลหนองบัว อำเภอเมือง จังหวัดขอนแก่น', '', '', '', '', '', '', '', ''],
    [...HEADER_TOP],
    [...HEADER_YEARS],
  ];
  // มิติ 1: rows 4–16 (project 5's name wraps onto row 9), subtotal row 17.
  for (let n = 1; n <= 12; n++) {
    const dimension = n === 1 ? 'มิติที่ ๑ การสร้างสังคมที่ไม่ทนต่อการทุจริต' : '';
    const mission =
      n === 1 ? '๑.๑ การสร้างจิตสำนึกและความตระหนักแก่บุคลากร' : n === 7 ? '๑.๒ การสร้างจิตสำนึกแก่ประชาชน' : '';
    const amount = n === 3 ? 'ไม่ใช้งบประมาณ' : '๒๐,๐๐๐';
    const row = projectRow(n, amount, dimension, mission, n === 4 ? 'ดำเนินการร่วมกับ รพ.สต.' : '');
    if (n === 2) row[2] = '<p>๒) โครงการ<u>ส่งเสริม</u>การปฏิบัติงาน<br>ตามประมวลจริยธรรม</p>';
    rows.push(row);
    if (n === 5) rows.push(['', '', 'ประจำปีงบประมาณ', '', '', '', '', '', '']);
  }
  rows.push(['รวม', '', 'จำนวน ๑๒ โครงการ', ...repeat('๒๒๐,๐๐๐'), '']);
  // มิติ 2: rows 18–28, subtotal row 29 (its count sits in the ภารกิจ column).
  for (let n = 13; n <= 23; n++) {
    const dimension = n === 13 ? 'มิติที่ ๒ การบริหารราชการเพื่อป้องกันการทุจริต' : '';
    const mission = n === 13 ? '๒.๑ แสดงเจตจำนงทางการเมืองในการต่อต้านการทุจริต' : '';
    rows.push(projectRow(n, n === 20 ? '-' : 15000, dimension, mission));
  }
  rows.push(['รวม', 'จำนวน ๑๑ โครงการ', '', ...repeat('150,000.00'), '']);
  // Page break: both header rows again (rows 30–31), then มิติ 3 rows 32–41, subtotal row 42.
  rows.push([...HEADER_TOP], [...HEADER_YEARS]);
  for (let n = 24; n <= 33; n++) {
    const dimension = n === 24 ? 'มิติที่ ๓ การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน' : '';
    const mission = n === 24 ? '๓.๑ จัดให้มีและเผยแพร่ข้อมูลข่าวสาร' : '';
    const row = projectRow(n, '10,000.00', dimension, mission);
    if (n === 25) row[3] = 10000.000000000002;
    rows.push(row);
  }
  rows.push(['รวม', '', 'จำนวน 10 โครงการ', 100000.00000000001, ...repeat('100,000').slice(1), '']);
  // Blank separator row 43, มิติ 4 rows 44–52, subtotal row 53, grand total row 54.
  rows.push(['', '', '', '', '', '', '', '', '']);
  for (let n = 34; n <= 42; n++) {
    const dimension = n === 34 ? 'มิติที่ ๔ การเสริมสร้างและปรับปรุงกลไกในการตรวจสอบการปฏิบัติราชการ' : '';
    const mission = n === 34 ? '๔.๑ มีการจัดวางระบบและรายงานการควบคุมภายใน' : '';
    rows.push(projectRow(n, n === 36 || n === 39 ? '๐' : 'จำนวน ๕,๐๐๐ บาท', dimension, mission));
  }
  rows.push(['รวม', '', 'จำนวน ๙ โครงการ', ...repeat('๓๕,๐๐๐'), '']);
  rows.push(['รวมทั้งสิ้น', '', 'จำนวน ๔๒ โครงการ', ...repeat('๕๐๕,๐๐๐'), '']);
  return rows;
}

/** The 0-based row of project n in the clean plan (see the comments above). */
export function rowOfProject(n: number): number {
  if (n <= 5) return 3 + n;
  if (n <= 12) return 4 + n;
  if (n <= 23) return 5 + n;
  if (n <= 33) return 8 + n;
  return 10 + n;
}
