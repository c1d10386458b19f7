// Measures tables and progress reports shaped like the ones agencies publish for O42 and O43.
// The figures the tests expect are written in the tests, worked by hand from these rows.

export type Row = unknown[];

const THAI = '๐๑๒๓๔๕๖๗๘๙';
export const th = (text: string | number) => String(text).replace(/[0-9]/g, (d) => THAI[Number(d)]);

export const MEASURE_HEADER: Row = [
  'ข้อ',
  'มาตรการ/แนวทาง',
  'วิธีการดำเนินการ',
  'ผู้รับผิดชอบ',
  'ระยะเวลาดำเนินการ',
  'การติดตามผล',
];

/** 15 Jan 2566 typed into a date cell: Sheets stores the year 2566 CE (midnight in Bangkok). */
export const BE_TYPED_DATE = new Date(Date.UTC(2566, 0, 14, 17));

const PERIODS: unknown[] = [
  '๑ ต.ค. ๒๕๖๕ - ๓๐ ก.ย. ๒๕๖๖',
  'ต.ค.65-มี.ค.66',
  'ม.ค.-มี.ค.2566',
  '<p>ตลอดปีงบประมาณ</p>',
  'ไตรมาส 1-2',
  BE_TYPED_DATE,
  'เม.ย. - มิ.ย. ๒๕๖๖',
];
const UNITS = ['สำนักปลัด', 'กองคลัง', 'กองช่าง', 'กองการศึกษาฯ'];

/**
 * An O42 measures table for fiscal year 2566, keyed O1–O43, with the header repeated before every
 * measure (copied page by page): header at row 2, O1 at row 3, then header at 2k and Ok at 2k + 1.
 * All 43 periods lie in fiscal year 2566 (1 ต.ค. 2565 – 30 ก.ย. 2566).
 */
export function cleanMeasures(
  title = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖',
): Row[] {
  const rows: Row[] = [
    [title, '', '', '', '', ''],
    ['องค์การบริหารส่วนตำบลหนองบัว', '', '', '', '', ''],
  ];
  for (let k = 1; k <= 43; k++) {
    rows.push([...MEASURE_HEADER]);
    rows.push([
      `O${k}`,
      k % 5 === 0 ? `<p>เผยแพร่ข้อมูลตามข้อ O${k}<br>บนเว็บไซต์</p>` : `เผยแพร่ข้อมูลตามข้อ O${k} บนเว็บไซต์ของหน่วยงาน`,
      'จัดทำข้อมูลและนำขึ้นเว็บไซต์',
      UNITS[k % UNITS.length],
      PERIODS[k % PERIODS.length],
      'รายงานผลทุก ๖ เดือน',
    ]);
  }
  return rows;
}

/** The 0-based row of item Ok in cleanMeasures (before any rows are taken out). */
export const rowOfItem = (k: number) => 2 * k + 1;

export const PROGRESS_TOP: Row = [
  'ลำดับ',
  'มาตรการ/กิจกรรม',
  'ผู้รับผิดชอบ',
  'ระยะเวลา',
  'การดำเนินการ',
  '',
  'ผลการดำเนินการ',
];
export const PROGRESS_STATUS: Row = ['', '', '', '', 'ดำเนินการแล้ว', 'ยังไม่ได้ดำเนินการ', ''];

/**
 * An O43 progress report, fiscal year 2566, twelve months: a caption, a two-row header with
 * "การดำเนินการ" over the two status columns, ten measures (rows 3–12) marked in the ways staff mark
 * them. Eight are done, two are not (rows 9 and 12).
 */
export function cleanProgress(): Row[] {
  return [
    [
      'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ (รอบ ๑๒ เดือน)',
      '',
      '',
      '',
      '',
      '',
      '',
    ],
    [...PROGRESS_TOP],
    [...PROGRESS_STATUS],
    ['๑', 'ประกาศเจตจำนงสุจริตของผู้บริหาร', 'สำนักปลัด', 'ต.ค. ๖๕', '/', '', 'ประกาศเมื่อวันที่ ๓ ตุลาคม ๒๕๖๕'],
    ['๒', 'อบรมคุณธรรมจริยธรรม', 'สำนักปลัด', 'มี.ค. ๖๖', '✓', '', 'จัดอบรมเมื่อวันที่ ๔-๕ มีนาคม ๒๕๖๖ ผู้เข้าร่วม ๔๕ คน'],
    ['๓', 'เผยแพร่ข้อมูลการจัดซื้อจัดจ้างรายเดือน', 'กองคลัง', 'ตลอดปีงบประมาณ', '☑', '', 'ดำเนินการแล้วเสร็จทุกเดือน'],
    [
      '๔',
      '<p>ประชาสัมพันธ์ช่องทางร้องเรียนการทุจริต</p>',
      'สำนักปลัด',
      'ไตรมาส 1-4',
      true,
      false,
      '<p>ดำเนินการแล้ว</p>',
    ],
    ['๕', 'ตรวจสอบการใช้รถราชการ', 'กองช่าง', 'ม.ค.-มิ.ย. ๒๕๖๖', 'X', '', 'ตรวจสอบรายไตรมาส'],
    ['๖', 'ประเมินความพึงพอใจผู้รับบริการ', 'สำนักปลัด', 'ก.ค.-ส.ค. ๒๕๖๖', '/', '-', 'สำรวจเมื่อ ส.ค. ๒๕๖๖'],
    ['๗', 'จัดทำคู่มือการปฏิบัติงาน', 'กองคลัง', 'ไตรมาส 4', '', '/', 'อยู่ระหว่างการดำเนินการ จะแล้วเสร็จในปีถัดไป'],
    ['๘', 'เปิดเผยข้อมูลงบประมาณ', 'กองคลัง', 'ตลอดปีงบประมาณ', '/', '', 'เผยแพร่แล้วบนเว็บไซต์'],
    ['๙', 'สร้างเครือข่ายต้านทุจริต', 'สำนักปลัด', 'เม.ย. ๖๖', '/', '', 'ร่วมกิจกรรมกับอำเภอ'],
    ['๑๐', 'ปรับปรุงระบบร้องเรียนออนไลน์', 'สำนักปลัด', 'ก.ย. ๒๕๖๖', '', '✓', 'ยังไม่ได้ดำเนินการ เนื่องจากรองบประมาณ'],
  ];
}

/** The ten indicators of 2564–2565 (DOMAIN.md §1), as a caller would pass them from the framework. */
export const INDICATORS = [
  { number: 1, name: 'การปฏิบัติหน้าที่', tool: 'IIT' },
  { number: 2, name: 'การใช้งบประมาณ', tool: 'IIT' },
  { number: 3, name: 'การใช้อำนาจ', tool: 'IIT' },
  { number: 4, name: 'การใช้ทรัพย์สินของราชการ', tool: 'IIT' },
  { number: 5, name: 'การแก้ไขปัญหาการทุจริต', tool: 'IIT' },
  { number: 6, name: 'คุณภาพการดำเนินงาน', tool: 'EIT' },
  { number: 7, name: 'ประสิทธิภาพการสื่อสาร', tool: 'EIT' },
  { number: 8, name: 'การปรับปรุงการทำงาน', tool: 'EIT' },
  { number: 9, name: 'การเปิดเผยข้อมูล', tool: 'OIT' },
  { number: 10, name: 'การป้องกันการทุจริต', tool: 'OIT' },
];
