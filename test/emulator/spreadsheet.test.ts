// Sheets of a spreadsheet (insert, delete, activate, order, copy) and the state kept beside the cells
// (developer metadata, document properties), as the Apps Script Spreadsheet/Sheet reference documents.
import ExcelJS from 'exceljs';
import { workbookBytes } from '../../local/emulator/index';
import { METADATA_SHEET } from '../../local/emulator/spreadsheet';
import { emulate, expectException, reopen } from './emulator';

const names = (ss: GoogleAppsScript.Spreadsheet.Spreadsheet) => ss.getSheets().map((s) => s.getName());

async function twoSheets() {
  return emulate((wb) => {
    wb.addWorksheet('Sheet1').getCell('A1').value = 'one';
    wb.addWorksheet('Data').getCell('A1').value = 'two';
  });
}

describe('getSheetById', () => {
  // REF Spreadsheet.getSheetById(id): "the sheet with the given ID, or null if there's no sheet with
  // that ID"; the id stays with a tab through a rename (Sheet.getSheetId).
  it('finds a tab by the id it keeps through a rename, null for an id no tab has, one call', async () => {
    const { ss, env } = await twoSheets();
    const data = ss.getSheetByName('Data')!;
    const id = data.getSheetId();
    data.setName('Renamed');
    ss.insertSheet('Data');
    env.counter.reset();
    expect(ss.getSheetById(id)!.getName()).toBe('Renamed');
    expect(env.counter.toJSON()).toEqual({ 'Sheet.getName': 1, 'Spreadsheet.getSheetById': 1 });
    expect(ss.getSheetById(987654)).toBeNull();
  });

  it('never gives a deleted tab’s id to a new tab (Sheets draws ids at random; exceljs would reuse the slot)', async () => {
    const { ss } = await twoSheets();
    const data = ss.getSheetByName('Data')!;
    const gone = data.getSheetId();
    ss.deleteSheet(data);
    const fresh = ss.insertSheet('New');
    const copy = ss.insertSheet('Copy', { template: fresh });
    expect([fresh.getSheetId(), copy.getSheetId()]).not.toContain(gone);
    expect(ss.getSheetById(gone)).toBeNull();
    expect(ss.getSheetById(fresh.getSheetId())!.getName()).toBe('New');
    expect(names(ss)).toEqual(['Sheet1', 'New', 'Copy']);
  });
});

describe('insertSheet', () => {
  it('with no argument gives a default name SheetN, puts it after the active sheet and activates it', async () => {
    const { ss } = await twoSheets();
    const s = ss.insertSheet();
    // The reference only promises "a default sheet name"; Sheets uses SheetN.
    expect(s.getName()).toMatch(/^Sheet\d+$/);
    expect(names(ss)).toEqual(['Sheet1', s.getName(), 'Data']);
    expect(ss.getActiveSheet().getName()).toBe(s.getName());
  });

  it('takes a name, a 0-based index, or both; getIndex is 1-based', async () => {
    const { ss } = await twoSheets();
    expect(ss.insertSheet('First', 0).getIndex()).toBe(1);
    const last = ss.insertSheet(3);
    expect(last.getIndex()).toBe(4);
    expect(last.getName()).toMatch(/^Sheet\d+$/);
    expect(ss.insertSheet('Middle', 2).getIndex()).toBe(3);
    expect(names(ss)).toEqual(['First', 'Sheet1', 'Middle', 'Data', last.getName()]);
    expect(ss.getNumSheets()).toBe(5);
  });

  it('refuses a name already used, whatever its case', async () => {
    const { ss } = await twoSheets();
    expectException(() => ss.insertSheet('data'), 'sheet-name-taken');
  });

  it('with {template} copies values, formats, merges and sizes of the template', async () => {
    const { ss } = await twoSheets();
    const template = ss.getSheetByName('Data')!;
    template.getRange('A1:C1').merge();
    template.getRange('A1').setFontWeight('bold').setBackground('#cfe2f3');
    template.getRange('A2:C2').setValues([[1000, '=A2*2', new Date('2022-09-30T17:00:00Z')]]);
    template.getRange('A2').setNumberFormat('#,##0.00');
    template.setColumnWidth(1, 200);
    template.setFrozenRows(1);

    const copy = ss.insertSheet('Report', 1, { template });
    expect(names(ss)).toEqual(['Sheet1', 'Report', 'Data']);
    expect(ss.getActiveSheet().getName()).toBe('Report');
    const values = copy.getRange('A1:C2').getValues();
    expect(values[0]).toEqual(['two', '', '']);
    expect(values[1][0]).toBe(1000);
    expect((values[1][2] as Date).toISOString()).toBe('2022-09-30T17:00:00.000Z');
    expect(copy.getRange('B2').getFormula()).toBe('=A2*2');
    expect(copy.getRange('A1').getFontWeight()).toBe('bold');
    expect(copy.getRange('A1').getBackground()).toBe('#cfe2f3');
    expect(copy.getRange('A2').getDisplayValue()).toBe('1,000.00');
    expect(copy.getRange('A1').getMergedRanges()[0].getA1Notation()).toBe('A1:C1');
    expect(copy.getColumnWidth(1)).toBe(200);
    expect(copy.getFrozenRows()).toBe(1);

    // The copy is independent of its template.
    copy.getRange('A1').setValue('changed');
    expect(template.getRange('A1').getValue()).toBe('two');
  });

  it('keeps the sheet order through save and reopen', async () => {
    const em = await twoSheets();
    em.ss.insertSheet('Zero', 0);
    const again = await reopen(em);
    expect(names(again.ss)).toEqual(['Zero', 'Sheet1', 'Data']);
  });
});

