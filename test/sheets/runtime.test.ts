// The bundle (build/Code.js) run by the local runtime over an .xlsx: triggers, menu handlers, and
// recalculation of custom functions as Sheets does it (scalars, spills, #REF! for a blocked spill,
// #ERROR! with the thrown message kept), also after save and reopen and through SpreadsheetApp.flush().
import ExcelJS from 'exceljs';
import { openRuntime, type Runtime } from '../../local/runtime';

function app(rt: Runtime): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return (rt.context.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
}

function scoresWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Scores');
  ws.addRows([
    ['หน่วยงาน', 'คะแนน', 'ระดับ', 'ระดับทั้งช่วง', 'ถูกบัง', 'จำนวน A'],
    ['สำนักปลัด', 89.67, null, null, null, null],
    ['กองคลัง', 96, null, null, 'ข้อมูลผู้ใช้', null],
    ['กองช่าง', 40, null, null, null, null],
  ]);
  ws.getCell('C2').value = { formula: 'ITA_GRADE(B2)' } as ExcelJS.CellFormulaValue;
  ws.getCell('D2').value = { formula: 'ITA_GRADE(B2:B4)' } as ExcelJS.CellFormulaValue;
  // E3 holds user data, so this spill is blocked.
  ws.getCell('E2').value = { formula: 'ITA_GRADE(B2:B4)' } as ExcelJS.CellFormulaValue;
  ws.getCell('F2').value = { formula: 'COUNTIF(D2:D4,"A")' } as ExcelJS.CellFormulaValue;
  ws.getCell('C6').value = { formula: 'ITA_GRADE("abc")' } as ExcelJS.CellFormulaValue;

  const money = wb.addWorksheet('Money');
  money.addRows([['ข้อความ', 'จำนวนเงิน'], ['๒๐,๐๐๐'], ['10,000'], ['-']]);
  money.getCell('B2').value = { formula: 'THAI_NUMBER(A2:A4)' } as ExcelJS.CellFormulaValue;
  money.getCell('C2').value = { formula: 'SUM(B2:B4)' } as ExcelJS.CellFormulaValue;
  money.getCell('C3').value = { formula: 'AVERAGE(B2:B4)' } as ExcelJS.CellFormulaValue;
  money.getCell('D2').value = new Date(Date.UTC(2022, 9, 1));
  money.getCell('E2').value = { formula: 'FISCAL_YEAR(D2)' } as ExcelJS.CellFormulaValue;
  return wb;
}

describe('triggers and menu handlers through the bundle', () => {
  it('onOpen builds the add-on menu; showAbout shows an alert', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    const rt = await openRuntime(wb);
    rt.run('onOpen');
    expect(rt.ui.menus).toHaveLength(1);
    expect(rt.menuHandlers()).toContain('showAbout');
    rt.run('showAbout');
    const alerts = rt.ui.events.filter((e) => e.kind === 'alert');
    expect(alerts).toHaveLength(1);
    expect(alerts[0].title).toContain('ITA Sheets');
    expect(alerts[0].text).toContain('ITA_GRADE');
    // Every handler a menu names is a global of the bundle.
    for (const handler of rt.menuHandlers()) expect(typeof rt.context[handler]).toBe('function');
  });

  it('lists the custom functions of the bundle', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    const rt = await openRuntime(wb);
    expect(rt.functions.map((f) => f.name)).toEqual(expect.arrayContaining(['ITA_GRADE', 'THAI_NUMBER']));
  });
});

