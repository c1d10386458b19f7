// Tryout workbooks for the report features (plan budget summary, project sheet set, Thai digits,
// ITA analysis chart, PDF export), laid out as Thai agencies keep them. `node tryout/reports/make.mjs`
// writes tryout/reports/r*.xlsx and prints the hand-checkable figures. Sums are in satang here.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NAMES, comma, sum, th, thComma, writeBook } from '../common.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));

const write = (file, sheets) => writeBook(HERE, file, sheets);

const settings = (thai, extra = {}) => ({
  name: 'ตั้งค่ารายงาน',
  widths: [40, 50],
  rows: [
    ['รายการ / Setting', 'ค่า / Value'],
    ['ชื่อหน่วยงาน / Agency', extra.agency ?? 'องค์การบริหารส่วนตำบลโนนสะอาด'],
    ['ส่วนราชการ / Department', 'สำนักปลัด'],
    ['อำเภอ / District', 'เมืองอุดรธานี'],
    ['จังหวัด / Province', 'อุดรธานี'],
    ['ปีงบประมาณ / Fiscal year', extra.year ?? 2568],
    ['ที่ / Document number', 'อด ๗๘๙๐๑/๑๒๓'],
    ['วันที่ / Date', new Date(Date.UTC(2025, 9, 3))],
    ['เรื่อง / Subject', 'รายงานโครงการ'],
    ['เรียน / To', 'นายกองค์การบริหารส่วนตำบลโนนสะอาด'],
    ['ผู้จัดทำ / Prepared by', 'นางสาวสุดา ใจงาม'],
    ['ตำแหน่งผู้จัดทำ / Position of preparer', 'นักวิเคราะห์นโยบายและแผนปฏิบัติการ'],
    ['ผู้ตรวจสอบ / Reviewed by', 'นายประเสริฐ ทองดี'],
    ['ตำแหน่งผู้ตรวจสอบ / Position of reviewer', 'ปลัดองค์การบริหารส่วนตำบล'],
    ['ผู้อนุมัติ / Approved by', 'นายสมศักดิ์ มีสุข'],
    ['ตำแหน่งผู้อนุมัติ / Position of approver', 'นายกองค์การบริหารส่วนตำบล'],
    ['ใช้เลขไทย / Thai digits', thai ? 'ใช่' : 'ไม่ใช่'],
    ['รอบรายงาน (เดือน) / Reporting round (months)', 12],
  ],
});