describe('deleteSheet, active sheet, rename', () => {
  it('deletes a sheet; refuses to delete the last one', async () => {
    const { ss } = await twoSheets();
    ss.deleteSheet(ss.getSheetByName('Data')!);
    expect(names(ss)).toEqual(['Sheet1']);
    expect(ss.getSheetByName('Data')).toBeNull();
    expectException(() => ss.deleteSheet(ss.getSheets()[0]), 'last-sheet');
  });

  it('setActiveSheet/getActiveSheet, and the active sheet is kept after save', async () => {
    const em = await twoSheets();
    expect(em.ss.getActiveSheet().getName()).toBe('Sheet1');
    const data = em.ss.getSheetByName('Data')!;
    expect(em.ss.setActiveSheet(data).getName()).toBe('Data');
    expect(em.ss.getActiveSheet().getName()).toBe('Data');
    expect(em.SpreadsheetApp.getActiveSheet().getName()).toBe('Data');
    em.ss.getSheetByName('Sheet1')!.activate();
    expect(em.ss.getActiveSheet().getName()).toBe('Sheet1');
    em.ss.setActiveSheet(data);
    const again = await reopen(em);
    expect(again.ss.getActiveSheet().getName()).toBe('Data');
  });

  it('after the active sheet is deleted another sheet is active', async () => {
    const { ss } = await twoSheets();
    ss.setActiveSheet(ss.getSheetByName('Data')!);
    ss.deleteSheet(ss.getSheetByName('Data')!);
    expect(ss.getActiveSheet().getName()).toBe('Sheet1');
  });

  it('setName renames; a clash is refused', async () => {
    const { ss } = await twoSheets();
    const s = ss.getSheetByName('Data')!;
    s.setName('ข้อมูล');
    expect(ss.getSheetByName('ข้อมูล')!.getRange('A1').getValue()).toBe('two');
    expectException(() => s.setName('sheet1'), 'sheet-name-taken');
  });

  it('hidden sheets stay in getSheets and say so', async () => {
    const { ss } = await twoSheets();
    const s = ss.getSheetByName('Data')!;
    s.hideSheet();
    expect(s.isSheetHidden()).toBe(true);
    expect(names(ss)).toEqual(['Sheet1', 'Data']);
    s.showSheet();
    expect(s.isSheetHidden()).toBe(false);
  });
});

