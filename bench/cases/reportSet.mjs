// One tab per record: the built-in project sheet ("แบบฟอร์มโครงการ") over a projects table of 5 and
// 45 projects, through the bundle in the emulator. Apps Script calls grow with the tabs only (at most
// 6 a tab, test/actions/reportSets.test.ts); regenerating also deletes the old set's tabs. The set
// exported as one PDF is timed with LibreOffice (started once).
import { createRequire } from 'node:module';
import { join } from 'node:path';

const HEADER = [
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

export default async ({ root, median }) => {
  const require = createRequire(import.meta.url);
  const ExcelJS = require(join(root, 'node_modules', 'exceljs'));
  const { openRuntime } = require(join(root, 'dist', 'runtime.js'));
  const codePath = join(root, 'build', 'Code.js');
  const book = (count) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('โครงการ');
    ws.addRow(['รายละเอียดโครงการ ประจำปีงบประมาณ 2566']);
    ws.addRow(HEADER);
    for (let n = 1; n <= count; n++)
      ws.addRow([
        n,
        `โครงการพัฒนาหมู่บ้านที่ ${n}`,
        `ด้วยหมู่บ้านที่ ${n} ยังขาดการมีส่วนร่วมของประชาชนในการป้องกันการทุจริต จึงจัดทำโครงการนี้เพื่อส่งเสริมความโปร่งใสและการตรวจสอบการใช้งบประมาณโดยภาคประชาชน`,
        'เพื่อส่งเสริมคุณธรรม',
        `ประชาชน ${n * 10} คน`,
        `หมู่ที่ ${n}`,
        '1. ประชุมชี้แจง\n2. จัดอบรม',
        'ตุลาคม 2565 – กันยายน 2566',
        n * 10000 + 500.25,
        'สำนักปลัด',
        'ประชาชนมีความรู้',
      ]);
    return wb;
  };
  const open = async (count) => {
    const rt = await openRuntime(book(count), { codePath, answers: ['YES', 'YES'] });
    rt.run('addReportTemplates');
    rt.env.active = rt.env.workbook.getWorksheet('แบบฟอร์มโครงการ');
    return rt;
  };
  const calls = async (count) => {
    const rt = await open(count);
    rt.env.counter.reset();
    const summary = rt.run('generateReport');
    if (summary.set?.tabs.length !== count) throw new Error(`expected ${count} tabs`);
    const fresh = rt.env.counter.total();
    rt.env.active = rt.env.workbook.getWorksheet('แบบฟอร์มโครงการ');
    rt.env.counter.reset();
    rt.run('generateReport');
    return { fresh, again: rt.env.counter.total() };
  };
  const five = await calls(5);
  const many = await calls(45);
  const perTab = (many.fresh - five.fresh) / 40;
  const generate45 = await median(
    async () => {
      const rt = await open(45);
      rt.run('generateReport');
    },
    { runs: 5, warmup: 1 },
  );
  const pdf45 = await median(
    async () => {
      const rt = await open(45);
      rt.run('generateReport');
      // Set tabs are named with the record's ลำดับ first ("1 โครงการพัฒนาหมู่บ้านที่ 1").
      const first = rt.env.workbook.worksheets.find((ws) => / โครงการพัฒนาหมู่บ้านที่ 1$/.test(ws.name));
      if (!first) throw new Error('no tab of the set for project 1');
      rt.env.active = first;
      rt.run('exportTabAsPdf');
      const files = await rt.driveFiles();
      if (files.length !== 1) throw new Error('expected one PDF');
      // The whole set, one page a project: a PDF of one tab would time the wrong thing.
      const pages = (
        Buffer.from(files[0].bytes)
          .toString('latin1')
          .match(/\/Type\s*\/Page\b(?!s)/g) ?? []
      ).length;
      if (pages !== 45) throw new Error(`expected 45 pages in the set's PDF, got ${pages}`);
    },
    { runs: 1, warmup: 0 },
  );
  return [
    { name: 'project-sheet set, 5 projects: Apps Script calls', value: five.fresh, unit: 'calls' },
    { name: 'project-sheet set, 45 projects: Apps Script calls', value: many.fresh, unit: 'calls' },
    { name: 'project-sheet set: calls per tab (45 vs 5)', value: perTab, unit: 'calls', budget: 6 },
    {
      name: 'project-sheet set, 45 projects, regenerated: calls',
      value: many.again,
      unit: 'calls',
      note: `${((many.again - five.again) / 40).toFixed(1)} a tab: the old tab found and deleted, the new one written`,
    },
    {
      name: 'project-sheet set, 45 projects: open, add templates, generate',
      value: generate45,
      unit: 'ms',
    },
    {
      name: 'project-sheet set, 45 projects: generate + one PDF of the set',
      value: pdf45,
      unit: 'ms',
      note: 'LibreOffice started once',
    },
  ];
};