// --------------------------------------------------------------------------------------------
// Projects: 47 projects, long names, two with the same name, long paragraphs with line breaks.
const TOPICS = [
  'ส่งเสริมคุณธรรมและจริยธรรมของบุคลากรในองค์กรปกครองส่วนท้องถิ่น',
  'เผยแพร่ข้อมูลข่าวสารการจัดซื้อจัดจ้างผ่านเว็บไซต์หน่วยงาน',
  'อบรมเยาวชนต้นกล้าต้านทุจริต',
  'ประชุมประชาคมหมู่บ้านเพื่อจัดทำแผนพัฒนาท้องถิ่น',
  'จัดตั้งศูนย์รับเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
  'ปรับปรุงระบบการให้บริการประชาชนแบบเบ็ดเสร็จ ณ จุดเดียว',
  'ประเมินความพึงพอใจของผู้รับบริการ',
  'ตรวจสอบภายในและควบคุมภายใน',
  'ส่งเสริมการมีส่วนร่วมของประชาชนในการตรวจสอบการใช้งบประมาณ',
];
const PROJECTS = [];
for (let i = 0; i < 47; i++) {
  const t = TOPICS[i % TOPICS.length];
  const name = i < 9 ? `โครงการ${t}` : `โครงการ${t} ระยะที่ ${th(Math.floor(i / 9) + 1)}`;
  const baht = i % 7 === 3 ? 0 : 5000 + ((i * 3571) % 90) * 1000 + (i % 5 === 2 ? 0.5 : 0);
  PROJECTS.push({
    name,
    why:
      `ตามที่รัฐบาลได้กำหนดยุทธศาสตร์ชาติว่าด้วยการป้องกันและปราบปรามการทุจริต ระยะที่ ๓ (พ.ศ. ๒๕๖๐ - ๒๕๖๔) ` +
      `องค์การบริหารส่วนตำบลโนนสะอาดจึงได้จัดทำ${name}ขึ้น\n` +
      `เพื่อให้บุคลากรมีจิตสำนึกในการปฏิบัติหน้าที่ด้วยความซื่อสัตย์สุจริต โปร่งใส และตรวจสอบได้ ` +
      `ซึ่งสอดคล้องกับแนวทางการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ` +
      `ของสำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.)\n` +
      `(${th(i + 1)}) ทั้งนี้ให้เป็นไปตามระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น พ.ศ. ๒๕๔๘ และที่แก้ไขเพิ่มเติม`,
    aim: `๑. เพื่อ${t}\n๒. เพื่อสร้างความโปร่งใสในการปฏิบัติงาน\n๓. เพื่อให้ประชาชนมีส่วนร่วม`,
    target: `ผู้บริหาร สมาชิกสภา พนักงานส่วนตำบล และประชาชน จำนวน ${th(50 + i)} คน`,
    area: i % 2 ? 'ห้องประชุมองค์การบริหารส่วนตำบลโนนสะอาด' : 'หมู่ที่ ๑ - ๑๒ ตำบลโนนสะอาด',
    how: '๑. เสนอโครงการเพื่อขออนุมัติ\n๒. ประสานวิทยากร\n๓. ดำเนินการตามโครงการ\n๔. ประเมินผลและรายงานผล',
    when: 'ปีงบประมาณ พ.ศ. ๒๕๖๘ (ตุลาคม ๒๕๖๗ - กันยายน ๒๕๖๘)',
    baht,
    amount: baht === 0 ? 'ไม่ใช้งบประมาณ' : thComma(baht), // Thai-digit text, as typed
    who: i % 3 === 0 ? 'สำนักปลัด' : i % 3 === 1 ? 'กองคลัง' : 'กองช่าง',
    out: 'บุคลากรร้อยละ ๘๐ ผ่านการอบรม และผลการประเมิน ITA ไม่ต่ำกว่า ๘๕ คะแนน',
  });
}
// two projects with the same name (rows 10 and 30 of the list)
PROJECTS[29].name = PROJECTS[9].name;
const total47 = sum(PROJECTS.map((p) => p.baht));
console.log('r01 projects', PROJECTS.length, 'total', comma(total47));
console.log('r01 project 1', PROJECTS[0].name, comma(PROJECTS[0].baht), 'project 3', comma(PROJECTS[2].baht));
console.log('r01 project 47', PROJECTS[46].name, comma(PROJECTS[46].baht));

// R01: headers "ลำดับ | ชื่อโครงการ/กิจกรรม | เหตุผลความจำเป็น | วัตถุประสงค์ | เป้าหมาย | สถานที่ดำเนินการ |
// วิธีดำเนินการ | ระยะเวลา | งบประมาณ (บาท) | ผู้รับผิดชอบ | ผลที่คาดว่าจะได้รับ", letterhead above, a blank
// row after project 20, a total row "รวมทั้งสิ้น" at the bottom. Thai digits ON.
{
  const rows = [
    ['บัญชีรายละเอียดโครงการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘'],
    ['องค์การบริหารส่วนตำบลโนนสะอาด อำเภอเมืองอุดรธานี จังหวัดอุดรธานี'],
    [],
    [
      'ลำดับ',
      'ชื่อโครงการ/กิจกรรม',
      'เหตุผลความจำเป็น',
      'วัตถุประสงค์',
      'เป้าหมาย',
      'สถานที่ดำเนินการ',
      'วิธีดำเนินการ',
      'ระยะเวลา',
      'งบประมาณ (บาท)',
      'ผู้รับผิดชอบ',
      'ผลที่คาดว่าจะได้รับ',
    ],
  ];
  PROJECTS.forEach((p, i) => {
    rows.push([th(i + 1), p.name, p.why, p.aim, p.target, p.area, p.how, p.when, p.amount, p.who, p.out]);
    if (i === 19) rows.push([]);
  });
  rows.push(['', 'รวมทั้งสิ้น', '', '', '', '', '', '', thComma(total47), '', '']);
  await write('r01-projects-47-thai.xlsx', [
    {
      name: 'รายละเอียดโครงการ',
      rows,
      merges: ['A1:K1', 'A2:K2'],
      widths: [6, 40, 60, 30, 20, 20, 30, 20, 14, 14, 30],
    },
    settings(true),
  ]);
}

