// The emulator's DeveloperMetadataFinder and new tabs against Apps Script's documented behaviour (the
// lock another execution holds is tested in test/emulator/services.test.ts).
import ExcelJS from 'exceljs';
import { workbookBytes } from '../../local/emulator/index';
import { emulate } from './emulator';

describe('DeveloperMetadataFinder (reference/spreadsheet/developer-metadata-finder)', () => {
  it('finds sheet metadata by key and value in one find(), each with its sheet', async () => {
    const { ss } = await emulate((wb) => {
      wb.addWorksheet('A');
      wb.addWorksheet('B');
      wb.addWorksheet('C');
    });
    ss.getSheetByName('A')!.addDeveloperMetadata('tag', 'one');
    ss.getSheetByName('C')!.addDeveloperMetadata('tag', 'two');
    ss.getSheetByName('C')!.addDeveloperMetadata('other', 'x');
    const found = ss.createDeveloperMetadataFinder().withKey('tag').find();
    expect(found.map((m) => [m.getValue(), m.getLocation().getSheet()!.getName()])).toEqual([
      ['one', 'A'],
      ['two', 'C'],
    ]);
    const two = ss.createDeveloperMetadataFinder().withKey('tag').withValue('two').find();
    expect(two.map((m) => m.getLocation().getSheet()!.getName())).toEqual(['C']);
    expect(ss.createDeveloperMetadataFinder().withKey('none').find()).toEqual([]);
  });

  it('a deleted sheet takes its metadata with it', async () => {
    const { ss } = await emulate((wb) => {
      wb.addWorksheet('A');
      wb.addWorksheet('B');
    });
    ss.getSheetByName('B')!.addDeveloperMetadata('tag', 'one');
    ss.deleteSheet(ss.getSheetByName('B')!);
    ss.insertSheet('B');
    expect(ss.createDeveloperMetadataFinder().withKey('tag').find()).toEqual([]);
  });
});

describe('a new tab (Sheets: 100 px columns, rows that fit their text)', () => {
  it('has 100 px columns, in the saved file too', async () => {
    const emulator = await emulate();
    const tab = emulator.ss.insertSheet('ใหม่');
    expect(tab.getColumnWidth(3)).toBe(100);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await workbookBytes(emulator.env)) as unknown as ArrayBuffer);
    // xlsx widths are characters: 100 px = 5 px padding + 7 px × 13.57
    expect(wb.getWorksheet('ใหม่')!.properties.defaultColWidth! * 7 + 5).toBeCloseTo(100, 5);
  });

  it('grows a row for a larger font or a second line, and keeps 21 px for plain text', async () => {
    const { ss } = await emulate();
    const tab = ss.insertSheet('ใหม่');
    tab.getRange(1, 1, 3, 1).setValues([['ชื่อ'], ['หัว\nHead'], ['plain']]);
    tab.getRange(1, 1).setFontSize(18);
    // 18 pt one line: 18 × 1.6 + 4 = 32.8 → 33 pt = 44 px; 10 pt two lines: 2 × 16 + 4 = 36 pt = 48 px
    expect([tab.getRowHeight(1), tab.getRowHeight(2), tab.getRowHeight(3)]).toEqual([44, 48, 21]);
  });
});

// Sheets deletes a tab's metadata with the tab. A file edited in another program may have lost the
// tab and got a new one of the same name: saved entries come back only to a tab holding the same cells.
describe('saved developer metadata and the tab it was saved with', () => {
  async function savedWithTags(): Promise<Buffer> {
    const emulator = await emulate((wb) => {
      wb.addWorksheet('ผล').addRow(['ผลคะแนน', 89.67]);
    });
    const tab = emulator.ss.getSheetByName('ผล')!;
    tab.addDeveloperMetadata('tag', 'results');
    tab.getRange('2:3').addDeveloperMetadata('rows', 'findings');
    emulator.ss.addDeveloperMetadata('file', 'kept');
    return workbookBytes(emulator.env);
  }
  const tags = (ss: GoogleAppsScript.Spreadsheet.Spreadsheet) =>
    ss
      .createDeveloperMetadataFinder()
      .find()
      .map((m) => `${m.getLocation().getLocationType()} ${m.getKey()}=${m.getValue()}`);

  it('come back to the same tab, unchanged', async () => {
    const { ss } = await emulate(await savedWithTags());
    expect(tags(ss)).toEqual(['SHEET tag=results', 'ROW rows=findings', 'SPREADSHEET file=kept']);
  });

  it('do not come back to a tab remade under that name elsewhere; the file’s own stay', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await savedWithTags()) as unknown as ArrayBuffer);
    wb.removeWorksheet(wb.getWorksheet('ผล')!.id);
    wb.addWorksheet('ผล').addRow(['งานของฉัน']);
    const { ss } = await emulate(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(tags(ss)).toEqual(['SPREADSHEET file=kept']);
  });
});
