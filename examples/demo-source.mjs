// The readable source of examples/demo.xlsx (`npm run examples` writes the workbook from it).
// Figures are illustrative, shaped like the tables Thai local agencies keep (see shared DOMAIN.md).
// A cell is a value, or { f: 'FORMULA' } for a formula, or { v, fmt } for a value with a number format.

const INDICATORS = [
  'การปฏิบัติหน้าที่',
  'การใช้งบประมาณ',
  'การใช้อำนาจ',
  'การใช้ทรัพย์สินของราชการ',
  'การแก้ไขปัญหาการทุจริต',
  'คุณภาพการดำเนินงาน',
  'ประสิทธิภาพการสื่อสาร',
  'การปรับปรุงการทำงาน',
  'การเปิดเผยข้อมูล',
  'การป้องกันการทุจริต',
];

// Three years of one agency, then neighbours for comparison (10 indicator scores each).
const AGENCIES = [
  ['2563', 'อบต.หนองบัว', [88.21, 84.1, 90.05, 86.4, 80.33, 83.5, 78.25, 80.1, 75.0, 62.5]],
  ['2564', 'อบต.หนองบัว', [90.12, 88.4, 93.75, 86.02, 91.1, 85.33, 79.5, 82.25, 90.0, 100.0]],
  ['2565', 'อบต.หนองบัว', [92.48, 90.15, 95.2, 89.6, 93.05, 88.74, 84.1, 86.55, 96.5, 100.0]],
  ['2565', 'เทศบาลตำบลบ้านใหม่', [80.14, 80.14, 80.14, 80.14, 80.14, 90.0, 90.0, 85.33, 95.0, 95.0]],
  ['2565', 'อบต.ท่าช้าง', [70.5, 65.25, 72.8, 68.4, 60.1, 74.35, 66.6, 70.0, 55.0, 37.5]],
];

function scoreSheet() {
  const header = [
    'ปีงบประมาณ',
    'หน่วยงาน',
    ...INDICATORS.map((name, i) => `${i + 1} ${name}`),
    'คะแนนรวม (ที่ประกาศ)',
    'ระดับ',
  ];
  const rows = AGENCIES.map(([year, agency, scores], i) => {
    const r = i + 2;
    // The published total of each row, as agencies copy it from the NACC report.
    const published = [81.56, 89.67, 92.73, 88.58, 62.49][i];
    return [
      year,
      agency,
      ...scores.map((v) => ({ v, fmt: '0.00' })),
      { v: published, fmt: '0.00' },
      { f: `ITA_GRADE(M${r})` },
    ];
  });
  return {
    name: 'คะแนน ITA',
    widths: [90, 170, ...INDICATORS.map(() => 110), 130, 70],
    frozenRows: 1,
    rows: [header, ...rows],
    notes: [],
  };
}

function gradeSheet() {
  const scores = [100, 95, 94.995, 94.99, 85, 84.99, 75, 65, 55, 50, 49.99, 0];
  return {
    name: 'ระดับคะแนน',
    widths: [120, 100, 100],
    frozenRows: 1,
    rows: [
      ['คะแนน', 'ระดับ (ทีละเซลล์)', 'ระดับ (ทั้งช่วง)'],
      ...scores.map((v, i) => [
        { v, fmt: '0.000' },
        { f: `ITA_GRADE(A${i + 2})` },
        i === 0 ? { f: `ITA_GRADE(A2:A${scores.length + 1})` } : '',
      ]),
    ],
    notes: [],
  };
}

export const DEMO = {
  title: 'ITA Sheets demo',
  sheets: [scoreSheet(), gradeSheet()],
  /** What `npm run demo` does on this workbook: sheet to activate, then menu handlers to click. */
  actions: [],
};