// R02: the same 47 projects, other words and order: "โครงการ | หน่วยงานที่รับผิดชอบ | จำนวนเงิน |
// หลักการและเหตุผล | ...", amounts as numbers, a subtotal row "รวม" after each 10, Thai digits OFF.
{
  const rows = [
    [
      'ที่',
      'โครงการ',
      'หน่วยงานที่รับผิดชอบ',
      'จำนวนเงิน (บาท)',
      'หลักการและเหตุผล',
      'วัตถุประสงค์',
      'กลุ่มเป้าหมาย',
      'พื้นที่',
      'ขั้นตอนการดำเนินงาน',
      'ช่วงเวลา',
      'ผลลัพธ์',
    ],
  ];
  PROJECTS.forEach((p, i) => {
    rows.push([
      i + 1,
      p.name,
      p.who,
      p.baht === 0 ? '-' : p.baht,
      p.why,
      p.aim,
      p.target,
      p.area,
      p.how,
      p.when,
      p.out,
    ]);
  });
  rows.push(['', 'รวม', '', total47]);
  await write('r02-projects-47-reordered-arabic.xlsx', [
    { name: 'โครงการ 2568', rows, widths: [6, 40, 20, 14, 60, 30, 20, 20, 30, 20, 30] },
    settings(false),
  ]);
}

// --------------------------------------------------------------------------------------------
// Plan budget: four มิติ, years "ปี ๒๕๖๖" … "ปี ๒๕๗๐".
const DIMS = [
  [
    'มิติที่ ๑ การสร้างสังคมที่ไม่ทนต่อการทุจริต',
    [
      ['โครงการอบรมคุณธรรมจริยธรรมแก่ผู้บริหาร สมาชิกสภา และพนักงาน', [20000, 20000, 25000, 25000, 25000]],
      ['โครงการรวมพลังต่อต้านการทุจริต', [10000, 10000, '-', '-', '-']],
      ['กิจกรรมเสริมสร้างจิตสำนึกเยาวชน', [15000.5, 15000.5, 15000.5, 15000.5, 15000.5]],
    ],
  ],
  [
    'มิติที่ ๒ การบริหารราชการเพื่อป้องกันการทุจริต',
    [
      [
        'มาตรการจัดทำแผนอัตรากำลัง ๓ ปี',
        ['ไม่ใช้งบประมาณ', 'ไม่ใช้งบประมาณ', 'ไม่ใช้งบประมาณ', 'ไม่ใช้งบประมาณ', 'ไม่ใช้งบประมาณ'],
      ],
      ['โครงการเผยแพร่ข้อมูลการจัดซื้อจัดจ้าง', [5000, 5000, 5000, 5000, 5000]],
    ],
  ],
  [
    'มิติที่ ๓ การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน',
    [
      ['โครงการศูนย์ข้อมูลข่าวสารราชการ', [3000, 3000, 3000, 3000, 3000]],
      ['โครงการประชุมประชาคมหมู่บ้าน ๑๒ หมู่', [30000, 30000, 30000, 35000, 35000]],
      ['โครงการจัดตั้งศูนย์รับเรื่องร้องเรียน', [2500, 2500, 2500, 2500, 2500]],
    ],
  ],
  [
    'มิติที่ ๔ การเสริมสร้างและปรับปรุงกลไกในการตรวจสอบการปฏิบัติราชการ',
    [
      ['โครงการตรวจสอบภายใน', [8000, 8000, 8000, 8000, 8000]],
      ['โครงการอบรมคณะกรรมการตรวจรับพัสดุ', [12000, '-', 12000, '-', 12000]],
    ],
  ],
];
const yt = (ps) => [0, 1, 2, 3, 4].map((y) => sum(ps.map((p) => p[1][y])));
const ALLP = DIMS.flatMap((d) => d[1]);
console.log('plan dims', DIMS.map((d) => yt(d[1]).map(comma).join('/')).join(' | '));
console.log('plan years', yt(ALLP).map(comma).join(' / '), 'grand', comma(sum(yt(ALLP))));

