// Tryout workbooks: plan, measures, progress and score tables laid out the ways Thai local agencies
// (อบต., เทศบาล) keep them, not the way the tests write them. `node tryout/make.mjs` writes
// tryout/*.xlsx and tryout/planted.json (every planted error: file, sheet, cell, stated, correct).
// Figures are illustrative. Every sum below is computed here in satang (integers), so a total this
// script writes is right unless it is listed as planted.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NAMES, sum, th, thComma, writeBook } from './common.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));

const planted = [];
/** Records a planted error. */
const plant = (file, sheet, cell, stated, correct, expect) =>
  planted.push({ file, sheet, cell, stated, correct, expect });

const write = (file, sheets) => writeBook(HERE, file, sheets);

// ---------------------------------------------------------------------------------------------
// Plan budget tables. A plan is dimensions of projects; each project has five amounts (number of
// baht, or '-' / 'ไม่ใช้งบประมาณ').
const DIMS = [
  {
    dim: '๑. การสร้างสังคมที่ไม่ทนต่อการทุจริต',
    projects: [
      [
        '๑.๑ การสร้างจิตสำนึกและความตระหนักแก่บุคลากร',
        'โครงการอบรมคุณธรรมจริยธรรมแก่ผู้บริหาร สมาชิกสภา และพนักงาน',
        [20000, 20000, 20000, 20000, 20000],
      ],
      ['', 'โครงการรวมพลังต่อต้านการทุจริต', [10000, 10000, '-', '-', '-']],
      [
        '๑.๒ การสร้างจิตสำนึกแก่ประชาชน',
        'กิจกรรมเผยแพร่ค่าเฉลี่ยความพึงพอใจของประชาชน',
        ['ไม่ใช้งบประมาณ', 'ไม่ใช้งบประมาณ', 'ไม่ใช้งบประมาณ', 'ไม่ใช้งบประมาณ', 'ไม่ใช้งบประมาณ'],
      ],
    ],
  },
  {
    dim: '๒. การบริหารราชการเพื่อป้องกันการทุจริต',
    projects: [
      ['๒.๑ การแสดงเจตจำนงทางการเมือง', 'มาตรการจัดทำแผนอัตรากำลัง ๓ ปี', ['-', '-', '-', '-', '-']],
      ['', 'โครงการเผยแพร่ข้อมูลรวมศูนย์การจัดซื้อจัดจ้าง', [5000, 5000, 5000, 5000, 5000]],
      [
        '๒.๒ มาตรการสร้างความโปร่งใส',
        'โครงการประเมินผลการปฏิบัติงานเฉลี่ยรายไตรมาส',
        [12500.5, 12500.5, 15000, 15000, 15000],
      ],
    ],
  },
  {
    dim: '๓. การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน',
    projects: [
      ['๓.๑ การจัดให้มีและเผยแพร่ข้อมูลข่าวสาร', 'โครงการศูนย์ข้อมูลข่าวสารราชการ', [3000, 3000, 3000, 3000, 3000]],
      ['', 'โครงการประชุมประชาคมหมู่บ้านรวม ๑๒ หมู่', [30000, 30000, 30000, 35000, 35000]],
    ],
  },
];
const COUNT = (n) => `จำนวน ${th(n)} โครงการ`;
const yearTotals = (projects) => [0, 1, 2, 3, 4].map((y) => sum(projects.map((p) => p[2][y])));
const ALL = DIMS.flatMap((d) => d.projects);