describe('Sheet.copyTo', () => {
  it('copies a sheet as "Copy of NAME" at the end, without activating it', async () => {
    const { ss } = await twoSheets();
    const source = ss.getSheetByName('Sheet1')!;
    source.getRange('A1').setBackground('#ff0000');
    const copy = source.copyTo(ss);
    expect(copy.getName()).toBe('Copy of Sheet1');
    expect(names(ss)).toEqual(['Sheet1', 'Data', 'Copy of Sheet1']);
    expect(copy.getRange('A1').getValue()).toBe('one');
    expect(copy.getRange('A1').getBackground()).toBe('#ff0000');
    expect(ss.getActiveSheet().getName()).toBe('Sheet1');
    // A second copy gets a name of its own.
    const second = source.copyTo(ss);
    // The UI and the API name the second copy "Copy of X 2" (googlesheets4 sheet_copy docs).
    expect(second.getName()).toBe('Copy of Sheet1 2');
    expect(ss.getNumSheets()).toBe(4);
  });

  it('cuts a copy name past the 31 characters an .xlsx sheet name holds, each copy still its own', async () => {
    // Sheets itself would name these "Copy of โครงการพัฒนาหมู่บ้านที่ 1" (33 characters) and
    // "… 2"; the file the emulator keeps cannot hold that, and the add-in renames a copy at once.
    const { ss } = await twoSheets();
    const source = ss.getSheetByName('Data')!.setName('โครงการพัฒนาหมู่บ้านที่ 1');
    const first = source.copyTo(ss);
    const second = source.copyTo(ss);
    expect(first.getName()).toBe('Copy of โครงการพัฒนาหมู่บ้านที่');
    expect(first.getName()).toHaveLength(31);
    expect(second.getName()).toBe('Copy of โครงการพัฒนาหมู่บ้านท 2');
    expect(second.getName()).toHaveLength(31);
    second.setName('โครงการพัฒนาหมู่บ้านที่ 2');
    expect(names(ss)).toContain('โครงการพัฒนาหมู่บ้านที่ 2');
  });
});

describe('state kept beside the cells', () => {
  it('developer metadata and document properties survive save and reopen', async () => {
    const em = await twoSheets();
    const data = em.ss.getSheetByName('Data')!;
    data.addDeveloperMetadata('ita-sheets:kind', 'budget');
    data.addDeveloperMetadata('ita-sheets:generated');
    em.PropertiesService.getDocumentProperties().setProperty('framework', '2566');
    em.PropertiesService.getDocumentProperties().setProperties({ locale: 'th', year: '2566' });

    const md = data.getDeveloperMetadata();
    // REF DeveloperMetadata.getValue: "or null if this metadata has no value".
    expect(md.map((m) => [m.getKey(), m.getValue()])).toEqual([
      ['ita-sheets:kind', 'budget'],
      ['ita-sheets:generated', null],
    ]);

    const again = await reopen(em);
    expect(names(again.ss)).toEqual(['Sheet1', 'Data']);
    const reread = again.ss
      .getSheetByName('Data')!
      .getDeveloperMetadata()
      .map((m) => [m.getKey(), m.getValue()]);
    expect(reread).toEqual([
      ['ita-sheets:kind', 'budget'],
      ['ita-sheets:generated', null],
    ]);
    expect(again.ss.getSheetByName('Sheet1')!.getDeveloperMetadata()).toEqual([]);
    expect(again.PropertiesService.getDocumentProperties().getProperties()).toEqual({
      framework: '2566',
      locale: 'th',
      year: '2566',
    });
  });

  it('is stored in a very hidden sheet that getSheets() never shows', async () => {
    const em = await twoSheets();
    em.ss.getSheetByName('Data')!.addDeveloperMetadata('k', 'v');
    const bytes = await workbookBytes(em.env);
    // Saving leaves the live workbook as it was.
    expect(names(em.ss)).toEqual(['Sheet1', 'Data']);
    expect(em.ss.getSheetByName(METADATA_SHEET)).toBeNull();

    const raw = new ExcelJS.Workbook();
    await raw.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(raw.getWorksheet(METADATA_SHEET)?.state).toBe('veryHidden');

    const again = await reopen(em);
    expect(names(again.ss)).toEqual(['Sheet1', 'Data']);
    expect(again.ss.getNumSheets()).toBe(2);
    expect(again.ss.getSheetByName(METADATA_SHEET)).toBeNull();
    expectException(() => again.ss.insertSheet(METADATA_SHEET), 'sheet-name-taken');
  });

  it('metadata follows a renamed sheet and goes with a deleted one', async () => {
    const em = await twoSheets();
    const data = em.ss.getSheetByName('Data')!;
    data.addDeveloperMetadata('k', 'v');
    data.setName('Renamed');
    expect(em.ss.getSheetByName('Renamed')!.getDeveloperMetadata()[0].getValue()).toBe('v');
    em.ss.deleteSheet(em.ss.getSheetByName('Renamed')!);
    const fresh = em.ss.insertSheet('Renamed');
    expect(fresh.getDeveloperMetadata()).toEqual([]);
  });

  it('DeveloperMetadata.setValue and remove', async () => {
    const { ss } = await twoSheets();
    const s = ss.getSheets()[0];
    s.addDeveloperMetadata('k', 'v1');
    s.getDeveloperMetadata()[0].setValue('v2');
    expect(s.getDeveloperMetadata()[0].getValue()).toBe('v2');
    s.getDeveloperMetadata()[0].remove();
    expect(s.getDeveloperMetadata()).toEqual([]);
  });
});