function plan(fmt, wrongSubtotal) {
  const rows = [
    ['แผนปฏิบัติการป้องกันการทุจริต ๕ ปี (พ.ศ. ๒๕๖๖ - ๒๕๗๐)'],
    ['องค์การบริหารส่วนตำบลโนนสะอาด อำเภอเมืองอุดรธานี จังหวัดอุดรธานี'],
    [],
    ['มิติ', 'โครงการ/กิจกรรม/มาตรการ', 'ปี ๒๕๖๖', 'ปี ๒๕๖๗', 'ปี ๒๕๖๘', 'ปี ๒๕๖๙', 'ปี ๒๕๗๐', 'หมายเหตุ'],
  ];
  let n = 0;
  DIMS.forEach(([dim, ps], di) => {
    ps.forEach(([name, a], i) => {
      n += 1;
      rows.push([i === 0 ? dim : '', `${th(n)}) ${name}`, ...a.map(fmt), '']);
    });
    const t = yt(ps).map(fmt);
    if (wrongSubtotal && di === 1) t[0] = fmt(15000); // stated 15,000; the rows sum to 5,000
    rows.push(['รวม', `จำนวน ${th(ps.length)} โครงการ`, ...t, '']);
  });
  rows.push(['รวมทั้งสิ้น', `จำนวน ${th(ALLP.length)} โครงการ`, ...yt(ALLP).map(fmt), '']);
  return {
    name: 'แผนปฏิบัติการ ๕ ปี',
    rows,
    merges: ['A1:H1', 'A2:H2'],
    widths: [36, 50, 12, 12, 12, 12, 12, 12],
  };
}
const thFmt = (a) => (typeof a === 'number' ? thComma(a) : a);
await write('r03-plan-4dims-wrong-subtotal-thai.xlsx', [plan(thFmt, true), settings(true)]);
await write('r04-plan-4dims-correct-arabic.xlsx', [plan((a) => a, false), settings(false)]);

// --------------------------------------------------------------------------------------------
// ITA score sheet of three years (full names, "พ.ศ. ๒๕๖๖").
const Y = {
  2566: [88.21, 84.1, 90.05, 86.4, 80.33, 83.5, 78.25, 80.1, 75.0, 62.5],
  2567: [90.12, 88.4, 93.75, 86.02, 91.1, 85.33, 79.5, 82.25, 90.0, 100.0],
  2568: [92.48, 90.15, 95.2, 89.6, 93.05, 88.74, 84.1, 86.55, 96.5, 81.25],
};
const total4 = (s) => {
  const h = s.map((x) => Math.round(x * 100));
  const part = (a, b) => h.slice(a, b).reduce((x, y) => x + y, 0);
  return 6 * part(0, 5) + 10 * part(5, 8) + 20 * part(8, 10);
};
const round2 = (t4) => Math.floor((t4 + 50) / 100) / 100;
const grade = (x) =>
  x >= 95 ? 'AA' : x >= 85 ? 'A' : x >= 75 ? 'B' : x >= 65 ? 'C' : x >= 55 ? 'D' : x >= 50 ? 'E' : 'F';
