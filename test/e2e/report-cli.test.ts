// `ita-sheets report` on .xlsx files written by the test: the built-in templates added when the one
// named is missing, the report tab written, a missing template refused with the tabs there are.
// Figures worked by hand (DOMAIN.md §1): WORKED gives 89.67 (A); FAILING 71.00 (C).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cli, json } from './in-process';
import { projectBook, tabOf } from '../actions/projectBook';

const dir = mkdtempSync(join(tmpdir(), 'ita-report-cli-'));
const WORKED = [90.12, 88.4, 93.75, 86.02, 91.1, 85.33, 79.5, 82.25, 90.0, 100.0];
const FAILING = [70, 70, 70, 70, 70, 80, 80, 80, 60, 70];
const TEMPLATE = 'รายงานวิเคราะห์ผล ITA';

async function input(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('คะแนน');
  ws.addRow(['ปีงบประมาณ', 'หน่วยงาน', ...Array.from({ length: 10 }, (_, i) => `ตัวชี้วัดที่ ${i + 1}`)]);
  ws.addRow([2564, 'อบต.หนองบัว', ...FAILING]);
  ws.addRow([2565, 'อบต.หนองบัว', ...WORKED]);
  await wb.xlsx.writeFile(path);
}

describe('ita-sheets report', () => {
  const file = join(dir, 'scores.xlsx');
  const out = join(dir, 'report.xlsx');
  beforeAll(() => input(file));

  it('adds the built-in templates and writes the ITA analysis tab', async () => {
    const run = await cli('report', file, '--template', TEMPLATE, '--out', out, '--json');
    expect(run.status).toBe(0);
    const doc = json(run);
    // 38 rows: title, agency, blank, heading, total, change, blank (7); heading, header, 10 indicators
    // (12); blank, heading, header, 2 years (5); blank, heading, header, 3 tools (6); blank, heading,
    // and for indicators 7 and 8 (below 85) a line and 2 suggested measures each (8).
    expect(doc.report).toMatchObject({ ok: true, template: TEMPLATE, tab: `${TEMPLATE} 2565`, rows: 38 });
    expect(doc.actions.map((a: { handler: string }) => a.handler)).toEqual([
      'addReportTemplates',
      'generateReport',
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet(`${TEMPLATE} 2565`)!;
    expect(String(ws.getCell('A5').value)).toContain('คะแนนรวม 89.67 คะแนน ระดับ A');
    // Run again on its output: the templates are there; the earlier report is replaced on YES.
    const again = await cli('report', out, '--template', TEMPLATE, '--answer', 'YES', '--json');
    expect(again.status).toBe(0);
    expect(json(again).report).toMatchObject({ ok: true, tab: `${TEMPLATE} 2565`, replaced: true });
    expect(json(again).actions.map((a: { handler: string }) => a.handler)).toEqual(['generateReport']);
  });

  it('refuses a template the workbook does not have, naming its tabs', async () => {
    const run = await cli('report', file, '--template', 'ไม่มีแม่แบบนี้');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('ไม่มีแม่แบบนี้');
    expect(run.stderr).toContain(TEMPLATE);
  });

  it('needs --template', async () => {
    const run = await cli('report', file);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--template NAME');
  });

  it('--pdf must name a .pdf file: a usage error (exit 2) before anything is done', async () => {
    const run = await cli('report', file, '--template', TEMPLATE, '--pdf', join(dir, 'report.txt'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('the name must end in .pdf');
  });

  it('--pdf exports the report tab through the Export PDF menu, after generating it', async () => {
    const pdf = join(dir, 'analysis.pdf');
    const run = await cli('report', file, '--template', TEMPLATE, '--pdf', pdf, '--json');
    expect(run.status).toBe(0);
    const doc = json(run);
    expect(doc.actions.map((a: { handler: string }) => a.handler)).toEqual([
      'addReportTemplates',
      'generateReport',
      'exportTabAsPdf',
    ]);
    expect(doc.actions[2].result).toMatchObject({ ok: true, sheet: `${TEMPLATE} 2565`, format: 'pdf' });
    expect(doc.pdf).toMatchObject({ path: pdf });
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 120_000);
});

describe('ita-sheets report --template "แบบฟอร์มโครงการ"', () => {
  it('writes one tab per project of the projects table, says which column was read as which heading', async () => {
    const file = join(dir, 'projects.xlsx');
    const out = join(dir, 'projects-out.xlsx');
    // Four projects (no plan summary, so nothing to confirm): project n's budget is n × 10,000 + 500.25.
    await projectBook(4, { plan: false }).xlsx.writeFile(file);
    const run = await cli('report', file, '--template', 'แบบฟอร์มโครงการ', '--out', out);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(
      'filled "แบบฟอร์มโครงการ" into 4 tabs, one per record of "โครงการ" (4 records)',
    );
    expect(run.stderr).toContain('งบประมาณ ← I (งบประมาณ (บาท))');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    // Project 2: 20,500.25 baht → สองหมื่นห้าร้อยบาทยี่สิบห้าสตางค์.
    expect(wb.getWorksheet(tabOf(2))!.getCell('B18').value).toBe(
      'จำนวน 20,500.25 บาท (สองหมื่นห้าร้อยบาทยี่สิบห้าสตางค์)',
    );
    expect(wb.worksheets.filter((w) => w.name.includes('โครงการพัฒนา'))).toHaveLength(4);
  });
});
