// Every built-in template follows the settings' "ใช้เลขไทย / Thai digits" option in every figure it
// prints (issue 11 §5.3): with the option off no Thai digit appears in a figure (a year, a score, a
// pass mark in a header, a project's number); with it on no Arabic digit appears and no cell is left
// a number (Sheets would show it in Arabic digits). Through the built bundle in the emulator, on
// workbooks whose own typed text is in the digits asked for (typed text is printed as typed). The
// section numbers of a heading ("๑. ผลการประเมินภาพรวม") are the document's numbering, not figures.
import ExcelJS from 'exceljs';
import { HANDLERS } from '../../contract/actions';
import { GENERATED_TAG } from '../../contract/metadata';
import { openRuntime } from '../../local/runtime';
import { HEADER, PROJECT_TAB, projectRow } from './projectBook';

type Summary = Record<string, any>;
const SETTINGS = 'ตั้งค่ารายงาน';
const THAI = /[๐-๙]/;
const ARABIC = /[0-9]/;
const thai = (text: string) => text.replace(/\d/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)]);

function settings(wb: ExcelJS.Workbook, on: boolean) {
  const s = wb.addWorksheet(SETTINGS);
  s.addRow(['รายการ / Setting', 'ค่า / Value']);
  s.addRow(['ชื่อหน่วยงาน / Agency', 'อบต.หนองบัว']);
  s.addRow(['ปีงบประมาณ / Fiscal year', on ? '๒๕๖๖' : '2566']);
  s.addRow(['ใช้เลขไทย / Thai digits', on ? 'ใช่' : 'ไม่']);
}

// Two ITA years (the scores of reports.test.ts): 2565 totals 89.67 (A), 2564 71.00; indicators 7
// (79.50) and 8 (82.25) are under the pass mark 85, so sections ๕ and the O42 memo list them.
function itaBook(on: boolean): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('คะแนน');
  const no = (n: number) => (on ? thai(String(n)) : String(n));
  ws.addRow(['ปีงบประมาณ', 'หน่วยงาน', ...Array.from({ length: 10 }, (_, i) => `ตัวชี้วัดที่ ${no(i + 1)}`)]);
  ws.addRow([2564, 'อบต.หนองบัว', 70, 70, 70, 70, 70, 80, 80, 80, 60, 70]);
  ws.addRow([2565, 'อบต.หนองบัว', 90.12, 88.4, 93.75, 86.02, 91.1, 85.33, 79.5, 82.25, 90.0, 100.0]);
  settings(wb, on);
  return wb;
}

function progressBook(on: boolean): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  settings(wb, on);
  const p = wb.addWorksheet('ผลการดำเนินการ');
  p.addRow(['ที่', 'มาตรการ/แนวทาง', 'ผู้รับผิดชอบ', 'ดำเนินการแล้ว', 'ยังไม่ได้ดำเนินการ']);
  p.addRow([1, 'เผยแพร่ข้อมูลข่าวสารทางเว็บไซต์', 'สำนักปลัด', '✓', '']);
  p.addRow([2, 'ปรับปรุงช่องทางร้องเรียนการทุจริต', 'กองช่าง', '', '✓']);
  return wb;
}

function planBook(on: boolean): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  settings(wb, on);
  const d = (text: string) => (on ? thai(text) : text);
  const ws = wb.addWorksheet('งบประมาณ');
  ws.addRow(['มิติ', 'โครงการ', ...[2566, 2567, 2568, 2569, 2570].map((y) => d(`ปี ${y}`))]);
  ws.addRow([d('มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต'), d('1) โครงการอบรม'), 20000, 20000, 20000, 20000, 20000]);
  ws.addRow([d('มิติที่ 2 การบริหารราชการ'), d('2) โครงการเผยแพร่ข้อมูล'), 3500, 3500, 3500, 3500, 3500.5]);
  return wb;
}

function projectsBook(on: boolean): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  settings(wb, on);
  const ws = wb.addWorksheet(PROJECT_TAB);
  ws.addRow(HEADER);
  for (const n of [1, 2]) ws.addRow(projectRow(n).map((v) => (on && typeof v === 'string' ? thai(v) : v)));
  return wb;
}

