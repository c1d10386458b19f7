// The readable source of examples/demo.xlsx (`npm run examples` writes the workbook from it).
// Figures are illustrative, shaped like the tables Thai local agencies keep (see shared DOMAIN.md).
// A cell is a value, or { f: 'FORMULA' } for a formula, or { v, fmt } for a value with a number format.
// A cell that a formula spills into is left empty ({ v: null, fmt } only gives it a number format):
// a value there would block the spill.

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

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
/** A number or text with its digits written as Thai digits (2566 → "๒๕๖๖"). */
const thai = (value) => String(value).replace(/\d/g, (d) => THAI_DIGITS[Number(d)]);
/** Column letters of a 1-based column number (1 → A, 31 → AE). */
const col = (n) =>
  (n <= 26 ? '' : String.fromCharCode(64 + Math.floor((n - 1) / 26))) +
  String.fromCharCode(65 + ((n - 1) % 26));
/** An empty cell with a number format, for cells a formula spills into. */
const spillTarget = (fmt) => ({ v: null, fmt });

// ---------------------------------------------------------------------------------------------
// 1. คะแนน ITA: one row per agency and year, ten indicator scores in C–L, the published total in M.

// Three years of one agency, then neighbours for comparison (10 indicator scores each), with the
// total each published. The 2563 total is as printed in that year's report: ITA_CHECK shows that
// no true scores behind the indicators shown can give it (the digits look transposed: 77.43).
// The 2564 row is DOMAIN.md's worked example (89.6714 → 89.67). บ้านใหม่'s exact total is 88.575,
// which floating point would round down to 88.57.
const AGENCIES = [
  ['2563', 'อบต.หนองบัว', [88.21, 84.1, 90.05, 86.4, 80.33, 83.5, 78.25, 80.1, 75.0, 62.5], 77.34],
  ['2564', 'อบต.หนองบัว', [90.12, 88.4, 93.75, 86.02, 91.1, 85.33, 79.5, 82.25, 90.0, 100.0], 89.67],
  ['2565', 'อบต.หนองบัว', [92.48, 90.15, 95.2, 89.6, 93.05, 88.74, 84.1, 86.55, 96.5, 100.0], 92.87],
  ['2565', 'เทศบาลตำบลบ้านใหม่', [80.14, 80.14, 80.14, 80.14, 80.14, 90.0, 90.0, 85.33, 95.0, 95.0], 88.58],
  ['2565', 'อบต.ท่าช้าง', [70.5, 65.25, 72.8, 68.4, 60.1, 74.35, 66.6, 70.0, 55.0, 37.5], 59.82],
];

