// `ita-sheets export` in process: the export menu actions through the bundle, and what the emulated
// Drive received written to the paths given.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cli, json } from './in-process';

const DEMO = join(__dirname, '..', '..', 'examples', 'demo.xlsx');

it('exports the scored demo results tab as PDF and as a one-tab xlsx of values', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ita-export-cli-'));
  const scored = join(dir, 'scored.xlsx');
  await cli('score', DEMO, '--sheet', 'คะแนน ITA', '--out', scored);
  const pdf = join(dir, 'out', 'results.pdf');
  const xlsx = join(dir, 'out', 'results.xlsx');
  const run = await cli('export', scored, '--sheet', 'ผลคะแนน ITA', '--pdf', pdf, '--xlsx', xlsx, '--json');
  expect(run.status).toBe(0);
  const doc = json(run);
  expect(doc.ok).toBe(true);
  expect(doc.written.map((w: { format: string }) => w.format)).toEqual(['pdf', 'xlsx']);
  expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['ผลคะแนน ITA']);
  // No formula anywhere in the copy: a program without the add-in shows what Sheets showed.
  let formulas = 0;
  wb.worksheets[0].eachRow((row) => row.eachCell((cell) => (formulas += cell.formula ? 1 : 0)));
  expect(formulas).toBe(0);
});

it('needs --pdf or --xlsx, and a name with the right extension', async () => {
  const none = await cli('export', DEMO);
  expect(none.status).toBe(2);
  expect(none.stderr).toContain('export needs --pdf FILE or --xlsx FILE');
  const wrong = await cli('export', DEMO, '--pdf', 'out.xlsx');
  expect(wrong.status).toBe(2);
  expect(wrong.stderr).toContain('the name must end in .pdf');
});