for (const [y, s] of Object.entries(Y))
  console.log('ita', y, total4(s) / 10000, round2(total4(s)), grade(round2(total4(s))));
function ita() {
  const rows = [
    ['ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ย้อนหลัง ๓ ปี'],
    ['องค์การบริหารส่วนตำบลโนนสะอาด'],
    [],
    ['ปีงบประมาณ', 'หน่วยงาน', ...NAMES.map((n, i) => `ตัวชี้วัดที่ ${i + 1} ${n}`), 'คะแนนรวม', 'ระดับ'],
  ];
  for (const [y, s] of Object.entries(Y)) {
    const t = round2(total4(s));
    rows.push([`พ.ศ. ${th(y)}`, 'องค์การบริหารส่วนตำบลโนนสะอาด', ...s, t, grade(t)]);
  }
  return { name: 'ผลคะแนน ITA', rows, merges: ['A1:N1'], widths: [12, 20, ...NAMES.map(() => 14), 10, 8] };
}
await write('r05-ita-3years-thai.xlsx', [ita(), settings(true)]);
await write('r06-ita-3years-arabic.xlsx', [ita(), settings(false)]);

// R07: plan (correct, four dims) + a project detail table whose budget for one project disagrees
// with the plan (plan ปี ๒๕๖๘ row 1 = 25,000; detail says 30,000). Thai digits ON.
{
  const detail = [
    ['รายละเอียดโครงการ ปีงบประมาณ ๒๕๖๘'],
    [
      'ลำดับ',
      'ชื่อโครงการ',
      'งบประมาณ',
      'ไตรมาส 1',
      'ไตรมาส 2',
      'ไตรมาส 3',
      'ไตรมาส 4',
      'หน่วยงานที่รับผิดชอบ',
      'กลุ่มเป้าหมาย',
    ],
  ];
  let n = 0;
  for (const [, ps] of DIMS)
    for (const [name, a] of ps) {
      n += 1;
      const amt = n === 1 ? 30000 : typeof a[2] === 'number' ? a[2] : 0;
      detail.push([n, name, amt, '/', '', '', '', 'สำนักปลัด', 'พนักงาน']);
    }
  await write('r07-plan-and-detail-disagree.xlsx', [
    plan(thFmt, false),
    { name: 'รายละเอียดโครงการ', rows: detail, widths: [6, 50, 14, 8, 8, 8, 8, 20, 20] },
    settings(true),
  ]);
}

// R08: a small projects table: names with characters a sheet name refuses (/ : ?), a name that is
// exactly the same as an existing tab, satang amounts "1,250,000.50" as Arabic text, responsible as
// "หน่วยงานที่รับผิดชอบ". Thai digits ON.
{
  const rows = [
    ['ชื่อโครงการ', 'หลักการและเหตุผล', 'งบประมาณ', 'หน่วยงานที่รับผิดชอบ', 'ระยะเวลาดำเนินการ'],
    ['โครงการจัดซื้อ/จัดจ้าง: ตรวจสอบได้?', 'ย่อหน้าแรก\nย่อหน้าที่สอง', '1,250,000.50', 'กองคลัง', 'ต.ค. ๖๗ - ก.ย. ๖๘'],
    ['ตั้งค่ารายงาน', 'ชื่อตรงกับแท็บตั้งค่า', '๙๙,๙๙๙.๙๙', 'สำนักปลัด', 'ตลอดปีงบประมาณ'],
    ['โครงการ [พิเศษ] *ด่วน*', 'ทดสอบ', 21.01, 'กองช่าง', 'ไตรมาส ๑-๒'],
  ];
  // 1,250,000.50 + 99,999.99 + 21.01 = 1,350,021.50
  await write('r08-projects-odd-names.xlsx', [
    { name: 'โครงการพิเศษ', rows, widths: [40, 40, 14, 20, 20] },
    settings(true),
  ]);
}

