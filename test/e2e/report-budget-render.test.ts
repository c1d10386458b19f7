// The plan budget summary (template (d)) as a person sees it: `ita-sheets report --template
// สรุปงบประมาณตามแผน --pdf` on an .xlsx the test writes, exported through the add-in's Export PDF
// menu (LibreOffice, A4 portrait, fit to width), read back with pdftotext; page 1 saved as
// out/report-plan-budget-page1.png for a person to look at.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { type CliRun, cli, json } from './in-process';
import { keepForLooking } from '../helpers/pdf';

const TEMPLATE = 'สรุปงบประมาณตามแผน';
const squash = (text: string) => text.replace(/[\s\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]+/g, '');

// Worked by hand: มิติ ๑ has projects ๑–๓: 2566 20,000 + 0 + 15,000 = 35,000; 2567 20,000 + 0 + 0 =
// 20,000; 2568 35,000; 2569 20,000; 2570 20,000 + 15,000.50 = 35,000.50; its total 145,000.50.
// มิติ ๒ has ๔–๕: 3,500 a year, 17,500. Years 38,500 / 23,500 / 38,500 / 23,500 / 38,500.50;
// grand total 162,500.50 = หนึ่งแสนหกหมื่นสองพันห้าร้อยบาทห้าสิบสตางค์. The sheet states 35,000 for
// มิติ ๑ in 2570 and 99,999 as the grand total of 2570: both are named in the notes, never printed
// as figures of the table.
async function planXlsx(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('ตั้งค่ารายงาน');
  s.addRow(['รายการ / Setting', 'ค่า / Value']);
  s.addRow(['ชื่อหน่วยงาน / Agency', 'อบต.หนองบัว']);
  const ws = wb.addWorksheet('งบประมาณ');
  ws.addRow(['มิติ', 'โครงการ', 'ปี ๒๕๖๖', 'ปี ๒๕๖๗', 'ปี ๒๕๖๘', 'ปี ๒๕๖๙', 'ปี ๒๕๗๐', 'หมายเหตุ']);
  ws.addRow(['มิติที่ ๑ การสร้างสังคมที่ไม่ทนต่อการทุจริต', '๑) โครงการอบรมคุณธรรม', 20000, 20000, 20000, 20000, 20000]);
  ws.addRow(['', '๒) มาตรการส่งเสริมจริยธรรม', ...new Array(5).fill('ไม่ใช้งบประมาณ')]);
  ws.addRow(['', '๓) โครงการค่ายเยาวชน', '15,000', '-', '15,000', '-', '15,000.50']);
  ws.addRow(['รวมมิติที่ ๑', 'จำนวน ๓ โครงการ', 35000, 20000, 35000, 20000, 35000]);
  ws.addRow(['มิติที่ ๒ การบริหารราชการเพื่อป้องกันการทุจริต', '๔) โครงการเผยแพร่ข้อมูล', 3500, 3500, 3500, 3500, 3500]);
  ws.addRow(['', '๕) กิจกรรมประกาศเจตจำนง', 0, 0, 0, 0, 0]);
  ws.addRow(['รวมมิติที่ ๒', 'จำนวน ๒ โครงการ', 3500, 3500, 3500, 3500, 3500]);
  ws.addRow(['รวมทั้งสิ้น', 'จำนวน ๕ โครงการ', 38500, 23500, 38500, 23500, 99999]);
  await wb.xlsx.writeFile(path);
}

describe('the plan budget summary printed through report --pdf', () => {
  let run: CliRun;
  let pdfText = '';
  const cellTexts: string[] = [];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ita-budget-'));
    const input = join(dir, 'plan.xlsx');
    const out = join(dir, 'out.xlsx');
    const pdf = join(dir, 'budget.pdf');
    await planXlsx(input);
    run = await cli('report', input, '--template', TEMPLATE, '--out', out, '--pdf', pdf, '--json');
    pdfText = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    wb.getWorksheet(json(run).report.tab)!.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.isMerged && cell.master !== cell) return;
        if (cell.text.trim()) cellTexts.push(cell.text);
      }),
    );
    keepForLooking(pdf, 'report-plan-budget');
  }, 180_000);

  it('exits 0 and names the PDF written', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(json(run).pdf).toMatchObject({
      path: expect.stringMatching(/budget\.pdf$/),
      bytes: expect.any(Number),
    });
  });

  it('shows the headings and the recomputed figures in Thai digits, and no #NAME?', () => {
    const text = squash(pdfText);
    for (const heading of [
      'สรุปงบประมาณตามแผนปฏิบัติการป้องกันการทุจริต',
      'อบต.หนองบัว ปีงบประมาณ พ.ศ. ๒๕๖๖ – ๒๕๗๐',
      'มิติที่ ๑ การสร้างสังคมที่ไม่ทนต่อการทุจริต',
    ])
      expect(text).toContain(squash(heading));
    // มิติ ๑: 3 projects, 2570 35,000.50, total 145,000.50; the total row 162,500.50.
    for (const figure of ['๓๕,๐๐๐.๕๐', '๑๔๕,๐๐๐.๕๐', '๓๘,๕๐๐.๕๐', '๑๖๒,๕๐๐.๕๐', '๑๗,๕๐๐.๐๐'])
      expect(text).toContain(figure);
    expect(text).toContain(squash('(หนึ่งแสนหกหมื่นสองพันห้าร้อยบาทห้าสิบสตางค์)'));
    // The stated 99,999 appears only inside the note that says it is wrong (in the report's digits).
    expect(text).toContain(squash('หมายเหตุ'));
    expect(pdfText.match(/๙๙,๙๙๙/g)?.length).toBe(1);
    expect(text).toContain(squash('เซลล์ G9: รวมทั้งสิ้น ปี ๒๕๗๐ เขียนไว้ ๙๙,๙๙๙.๐๐ บาท'));
    expect(pdfText).not.toContain('#NAME?');
  });

  it('prints every word of the tab: no text clipped away', () => {
    const text = squash(pdfText);
    const missing = cellTexts.flatMap((t) => t.split(/\s+/)).filter((w) => w && !text.includes(squash(w)));
    expect(missing).toEqual([]);
  });
});