// GFT testsheetsdeveloper.js "Developer Metadata" (run on live Apps Script) and REF DeveloperMetadata /
// DeveloperMetadataFinder; APPS-SCRIPT.md A1 row 11: add… creates a new entry each call (duplicates
// kept), default visibility DOCUMENT, on the spreadsheet, a sheet, whole rows or whole columns; a
// cell or partial range is refused.
describe('developer metadata as Apps Script keeps it', () => {
  it('keeps duplicate keys as separate entries with their own ids', async () => {
    const { ss } = await twoSheets();
    const data = ss.getSheetByName('Data')!;
    data.addDeveloperMetadata('tag', 'one');
    data.addDeveloperMetadata('tag', 'two');
    const md = data.getDeveloperMetadata();
    expect(md.map((m) => m.getValue())).toEqual(['one', 'two']);
    expect(md[0].getId()).not.toBe(md[1].getId());
    expect(md.map((m) => String(m.getVisibility()))).toEqual(['DOCUMENT', 'DOCUMENT']);
  });

  it('lives on the spreadsheet, a sheet, whole rows or whole columns, each reported by its location', async () => {
    const { ss, SpreadsheetApp } = await twoSheets();
    const data = ss.getSheetByName('Data')!;
    ss.addDeveloperMetadata('file', 'f');
    data.addDeveloperMetadata('sheet', 's', SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
    data.getRange('3:4').addDeveloperMetadata('rows', 'r');
    data.getRange('C:C').addDeveloperMetadata('column', 'c');
    expect(ss.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['file']);
    expect(data.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['sheet']);
    expect(String(data.getDeveloperMetadata()[0].getVisibility())).toBe('PROJECT');
    const rows = data.getRange('3:4').getDeveloperMetadata()[0];
    expect(String(rows.getLocation().getLocationType())).toBe('ROW');
    expect(rows.getLocation().getRow()!.getA1Notation()).toBe('3:4');
    const column = data.getRange('C:C').getDeveloperMetadata()[0];
    expect(String(column.getLocation().getLocationType())).toBe('COLUMN');
    expect(column.getLocation().getColumn()!.getA1Notation()).toBe('C:C');
  });

  it('refuses a cell or a partial range', async () => {
    const { ss } = await twoSheets();
    const data = ss.getSheetByName('Data')!;
    expectException(() => data.getRange('A1').addDeveloperMetadata('k', 'v'), 'metadata-location');
    expectException(() => data.getRange('A1:C3').addDeveloperMetadata('k', 'v'), 'metadata-location');
  });

  it('is found by key, value and location type, in the scope of the finder', async () => {
    const { ss, SpreadsheetApp } = await twoSheets();
    const data = ss.getSheetByName('Data')!;
    const other = ss.getSheetByName('Sheet1')!;
    data.addDeveloperMetadata('ita-sheets:generated', 'results');
    other.addDeveloperMetadata('ita-sheets:generated', 'findings');
    data.getRange('2:2').addDeveloperMetadata('ita-sheets:generated', 'row');
    const inFile = ss.createDeveloperMetadataFinder().withKey('ita-sheets:generated').find();
    expect(inFile.map((m) => m.getValue())).toEqual(['results', 'findings', 'row']);
    const sheetsOnly = ss
      .createDeveloperMetadataFinder()
      .withKey('ita-sheets:generated')
      .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SHEET)
      .find();
    expect(sheetsOnly.map((m) => m.getLocation().getSheet()!.getName())).toEqual(['Data', 'Sheet1']);
    expect(ss.createDeveloperMetadataFinder().withValue('findings').find()).toHaveLength(1);
    // A sheet's finder sees that sheet's entries: on the sheet and on its rows.
    expect(
      data
        .createDeveloperMetadataFinder()
        .find()
        .map((m) => m.getValue()),
    ).toEqual(['results', 'row']);
    const id = inFile[2].getId();
    expect(ss.createDeveloperMetadataFinder().withId(id).find()[0].getValue()).toBe('row');
  });

  it('setKey, setValue and remove act on one entry; ids, values and locations survive save', async () => {
    const em = await twoSheets();
    const data = em.ss.getSheetByName('Data')!;
    data.addDeveloperMetadata('k', 'v1');
    data.addDeveloperMetadata('k', 'v2');
    data.getRange('B:B').addDeveloperMetadata('col');
    const [first, second] = data.getDeveloperMetadata();
    first.setKey('renamed');
    second.remove();
    const ids = data
      .createDeveloperMetadataFinder()
      .find()
      .map((m) => m.getId());
    const again = await reopen(em);
    const found = again.ss.getSheetByName('Data')!.createDeveloperMetadataFinder().find();
    expect(found.map((m) => [m.getId(), m.getKey(), m.getValue()])).toEqual([
      [ids[0], 'renamed', 'v1'],
      [ids[1], 'col', null],
    ]);
    expect(String(found[1].getLocation().getLocationType())).toBe('COLUMN');
  });

  it('goes with a deleted sheet, rows and columns included', async () => {
    const { ss } = await twoSheets();
    const data = ss.getSheetByName('Data')!;
    data.addDeveloperMetadata('k', 'v');
    data.getRange('2:2').addDeveloperMetadata('r', 'v');
    ss.deleteSheet(data);
    expect(ss.createDeveloperMetadataFinder().find()).toEqual([]);
  });
});