// R09: projects amounts as clerks type them: "20,000.-", "๒๐,๐๐๐ บาท", "-", a name that starts with
// รวม (a project, not a summary row), a subtotal row "รวมกองคลัง" in the middle. Thai digits ON.
{
  const rows = [
    ['ลำดับ', 'ชื่อโครงการ/กิจกรรม', 'งบประมาณ (บาท)', 'ผู้รับผิดชอบ', 'วัตถุประสงค์', 'ระยะเวลา'],
    ['๑', 'โครงการอบรมคุณธรรมจริยธรรม', '20,000.-', 'สำนักปลัด', 'เพื่อป้องกันการทุจริต', 'ต.ค. ๖๗ - ก.ย. ๖๘'],
    ['๒', 'รวมพลังสร้างสรรค์ ต้านทุจริต', '๑๕,๐๐๐ บาท', 'สำนักปลัด', 'เพื่อป้องกันการทุจริต', 'ต.ค. ๖๗ - ก.ย. ๖๘'],
    ['๓', 'รวมใจภักดิ์ รักษ์พื้นที่สีเขียว', 12000, 'กองช่าง', 'เพื่อป้องกันการทุจริต', 'ต.ค. ๖๗ - ก.ย. ๖๘'],
    ['', 'รวมสำนักปลัด', 47000, ''],
    ['๔', 'กิจกรรมเผยแพร่ข้อมูลข่าวสาร', '-', 'กองคลัง', 'เพื่อป้องกันการทุจริต', 'ต.ค. ๖๗ - ก.ย. ๖๘'],
    ['๕', 'โครงการตรวจสอบพัสดุประจำปี', '๓,๕๐๐', 'กองคลัง', 'เพื่อป้องกันการทุจริต', 'ต.ค. ๖๗ - ก.ย. ๖๘'],
    ['', 'รวมทั้งสิ้น', 50500, ''],
  ];
  // 20,000 + 15,000 + 12,000 + 0 + 3,500 = 50,500 (five projects)
  await write('r09-projects-amount-styles.xlsx', [
    { name: 'โครงการ ๒๕๖๘', rows, widths: [6, 40, 16, 16, 30, 20] },
    settings(true),
  ]);
}

// R10: a plan with a "รวม ๕ ปี" column after the years, plain "๒๕๖๖" year headers, numbers, and a
// มิติ with no subtotal row (มิติ ๓). Thai digits OFF.
{
  const rows = [
    ['บัญชีรายละเอียดแผนปฏิบัติการป้องกันการทุจริต'],
    [
      'มิติ',
      'ภารกิจตามมิติ',
      'โครงการ/กิจกรรม/มาตรการ',
      'ปีงบประมาณ ๒๕๖๖',
      'ปีงบประมาณ ๒๕๖๗',
      'ปีงบประมาณ ๒๕๖๘',
      'ปีงบประมาณ ๒๕๖๙',
      'ปีงบประมาณ ๒๕๗๐',
      'รวม ๕ ปี',
      'หมายเหตุ',
    ],
  ];
  let n = 0;
  DIMS.forEach(([dim, ps], di) => {
    ps.forEach(([name, a], i) => {
      n += 1;
      rows.push([i === 0 ? dim : '', '', `${n}. ${name}`, ...a, sum(a), '']);
    });
    if (di !== 2) rows.push(['รวม', `${ps.length} โครงการ`, '', ...yt(ps), sum(yt(ps)), '']);
  });
  rows.push(['รวมทั้งสิ้น', `${ALLP.length} โครงการ`, '', ...yt(ALLP), sum(yt(ALLP)), '']);
  await write('r10-plan-total-column-arabic.xlsx', [
    { name: 'แผน', rows, widths: [36, 20, 50, 12, 12, 12, 12, 12, 14, 12] },
    settings(false),
  ]);
}

