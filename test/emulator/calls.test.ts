// Gaps are loud, and every service call is counted (the design holds the counts flat as rows grow).
import { asCustomFunction } from '../../local/emulator/index';
import { emulate, expectException } from './emulator';

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the call to throw');
}

describe('methods the emulator lacks', () => {
  it('throw "not implemented: Class.method" on access, for every service', async () => {
    const { SpreadsheetApp, ss, PropertiesService, Utilities, HtmlService } = await emulate();
    const sheet = ss.getSheets()[0] as any;
    const range = sheet.getRange('A1') as any;
    expect(errorOf(() => range.foo())).toBe('not implemented: Range.foo');
    expect(errorOf(() => range.getRichTextValue())).toBe('not implemented: Range.getRichTextValue');
    // (getCharts was the example here until embedded charts were emulated.)
    expect(errorOf(() => sheet.getImages())).toBe('not implemented: Sheet.getImages');
    expect(errorOf(() => (SpreadsheetApp as any).openById('abc'))).toBe(
      'not implemented: SpreadsheetApp.openById',
    );
    expect(errorOf(() => (ss as any).getNamedRanges())).toBe('not implemented: Spreadsheet.getNamedRanges');
    expect(errorOf(() => (sheet.getRangeList(['A1', 'B2']) as any).setBorders())).toBe(
      'not implemented: RangeList.setBorders',
    );
    expect(errorOf(() => (PropertiesService as any).getFoo())).toBe(
      'not implemented: PropertiesService.getFoo',
    );
    expect(errorOf(() => (Utilities as any).computeDigest())).toBe(
      'not implemented: Utilities.computeDigest',
    );
    expect(errorOf(() => (HtmlService as any).createTemplateFromFile('x'))).toBe(
      'not implemented: HtmlService.createTemplateFromFile',
    );
    expect(errorOf(() => (SpreadsheetApp.getUi() as any).showDialog())).toBe(
      'not implemented: Ui.showDialog',
    );
  });

  it('do not hide behind internal fields of the emulator objects', async () => {
    const { ss } = await emulate();
    const range = ss.getSheets()[0].getRange('A1') as any;
    // Fields the emulator keeps (box, env, sheet) are not Apps Script methods.
    expect(errorOf(() => range.box)).toBe('not implemented: Range.box');
    expect(errorOf(() => range.sheet)).toBe('not implemented: Range.sheet');
  });

  it('keep enum-like members readable without counting them', async () => {
    const { SpreadsheetApp, env } = await emulate();
    env.counter.reset();
    const ui = SpreadsheetApp.getUi();
    expect(ui.ButtonSet.YES_NO).toBeDefined();
    expect(ui.Button.OK).toBeDefined();
    expect(SpreadsheetApp.BorderStyle.SOLID_MEDIUM).toBeDefined();
    expect(env.counter.toJSON()).toEqual({ 'SpreadsheetApp.getUi': 1 });
  });
});

