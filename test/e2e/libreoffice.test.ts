// What a person sees when opening the .xlsx the runtime saved in LibreOffice (issue 8 §5): every
// formula shows the value the runtime computed, spilled custom functions included (LibreOffice
// recalculated the array formulas they used to be saved as and showed #NAME? in every spilled cell).
// The files are converted with LibreOffice headless in one run and read back.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { openRuntime } from '../../local/runtime';
import { convertWithLibreOffice } from '../helpers/libreoffice';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'ita-lo-test-'));
const f = (formula: string): ExcelJS.CellFormulaValue => ({ formula }) as ExcelJS.CellFormulaValue;

/** Scores with a one-cell custom function, a spilled one, native formulas over the spill, and text. */
async function writeInput(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Scores');
  ws.addRows([
    ['หน่วยงาน', 'คะแนน', 'ระดับ', 'ระดับทั้งช่วง', 'จำนวน A', 'รวม', 'หมายเหตุ'],
    [
      '=อบต.ก',
      89.67,
      f('ITA_GRADE(B2)'),
      f('ITA_GRADE(B2:B4)'),
      f('COUNTIF(D2:D4,"A")'),
      f('SUM(B2:B4)'),
      '00123',
    ],
    ['อบต. ข', 96, null, null, null, null, '1/10/2565'],
    ['อบต. ค', 40, null, null, null, null, null],
  ]);
  // A second sheet: a spill two columns wide (ITA_BREAKDOWN-like shape through ARABIC_DIGITS).
  const other = wb.addWorksheet('ปี');
  other.addRows([
    ['๒๕๖๖', '๑๐'],
    ['๒๕๖๗', '๒๐'],
  ]);
  other.getCell('C1').value = f('ARABIC_DIGITS(A1:B2)');
  await wb.xlsx.writeFile(path);
}

/** What each cell holds as a program shows it: a formula's cached result, else the value. */
async function shown(path: string, sheet: string, range: string[]): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet(sheet)!;
  return range.map((a1) => {
    const cell = ws.getCell(a1);
    return cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
  });
}

async function formulaCount(path: string): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  let n = 0;
  for (const ws of wb.worksheets)
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) n++;
      }),
    );
  return n;
}

const SCORES = ['A2', 'B2', 'C2', 'D2', 'D3', 'D4', 'E2', 'F2', 'G2', 'G3'];
// 89.67 → A, 96 → AA, 40 → F (DOMAIN.md bands); one A in D2:D4; 89.67 + 96 + 40 = 225.67.
const SCORES_SHOWN = ['=อบต.ก', 89.67, 'A', 'A', 'AA', 'F', 1, 225.67, '00123', '1/10/2565'];
const YEARS = ['C1', 'D1', 'C2', 'D2'];
const YEARS_SHOWN = ['2566', '10', '2567', '20'];

describe('the saved .xlsx opened in LibreOffice', () => {
  const input = join(dir, 'input.xlsx');
  const saved = join(dir, 'saved.xlsx');
  const values = join(dir, 'values.xlsx');
  const cliOut = join(dir, 'cli-values.xlsx');
  let converted: string[];
  let cli: ReturnType<typeof spawnSync>;
  beforeAll(async () => {
    await writeInput(input);
    const rt = await openRuntime(input);
    await rt.save(saved);
    await rt.save(values, { values: true });
    cli = spawnSync(process.execPath, [CLI, 'recalc', input, '--out', cliOut, '--values'], {
      encoding: 'utf8',
    });
    converted = convertWithLibreOffice([saved, values, cliOut], 'xlsx');
  }, 240_000);

  it('shows every computed value, spilled cells included, as the runtime saved it', async () => {
    expect(await shown(saved, 'Scores', SCORES)).toEqual(SCORES_SHOWN);
    expect(await shown(converted[0], 'Scores', SCORES)).toEqual(SCORES_SHOWN);
    expect(await shown(converted[0], 'ปี', YEARS)).toEqual(YEARS_SHOWN);
  });

  it('saved again by LibreOffice and reopened, its spills are spills again (not data blocking them)', async () => {
    const rt = await openRuntime(converted[0]);
    expect(rt.opened.errors).toEqual([]);
    expect(rt.opened.spills).toEqual([
      { sheet: 'Scores', range: 'D2:D4' },
      { sheet: 'ปี', range: 'C1:D2' },
    ]);
    const app = rt.context.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const scores = app.getActiveSpreadsheet().getSheetByName('Scores')!;
    // LibreOffice wrote the function it does not know in lower case; Sheets reads names in any case.
    expect(scores.getRange('D2:D4').getFormulas()).toEqual([['=ita_grade(B2:B4)'], [''], ['']]);
    expect(scores.getRange('D2:E4').getValues()).toEqual([
      ['A', 1],
      ['AA', ''],
      ['F', ''],
    ]);
  });

  it('keeps the formulas in the saved file (the anchor of a spill only)', async () => {
    // C2, D2, E2, F2 on Scores and C1 on ปี: five formulas, none in D3, D4, D1, C2:D2 of ปี.
    expect(await formulaCount(saved)).toBe(5);
  });

  it('a values-only copy has no formula and shows the same', async () => {
    expect(await formulaCount(values)).toBe(0);
    expect(await shown(values, 'Scores', SCORES)).toEqual(SCORES_SHOWN);
    expect(await shown(converted[1], 'Scores', SCORES)).toEqual(SCORES_SHOWN);
    expect(await shown(converted[1], 'ปี', YEARS)).toEqual(YEARS_SHOWN);
  });

  it('ita-sheets recalc --values writes that copy', async () => {
    expect(cli.stderr).toContain('wrote');
    expect(cli.status).toBe(0);
    expect(await formulaCount(cliOut)).toBe(0);
    expect(await shown(converted[2], 'Scores', SCORES)).toEqual(SCORES_SHOWN);
  });

  it('--values without --out is bad usage: nothing to write the copy to', () => {
    const run = spawnSync(process.execPath, [CLI, 'recalc', input, '--values'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--values goes with --out FILE');
  });
});