// R11: a เทศบาลนคร-size plan: the same four มิติ with every amount ×250 (so a year of มิติ ๑ is
// 45,000.50 × 250 = 11,250,125 and the grand total 498,502.50 × 250 = 124,625,625). Two copies: Thai
// digits on (r11a) and off (r11b), to see whether eight-digit amounts fit their columns.
{
  const big = (a) => (typeof a === 'number' ? Math.round(a * 250 * 100) / 100 : a);
  const p = plan((a) => big(a), false);
  await write('r11a-plan-large-amounts-thai.xlsx', [p, settings(true)]);
  await write('r11b-plan-large-amounts-arabic.xlsx', [p, settings(false)]);
}

// R12: a projects table as printed for signing: after the total row, a footnote line and the
// signature lines "ลงชื่อ ... ผู้จัดทำ" / "(นางสาวสุดา ใจงาม)" in the name column. Three projects:
// 10,000 + 20,000 + 30,000 = 60,000. Thai digits OFF.
{
  const rows = [
    ['ลำดับ', 'ชื่อโครงการ', 'วัตถุประสงค์', 'งบประมาณ', 'ผู้รับผิดชอบ', 'ระยะเวลา'],
    [1, 'โครงการอบรมคุณธรรม', 'เพื่อส่งเสริมคุณธรรม', 10000, 'สำนักปลัด', 'ธ.ค. ๒๕๖๗'],
    [2, 'โครงการเผยแพร่ข้อมูล', 'เพื่อความโปร่งใส', 20000, 'กองคลัง', 'ตลอดปี'],
    [3, 'โครงการตรวจสอบภายใน', 'เพื่อควบคุมภายใน', 30000, 'หน่วยตรวจสอบภายใน', 'ก.ย. ๒๕๖๘'],
    ['', 'รวมทั้งสิ้น', '', 60000, '', ''],
    [],
    ['', 'หมายเหตุ งบประมาณอาจเปลี่ยนแปลงตามข้อบัญญัติงบประมาณรายจ่ายประจำปี', '', '', '', ''],
    ['', 'ลงชื่อ ...................................... ผู้จัดทำ', '', '', '', ''],
    ['', '(นางสาวสุดา ใจงาม)', '', '', '', ''],
    ['', 'นักวิเคราะห์นโยบายและแผน', '', '', '', ''],
  ];
  await write('r12-projects-with-signature.xlsx', [
    { name: 'โครงการ', rows, widths: [6, 50, 30, 14, 20, 14] },
    settings(false),
  ]);
}

// R13: the plan of r04 with the last year header typed as "ปี ๒๕๖๖" again (G4, should be ปี ๒๕๗๐),
// the typo DOMAIN.md §2 names. The summary must refuse, naming G4. Thai digits OFF.
{
  const p = plan((a) => a, false);
  p.rows[3][6] = 'ปี ๒๕๖๖';
  await write('r13-plan-year-typed-twice.xlsx', [p, settings(false)]);
}

// R14: a projects table with two budget years (งบประมาณ ปี ๒๕๖๘ | งบประมาณ ปี ๒๕๖๙) and a column
// "แหล่งงบประมาณ" (source of funds, text). The set must refuse (two budget columns), not pick one.
{
  const rows = [
    ['ชื่อโครงการ', 'วัตถุประสงค์', 'ผู้รับผิดชอบ', 'แหล่งงบประมาณ', 'งบประมาณ ปี ๒๕๖๘', 'งบประมาณ ปี ๒๕๖๙'],
    ['โครงการอบรมคุณธรรม', 'เพื่อส่งเสริมคุณธรรม', 'สำนักปลัด', 'ข้อบัญญัติ', 10000, 12000],
    ['โครงการเผยแพร่ข้อมูล', 'เพื่อความโปร่งใส', 'กองคลัง', 'เงินอุดหนุน', 20000, 20000],
  ];
  await write('r14-projects-two-budget-years.xlsx', [{ name: 'โครงการ', rows }, settings(false)]);
}