describe('recalculation', () => {
  let rt: Runtime;
  let report: ReturnType<Runtime['recalc']>;
  beforeAll(async () => {
    rt = await openRuntime(scoresWorkbook());
    report = rt.recalc();
  });

  it('computes a custom function of one cell', () => {
    expect(app(rt).getSheetByName('Scores')!.getRange('C2').getValue()).toBe('A');
  });

  it('spills a range result into the cells below', () => {
    const scores = app(rt).getSheetByName('Scores')!;
    expect(scores.getRange('D2:D4').getValues()).toEqual([['A'], ['AA'], ['F']]);
    // The formula lives in the top cell only.
    expect(scores.getRange('D2:D4').getFormulas()).toEqual([['=ITA_GRADE(B2:B4)'], [''], ['']]);
    expect(report.spills).toContainEqual({ sheet: 'Scores', range: 'D2:D4' });
  });

  it('gives #REF! when the spill would overwrite user data, naming the blocking cell', () => {
    const scores = app(rt).getSheetByName('Scores')!;
    expect(scores.getRange('E2:E4').getValues()).toEqual([['#REF!'], ['ข้อมูลผู้ใช้'], ['']]);
    expect(report.errors).toContainEqual(
      expect.objectContaining({
        sheet: 'Scores',
        cell: 'E2',
        value: '#REF!',
        message: 'Array result was not expanded because it would overwrite data in E3.',
      }),
    );
  });

  it('keeps the message of an error a custom function throws', () => {
    expect(app(rt).getSheetByName('Scores')!.getRange('C6').getValue()).toBe('#ERROR!');
    const error = report.errors.find((e) => e.cell === 'C6')!;
    expect(error.value).toBe('#ERROR!');
    expect(error.message).toContain('ITA_GRADE');
    expect(error.message).toContain('score must be a number from 0 to 100');
    expect(report.errors).toHaveLength(2);
  });

  it('updates native formulas that read spilled cells', () => {
    expect(app(rt).getSheetByName('Scores')!.getRange('F2').getValue()).toBe(1);
    const money = app(rt).getSheetByName('Money')!;
    expect(money.getRange('B2:B4').getValues()).toEqual([[20000], [10000], [0]]);
    expect(money.getRange('C2:C3').getValues()).toEqual([[30000], [10000]]);
  });

  it('hands a date cell to a custom function as local midnight in Bangkok', () => {
    // 2022-10-01 starts fiscal year 2566; read as the day before it would be 2565.
    expect(app(rt).getSheetByName('Money')!.getRange('E2').getValue()).toBe(2566);
  });

  it('saves a spill as a plain formula with its value and the cells it filled as values', async () => {
    // LibreOffice recalculates array formulas on load (and knows no ITA_GRADE): see local/save.ts.
    const raw = new ExcelJS.Workbook();
    await raw.xlsx.load((await rt.bytes()) as unknown as ArrayBuffer);
    const d2 = raw.getWorksheet('Scores')!.getCell('D2');
    expect(d2.value).toEqual({ formula: 'ITA_GRADE(B2:B4)', result: 'A' });
    expect(raw.getWorksheet('Scores')!.getCell('D3').value).toBe('AA');
    expect(raw.getWorksheet('Scores')!.getCell('D4').value).toBe('F');
    // The blocked spill in E2 is a plain formula already, with its #REF!.
    expect(raw.getWorksheet('Scores')!.getCell('E2').value).toEqual({
      formula: 'ITA_GRADE(B2:B4)',
      result: { error: '#REF!' },
    });
    // In memory the spill is still one: saving did not change the runtime's workbook.
    expect(rt.env.workbook.getWorksheet('Scores')!.getCell('D2').value).toMatchObject({
      shareType: 'array',
      ref: 'D2:D4',
    });
  });

  it('gives the same result when the saved file is reopened and recalculated', async () => {
    const again = await openRuntime(await rt.bytes());
    // Opening recalculates (as Sheets shows every formula computed): the same values as were saved.
    const scores = app(again).getSheetByName('Scores')!;
    expect(scores.getRange('C2:F4').getValues()).toEqual([
      ['A', 'A', '#REF!', 1],
      ['', 'AA', 'ข้อมูลผู้ใช้', ''],
      ['', 'F', '', ''],
    ]);
    const second = again.recalc();
    // Spilled cells are outputs, not user data: D2's spill is not blocked by its own cells.
    expect(second.errors.map((e) => [e.cell, e.value]).sort()).toEqual([
      ['C6', '#ERROR!'],
      ['E2', '#REF!'],
    ]);
    expect(second.spills).toEqual(expect.arrayContaining(report.spills));
    expect(scores.getRange('C2:F4').getValues()).toEqual([
      ['A', 'A', '#REF!', 1],
      ['', 'AA', 'ข้อมูลผู้ใช้', ''],
      ['', 'F', '', ''],
    ]);
    expect(app(again).getSheetByName('Money')!.getRange('B2:C4').getValues()).toEqual([
      [20000, 30000],
      [10000, 10000],
      [0, ''],
    ]);
  });

  it('a values-only save replaces every formula by its value in the file, not in the runtime', async () => {
    const raw = new ExcelJS.Workbook();
    await raw.xlsx.load((await rt.bytes({ values: true })) as unknown as ArrayBuffer);
    const saved = raw.getWorksheet('Scores')!;
    // C2 = ITA_GRADE(89.67) = A; D2:D4 the spill A, AA, F; E2 the blocked spill's #REF!; F2 the count 1.
    expect(['C2', 'D2', 'D3', 'D4', 'E2', 'F2'].map((a) => saved.getCell(a).value)).toEqual([
      'A',
      'A',
      'AA',
      'F',
      { error: '#REF!' },
      1,
    ]);
    expect(raw.getWorksheet('Money')!.getCell('E2').value).toBe(2566);
    const formulas = raw.worksheets.flatMap((ws) => {
      const found: string[] = [];
      ws.eachRow((row) => row.eachCell((cell) => void (cell.formula && found.push(cell.address))));
      return found;
    });
    expect(formulas).toEqual([]);
    expect(app(rt).getSheetByName('Scores')!.getRange('C2:D2').getFormulas()).toEqual([
      ['=ITA_GRADE(B2)', '=ITA_GRADE(B2:B4)'],
    ]);
    expect(rt.env.workbook.getWorksheet('Scores')!.getCell('D2').value).toMatchObject({ shareType: 'array' });
  });

  it('a spilled cell edited in another program is kept as the user typed it, and the spill is #REF!', async () => {
    const edited = new ExcelJS.Workbook();
    await edited.xlsx.load((await rt.bytes()) as unknown as ArrayBuffer);
    edited.getWorksheet('Scores')!.getCell('D3').value = 'แก้ใน LibreOffice';
    const again = await openRuntime(Buffer.from(await edited.xlsx.writeBuffer()));
    const scores = app(again).getSheetByName('Scores')!;
    expect(scores.getRange('D2:D4').getValues()).toEqual([['#REF!'], ['แก้ใน LibreOffice'], ['F']]);
    expect(again.opened.errors).toContainEqual(
      expect.objectContaining({
        cell: 'D2',
        message: 'Array result was not expanded because it would overwrite data in D3.',
      }),
    );
  });

  it('SpreadsheetApp.flush() recalculates after a script changes inputs', async () => {
    const live = await openRuntime(scoresWorkbook());
    const SpreadsheetApp = live.context.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const scores = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Scores')!;
    scores.getRange('B2:B4').setValues([[50], [75], [85]]);
    SpreadsheetApp.flush();
    expect(scores.getRange('C2:D4').getValues()).toEqual([
      ['E', 'E'],
      ['', 'B'],
      ['', 'A'],
    ]);
    expect(scores.getRange('F2').getValue()).toBe(1);
    // A shorter input range shrinks the spill and clears the cells it no longer fills.
    scores.getRange('D2').setFormula('=ITA_GRADE(B2:B3)');
    SpreadsheetApp.flush();
    expect(scores.getRange('D2:D4').getValues()).toEqual([['E'], ['B'], ['']]);
    expect(scores.getRange('F2').getValue()).toBe(0);
  });

  it('a script writing into a spill ends it: the spill gives #REF! and the written value is kept', async () => {
    const live = await openRuntime(scoresWorkbook());
    live.recalc();
    const SpreadsheetApp = live.context.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const scores = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Scores')!;
    scores.getRange('D3').setValue('แก้ด้วยมือ');
    // The other cells the spill filled were outputs: they are empty at once, as in Sheets.
    expect(scores.getRange('D4').getValue()).toBe('');
    expect(scores.getRange('D2').getFormula()).toBe('=ITA_GRADE(B2:B4)');
    const report = live.recalc();
    expect(scores.getRange('D2:D4').getValues()).toEqual([['#REF!'], ['แก้ด้วยมือ'], ['']]);
    expect(report.errors).toContainEqual(
      expect.objectContaining({
        cell: 'D2',
        message: 'Array result was not expanded because it would overwrite data in D3.',
      }),
    );
    // Clearing the value lets the spill come back.
    scores.getRange('D3').clearContent();
    live.recalc();
    expect(scores.getRange('D2:D4').getValues()).toEqual([['A'], ['AA'], ['F']]);
  });
});
