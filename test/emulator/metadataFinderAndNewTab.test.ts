// The emulator's DeveloperMetadataFinder and new tabs against Apps Script's documented behaviour (the
// lock another execution holds is tested in test/sheets/services.test.ts).
import ExcelJS from 'exceljs';
import { workbookBytes } from '../../local/emulator/index';
import { emulate } from '../sheets/emulator';

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
