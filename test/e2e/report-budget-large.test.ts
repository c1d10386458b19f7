// The plan budget summary with amounts of ten million and more (issue 11 §5, tryout r11a/r11b):
// printed through `report --pdf` (LibreOffice, A4 portrait, fit to width) they must read whole, never
// as ### (a cut number reads as a wrong one) and, in Thai digits (text), never wrapped mid-number
// ("๑๑,๒๕๐,๑๒๕." over "๐๐") or run into the next cell. Both ways on one plan the test writes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { type CliRun, cli } from './in-process';

const TEMPLATE = 'สรุปงบประมาณตามแผน';
const toThaiDigits = (text: string) => text.replace(/\d/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)]);

// Worked by hand: มิติ ๑ has two projects, 2566 11,250,125.00 + 1,000,000.00 = 12,250,125.00 each year
// (five years), its total 61,250,625.00; มิติ ๒ one project of 52,500,625.00 a year, total
// 262,503,125.00. Yearly totals 12,250,125.00 + 52,500,625.00 = 64,750,750.00; grand total
// 61,250,625.00 + 262,503,125.00 = 323,753,750.00.
const FIGURES = [
  '12,250,125.00',
  '61,250,625.00',
  '52,500,625.00',
  '262,503,125.00',
  '64,750,750.00',
  '323,753,750.00',
];

async function planXlsx(path: string, thaiDigits: boolean): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('ตั้งค่ารายงาน');
  s.addRow(['รายการ / Setting', 'ค่า / Value']);
  s.addRow(['ชื่อหน่วยงาน / Agency', 'อบต.หนองบัว']);
  s.addRow(['ใช้เลขไทย / Thai digits', thaiDigits ? 'ใช่' : 'ไม่ใช่']);
  const ws = wb.addWorksheet('งบประมาณ');
  ws.addRow(['มิติ', 'โครงการ', 'ปี ๒๕๖๖', 'ปี ๒๕๖๗', 'ปี ๒๕๖๘', 'ปี ๒๕๖๙', 'ปี ๒๕๗๐']);
  ws.addRow(['มิติที่ ๑ การสร้างสังคมที่ไม่ทนต่อการทุจริต', '๑) โครงการอบรมคุณธรรม', ...new Array(5).fill(11250125)]);
  ws.addRow(['', '๒) โครงการค่ายเยาวชน', ...new Array(5).fill(1000000)]);
  ws.addRow(['มิติที่ ๒ การบริหารราชการเพื่อป้องกันการทุจริต', '๓) โครงการเผยแพร่ข้อมูล', ...new Array(5).fill(52500625)]);
  await wb.xlsx.writeFile(path);
}

async function printed(thaiDigits: boolean): Promise<{ run: CliRun; text: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'ita-budget-large-'));
  const input = join(dir, 'plan.xlsx');
  const out = join(dir, 'out.xlsx');
  const pdf = join(dir, 'budget.pdf');
  await planXlsx(input, thaiDigits);
  const run = await cli('report', input, '--template', TEMPLATE, '--out', out, '--pdf', pdf, '--json');
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  return { run, text };
}

describe('large plan amounts printed whole', () => {
  it('Arabic digits: no ###, every figure on one line', async () => {
    const { run, text } = await printed(false);
    expect(run.status).toBe(0);
    expect(text).not.toContain('###');
    for (const figure of FIGURES) expect(text).toContain(figure);
  }, 180_000);

  it('Thai digits: every amount on one line, each its own (none run into the next)', async () => {
    const { run, text } = await printed(true);
    expect(run.status).toBe(0);
    expect(text).not.toContain('###');
    // Whole figures, each bounded by a space or the line's end: two amounts that ran together would
    // read as one token, and a wrapped one would be split over two lines.
    const tokens = text.split(/\s+/);
    for (const figure of FIGURES) expect(tokens).toContain(toThaiDigits(figure));
  }, 180_000);
});