describe('call counts', () => {
  it('count exactly the calls made, by Class.method', async () => {
    const { SpreadsheetApp, env } = await emulate((wb) => {
      const ws = wb.addWorksheet('Sheet1');
      ws.addRows([
        ['a', 1],
        ['b', 2],
      ]);
    });
    env.counter.reset();
    const sheet = SpreadsheetApp.getActiveSheet();
    const range = sheet.getRange(1, 1, 2, 2);
    const values = range.getValues();
    range.setValues(values.map(([k, v]) => [k, (v as number) * 10]));
    range.setBackgrounds([
      ['#ffffff', '#ff0000'],
      ['#ffffff', '#00ff00'],
    ]);
    expect(env.counter.toJSON()).toEqual({
      'Range.getValues': 1,
      'Range.setBackgrounds': 1,
      'Range.setValues': 1,
      'Sheet.getRange': 1,
      'SpreadsheetApp.getActiveSheet': 1,
    });
    expect(env.counter.total()).toBe(5);
    expect(env.counter.total('Range.')).toBe(3);
    // Chained calls return wrapped objects, so they count too.
    range.setFontWeight('bold').setFontColor('#333333');
    expect(env.counter.total('Range.')).toBe(5);
  });

  it('stay flat as rows grow when a caller reads and writes a whole range once', async () => {
    const countsFor = async (rows: number) => {
      const { SpreadsheetApp, env } = await emulate((wb) => {
        const ws = wb.addWorksheet('Sheet1');
        for (let r = 1; r <= rows; r++) ws.addRow([`row ${r}`, r]);
      });
      env.counter.reset();
      const sheet = SpreadsheetApp.getActiveSheet();
      const data = sheet.getDataRange().getValues();
      const marks = data.map(([, n]) => [(n as number) % 2 ? '#ffff00' : null]);
      sheet.getRange(1, 3, data.length, 1).setValues(data.map(([, n]) => [(n as number) * 2]));
      sheet.getRange(1, 2, data.length, 1).setBackgrounds(marks);
      expect(sheet.getRange(rows, 3).getValue()).toBe(rows * 2);
      return env.counter.toJSON();
    };
    const small = await countsFor(10);
    const large = await countsFor(2000);
    expect(large).toEqual(small);
    expect(small).toEqual({
      'Range.getValue': 1,
      'Range.getValues': 1,
      'Range.setBackgrounds': 1,
      'Range.setValues': 1,
      'Sheet.getDataRange': 1,
      'Sheet.getRange': 3,
      'SpreadsheetApp.getActiveSheet': 1,
    });
  });

  it('count RangeList calls once for all their ranges', async () => {
    const { SpreadsheetApp, env } = await emulate();
    const sheet = SpreadsheetApp.getActiveSheet();
    env.counter.reset();
    sheet.getRangeList(['A1:B2', 'D4', 'F1:F10']).setBackground('#fce8b2');
    expect(env.counter.toJSON()).toEqual({ 'RangeList.setBackground': 1, 'Sheet.getRangeList': 1 });
    expect(sheet.getRange('F10').getBackground()).toBe('#fce8b2');
  });
});

describe('counting the new classes and refused calls', () => {
  it('counts the developer-metadata finder’s calls; a call the context refuses is not counted', async () => {
    const { ss, env } = await emulate();
    const sheet = ss.getSheets()[0];
    sheet.addDeveloperMetadata('k', 'v');
    env.counter.reset();
    // One round trip per call: createDeveloperMetadataFinder, withKey, find.
    expect(ss.createDeveloperMetadataFinder().withKey('k').find()).toHaveLength(1);
    expect(env.counter.toJSON()).toEqual({
      'DeveloperMetadataFinder.find': 1,
      'DeveloperMetadataFinder.withKey': 1,
      'Spreadsheet.createDeveloperMetadataFinder': 1,
    });
    env.counter.reset();
    const range = sheet.getRange('A1');
    expectException(() => asCustomFunction(env, () => range.setValue(1)), 'no-permission');
    expect(env.counter.toJSON()).toEqual({ 'Sheet.getRange': 1 });
  });
});

// CF: each custom-function cell is recalculated in an execution of its own, so what it calls after a
// menu action's flush is not the action's. The counter keeps those calls apart.
describe('calls made by custom functions', () => {
  it('are counted apart from the running execution’s, and reset with them', async () => {
    const { ss, env, SpreadsheetApp, Utilities } = await emulate();
    const sheet = ss.getSheets()[0];
    env.counter.reset();
    sheet.getRange('A1').setValue(5);
    // A custom function such as THAI_DATE: the spreadsheet's zone, then formatDate (3 calls).
    asCustomFunction(env, () => {
      const zone = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
      return Utilities.formatDate(new Date(0), zone, 'yyyy');
    });
    // The execution made 2 calls (getRange, setValue); the custom function's 3 are not among them.
    expect(env.counter.toJSON()).toEqual({ 'Range.setValue': 1, 'Sheet.getRange': 1 });
    expect(env.counter.total()).toBe(2);
    expect(Object.fromEntries(env.counter.customFunctions)).toEqual({
      'Spreadsheet.getSpreadsheetTimeZone': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Utilities.formatDate': 1,
    });
    env.counter.reset();
    expect(env.counter.customFunctions.size).toBe(0);
  });
});
