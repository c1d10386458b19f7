// The CLI on real .xlsx files written by the test: what a user (or CI) runs.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { type CliRun, cli, json } from './in-process';

const dir = mkdtempSync(join(tmpdir(), 'ita-cli-'));

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

async function gradesWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('ผลคะแนน');
  ws.addRow(['หน่วยงาน', 'คะแนน', 'ระดับ']);
  const scores: (number | string)[] = [89.67, 94.995, 72.1, 50, 100, 49.99];
  for (const [i, s] of scores.entries()) ws.addRow([`อบต. ${i + 1}`, s]);
  ws.getCell('C2').value = { formula: 'ITA_GRADE(B2)' } as ExcelJS.CellFormulaValue;
  ws.getCell('D2').value = { formula: 'ITA_GRADE(B2:B100)' } as ExcelJS.CellFormulaValue;
  ws.getCell('E2').value = { formula: 'COUNTIF(D2:D7,"AA")' } as ExcelJS.CellFormulaValue;
  ws.getCell('G2').value = 'เก้าสิบ';
  ws.getCell('H2').value = { formula: 'ITA_GRADE(G2)' } as ExcelJS.CellFormulaValue;
  await wb.xlsx.writeFile(path);
}

async function read(path: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets[0];
}

const result = (ws: ExcelJS.Worksheet, a1: string) => {
  const v = ws.getCell(a1).value as { result?: unknown } | unknown;
  return v && typeof v === 'object' && 'result' in (v as object) ? (v as { result: unknown }).result : v;
};

describe('ita-sheets recalc', () => {
  const input = join(dir, 'grades.xlsx');
  const output = join(dir, 'grades-out.xlsx');
  let run: CliRun;
  let before: string;

  beforeAll(async () => {
    await gradesWorkbook(input);
    before = sha(input);
    run = await cli('recalc', input, '--out', output, '--json');
  });

  it('writes the grades as cached values, spilling the range call', async () => {
    const ws = await read(output);
    expect(result(ws, 'C2')).toBe('A');
    expect(['D2', 'D3', 'D4', 'D5', 'D6', 'D7'].map((a) => result(ws, a))).toEqual([
      'A',
      'AA',
      'C',
      'E',
      'AA',
      'F',
    ]);
    // Blank rows of the range stay blank.
    expect(result(ws, 'D8')).toBeNull();
    // A native formula over the spilled cells sees them.
    expect(result(ws, 'E2')).toBe(2);
    // The spill is saved as a plain formula with its value, the cells it filled as values, so
    // LibreOffice shows them (test/e2e/libreoffice.test.ts).
    expect(ws.getCell('D2').value).toEqual({ formula: 'ITA_GRADE(B2:B100)', result: 'A' });
    expect(ws.getCell('D3').value).toBe('AA');
  });

  it('shows a text score as an error with its message, and exits 1', async () => {
    expect(run.status).toBe(1);
    const doc = JSON.parse(run.stdout);
    expect(doc.ok).toBe(false);
    expect(doc.recalc.errors).toEqual([
      expect.objectContaining({
        sheet: 'ผลคะแนน',
        cell: 'H2',
        value: '#ERROR!',
        message: expect.stringMatching(/score must be a number from 0 to 100, got "เก้าสิบ"/),
      }),
    ]);
    const ws = await read(output);
    expect(result(ws, 'H2')).toEqual({ error: '#ERROR!' });
  });

  it('never modifies the input file', () => {
    expect(sha(input)).toBe(before);
  });

  it('gives the same results when run again on its own output', async () => {
    const again = join(dir, 'grades-again.xlsx');
    const second = await cli('recalc', output, '--out', again, '--json');
    expect(JSON.parse(second.stdout).recalc.errors).toHaveLength(1);
    const ws = await read(again);
    expect(['D2', 'D7'].map((a) => result(ws, a))).toEqual(['A', 'F']);
  });

  it('prints human output naming sheet and cell without --json', async () => {
    const human = await cli('recalc', input);
    expect(human.status).toBe(1);
    expect(human.stderr).toMatch(/#ERROR! ผลคะแนน!H2 =ITA_GRADE\(G2\): ITA_GRADE: /);
    expect(human.stderr).toMatch(/nothing saved/);
    expect(human.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('ita-sheets menus, functions and run', () => {
  it('lists the menu that onOpen builds', async () => {
    const run = await cli('menus', '--json');
    expect(run.status).toBe(0);
    const doc = json(run);
    expect(doc.ok).toBe(true);
    const handlers = doc.menus.flatMap((m: { items: { handler?: string }[] }) =>
      m.items.map((i) => i.handler),
    );
    expect(handlers).toContain('showAbout');
    // onOpen touches only the UI service (it runs in AuthMode.NONE for add-ons).
    expect(
      Object.keys(doc.calls).every((k) =>
        /^(SpreadsheetApp\.getUi|Ui\.|Menu\.|Session\.getActiveUserLocale)/.test(k),
      ),
    ).toBe(true);
  });

  it('prints the menu for a person on stdout, each item with the handler run --menu takes', async () => {
    const run = await cli('menus');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/→ --menu showAbout\n/);
    expect(run.stdout).toMatch(/→ --menu scoreItaSheet\n/);
  });

  it('--locale en runs as an English-locale user: captions put English first', async () => {
    const en = await cli('menus', '--locale', 'en');
    expect(en.stdout).toContain('  Score ITA sheet / คำนวณคะแนน ITA  → --menu scoreItaSheet\n');
    const th = await cli('menus');
    expect(th.stdout).toContain('  คำนวณคะแนน ITA / Score ITA sheet  → --menu scoreItaSheet\n');
  });

  it('lists every custom function with its help', async () => {
    const run = await cli('functions', '--json');
    expect(run.status).toBe(0);
    const doc = json(run);
    const grade = doc.functions.find((f: { name: string }) => f.name === 'ITA_GRADE');
    expect(grade.params[0]).toBe('score');
    expect(grade.description).toMatch(/grade/i);
    expect(grade.jsdoc).toMatch(/@customfunction/);
  });

  it('clicks a menu item and records the alert it shows', async () => {
    const input = join(dir, 'about.xlsx');
    await gradesWorkbook(input);
    const r = await cli('run', input, '--menu', 'showAbout', '--answer', 'OK', '--json');
    const doc = JSON.parse(r.stdout);
    expect(doc.actions).toEqual([expect.objectContaining({ handler: 'showAbout', ok: true })]);
    expect(doc.actions[0].calls['Ui.alert']).toBe(1);
    expect(doc.ui).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'alert', answer: 'OK' })]),
    );
  });
});
