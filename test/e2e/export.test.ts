// `ita-sheets export` in process: the export menu actions through the bundle, and what the emulated
// Drive received written to the paths given.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { convertAll, libreOfficeStarts, TEMP_PREFIX } from '../../local/export/libreoffice';
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

describe('temporary folders', () => {
  // os.tmpdir() reads TMPDIR on each call: this file's worker gets a folder of its own, so what is
  // left in it is what this run left (other test files export in other workers at the same time).
  const saved = process.env.TMPDIR;
  let tmp: string;
  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), 'ita-tmp-check-'));
    process.env.TMPDIR = tmp;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  });

  it('leaves no folder of its own in os.tmpdir() after an export, LibreOffice started once', async () => {
    const out = mkdtempSync(join(saved ?? '/tmp', 'ita-export-out-'));
    const scored = join(out, 'scored.xlsx');
    await cli('score', DEMO, '--sheet', 'คะแนน ITA', '--out', scored);
    const starts = libreOfficeStarts;
    const pdf = join(out, 'results.pdf');
    const run = await cli(
      'export',
      scored,
      '--sheet',
      'ผลคะแนน ITA',
      '--pdf',
      pdf,
      '--xlsx',
      join(out, 'r.xlsx'),
    );
    expect(run.status).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(libreOfficeStarts - starts).toBe(1);
    // Before, three folders stayed: the copies, LibreOffice's profile and its output.
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('removes its folder when LibreOffice fails too', () => {
    const out = join(tmp, 'mine');
    expect(() => convertAll([join(tmp, 'no-such-file.xlsx')], 'pdf', out)).toThrow(
      /LibreOffice did not convert/,
    );
    expect(readdirSync(tmp).filter((name) => name.startsWith(TEMP_PREFIX))).toEqual([]);
  });
});