// REF Range.copyTo (overloads (dest), (dest, CopyPasteType, transposed), (dest, {contentsOnly,
// formatOnly})); APPS-SCRIPT.md A1 row 8 and A7 (GFT/GFO, live Apps Script): relative references are
// shifted, merges and formats copied; an invalid second argument without a third is ignored.
describe('Range.copyTo pastes as Sheets does', () => {
  async function source() {
    const em = await twoSheets();
    const s = em.ss.getSheetByName('Data')!;
    s.getRange('A1:C2').setValues([
      [10, 20, '=A1+B1'],
      [1, 2, '=$A$1*B2+A$1'],
    ]);
    s.getRange('A1').setFontWeight('bold');
    return { ...em, s };
  }

  it('shifts relative references by the move, keeps $-anchored parts', async () => {
    const { s } = await source();
    s.getRange('A1:C2').copyTo(s.getRange('E5'));
    // Moved 4 rows down and 4 columns right: A1+B1 → E5+F5; $A$1*B2+A$1 → $A$1*F6+E$1.
    expect(s.getRange('G5:G6').getFormulas()).toEqual([['=E5+F5'], ['=$A$1*F6+E$1']]);
    expect(s.getRange('E5:F6').getValues()).toEqual([
      [10, 20],
      [1, 2],
    ]);
    expect(s.getRange('E5').getFontWeight()).toBe('bold');
  });

  it('a reference moved off the sheet becomes #REF!', async () => {
    const { s } = await source();
    s.getRange('C5').setFormula('=A4');
    s.getRange('C5').copyTo(s.getRange('C1'));
    expect(s.getRange('C1').getFormula()).toBe('=#REF!');
  });

  it('copies merges with the cells', async () => {
    const { s } = await source();
    s.getRange('A1:B1').merge();
    s.getRange('A1:C2').copyTo(s.getRange('A10'));
    expect(
      s
        .getRange('A10')
        .getMergedRanges()
        .map((m) => m.getA1Notation()),
    ).toEqual(['A10:B10']);
  });

  it('PASTE_VALUES pastes computed values only; PASTE_FORMAT formats only', async () => {
    const { s, SpreadsheetApp } = await source();
    s.getRange('C1').copyTo(s.getRange('E1'), SpreadsheetApp.CopyPasteType.PASTE_VALUES, false);
    expect([s.getRange('E1').getFormula(), s.getRange('E1').getFontWeight()]).toEqual(['', 'normal']);
    s.getRange('A1').copyTo(s.getRange('E2'), SpreadsheetApp.CopyPasteType.PASTE_FORMAT, false);
    expect([s.getRange('E2').getValue(), s.getRange('E2').getFontWeight()]).toEqual(['', 'bold']);
  });

  it('{contentsOnly} leaves formats, {formatOnly} leaves contents; an unknown option is ignored', async () => {
    const { s } = await source();
    s.getRange('A1').copyTo(s.getRange('E1'), { contentsOnly: true });
    expect([s.getRange('E1').getValue(), s.getRange('E1').getFontWeight()]).toEqual([10, 'normal']);
    s.getRange('F1').setValue('kept');
    s.getRange('A1').copyTo(s.getRange('F1'), { formatOnly: true });
    expect([s.getRange('F1').getValue(), s.getRange('F1').getFontWeight()]).toEqual(['kept', 'bold']);
    s.getRange('A1').copyTo(s.getRange('G1'), 'PASTE_NONSENSE' as never);
    expect([s.getRange('G1').getValue(), s.getRange('G1').getFontWeight()]).toEqual([10, 'bold']);
  });

  it('fills a destination that is a whole multiple of the source by repeating it', async () => {
    const { s } = await source();
    s.getRange('C1').copyTo(s.getRange('E1:E3'));
    // Each copy shifts by its own offset: rows 0, 1, 2 down and 2 columns right of C1.
    expect(s.getRange('E1:E3').getFormulas()).toEqual([['=C1+D1'], ['=C2+D2'], ['=C3+D3']]);
  });
});