function scoreSheet() {
  const last = AGENCIES.length + 1;
  const header = [
    'ปีงบประมาณ',
    'หน่วยงาน',
    ...INDICATORS.map((name, i) => `${i + 1} ${name}`),
    'คะแนนรวม (ที่ประกาศ)',
    'ระดับ',
    'ผลการประเมิน',
    'คะแนนรวม (คำนวณใหม่)',
    'คะแนนที่ประกาศเป็นไปได้?',
    'ต่ำสุดที่เป็นไปได้',
    'สูงสุดที่เป็นไปได้',
    'IIT (30%)',
    'EIT (30%)',
    'OIT (40%)',
    'คะแนนรวม',
    'ระดับ',
    'ผ่านเกณฑ์ 85',
  ];
  const rows = AGENCIES.map(([year, agency, scores, published], i) => {
    const r = i + 2;
    const first = i === 0;
    return [
      year,
      agency,
      ...scores.map((v) => ({ v, fmt: '0.00' })),
      { v: published, fmt: '0.00' },
      { f: `ITA_GRADE(M${r})` },
      { f: `ITA_PASS(M${r})` },
      // The year column picks the framework of each row's assessment year.
      { f: `ITA_SCORE(C${r}:L${r},A${r})`, fmt: '0.00' },
      // One call each for the whole table: the results spill over the rows below and the columns right.
      first ? { f: `ITA_CHECK(C2:L${last},M2:M${last})` } : '',
      spillTarget('0.00'),
      spillTarget('0.00'),
      first ? { f: `ITA_BREAKDOWN(C2:L${last})`, fmt: '0.00' } : spillTarget('0.00'),
      spillTarget('0.00'),
      spillTarget('0.00'),
      spillTarget('0.00'),
      '',
      '',
    ];
  });
  return {
    name: 'คะแนน ITA',
    widths: [90, 170, ...INDICATORS.map(() => 110), 120, 60, 90, 120, 120, 100, 100, 80, 80, 80, 90, 60, 90],
    frozenRows: 1,
    rows: [header, ...rows],
    notes: [
      [
        'M2',
        'ตัวเลขตามรายงานผลปี ๒๕๖๓ — ITA_CHECK (คอลัมน์ Q) ชี้ว่าคะแนนรวมนี้มาจากคะแนนตัวชี้วัดที่แสดงไม่ได้ แม้คิดการปัดเศษแล้ว',
      ],
      ['Q1', '=ITA_CHECK(C2:L6, M2:M6): เป็นไปได้หรือไม่ | คะแนนรวมต่ำสุด | สูงสุดที่คะแนนตัวชี้วัดที่แสดงให้ได้'],
      ['T1', '=ITA_BREAKDOWN(C2:L6): IIT | EIT | OIT | คะแนนรวม | ระดับ | ผ่านเกณฑ์ ทุกแถวในสูตรเดียว'],
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// 2. ระดับคะแนน: grade bands at and around their edges (94.995 rounds to 95.00).

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

// ---------------------------------------------------------------------------------------------
// 3. แบบสอบถาม IIT: raw answers as a form export gives them (timestamp, then I1…I30).

/** A small deterministic pseudo-random generator (mulberry32), so the workbook is the same every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LEVELS = ['น้อยที่สุดหรือไม่มีเลย', 'น้อย', 'มาก', 'มากที่สุด'];
const RESPONDENTS = 12;
const QUESTIONS = 30;

function surveySheet() {
  const next = random(2565);
  const answer = () => {
    const x = next();
    return LEVELS[x < 0.02 ? 0 : x < 0.08 ? 1 : x < 0.4 ? 2 : 3];
  };
  // Staff answered in June 2022 (fiscal year 2565), minutes apart, in office hours (9:00–17:00).
  let minutes = 5;
  const rows = [];
  for (let i = 0; i < RESPONDENTS; i++) {
    minutes += 3 + Math.floor(next() * 40);
    const day = 13 + Math.floor(minutes / (8 * 60));
    const wall = new Date(Date.UTC(2022, 5, day, 9 + Math.floor((minutes % (8 * 60)) / 60), minutes % 60));
    rows.push([{ v: wall, fmt: 'd/m/yyyy h:mm' }, ...Array.from({ length: QUESTIONS }, answer)]);
  }
  const lastCol = col(QUESTIONS + 1);
  const table = col(QUESTIONS + 3); // one empty column between the answers and the summary
  const header = ['ประทับเวลา', ...Array.from({ length: QUESTIONS }, (_, q) => `I${q + 1}`), ''];
  header.push(`ผลคะแนน IIT จากคำตอบ: =ITA_SURVEY(A1:${lastCol}${RESPONDENTS + 1})`);
  const summary = (r) => (r === 0 ? { f: `ITA_SURVEY(A1:${lastCol}${RESPONDENTS + 1})` } : '');
  return {
    name: 'แบบสอบถาม IIT',
    widths: [130, ...Array.from({ length: QUESTIONS }, () => 80), 30, 90, 170, 90, 100, 100],
    frozenRows: 1,
    rows: [header, ...rows.map((row, r) => [...row, '', summary(r)])],
    notes: [
      [
        `${table}1`,
        'ITA_SURVEY อ่านแถวหัวเป็นรหัสข้อ (I1…I30) ข้ามคอลัมน์เวลา และแปลงระดับคำตอบเป็น 0 / 33.33 / 66.67 / 100',
      ],
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// 4. OIT: the 2565 checklist, with section rows between the items as agencies lay it out.

const OIT_SECTIONS = [
  [
    '9.1',
    'ข้อมูลพื้นฐาน',
    [
      'โครงสร้าง',
      'ข้อมูลผู้บริหาร',
      'อำนาจหน้าที่',
      'แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน',
      'ข้อมูลการติดต่อ',
      'กฎหมายที่เกี่ยวข้อง',
      'ข่าวประชาสัมพันธ์',
      'Q&A',
      'Social Network',
    ],
  ],
  [
    '9.2',
    'การบริหารงาน',
    [
      'แผนดำเนินงานประจำปี',
      'รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือน',
      'รายงานผลการดำเนินงานประจำปี',
      'คู่มือหรือมาตรฐานการปฏิบัติงาน',
      'คู่มือหรือมาตรฐานการให้บริการ',
      'ข้อมูลเชิงสถิติการให้บริการ',
      'รายงานผลการสำรวจความพึงพอใจการให้บริการ',
      'E-Service',
    ],
  ],
  [
    '9.3',
    'การบริหารเงินงบประมาณ',
    [
      'แผนการใช้จ่ายงบประมาณประจำปี',
      'รายงานการกำกับติดตามการใช้จ่ายงบประมาณ รอบ 6 เดือน',
      'รายงานผลการใช้จ่ายงบประมาณประจำปี',
      'แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ',
      'ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง',
      'สรุปผลการจัดซื้อจัดจ้างรายเดือน',
      'รายงานผลการจัดซื้อจัดจ้างประจำปี',
    ],
  ],
  [
    '9.4',
    'การบริหารและพัฒนาทรัพยากรบุคคล',
    [
      'นโยบายการบริหารทรัพยากรบุคคล',
      'การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล',
      'หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล',
      'รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี',
    ],
  ],
  [
    '9.5',
    'การส่งเสริมความโปร่งใส',
    [
      'แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต',
      'ช่องทางแจ้งเรื่องร้องเรียนการทุจริต',
      'ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี',
      'ช่องทางการรับฟังความคิดเห็น',
      'การเปิดโอกาสให้เกิดการมีส่วนร่วม',
    ],
  ],
  [
    '10.1',
    'การดำเนินการเพื่อป้องกันการทุจริต',
    [
      'เจตจำนงสุจริตของผู้บริหาร',
      'การมีส่วนร่วมของผู้บริหาร',
      'การประเมินความเสี่ยงการทุจริตประจำปี',
      'การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต',
      'การเสริมสร้างวัฒนธรรมองค์กร',
      'แผนปฏิบัติการป้องกันการทุจริต',
      'รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต รอบ 6 เดือน',
      'รายงานผลการดำเนินการป้องกันการทุจริตประจำปี',
    ],
  ],
  [
    '10.2',
    'มาตรการภายในเพื่อป้องกันการทุจริต',
    [
      'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
      'การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
    ],
  ],
];
/** Items the agency had not published when it checked its website. */
const OIT_MISSING = new Set(['O11', 'O16', 'O31', 'O40']);

function oitSheet() {
  const rows = [];
  let n = 0;
  for (const [no, name, items] of OIT_SECTIONS) {
    rows.push([no, name, '']);
    for (const title of items) {
      const code = `O${++n}`;
      rows.push([code, title, OIT_MISSING.has(code) ? 'ไม่มี' : 'มี']);
    }
  }
  const range = `A2:C${rows.length + 1}`;
  const withSummary = rows.map((row, r) => [...row, '', r === 0 ? { f: `ITA_OIT(${range})` } : '']);
  return {
    name: 'OIT',
    widths: [60, 430, 90, 30, 90, 260, 80, 90],
    frozenRows: 1,
    rows: [['ข้อ', 'รายการ', 'การเผยแพร่', '', `ผลคะแนน OIT: =ITA_OIT(${range})`], ...withSummary],
    notes: [['E1', 'ITA_OIT อ่านรหัสข้อจากคอลัมน์แรก คำตอบจากคอลัมน์สุดท้าย และข้ามแถวหัวข้อย่อย (9.1, 9.2 …)']],
  };
}

// ---------------------------------------------------------------------------------------------
// 5. งบประมาณ: the five-year plan budget table, amounts typed as staff type them.

const YEARS = [2566, 2567, 2568, 2569, 2570];
const each = (amount) => YEARS.map(() => amount);
// มิติ | ภารกิจตามมิติ | โครงการ | five amounts | หมายเหตุ — มิติ and ภารกิจ only on the first row of their block.
const PROJECTS = [
  [
    'มิติที่ ๑ การสร้างสังคมที่ไม่ทนต่อการทุจริต',
    '๑.๑ การสร้างจิตสำนึกและความตระหนักแก่บุคลากรทั้งฝ่ายการเมืองและฝ่ายประจำ',
    'โครงการอบรมคุณธรรมจริยธรรมแก่ผู้บริหาร สมาชิกสภา และพนักงาน',
    each('๒๐,๐๐๐'),
    '',
  ],
  ['', '', 'มาตรการส่งเสริมการปฏิบัติงานตามประมวลจริยธรรม', each('ไม่ใช้งบประมาณ'), ''],
  [
    '',
    '๑.๒ การสร้างจิตสำนึกและความตระหนักแก่ประชาชนทุกภาคส่วน',
    'โครงการท้องถิ่นไทย รวมใจภักดิ์ รักษ์พื้นที่สีเขียว',
    each('10,000.00'),
    '',
  ],
  [
    '',
    '๑.๓ การสร้างจิตสำนึกและความตระหนักแก่เด็กและเยาวชน',
    'โครงการค่ายเยาวชนรู้ทันการทุจริต (โตไปไม่โกง)',
    [15000, '15,000', '-', '15,000', '-'],
    'ดำเนินการปีเว้นปี',
  ],
  [
    'มิติที่ ๒ การบริหารราชการเพื่อป้องกันการทุจริต',
    '๒.๑ แสดงเจตจำนงทางการเมืองในการต่อต้านการทุจริตของผู้บริหาร',
    'กิจกรรมประกาศเจตจำนงต่อต้านการทุจริตของผู้บริหาร',
    each('๐'),
    'ไม่ใช้งบประมาณ',
  ],
  [
    '',
    '๒.๒ มาตรการสร้างความโปร่งใสในการปฏิบัติราชการ',
    'โครงการเผยแพร่ข้อมูลข่าวสารด้านการจัดซื้อจัดจ้าง',
    each('๓,๕๐๐'),
    '',
  ],
  [
    'มิติที่ ๓ การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน',
    '๓.๑ จัดให้มีและเผยแพร่ข้อมูลข่าวสารในช่องทางที่อำนวยความสะดวกแก่ประชาชน',
    'โครงการปรับปรุงเว็บไซต์และศูนย์ข้อมูลข่าวสารของ อบต.',
    ['30,000.-', '-', '-', '20,000.00', '-'],
    'ปี ๒๕๖๙ ต่ออายุโดเมนและปรับปรุงระบบ',
  ],
  [
    '',
    '๓.๒ การส่งเสริมให้ประชาชนมีส่วนร่วมบริหารกิจการ',
    'โครงการจัดทำแผนพัฒนาท้องถิ่นแบบมีส่วนร่วม (ประชาคมหมู่บ้าน)',
    each('๒๕,๐๐๐'),
    '',
  ],
  [
    'มิติที่ ๔ การเสริมสร้างและปรับปรุงกลไกในการตรวจสอบการปฏิบัติราชการ',
    '๔.๑ มีการจัดวางระบบและรายงานการควบคุมภายใน',
    'กิจกรรมการจัดทำรายงานการควบคุมภายใน',
    each('-'),
    'ไม่ใช้งบประมาณ',
  ],
];

function budgetSheet() {
  const first = 2;
  const last = PROJECTS.length + 1; // row 10
  const total = last + 1;
  const money = '#,##0.00';
  // Helper columns K–O (amounts as numbers, one spill) and P (row total), after an empty column J.
  const helper = (r) => {
    const i = r - first;
    const numbers = i === 0 ? [{ f: `THAI_NUMBER(D${first}:H${last})`, fmt: money }] : [spillTarget(money)];
    for (let k = 1; k < YEARS.length; k++) numbers.push(spillTarget(money));
    return ['', ...numbers, { f: `SUM(K${r}:O${r})`, fmt: money }];
  };
  const rows = PROJECTS.map(([dimension, mission, project, amounts, note], i) => [
    dimension,
    mission,
    `${thai(i + 1)}) ${project}`,
    ...amounts,
    note,
    ...helper(first + i),
  ]);
  rows.push([
    'รวมทั้งสิ้น',
    '',
    { f: `"จำนวน "&THAI_DIGITS(COUNTA(C${first}:C${last}))&" โครงการ"` },
    // The yearly totals in Thai digits, as the printed plan shows them (spills over D–H).
    { f: `THAI_DIGITS(K${total}:O${total},2)` },
    '',
    '',
    '',
    '',
    '',
    '',
    ...['K', 'L', 'M', 'N', 'O'].map((c) => ({ f: `SUM(${c}${first}:${c}${last})`, fmt: money })),
    { f: `SUM(P${first}:P${last})`, fmt: money },
  ]);
  rows.push(['ตัวอักษร', '', { f: `"("&BAHTTEXT(P${total})&")"` }]);
  return {
    name: 'งบประมาณ',
    widths: [200, 260, 330, 110, 110, 110, 110, 110, 170, 30, 110, 110, 110, 110, 110, 120],
    frozenRows: 1,
    rows: [
      [
        'มิติ',
        'ภารกิจตามมิติ',
        'โครงการ/กิจกรรม/มาตรการ',
        ...YEARS.map((y) => `ปี ${thai(y)}`),
        'หมายเหตุ',
        '',
        ...YEARS.map((y) => `ปี ${thai(y)} (บาท) =THAI_NUMBER`),
        'รวม ๕ ปี (บาท)',
      ],
      ...rows,
    ],
    notes: [
      [
        'K1',
        `=THAI_NUMBER(D${first}:H${last}) อ่านจำนวนเงินที่พิมพ์เป็นข้อความ ("๒๐,๐๐๐", "30,000.-", "-", "ไม่ใช้งบประมาณ") เป็นตัวเลข`,
      ],
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// 6. มาตรการ: O42 measures of fiscal year 2566, with their periods written the many ways staff write them.

const MEASURES = [
  [
    'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ',
    'ปรับปรุงข้อมูลบนเว็บไซต์ของ อบต. ให้เป็นปัจจุบันตามรายการ OIT ทุกเดือน',
    'สำนักปลัด',
    '๑ ต.ค. ๒๕๖๕ - ๓๐ ก.ย. ๒๕๖๖',
  ],
  [
    'มาตรการส่งเสริมการใช้ดุลพินิจอย่างโปร่งใส',
    'จัดทำคู่มือการปฏิบัติงานและขั้นตอนการให้บริการ เผยแพร่ให้ประชาชนทราบ',
    'สำนักปลัด / กองช่าง',
    'ต.ค.65-มี.ค.66',
  ],
  [
    'มาตรการป้องกันการรับสินบน (No Gift Policy)',
    'ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่',
    'นายก อบต. / ปลัด อบต.',
    'ม.ค.-มี.ค.2566',
  ],
  [
    'มาตรการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
    'เปิดช่องทางร้องเรียนทางเว็บไซต์ ไลน์ และกล่องรับเรื่อง รายงานผลทุกไตรมาส',
    'สำนักปลัด (งานนิติการ)',
    'ไตรมาส 1-2',
  ],
  [
    'มาตรการการใช้ทรัพย์สินของราชการ',
    'กำหนดแนวปฏิบัติการยืมพัสดุ และบันทึกการใช้รถส่วนกลางทุกครั้ง',
    'กองคลัง',
    'ตลอดปีงบประมาณ',
  ],
  [
    'มาตรการเสริมสร้างวัฒนธรรมองค์กรต่อต้านการทุจริต',
    'อบรมคุณธรรมจริยธรรมแก่ผู้บริหาร สมาชิกสภา และพนักงาน',
    'สำนักปลัด',
    '๑๗-๑๘ ก.ค. ๒๕๖๖',
  ],
  [
    'มาตรการป้องกันผลประโยชน์ทับซ้อน',
    'ประเมินความเสี่ยงการทุจริตในงานจัดซื้อจัดจ้าง และรายงานผลต่อผู้บริหาร',
    'กองคลัง / กองช่าง',
    'เม.ย. - ก.ย. ๖๖',
  ],
];

function measuresSheet() {
  const first = 2;
  const last = MEASURES.length + 1; // row 8
  const date = 'd/m/yyyy';
  const rows = MEASURES.map((measure, i) => {
    const r = first + i;
    return [
      ...measure,
      // One call reads every period: start | end spill over E–F of each row.
      i === 0 ? { f: `THAI_PERIOD(D${first}:D${last},2566)`, fmt: date } : spillTarget(date),
      spillTarget(date),
      { f: `F${r}-E${r}+1` },
      // Fiscal year 2566 runs from 1 ต.ค. 2565 to 30 ก.ย. 2566.
      {
        f: `IF(AND(E${r}>=DATE(2022,10,1),F${r}<=DATE(2023,9,30)),"อยู่ในปีงบประมาณ ๒๕๖๖","นอกปีงบประมาณ")`,
      },
    ];
  });
  // THAI_DATE, FISCAL_YEAR and FISCAL_QUARTER on a typed date, date text and a DATE formula.
  const from = last + 3;
  const dates = [
    ['วันที่ในบันทึกข้อความ (พิมพ์เป็นวันที่)', { v: new Date(Date.UTC(2022, 9, 3)), fmt: date }],
    ['วันที่พิมพ์เป็นข้อความ', '๓๐ ก.ย. ๖๖'],
    ['วันที่จากสูตร =DATE(2023,1,15)', { f: 'DATE(2023,1,15)', fmt: date }],
  ];
  const examples = dates.map(([label, value], i) => {
    const r = from + i;
    return [
      label,
      value,
      { f: `THAI_DATE(B${r})` },
      { f: `THAI_DATE(B${r},"short-arabic")` },
      { f: `FISCAL_YEAR(B${r})` },
      { f: `FISCAL_QUARTER(B${r})` },
    ];
  });
  return {
    name: 'มาตรการ',
    widths: [300, 380, 170, 190, 100, 100, 80, 170],
    frozenRows: 1,
    rows: [
      [
        'มาตรการ/แนวทาง',
        'วิธีการดำเนินการ',
        'ผู้รับผิดชอบ',
        'ระยะเวลาดำเนินการ',
        'วันเริ่มต้น',
        'วันสิ้นสุด',
        'จำนวนวัน',
        'ตรวจช่วงเวลา',
      ],
      ...rows,
      [],
      ['ตัวอย่างวันที่', 'วันที่', 'THAI_DATE', 'THAI_DATE "short-arabic"', 'FISCAL_YEAR', 'FISCAL_QUARTER'],
      ...examples,
    ],
    notes: [
      ['E1', `=THAI_PERIOD(D${first}:D${last}, 2566): วันเริ่มต้นและวันสิ้นสุดของทุกแถว ปีที่ไม่ได้เขียนใช้ปีงบประมาณ ๒๕๖๖`],
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// 6b. ผลการดำเนินการ: the O43 progress of the same measures at the 12-month round, marked ✓ in one of
// ดำเนินการแล้ว / อยู่ระหว่างดำเนินการ / ยังไม่ได้ดำเนินการ as agencies report it: 5 done, 1 in
// progress, 1 not done (the O43 report counts them).

const PROGRESS = [
  ['เผยแพร่ข้อมูลครบ ๓๓ รายการ OIT ปรับปรุงทุกเดือน', 'done'],
  ['เผยแพร่คู่มือ ๑๒ งานบริการทางเว็บไซต์และบอร์ดประชาสัมพันธ์', 'done'],
  ['ประกาศนโยบาย No Gift Policy เมื่อ ๙ ม.ค. ๒๕๖๖', 'done'],
  ['รับเรื่องร้องเรียน ๔ เรื่อง ดำเนินการแล้วเสร็จ ๓ เรื่อง', 'inProgress'],
  ['จัดทำแนวปฏิบัติการยืมพัสดุแล้ว บันทึกการใช้รถครบทุกครั้ง', 'done'],
  ['อบรมผู้เข้าร่วม ๔๕ คน เมื่อ ๑๗–๑๘ ก.ค. ๒๕๖๖', 'done'],
  ['', 'notDone'],
];

function progressSheet() {
  const mark = (status, column) => (status === column ? '✓' : '');
  return {
    name: 'ผลการดำเนินการ',
    widths: [50, 300, 190, 320, 110, 130, 130],
    frozenRows: 1,
    rows: [
      [
        'ที่',
        'มาตรการ/แนวทาง',
        'ผู้รับผิดชอบ',
        'ผลการดำเนินงาน',
        'ดำเนินการแล้ว',
        'อยู่ระหว่างดำเนินการ',
        'ยังไม่ได้ดำเนินการ',
      ],
      ...MEASURES.map(([measure, , responsible], i) => {
        const [result, status] = PROGRESS[i];
        return [
          i + 1,
          measure,
          responsible,
          result,
          mark(status, 'done'),
          mark(status, 'inProgress'),
          mark(status, 'notDone'),
        ];
      }),
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// 7. ตั้งค่ารายงาน: the report settings a clerk fills in (the "ตั้งค่ารายงาน" menu makes this tab). The
// agency named here is the one the ITA analysis report is about (คะแนน ITA holds three).

function settingsSheet() {
  return {
    name: 'ตั้งค่ารายงาน',
    widths: [300, 380],
    rows: [
      ['รายการ / Setting', 'ค่า / Value'],
      ['ชื่อหน่วยงาน / Agency', 'อบต.หนองบัว'],
      ['อำเภอ / District', 'เมือง'],
      ['จังหวัด / Province', 'ขอนแก่น'],
      ['ปีงบประมาณ / Fiscal year', '2566'],
    ],
  };
}

export const DEMO = {
  title: 'ITA Sheets demo',
  sheets: [
    scoreSheet(),
    gradeSheet(),
    surveySheet(),
    oitSheet(),
    budgetSheet(),
    measuresSheet(),
    progressSheet(),
    settingsSheet(),
  ],
  /** What `npm run demo` does on this workbook: sheet to activate, then menu handlers to click. */
  // Every tab is validated (the findings tab lists the planted mistakes and marks their cells); then
  // the built-in report templates become tabs.
  actions: [
    { sheet: 'คะแนน ITA', menu: 'scoreItaSheet', answers: ['OK'] },
    { menu: 'validateAllTabs' },
    { menu: 'addReportTemplates' },
  ],
  /**
   * Then each report is generated from its template tab and exported through the "Export PDF" menu
   * (`ita-sheets report … --pdf`): the ITA analysis of the settings' agency (with its chart) and the
   * O43 progress report of ผลการดำเนินการ, each a PDF in out/.
   */
  reports: [
    { template: 'รายงานวิเคราะห์ผล ITA', pdf: 'demo-ita-analysis.pdf' },
    { template: 'รายงานผลตามมาตรการ O43', pdf: 'demo-o43-progress.pdf' },
  ],
};