/** The texts of every tab the report wrote (a set writes one per record), and its number cells. */
async function generated(
  wb: ExcelJS.Workbook,
  template: string,
): Promise<{ texts: string[]; numbers: number[]; tabs: number }> {
  const rt = await openRuntime(wb);
  rt.run(HANDLERS.addTemplates);
  rt.env.active = rt.env.workbook.getWorksheet(template)!;
  const summary = rt.run(HANDLERS.generateReport) as Summary;
  expect(summary).toMatchObject({ ok: true });
  const texts: string[] = [];
  const numbers: number[] = [];
  let tabs = 0;
  rt.env.workbook.eachSheet((ws) => {
    if (!rt.env.metadata.get(`sheet:${ws.name}`)?.has(GENERATED_TAG)) return;
    tabs++;
    ws.eachRow((row) =>
      row.eachCell((c) => {
        // The chart's own numbers, in columns hidden beside the report, are the chart's data.
        if (ws.getColumn(c.col).hidden) return;
        if (typeof c.value === 'number') numbers.push(c.value);
        else if (typeof c.value === 'string') texts.push(c.value);
      }),
    );
  });
  return { texts, numbers, tabs };
}

// A heading's own section number or a form's item number ("๑." alone in its cell), kept as the
// document's numbering.
const withoutSectionNumber = (text: string) => text.replace(/^[๐-๙]+\.(\s|$)/, '');

const TEMPLATES: [string, (on: boolean) => ExcelJS.Workbook, string[], string[]][] = [
  // [template, workbook, figures it must print with the option off, the same printed with it on]
  [
    'รายงานวิเคราะห์ผล ITA',
    itaBook,
    ['พ.ศ. 2565', 'คะแนนรวม 89.67', 'ผ่านเกณฑ์ 85', 'ห่างจาก 85', 'ห่างจาก 95', 'ต่ำกว่า 85 คะแนน'],
    ['พ.ศ. ๒๕๖๕', 'คะแนนรวม ๘๙.๖๗', 'ผ่านเกณฑ์ ๘๕', 'ห่างจาก ๘๕', 'ห่างจาก ๙๕', 'ต่ำกว่า ๘๕ คะแนน'],
  ],
  ['มาตรการส่งเสริมคุณธรรม O42', itaBook, ['พ.ศ. 2565', 'ต่ำกว่า 85 คะแนน'], ['พ.ศ. ๒๕๖๕', 'ต่ำกว่า ๘๕ คะแนน']],
  ['รายงานผลตามมาตรการ O43', progressBook, ['พ.ศ. 2566'], ['พ.ศ. ๒๕๖๖']],
  // 20,000 + 3,500 = 23,500 a year; 2570 20,000 + 3,500.50 = 23,500.50; grand 117,500.50.
  ['สรุปงบประมาณตามแผน', planBook, ['พ.ศ. 2566 – 2570', '117,500.50'], ['พ.ศ. ๒๕๖๖ – ๒๕๗๐', '๑๑๗,๕๐๐.๕๐']],
  ['แบบฟอร์มโครงการ', projectsBook, ['โครงการที่ 1', 'โครงการที่ 2'], ['โครงการที่ ๑', 'โครงการที่ ๒']],
];

describe.each(TEMPLATES)('%s follows the Thai-digits option', (template, book, arabic, thaiFigures) => {
  it('off: no Thai digit in any figure', async () => {
    const { texts, tabs } = await generated(book(false), template);
    expect(tabs).toBeGreaterThan(0);
    const all = texts.join('\n');
    for (const figure of arabic) expect(all).toContain(figure);
    expect(texts.map(withoutSectionNumber).filter((t) => THAI.test(t))).toEqual([]);
  });

  it('on: no Arabic digit and no number cell', async () => {
    const { texts, numbers, tabs } = await generated(book(true), template);
    expect(tabs).toBeGreaterThan(0);
    const all = texts.join('\n');
    for (const figure of thaiFigures) expect(all).toContain(figure);
    expect(texts.filter((t) => ARABIC.test(t))).toEqual([]);
    expect(numbers).toEqual([]);
  });
});