// APPS-SCRIPT.md A7 (GFT, live Apps Script): "inserting or deleting rows moves … developer metadata
// with their rows".
describe('row and column metadata follow their lines', () => {
  it('moves down past inserted rows, shrinks with deleted ones, goes with its last line', async () => {
    const { ss } = await twoSheets();
    const s = ss.insertSheet('Lines');
    s.getRange('5:6').addDeveloperMetadata('block', 'b');
    s.getRange('10:10').addDeveloperMetadata('single', 's');
    s.getRange('D:D').addDeveloperMetadata('column', 'c');
    // 2 rows inserted before row 3: 5:6 → 7:8 and 10 → 12.
    s.insertRowsBefore(3, 2);
    const rowsOf = () =>
      s
        .createDeveloperMetadataFinder()
        .withLocationType('ROW' as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType)
        .find()
        .map((m) => `${m.getKey()} ${m.getLocation().getRow()!.getA1Notation()}`);
    expect(rowsOf()).toEqual(['block 7:8', 'single 12:12']);
    // Row 8 deleted: block keeps row 7 alone; single moves up to 11.
    s.deleteRows(8, 1);
    expect(rowsOf()).toEqual(['block 7:7', 'single 11:11']);
    s.deleteRows(11, 1);
    expect(rowsOf()).toEqual(['block 7:7']);
    // A column inserted before B moves D to E.
    s.insertColumnsBefore(2, 1);
    const column = s.createDeveloperMetadataFinder().withKey('column').find()[0];
    expect(column.getLocation().getColumn()!.getA1Notation()).toBe('E:E');
  });
});

// REF Range.setFormula with APPS-SCRIPT.md A7 (GFT): "a formula set on a multi-cell range is filled
// relatively (=A1 becomes =B1 one column right)".
describe('setFormula on several cells', () => {
  it('fills the formula relatively from the top-left cell', async () => {
    const { ss } = await twoSheets();
    const s = ss.getSheetByName('Data')!;
    s.getRange('B1:C2').setFormula('=A1*$A$1');
    expect(s.getRange('B1:C2').getFormulas()).toEqual([
      ['=A1*$A$1', '=B1*$A$1'],
      ['=A2*$A$1', '=B2*$A$1'],
    ]);
  });
});

// REF CopyPasteType.PASTE_COLUMN_WIDTHS: "Paste the column widths only." The destination's columns
// take the source columns' widths (repeated across a destination that is a multiple of the source);
// values and formats are left as they were.
describe('Range.copyTo with PASTE_COLUMN_WIDTHS', () => {
  it('gives the destination columns the source widths and nothing else', async () => {
    const { ss, SpreadsheetApp } = await twoSheets();
    const from = ss.getSheetByName('Sheet1')!;
    const to = ss.getSheetByName('Data')!;
    from.setColumnWidth(1, 250);
    from.setColumnWidth(2, 75);
    to.getRange('A1').setValue('kept');
    from
      .getRange('A1:B1')
      .copyTo(to.getRange('A1:D1'), SpreadsheetApp.CopyPasteType.PASTE_COLUMN_WIDTHS, false);
    expect([1, 2, 3, 4].map((c) => to.getColumnWidth(c))).toEqual([250, 75, 250, 75]);
    expect(to.getRange('A1').getValue()).toBe('kept');
    expect(from.getRange('A1').getValue()).toBe('one');
  });
});
