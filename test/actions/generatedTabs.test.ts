// The add-in's own tabs: found by their tag (wherever the user moved or renamed them), rewritten in
// place, and never confused with a tab the user made, even one under the name of a tab the add-in
// made before and that was deleted. Through the built bundle in the emulator, on .xlsx bytes.
import ExcelJS from 'exceljs';
import { HANDLERS } from '../../contract/actions';
import { TAB_NAMES } from '../../contract/metadata';
import { openRuntime, type Runtime } from '../../local/runtime';

const DATA = 'คะแนน';
const RESULTS = TAB_NAMES.itaScore;
// 89.67 A (DOMAIN.md §1: IIT 89.878 × 0.3 + EIT 82.36 × 0.3 + OIT 95 × 0.4 = 89.6714)
const WORKED = [90.12, 88.4, 93.75, 86.02, 91.1, 85.33, 79.5, 82.25, 90.0, 100.0];

function indicatorBook(agency = 'อบต. ก'): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(DATA);
  ws.addRow(['หน่วยงาน', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  ws.addRow([agency, ...WORKED]);
  return wb;
}

function score(rt: Runtime): { ok: boolean; tab?: string } {
  rt.env.active = rt.env.workbook.getWorksheet(DATA)!;
  return rt.run(HANDLERS.scoreSheet) as { ok: boolean; tab?: string };
}

const app = (rt: Runtime) =>
  (rt.context.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
const tabs = (rt: Runtime) => rt.env.workbook.worksheets.map((w) => w.name).filter((n) => !n.startsWith('_'));
const USER_ROWS = [
  ['บันทึกของฉัน', 'my notes'],
  ['ห้ามลบ', 42],
];

describe('generated tabs', () => {
  it('a user tab named like a deleted results tab is never replaced (same session)', async () => {
    const rt = await openRuntime(indicatorBook());
    expect(score(rt).tab).toBe(RESULTS);
    const ss = app(rt);
    ss.deleteSheet(ss.getSheetByName(RESULTS)!);
    const mine = ss.insertSheet(RESULTS);
    mine.getRange(1, 1, 2, 2).setValues(USER_ROWS);
    expect(score(rt).tab).toBe(`${RESULTS} (2)`);
    expect(ss.getSheetByName(RESULTS)!.getDataRange().getValues()).toEqual(USER_ROWS);
  });

  it('… nor when the results tab was deleted in another program and the file reopened', async () => {
    const first = await openRuntime(indicatorBook());
    score(first);
    // The user opens the saved file in Excel or LibreOffice, deletes the results tab and makes one of
    // their own under that name (the add-in's hidden bookkeeping sheet stays in the file).
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await first.bytes()) as unknown as ArrayBuffer);
    wb.removeWorksheet(wb.getWorksheet(RESULTS)!.id);
    const mine = wb.addWorksheet(RESULTS);
    for (const row of USER_ROWS) mine.addRow(row);
    const rt = await openRuntime(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(score(rt).tab).toBe(`${RESULTS} (2)`);
    expect(app(rt).getSheetByName(RESULTS)!.getDataRange().getValues()).toEqual(USER_ROWS);
  });

  it('a results tab saved and reopened unchanged is still the add-in’s: re-running rewrites it', async () => {
    const first = await openRuntime(indicatorBook());
    score(first);
    const rt = await openRuntime(await first.bytes());
    expect(score(rt).tab).toBe(RESULTS);
    expect(tabs(rt)).toEqual([DATA, RESULTS]);
  });

  it('follows its tab when the user renames it, and refuses to score it', async () => {
    const rt = await openRuntime(indicatorBook());
    score(rt);
    app(rt).getSheetByName(RESULTS)!.setName('ผลปีนี้');
    expect(score(rt).tab).toBe('ผลปีนี้');
    expect(tabs(rt)).toEqual([DATA, 'ผลปีนี้']);
    rt.env.active = rt.env.workbook.getWorksheet('ผลปีนี้')!;
    expect(rt.run(HANDLERS.scoreSheet)).toMatchObject({ ok: false, kind: 'generated-sheet' });
  });

  it('writes text that starts like a formula as that text (= + - @)', async () => {
    const rt = await openRuntime(indicatorBook('=อบต.ก'));
    // The writer's part only: the local recalculation (run by the action's flush) still re-reads a
    // text cell "=…" as a formula, which issue 8 §5 fixes in local/recalc.
    rt.env.recalc = undefined;
    score(rt);
    const values = app(rt).getSheetByName(RESULTS)!.getDataRange().getValues();
    const formulas = app(rt).getSheetByName(RESULTS)!.getDataRange().getFormulas();
    expect(values.flat()).toContain('=อบต.ก');
    expect(formulas.flat().every((f) => f === '')).toBe(true);
  });
});