// W01: letterhead, header on rows 6–7 (merged parent "ปีงบประมาณ (บาท)"), Thai digits as text,
// '-' and 'ไม่ใช้งบประมาณ', names containing รวม / เฉลี่ย. Entirely correct.
{
  const fmt = (a) => (typeof a === 'number' ? thComma(a) : a);
  const rows = [
    ['แผนปฏิบัติการป้องกันการทุจริต ๕ ปี (พ.ศ. ๒๕๖๖ – ๒๕๗๐)'],
    ['องค์การบริหารส่วนตำบลหนองบัว อำเภอเมืองขอนแก่น จังหวัดขอนแก่น'],
    [],
    ['บัญชีโครงการ/กิจกรรม/งบประมาณ'],
    [],
    ['มิติ', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', 'ปีงบประมาณ (บาท)', '', '', '', '', 'หมายเหตุ'],
    ['', '', '', 'ปี ๒๕๖๖', 'ปี ๒๕๖๗', 'ปี ๒๕๖๘', 'ปี ๒๕๖๙', 'ปี ๒๕๗๐', ''],
  ];
  let n = 0;
  for (const d of DIMS) {
    d.projects.forEach((p, i) => {
      n += 1;
      rows.push([i === 0 ? d.dim : '', p[0], `${th(n)}) ${p[1]}`, ...p[2].map(fmt), '']);
    });
    rows.push(['รวม', COUNT(d.projects.length), '', ...yearTotals(d.projects).map(thComma), '']);
  }
  rows.push(['รวมทั้งสิ้น', COUNT(ALL.length), '', ...yearTotals(ALL).map(thComma), '']);
  await write('w01-plan-letterhead-correct.xlsx', [
    {
      name: 'แผน ๕ ปี',
      rows,
      merges: ['A1:I1', 'A2:I2', 'A4:I4', 'A6:A7', 'B6:B7', 'C6:C7', 'D6:H6', 'I6:I7'],
      widths: [30, 30, 50, 12, 12, 12, 12, 12, 12],
    },
  ]);
}

// W16: as W01, but each subtotal's label sits in the project column (A and B blank), worded as staff
// word them: "รวม มิติที่ ๑", "รวมงบประมาณ มิติที่ ๒", "รวมเงิน มิติที่ ๓". Entirely correct.
{
  const fmt = (a) => (typeof a === 'number' ? thComma(a) : a);
  const rows = [
    ['แผนปฏิบัติการป้องกันการทุจริต ๕ ปี (พ.ศ. ๒๕๖๖ – ๒๕๗๐)'],
    ['เทศบาลตำบลบ้านใหม่'],
    ['มิติ', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', 'ปีงบประมาณ (บาท)', '', '', '', '', 'หมายเหตุ'],
    ['', '', '', 'ปี ๒๕๖๖', 'ปี ๒๕๖๗', 'ปี ๒๕๖๘', 'ปี ๒๕๖๙', 'ปี ๒๕๗๐', ''],
  ];
  const labels = ['รวม มิติที่ ๑', 'รวมงบประมาณ มิติที่ ๒', 'รวมเงิน มิติที่ ๓'];
  let n = 0;
  DIMS.forEach((d, di) => {
    d.projects.forEach((p, i) => {
      n += 1;
      rows.push([i === 0 ? d.dim : '', p[0], `${th(n)}) ${p[1]}`, ...p[2].map(fmt), '']);
    });
    rows.push(['', '', labels[di], ...yearTotals(d.projects).map(thComma), '']);
  });
  rows.push(['รวมทั้งสิ้น', COUNT(ALL.length), '', ...yearTotals(ALL).map(thComma), '']);
  await write('w16-plan-subtotal-label-in-project-column.xlsx', [
    { name: 'แผน', rows, merges: ['A1:I1', 'A2:I2', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:H3', 'I3:I4'] },
  ]);
}

// W02: header on row 1, years as plain numbers 2566…, amounts as numbers. Planted: year typed twice,
// a subtotal, a stated count, the grand total.
{
  const F = 'w02-plan-row1-errors.xlsx';
  const rows = [['มิติ', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', 2566, 2567, 2568, 2569, 2566, 'หมายเหตุ']];
  plant(F, 'Sheet1', 'H1', '2566', '2570', 'budget.year-duplicated');
  let n = 0;
  DIMS.forEach((d, di) => {
    d.projects.forEach((p, i) => {
      n += 1;
      rows.push([i === 0 ? d.dim : '', p[0], `${n}) ${p[1]}`, ...p[2], '']);
    });
    const t = yearTotals(d.projects);
    let count = d.projects.length;
    if (di === 0) {
      t[0] = 35000; // correct 30,000 (20,000 + 10,000 + 0)
      plant(F, 'Sheet1', `D${rows.length + 1}`, '35000', '30000', 'budget.subtotal-mismatch');
    }
    if (di === 1) {
      count = 4;
      plant(
        F,
        'Sheet1',
        `B${rows.length + 1}`,
        'จำนวน 4 โครงการ',
        'จำนวน 3 โครงการ',
        'budget.count-mismatch',
      );
    }
    rows.push(['รวม', `จำนวน ${count} โครงการ`, '', ...t, '']);
  });
  const g = yearTotals(ALL);
  // correct F (2568): 20,000+5,000+15,000+3,000+30,000 = 73,000
  plant(F, 'Sheet1', `F${rows.length + 1}`, '78000', String(g[2]), 'budget.grand-total-mismatch');
  g[2] = 78000;
  rows.push(['รวมทั้งสิ้น', `จำนวน ${ALL.length} โครงการ`, '', ...g, '']);
  await write(F, [{ name: 'Sheet1', rows, widths: [30, 30, 50, 12, 12, 12, 12, 12, 12] }]);
}

// W03: grand total at the TOP, years "ปีงบประมาณ 2566 (บาท)", amounts "จำนวน ๓๐,๐๐๐ บาท",
// subtotals labelled "รวม มิติที่ ๑", "รวมงบประมาณ", "รวม ๕ โครงการ" in column A over A:C. Planted: the
// third is "รวม ๕ โครงการ" over 2 projects (count).
{
  const F = 'w03-plan-total-on-top.xlsx';
  const S = 'งบประมาณ';
  const fmt = (a) => (typeof a === 'number' ? `จำนวน ${thComma(a)} บาท` : a);
  const head = [
    'มิติ',
    'ภารกิจ',
    'โครงการ',
    ...[2566, 2567, 2568, 2569, 2570].map((y) => `ปีงบประมาณ ${y} (บาท)`),
    'หมายเหตุ',
  ];
  const rows = [['แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ - ๒๕๗๐'], [], head];
  rows.push(['รวมทั้งสิ้น', '', '', ...yearTotals(ALL).map(fmt), '']);
  const merges = ['A1:I1', `A4:C4`];
  const labels = ['รวม มิติที่ ๑', 'รวมงบประมาณ', 'รวม ๕ โครงการ'];
  let n = 0;
  DIMS.forEach((d, di) => {
    d.projects.forEach((p, i) => {
      n += 1;
      rows.push([i === 0 ? d.dim : '', p[0], `${n}. ${p[1]}`, ...p[2].map(fmt), '']);
    });
    rows.push([labels[di], '', '', ...yearTotals(d.projects).map(fmt), '']);
    merges.push(`A${rows.length}:C${rows.length}`);
  });
  plant(F, S, `A${rows.length}`, 'รวม ๕ โครงการ', 'รวม ๒ โครงการ', 'budget.count-mismatch');
  await write(F, [{ name: S, rows, merges, widths: [30, 30, 50, 16, 16, 16, 16, 16, 12] }]);
}

// W04: "พ.ศ. ๒๕๖๖" headers, the header row repeated (copied page by page), HTML fragments from a web
// page, "ลำดับ" column. Planted: an amount typed in หมายเหตุ (warning).
{
  const F = 'w04-plan-repeated-header-html.xlsx';
  const S = 'แผนป้องกันทุจริต';
  const head = [
    'ลำดับ',
    'มิติ',
    'โครงการ/กิจกรรม',
    'พ.ศ. ๒๕๖๖',
    'พ.ศ. ๒๕๖๗',
    'พ.ศ. ๒๕๖๘',
    'พ.ศ. ๒๕๖๙',
    'พ.ศ. ๒๕๗๐',
    'หมายเหตุ',
  ];
  const rows = [['แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๖ - ๒๕๗๐) เทศบาลตำบลบ้านใหม่'], head];
  let n = 0;
  DIMS.forEach((d) => {
    d.projects.forEach((p, i) => {
      n += 1;
      if (n === 5) rows.push(head);
      const name =
        n === 2 ? `<p>โครงการ${p[1].replace(/^โครงการ/, '')}</p>` : n === 4 ? `${p[1]}&nbsp;<br>` : p[1];
      rows.push([th(n), i === 0 ? d.dim : '', name, ...p[2].map((a) => (typeof a === 'number' ? a : a)), '']);
    });
    rows.push(['', 'รวม', COUNT(d.projects.length), ...yearTotals(d.projects), '']);
  });
  rows.push(['', 'รวมทั้งสิ้น', COUNT(ALL.length), ...yearTotals(ALL), '']);
  // the note of project 7 (row of "ศูนย์ข้อมูลข่าวสาร")
  const r = rows.findIndex((x) => String(x[2]).includes('ศูนย์ข้อมูลข่าวสาร'));
  rows[r][8] = 'ขอรับเงินอุดหนุน ๑๐,๐๐๐ บาท';
  plant(
    F,
    S,
    `I${r + 1}`,
    'ขอรับเงินอุดหนุน ๑๐,๐๐๐ บาท',
    'the amount in a year column',
    'budget.amount-in-note (warning)',
  );
  await write(F, [{ name: S, rows, merges: ['A1:I1'], widths: [8, 30, 50, 12, 12, 12, 12, 12, 24] }]);
}

// W05: a summary and a per-project detail (quarters, responsible). Planted: a budget that differs, a
// name spelled differently, quarters that contradict the period.
{
  const F = 'w05-plan-and-detail.xlsx';
  const sumRows = [['ที่', 'โครงการ', 'ปี 2566', 'ปี 2567', 'ปี 2568', 'ปี 2569', 'ปี 2570']];
  ALL.forEach((p, i) =>
    sumRows.push([i + 1, `โครงการ${p[1].replace(/^(โครงการ|กิจกรรม|มาตรการ)/, '')}`, ...p[2]]),
  );
  sumRows.push(['', 'รวมทั้งสิ้น', ...yearTotals(ALL)]);
  const det = [
    ['รายละเอียดโครงการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๖'],
    [
      'ลำดับ',
      'ชื่อโครงการ',
      'งบประมาณ (บาท)',
      'ไตรมาส 1',
      'ไตรมาส 2',
      'ไตรมาส 3',
      'ไตรมาส 4',
      'ระยะเวลา',
      'หน่วยงานรับผิดชอบ',
      'กลุ่มเป้าหมาย',
    ],
  ];
  ALL.forEach((p, i) => {
    let name = `โครงการ${p[1].replace(/^(โครงการ|กิจกรรม|มาตรการ)/, '')}`;
    let budget = typeof p[2][0] === 'number' ? p[2][0] : 0;
    const q = ['/', '/', '/', '/'];
    let period = 'ตลอดปีงบประมาณ';
    if (i === 0) {
      budget = 25000;
      plant(
        F,
        'รายละเอียด',
        `C${det.length + 1}`,
        '25000',
        '20000 (summary C2)',
        'budget.detail-budget-differs',
      );
    }
    if (i === 4) {
      name = name.replace('การจัดซื้อจัดจ้าง', 'จัดซื้อจัดจ้าง');
      plant(
        F,
        'รายละเอียด',
        `B${det.length + 1}`,
        name,
        'โครงการเผยแพร่ข้อมูลรวมศูนย์การจัดซื้อจัดจ้าง',
        'budget.detail-name-differs',
      );
    }
    if (i === 6) {
      q[2] = '';
      plant(
        F,
        'รายละเอียด',
        `H${det.length + 1}`,
        'ตลอดปีงบประมาณ with Q3 blank',
        'mark Q3 or change the period',
        'budget.detail-quarters-contradict',
      );
    }
    if (i === 2) period = 'ต.ค. 65 - มี.ค. 66';
    if (i === 2) q[2] = q[3] = '';
    det.push([i + 1, name, budget, ...q, period, i % 2 ? 'สำนักปลัด' : 'กองคลัง', 'พนักงาน']);
  });
  await write(F, [
    { name: 'สรุปงบประมาณ', rows: sumRows, widths: [6, 50, 12, 12, 12, 12, 12] },
    { name: 'รายละเอียด', rows: det, merges: ['A1:J1'], widths: [6, 50, 12, 8, 8, 8, 8, 20, 16, 12] },
  ]);
}

// W13: fused projects, numbering repeated and skipped, a dimension without subtotal, an unreadable
// amount with a letter O, a negative amount.
{
  const F = 'w13-plan-fused-numbering.xlsx';
  const S = 'แผน';
  const rows = [
    ['แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. 2566-2570)'],
    [
      'มิติ',
      'ภารกิจตามมิติ',
      'โครงการ/กิจกรรม/มาตรการ',
      'ปี 2566',
      'ปี 2567',
      'ปี 2568',
      'ปี 2569',
      'ปี 2570',
      'หมายเหตุ',
    ],
    ['มิติที่ 1', 'ภารกิจ 1.1', '1) โครงการอบรมคุณธรรม', '20,000', '20,000', '20,000', '20,000', '20,000', ''],
    [
      '',
      '',
      '2) โครงการส่งเสริมค่าเฉลี่ยคะแนนรวมของหน่วยงาน',
      '10,000',
      '10,000',
      '10,000',
      '10,000',
      '10,000',
      '',
    ],
    ['', '', '2) โครงการปลูกจิตสำนึก', '5,000', '5,000', '5,000', '5,000', '5,000', ''],
    ['รวม', 'จำนวน 3 โครงการ', '', '35,000', '35,000', '35,000', '35,000', '35,000', ''],
    [
      'มิติที่ 2',
      'ภารกิจ 2.1',
      '4) โครงการจัดซื้อจัดจ้างโปร่งใส 5) กิจกรรมเปิดเผยราคากลาง',
      '15,000',
      '15,000',
      '15,000',
      '15,000',
      '15,000',
      '',
    ],
    ['', '', '6) โครงการตรวจสอบภายใน', '15,0OO', '10,000', '10,000', '10,000', '10,000', ''],
    ['', '', '7) โครงการลดขั้นตอนการให้บริการ', '-5,000', '-', '-', '-', '-', ''],
    ['มิติที่ 3', 'ภารกิจ 3.1', '8) โครงการประชาคม', '30,000', '30,000', '30,000', '30,000', '30,000', ''],
    ['รวม', 'จำนวน 1 โครงการ', '', '30,000', '30,000', '30,000', '30,000', '30,000', ''],
  ];
  plant(F, S, 'C5', '2)', '3)', 'budget.numbering-duplicated (and skipped 3)');
  plant(F, S, 'C7', '4) … 5) … in one row', 'one row each', 'budget.fused-projects');
  plant(F, S, 'D8', '15,0OO', '15,000', 'budget.amount-unreadable');
  plant(F, S, 'D9', '-5,000', 'a positive amount or "-"', 'budget.amount-negative');
  plant(F, S, 'A7', 'มิติที่ 2 (no รวม row)', 'a subtotal row', 'budget.dimension-without-subtotal');
  await write(F, [{ name: S, rows, merges: ['A1:I1'], widths: [12, 12, 50, 12, 12, 12, 12, 12, 12] }]);
}

// ---------------------------------------------------------------------------------------------
// Measures tables.
// W06: O codes typed "O1", "o2", "07", letterhead, header on row 4. Planted: period reversed, period
// outside the year, responsible missing, code repeated, code missing.
{
  const F = 'w06-measures-ocodes.xlsx';
  const S = 'มาตรการ O42';
  const rows = [
    ['มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖'],
    ['องค์การบริหารส่วนตำบลหนองบัว'],
    [],
    ['ข้อ', 'มาตรการ/แนวทาง', 'วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ', 'การติดตามผล'],
    ['O1', 'เผยแพร่โครงสร้างหน่วยงาน', 'ปรับปรุงเว็บไซต์', 'สำนักปลัด', 'ต.ค.65-ธ.ค.65', 'รายงานผู้บริหาร'],
    ['o2', 'เผยแพร่ข้อมูลผู้บริหาร', 'ปรับปรุงเว็บไซต์', 'สำนักปลัด', '๑ ต.ค. ๒๕๖๕ - ๓๐ ก.ย. ๒๕๖๖', 'รายงานผู้บริหาร'],
    ['O3', 'เผยแพร่อำนาจหน้าที่', 'ปรับปรุงเว็บไซต์', 'สำนักปลัด', 'ม.ค.-มี.ค.2566', 'รายงานผู้บริหาร'],
    ['O4', 'แผนยุทธศาสตร์', 'เผยแพร่แผนพัฒนาท้องถิ่น', 'กองวิชาการ', 'มี.ค. ๒๕๖๖ - ต.ค. ๒๕๖๕', 'รายงานไตรมาส'],
    ['O5', 'ข้อมูลการติดต่อ', 'ปรับปรุงหน้าติดต่อ', '', 'ไตรมาส 1-2', 'รายงานผู้บริหาร'],
    ['O6', 'กฎหมายที่เกี่ยวข้อง', 'รวบรวมกฎหมาย', 'กองวิชาการ', 'ตลอดปีงบประมาณ', 'รายงานผู้บริหาร'],
    ['07', 'ข่าวประชาสัมพันธ์', 'ลงข่าวทุกเดือน', 'สำนักปลัด', 'ตลอดปีงบประมาณ', 'รายงานผู้บริหาร'],
    ['O9', 'การปฏิสัมพันธ์ข้อมูล', 'ช่องทาง Q&A', 'สำนักปลัด', 'ต.ค.66-ธ.ค.66', 'รายงานผู้บริหาร'],
    ['O10', 'แผนดำเนินงานประจำปี', 'เผยแพร่แผน', 'กองคลัง', 'ต.ค.65-มี.ค.66', 'รายงานผู้บริหาร'],
    ['O10', 'ความก้าวหน้าแผนดำเนินงาน', 'รายงานรอบ ๖ เดือน', 'กองคลัง', 'เม.ย.66', 'รายงานผู้บริหาร'],
  ];
  plant(F, S, 'E8', 'มี.ค. ๒๕๖๖ - ต.ค. ๒๕๖๕', 'ต.ค. ๒๕๖๕ - มี.ค. ๒๕๖๖', 'measures.period-reversed');
  plant(F, S, 'D9', '(blank)', 'a unit', 'measures.responsible-missing');
  plant(F, S, 'A11', '07', 'O7', 'measures.code-zero-for-o (warning)');
  plant(F, S, 'A12', 'O9 after O7', 'O8 missing', 'measures.code-missing');
  plant(F, S, 'E12', 'ต.ค.66-ธ.ค.66', 'ต.ค.65-ธ.ค.65 (FY2566)', 'measures.period-outside-year');
  plant(F, S, 'A14', 'O10 (second)', 'O11', 'measures.code-repeated');
  await write(F, [{ name: S, rows, merges: ['A1:F1', 'A2:F2'], widths: [6, 30, 30, 14, 26, 18] }]);
}

// W14: every period shape staff write, a BE date typed into a date cell, numbered in Thai digits,
// a row wrapped onto the next. Entirely correct (FY 2566), except no planted error.
{
  const F = 'w14-measures-periods-correct.xlsx';
  const rows = [
    ['แผนการขับเคลื่อนมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ ๒๕๖๖'],
    ['ลำดับ', 'มาตรการ', 'วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา'],
    ['๑', 'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', 'ปรับปรุงเว็บไซต์', 'สำนักปลัด', '๑ ต.ค. ๒๕๖๕ - ๓๐ ก.ย. ๒๕๖๖'],
    ['๒', 'มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม', 'ประชุมประชาคม', 'สำนักปลัด', 'ต.ค.65-มี.ค.66'],
    ['๓', 'มาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง', 'เผยแพร่แผนจัดซื้อ', 'กองคลัง', 'ม.ค.-มี.ค.2566'],
    ['๔', 'มาตรการจัดการเรื่องร้องเรียน', 'ตั้งศูนย์รับเรื่อง', 'สำนักปลัด', 'ตลอดปีงบประมาณ'],
    ['๕', 'มาตรการป้องกันผลประโยชน์ทับซ้อน', 'อบรมพนักงาน', 'กองการเจ้าหน้าที่', 'ไตรมาส 1-2'],
    ['๖', 'มาตรการตรวจสอบการใช้ดุลพินิจ', 'จัดทำคู่มือ', 'สำนักปลัด', 'เม.ย. - มิ.ย. ๖๖'],
    ['๗', 'มาตรการการใช้ทรัพย์สินของราชการ', 'จัดทำคู่มือการยืมพัสดุ', 'กองคลัง', 'ธันวาคม ๒๕๖๕'],
    ['', '', 'และเผยแพร่ให้พนักงานทราบ', '', ''],
    ['๘', 'มาตรการประเมินความเสี่ยงการทุจริต', 'ประชุมคณะทำงาน', 'สำนักปลัด', new Date(Date.UTC(2565, 9, 1))],
    ['๙', 'มาตรการส่งเสริมวัฒนธรรมองค์กร', 'กิจกรรม Big Cleaning Day', 'ทุกกอง', 'ก.พ-มีค 66'],
  ];
  await write(F, [{ name: 'มาตรการ', rows, merges: ['A1:E1'], widths: [6, 40, 30, 16, 28] }]);
}

// ---------------------------------------------------------------------------------------------
// Progress reports.
// W07: two-row header (การดำเนินการ over the two statuses), marks "/", "✓", "☑", "X", the header
// repeated page by page, <p> fragments. Planted: both marked, none marked, contradicting text,
// a date outside the year.
{
  const F = 'w07-progress-marks.xlsx';
  const S = 'รายงานผล O43';
  const h1 = ['ลำดับ', 'มาตรการ/กิจกรรม', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การดำเนินการ', '', 'ผลการดำเนินการ'];
  const h2 = ['', '', '', '', 'ดำเนินการแล้ว', 'ยังไม่ได้ดำเนินการ', ''];
  const rows = [
    ['รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ (รอบ ๑๒ เดือน)'],
    [],
    h1,
    h2,
    ['1', 'เผยแพร่โครงสร้างหน่วยงาน', 'สำนักปลัด', 'ต.ค.65-ธ.ค.65', '/', '', '<p>ปรับปรุงเว็บไซต์แล้วเสร็จ</p>'],
    ['2', 'อบรมคุณธรรมจริยธรรม', 'สำนักปลัด', 'ม.ค.-มี.ค.66', '✓', '', 'จัดอบรมเมื่อวันที่ ๑๕ กุมภาพันธ์ ๒๕๖๖'],
    ['3', 'จัดทำคู่มือการยืมพัสดุ', 'กองคลัง', 'ไตรมาส 2', '☑', '/', 'จัดทำคู่มือแล้ว'],
    ['4', 'ประชุมประชาคม', 'สำนักปลัด', 'ไตรมาส 3', '', '', ''],
    h1,
    h2,
    ['5', 'เผยแพร่แผนจัดซื้อจัดจ้าง', 'กองคลัง', 'ต.ค.65', '/', '', 'อยู่ระหว่างการดำเนินการ'],
    ['6', 'ตั้งศูนย์รับเรื่องร้องเรียน', 'สำนักปลัด', 'ตลอดปีงบประมาณ', 'X', '', 'จัดตั้งศูนย์แล้วเมื่อวันที่ ๔ มีนาคม ๒๕๖๗'],
    ['7', 'ประเมินความเสี่ยงการทุจริต', 'สำนักปลัด', 'ก.ค.-ก.ย.66', '', '/', 'ยังไม่ได้ดำเนินการ เนื่องจากรองบประมาณ'],
  ];
  plant(F, S, 'E7', '☑ and / both marked', 'one status', 'progress.status-several');
  plant(F, S, 'E8', 'nothing marked', 'one status', 'progress.status-none');
  plant(
    F,
    S,
    'G11',
    'อยู่ระหว่างการดำเนินการ under ดำเนินการแล้ว',
    'mark agrees with text',
    'progress.text-contradicts-mark',
  );
  plant(F, S, 'G12', '๔ มีนาคม ๒๕๖๗', 'a date in FY2566', 'progress.date-outside-year');
  await write(F, [
    {
      name: S,
      rows,
      merges: ['A1:G1', 'E3:F3', 'E9:F9', 'A3:A4', 'B3:B4'],
      widths: [6, 30, 14, 16, 12, 12, 40],
    },
  ]);
}

// W08: one row per indicator under the tool headings, O43 style. Planted: the indicator number
// disagrees with its name; indicator 9 (OIT) under the EIT heading.
{
  const F = 'w08-progress-per-indicator.xlsx';
  const S = 'ผลตามตัวชี้วัด';
  const rows = [
    [
      'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๖ เดือน',
    ],
    ['ตัวชี้วัด', 'แนวทางการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'ดำเนินการแล้ว', 'ยังไม่ได้ดำเนินการ', 'ผลการดำเนินการ'],
    ['แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)'],
    ['ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่', 'จัดทำคู่มือการปฏิบัติงาน', 'ทุกกอง', 'ต.ค.65-มี.ค.66', '/', '', 'จัดทำแล้ว'],
    ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', 'คู่มือการยืมพัสดุ', 'กองคลัง', 'ต.ค.65-มี.ค.66', '/', '', 'จัดทำแล้ว'],
    ['แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)'],
    ['ตัวชี้วัดที่ ๔ คุณภาพการดำเนินงาน', 'ลดขั้นตอนการให้บริการ', 'สำนักปลัด', 'ต.ค.65-มี.ค.66', '/', '', 'ดำเนินการแล้ว'],
    ['ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร', 'เพิ่มช่องทาง Facebook', 'สำนักปลัด', 'ต.ค.65-มี.ค.66', '/', '', 'ดำเนินการแล้ว'],
    ['ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', 'ปรับปรุงเว็บไซต์', 'สำนักปลัด', 'ต.ค.65-มี.ค.66', '', '/', 'อยู่ระหว่างจัดหาผู้รับจ้าง'],
    ['แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)'],
    ['ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต', 'ประเมินความเสี่ยง', 'สำนักปลัด', 'ต.ค.65-มี.ค.66', '/', '', 'ดำเนินการแล้ว'],
  ];
  plant(F, S, 'A7', 'ตัวชี้วัดที่ ๔ คุณภาพการดำเนินงาน', 'ตัวชี้วัดที่ ๖', 'measures.indicator-number-name');
  plant(F, S, 'A9', 'ตัวชี้วัดที่ ๙ under EIT', 'under OIT', 'measures.tool-mismatch');
  await write(F, [
    { name: S, rows, merges: ['A1:G1', 'A3:G3', 'A6:G6', 'A10:G10'], widths: [34, 30, 14, 16, 10, 10, 30] },
  ]);
}

// ---------------------------------------------------------------------------------------------
// Score tables. Exact totals: IIT mean × 0.3 + EIT mean × 0.3 + OIT mean × 0.4; in 1/10,000 of a point
// that is 6·ΣIIT + 10·ΣEIT + 20·ΣOIT with the scores in hundredths.
const total4 = (s) => {
  const h = s.map((x) => Math.round(x * 100));
  const part = (a, b) => h.slice(a, b).reduce((x, y) => x + y, 0);
  return 6 * part(0, 5) + 10 * part(5, 8) + 20 * part(8, 10); // ten-thousandths
};
const round2 = (t4) => Math.floor((t4 + 50) / 100) / 100; // half-up, to two decimals
const round3 = (t4) => Math.floor((t4 + 5) / 10) / 1000;
const grade = (x) =>
  x >= 95 ? 'AA' : x >= 85 ? 'A' : x >= 75 ? 'B' : x >= 65 ? 'C' : x >= 55 ? 'D' : x >= 50 ? 'E' : 'F';
const Y = {
  2563: [88.21, 84.1, 90.05, 86.4, 80.33, 83.5, 78.25, 80.1, 75.0, 62.5],
  2564: [90.12, 88.4, 93.75, 86.02, 91.1, 85.33, 79.5, 82.25, 90.0, 100.0], // 89.6714 → 89.67 A
  2565: [92.48, 90.15, 95.2, 89.6, 93.05, 88.74, 84.1, 86.55, 96.5, 100.0],
};
const ABBR = [
  'ปฏิบัติหน้าที่',
  'งบประมาณ',
  'ใช้อำนาจ',
  'ทรัพย์สินฯ',
  'แก้ไขทุจริต',
  'คุณภาพ',
  'สื่อสาร',
  'ปรับปรุงงาน',
  'เปิดเผยข้อมูล',
  'ป้องกันทุจริต',
];

// W09: abbreviated indicator names, three-decimal totals, a ranking table. Planted: a grade, a
// ranking row whose score disagrees with the score table, a rank out of order.
{
  const F = 'w09-scores-abbrev-ranking.xlsx';
  const rows = [['ปี', 'หน่วยงาน', ...ABBR, 'คะแนนรวม', 'ระดับ']];
  for (const [y, s] of Object.entries(Y)) {
    const t = round3(total4(s));
    rows.push([Number(y), 'อบต.หนองบัว', ...s, t, grade(t)]);
  }
  // 2563: 6·42,909 + 10·24,185 + 20·13,750 = 774,304 ten-thousandths = 77.4304 → B; planted "A"
  rows[1][13] = 'A';
  plant(
    F,
    'คะแนน',
    'N2',
    'A',
    `${grade(round2(total4(Y[2563])))} (total ${round3(total4(Y[2563]))})`,
    'score.grade-mismatch',
  );
  const ranked = Y[2565].map((v, i) => [v, i]).sort((a, b) => b[0] - a[0]);
  const rank = [['อันดับผลคะแนน ITA ปี ๒๕๖๕ อบต.หนองบัว'], ['อันดับ', 'ตัวชี้วัด', 'คะแนน']];
  ranked.forEach(([v, i], k) => rank.push([k + 1, `${i + 1}. ${NAMES[i]}`, v]));
  // planted: rank 4 row shows 92.84 for indicator 1 (table says 92.48)
  const r4 = rank.findIndex((x) => x[1] === `1. ${NAMES[0]}`);
  plant(F, 'อันดับ', `C${r4 + 1}`, '92.84', '92.48 (คะแนน!C4)', 'score.indicator-differs');
  rank[r4][2] = 92.84;
  // planted: swap the scores of the last two rows (rank 9 lower than rank 10)
  const n = rank.length;
  [rank[n - 1][2], rank[n - 2][2]] = [rank[n - 2][2], rank[n - 1][2]];
  // The rank cell is where the order is wrong; each swapped score also disagrees with the คะแนน tab.
  plant(F, 'อันดับ', `A${n - 1}`, String(rank[n - 2][2]), String(rank[n - 1][2]), 'ita.rank-order');
  plant(F, 'อันดับ', `C${n - 1}`, String(rank[n - 2][2]), String(rank[n - 1][2]), 'score.indicator-differs');
  plant(F, 'อันดับ', `C${n}`, String(rank[n - 1][2]), String(rank[n - 2][2]), 'score.indicator-differs');
  await write(F, [
    { name: 'คะแนน', rows, widths: [8, 16, ...ABBR.map(() => 12), 12, 8] },
    { name: 'อันดับ', rows: rank, merges: ['A1:C1'], widths: [8, 40, 10] },
  ]);
}

// W15: as W09 with the full indicator names, and the ranking table carrying its year and agency in
// columns, so that the two tables can be compared. Planted: the same three errors.
{
  const F = 'w15-scores-fullnames-ranking.xlsx';
  const rows = [['ปี', 'หน่วยงาน', ...NAMES, 'คะแนนรวม', 'ระดับ']];
  for (const [y, s] of Object.entries(Y)) {
    const t = round3(total4(s));
    rows.push([Number(y), 'อบต.หนองบัว', ...s, t, grade(t)]);
  }
  rows[1][13] = 'A'; // 77.430 is B
  plant(F, 'คะแนน', 'N2', 'A', 'B (77.430)', 'score.grade-mismatch');
  const rank = [['ปี', 'หน่วยงาน', 'อันดับ', 'ตัวชี้วัด', 'คะแนน']];
  Y[2565]
    .map((v, i) => [v, i])
    .sort((a, b) => b[0] - a[0])
    .forEach(([v, i], k) => rank.push([2565, 'อบต.หนองบัว', k + 1, `ตัวชี้วัดที่ ${i + 1} ${NAMES[i]}`, v]));
  const r = rank.findIndex((x) => x[3] === `ตัวชี้วัดที่ 1 ${NAMES[0]}`);
  rank[r][4] = 92.84;
  plant(F, 'อันดับ', `E${r + 1}`, '92.84', '92.48 (คะแนน!C4)', 'score.indicator-differs');
  await write(F, [
    { name: 'คะแนน', rows, widths: [8, 16, ...NAMES.map(() => 14), 12, 8] },
    { name: 'อันดับ', rows: rank, widths: [8, 16, 8, 40, 10] },
  ]);
}

// W10: letterhead, header on row 5, full indicator names with numbers, two-decimal totals, three
// years of one agency. Entirely correct; used for the ITA analysis report.
{
  const F = 'w10-scores-letterhead-correct.xlsx';
  const rows = [
    ['ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)'],
    ['องค์การบริหารส่วนตำบลหนองบัว อำเภอเมืองขอนแก่น จังหวัดขอนแก่น'],
    ['ข้อมูลจากระบบ ITAS'],
    [],
    ['ปีงบประมาณ', 'หน่วยงาน', ...NAMES.map((n, i) => `ตัวชี้วัดที่ ${i + 1} ${n}`), 'คะแนนรวม', 'ระดับผลการประเมิน'],
  ];
  for (const [y, s] of Object.entries(Y)) {
    const t = round2(total4(s));
    rows.push([`พ.ศ. ${th(y)}`, 'อบต.หนองบัว', ...s, t, grade(t)]);
  }
  await write(F, [
    {
      name: 'ผลคะแนน ITA',
      rows,
      merges: ['A1:N1', 'A2:N2'],
      widths: [12, 16, ...NAMES.map(() => 14), 10, 10],
    },
  ]);
}

// W17: one agency's three years with no agency column (the agency is in the letterhead, row 2) and a
// source line on row 3. Entirely correct: 77.43 B, 89.67 A, 92.87 A.
{
  const rows = [
    ['ผลการประเมิน ITA ย้อนหลัง ๓ ปี'],
    ['องค์การบริหารส่วนตำบลหนองบัว อำเภอเมืองขอนแก่น จังหวัดขอนแก่น'],
    ['ข้อมูลจากระบบ ITAS'],
    [],
    ['ปีงบประมาณ', ...NAMES.map((x, i) => `ตัวชี้วัดที่ ${i + 1} ${x}`), 'คะแนนรวม', 'ระดับ'],
  ];
  for (const [y, s] of Object.entries(Y)) {
    const t = round2(total4(s));
    rows.push([`พ.ศ. ${th(y)}`, ...s, t, grade(t)]);
  }
  await write('w17-scores-no-agency-column.xlsx', [{ name: 'คะแนนย้อนหลัง', rows }]);
}

// ---------------------------------------------------------------------------------------------
// W11: tabs that are none of the tables: a staff list, an activity calendar, an empty tab, a tab with
// only a title. Each must be skipped (info), none read as a table.
await write('w11-not-tables.xlsx', [
  {
    name: 'รายชื่อพนักงาน',
    rows: [
      ['บัญชีรายชื่อพนักงานส่วนตำบล'],
      ['ลำดับ', 'ชื่อ-สกุล', 'ตำแหน่ง', 'สังกัด', 'เบอร์โทร'],
      [1, 'นายสมชาย ใจดี', 'ปลัด อบต.', 'สำนักปลัด', '081-234-5678'],
      [2, 'นางสาวสมหญิง รักงาน', 'นักวิเคราะห์นโยบายและแผน', 'สำนักปลัด', '089-111-2222'],
      [3, 'นายวิชัย มั่นคง', 'ผู้อำนวยการกองคลัง', 'กองคลัง', '-'],
    ],
  },
  {
    name: 'ปฏิทินกิจกรรม',
    rows: [
      ['ปฏิทินกิจกรรม ประจำปี ๒๕๖๖'],
      ['วันที่', 'กิจกรรม', 'สถานที่', 'ผู้รับผิดชอบ'],
      ['๕ ธ.ค. ๒๕๖๕', 'วันพ่อแห่งชาติ', 'ที่ว่าการอำเภอ', 'สำนักปลัด'],
      ['๑๓ เม.ย. ๒๕๖๖', 'สงกรานต์', 'ลานวัด', 'กองการศึกษา'],
      ['๙ ธ.ค. ๒๕๖๕', 'วันต่อต้านคอร์รัปชันสากล', 'ห้องประชุม อบต.', 'สำนักปลัด'],
    ],
  },
  { name: 'ว่าง', rows: [] },
  { name: 'หน้าปก', rows: [[], [], ['รายงานผลการดำเนินงาน ประจำปีงบประมาณ ๒๕๖๖']] },
]);

// W12: one agency's real-looking workbook: plan (correct), a measures table of only the weak O items
// (not contiguous on purpose), a progress report (correct), the scores (correct), a staff list.
{
  let n = 0;
  const plan = [
    ['แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๖ - ๒๕๗๐)'],
    [
      'มิติ',
      'ภารกิจตามมิติ',
      'โครงการ/กิจกรรม/มาตรการ',
      'ปี ๒๕๖๖',
      'ปี ๒๕๖๗',
      'ปี ๒๕๖๘',
      'ปี ๒๕๖๙',
      'ปี ๒๕๗๐',
      'หมายเหตุ',
    ],
  ];
  for (const d of DIMS) {
    d.projects.forEach((p, i) => {
      n += 1;
      plan.push([i === 0 ? d.dim : '', p[0], `${n}) ${p[1]}`, ...p[2], '']);
    });
    plan.push(['รวม', COUNT(d.projects.length), '', ...yearTotals(d.projects), '']);
  }
  plan.push(['รวมทั้งสิ้น', COUNT(ALL.length), '', ...yearTotals(ALL), '']);
  const measures = [
    ['มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ ๒๕๖๖ (เฉพาะข้อที่ได้คะแนนต่ำ)'],
    ['ข้อ', 'มาตรการ/แนวทาง', 'วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ', 'การติดตามผล'],
    ['O12', 'รายงานการกำกับติดตามการดำเนินงาน', 'รายงานรอบ ๖ เดือน', 'กองวิชาการ', 'เม.ย. ๒๕๖๖', 'รายงานผู้บริหาร'],
    ['O13', 'รายงานผลการดำเนินงานประจำปี', 'สรุปผลประจำปี', 'กองวิชาการ', 'ก.ย. ๒๕๖๖', 'รายงานผู้บริหาร'],
    ['O36', 'การประเมินความเสี่ยงการทุจริต', 'ประชุมคณะทำงาน', 'สำนักปลัด', 'ต.ค.-ธ.ค. ๒๕๖๕', 'รายงานผู้บริหาร'],
    ['O37', 'การดำเนินการเพื่อจัดการความเสี่ยง', 'ติดตามมาตรการ', 'สำนักปลัด', 'ม.ค.-มิ.ย. ๒๕๖๖', 'รายงานผู้บริหาร'],
  ];
  const progress = [
    ['รายงานผลการดำเนินการตามมาตรการฯ ประจำปีงบประมาณ ๒๕๖๖ รอบ ๑๒ เดือน'],
    [
      'ลำดับ',
      'มาตรการ/กิจกรรม',
      'วิธีดำเนินการ',
      'ระยะเวลา',
      'ผู้รับผิดชอบ',
      'ดำเนินการแล้ว',
      'ยังไม่ได้ดำเนินการ',
      'สรุปผล',
    ],
    [
      '๑',
      'รายงานการกำกับติดตาม',
      'รายงานรอบ ๖ เดือน',
      'เม.ย. ๒๕๖๖',
      'กองวิชาการ',
      '✓',
      '',
      'เสนอผู้บริหารเมื่อ ๒๘ เม.ย. ๒๕๖๖',
    ],
    ['๒', 'รายงานผลประจำปี', 'สรุปผลประจำปี', 'ก.ย. ๒๕๖๖', 'กองวิชาการ', '', '✓', 'จะดำเนินการเดือนกันยายน'],
    [
      '๓',
      'ประเมินความเสี่ยง',
      'ประชุมคณะทำงาน',
      'ต.ค.-ธ.ค. ๒๕๖๕',
      'สำนักปลัด',
      '✓',
      '',
      'ดำเนินการแล้ว ๒ ครั้ง อยู่ระหว่างดำเนินการครั้งที่ ๓',
    ],
    ['๔', 'จัดการความเสี่ยง', 'ติดตามมาตรการ', 'ม.ค.-มิ.ย. ๒๕๖๖', 'สำนักปลัด', '✓', '', 'ดำเนินการแล้ว'],
  ];
  const scores = [['ปีงบประมาณ', 'หน่วยงาน', ...NAMES.map((x, i) => `${i + 1} ${x}`), 'คะแนนรวม', 'ระดับ']];
  for (const [y, s] of Object.entries(Y)) {
    const t = round2(total4(s));
    scores.push([y, 'อบต.หนองบัว', ...s, t, grade(t)]);
  }
  await write('w12-agency-workbook-correct.xlsx', [
    { name: 'แผน', rows: plan, merges: ['A1:I1'] },
    { name: 'มาตรการ', rows: measures, merges: ['A1:F1'] },
    { name: 'รายงานผล', rows: progress, merges: ['A1:H1'] },
    { name: 'คะแนน', rows: scores },
    {
      name: 'บุคลากร',
      rows: [
        ['ลำดับ', 'ชื่อ-สกุล', 'ตำแหน่ง'],
        [1, 'นายสมชาย ใจดี', 'ปลัด อบต.'],
      ],
    },
  ]);
}

writeFileSync(join(HERE, 'planted.json'), JSON.stringify(planted, null, 2) + '\n');
console.log(`wrote 17 workbooks, ${planted.length} planted errors`);
