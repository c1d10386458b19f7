// Formats, as the Apps Script Range/Sheet reference documents them: number formats and display values,
// fonts, backgrounds, alignment, wrap, borders, notes, merges, clearing, sizes and frozen panes.
import { emulate, expectException, reopen } from './emulator';

async function sheetWith(rows: unknown[][] = []) {
  const em = await emulate((wb) => {
    const ws = wb.addWorksheet('Sheet1');
    for (const row of rows) ws.addRow(row);
  });
  return { ...em, sheet: em.ss.getSheets()[0] };
}

describe('number formats and display values', () => {
  it('shows a number under the format set', async () => {
    const { sheet } = await sheetWith([[20000, 0.256, 2.5, 1234.5, -0.004]]);
    sheet.getRange('A1').setNumberFormat('#,##0.00');
    sheet.getRange('B1').setNumberFormat('0.00%');
    sheet.getRange('C1').setNumberFormat('0');
    sheet.getRange('D1').setNumberFormat('#,##0');
    sheet.getRange('E1').setNumberFormat('0.00');
    expect(sheet.getRange('A1:E1').getDisplayValues()).toEqual([
      ['20,000.00', '25.60%', '3', '1,235', '0.00'],
    ]);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('20,000.00');
    // The value itself is unchanged.
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[20000, 0.256, 2.5]]);
    expect(sheet.getRange('A1:B1').getNumberFormats()).toEqual([['#,##0.00', '0.00%']]);
    expect(sheet.getRange('A1').getNumberFormat()).toBe('#,##0.00');
  });

  it('shows booleans as TRUE/FALSE, text as is, and plain numbers in full', async () => {
    const { sheet } = await sheetWith([[true, false, 'ข้อความ', 42, 1.5]]);
    expect(sheet.getRange('A1:F1').getDisplayValues()).toEqual([
      ['TRUE', 'FALSE', 'ข้อความ', '42', '1.5', ''],
    ]);
  });

  it('shows a date under a date format in the spreadsheet time zone', async () => {
    const { sheet } = await sheetWith();
    sheet.getRange('A1:B1').setValues([[new Date('2022-09-30T17:00:00Z'), new Date('2022-09-30T17:00:00Z')]]);
    sheet.getRange('A1').setNumberFormat('yyyy-mm-dd');
    sheet.getRange('B1').setNumberFormat('dd/mm/yyyy');
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['2022-10-01', '01/10/2022']]);
  });

  it('setNumberFormats sets one format per cell and checks the shape', async () => {
    const { sheet } = await sheetWith([[1, 2]]);
    sheet.getRange('A1:B1').setNumberFormats([['0.0', '0.000']]);
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['1.0', '2.000']]);
    expectException(() => sheet.getRange('A1:B1').setNumberFormats([['0.0']]), 'data-dimensions');
  });

  it('text typed as a number stays text in a cell formatted as plain text (@)', async () => {
    const { sheet } = await sheetWith();
    sheet.getRange('A1').setNumberFormat('@');
    sheet.getRange('A1').setValue('007');
    expect(sheet.getRange('A1').getValue()).toBe('007');
  });
});

describe('fonts and backgrounds', () => {
  it('have Sheets’ defaults', async () => {
    const { sheet } = await sheetWith();
    const r = sheet.getRange('A1:B1');
    expect(r.getFontWeights()).toEqual([['normal', 'normal']]);
    expect(r.getFontColors()).toEqual([['#000000', '#000000']]);
    expect(r.getBackgrounds()).toEqual([['#ffffff', '#ffffff']]);
    expect(r.getFontSizes()).toEqual([[10, 10]]);
    expect(r.getFontFamilies()).toEqual([['Arial', 'Arial']]);
    expect(r.getFontStyle()).toBe('normal');
  });

  it('set one value for the range, or one per cell (plural), and read back', async () => {
    const { sheet } = await sheetWith();
    const r = sheet.getRange('A1:B2');
    r.setFontWeight('bold').setFontSize(14).setFontFamily('Sarabun').setFontColor('#1155cc');
    r.setBackground('#FCE8B2');
    expect(r.getFontWeights()).toEqual([
      ['bold', 'bold'],
      ['bold', 'bold'],
    ]);
    expect(r.getFontSize()).toBe(14);
    expect(r.getFontFamily()).toBe('Sarabun');
    expect(r.getFontColor()).toBe('#1155cc');
    // Colours come back as lower-case #rrggbb.
    expect(r.getBackground()).toBe('#fce8b2');

    r.setBackgrounds([
      ['#ff0000', null],
      ['#0f0', 'white'],
    ]);
    expect(r.getBackgrounds()).toEqual([
      ['#ff0000', '#ffffff'],
      ['#00ff00', '#ffffff'],
    ]);
    r.setFontWeights([
      ['normal', 'bold'],
      [null, 'bold'],
    ]);
    expect(r.getFontWeights()).toEqual([
      ['normal', 'bold'],
      ['normal', 'bold'],
    ]);
    r.setFontColors([
      ['#ff0000', '#000000'],
      ['#000000', '#0000ff'],
    ]);
    expect(r.getFontColors()).toEqual([
      ['#ff0000', '#000000'],
      ['#000000', '#0000ff'],
    ]);
    r.setFontSizes([
      [8, 9],
      [10, 11],
    ]);
    expect(r.getFontSizes()).toEqual([
      [8, 9],
      [10, 11],
    ]);
    r.setFontStyle('italic');
    expect(r.getFontStyle()).toBe('italic');
    // Other font settings survive a change of one of them.
    expect(r.getFontFamilies()).toEqual([
      ['Sarabun', 'Sarabun'],
      ['Sarabun', 'Sarabun'],
    ]);
  });

  it('setBackground(null) resets to white', async () => {
    const { sheet } = await sheetWith();
    sheet.getRange('A1').setBackground('#ff0000').setBackground(null);
    expect(sheet.getRange('A1').getBackground()).toBe('#ffffff');
  });

  it('survive save and reopen', async () => {
    const em = await sheetWith([['x', 1000]]);
    em.sheet.getRange('A1').setFontWeight('bold').setBackground('#d9ead3');
    em.sheet.getRange('B1').setNumberFormat('#,##0.00');
    const again = (await reopen(em)).ss.getSheets()[0];
    expect(again.getRange('A1').getFontWeight()).toBe('bold');
    expect(again.getRange('A1').getBackground()).toBe('#d9ead3');
    expect(again.getRange('B1').getDisplayValue()).toBe('1,000.00');
  });
});

describe('alignment and wrap', () => {
  it('set and get horizontal and vertical alignment', async () => {
    const { sheet } = await sheetWith();
    const r = sheet.getRange('A1:B1');
    r.setHorizontalAlignment('center').setVerticalAlignment('middle');
    expect(r.getHorizontalAlignment()).toBe('center');
    expect(r.getVerticalAlignment()).toBe('middle');
    r.setHorizontalAlignments([['left', 'right']]);
    expect(r.getHorizontalAlignments()).toEqual([['left', 'right']]);
    expect(sheet.getRange('C1').getVerticalAlignment()).toBe('bottom');
  });

  it('set and get wrap, one or per cell', async () => {
    const { sheet } = await sheetWith();
    const r = sheet.getRange('A1:B1');
    expect(r.getWrap()).toBe(false);
    r.setWrap(true);
    expect(r.getWraps()).toEqual([[true, true]]);
    r.setWraps([[false, true]]);
    expect(r.getWraps()).toEqual([[false, true]]);
    // Alignment set earlier is kept when wrap changes.
    r.setHorizontalAlignment('right').setWrap(true);
    expect(r.getHorizontalAlignment()).toBe('right');
  });
});

describe('borders', () => {
  const solid = (argb = 'FF000000') => ({ style: 'thin', color: { argb } });

  it('true draws a side, false removes it, null leaves it as it is', async () => {
    const { sheet } = await sheetWith();
    const r = sheet.getRange('A1:B2') as any;
    r.setBorder(true, true, true, true, false, false);
    let b = r._borders();
    expect(b[0][0]).toEqual({ top: solid(), left: solid() });
    expect(b[1][1]).toEqual({ bottom: solid(), right: solid() });

    // Only the inner lines: the outline stays.
    r.setBorder(null, null, null, null, true, true);
    b = r._borders();
    expect(b[0][0]).toEqual({ top: solid(), left: solid(), right: solid(), bottom: solid() });
    expect(b[0][1].left).toEqual(solid());

    // Remove the top only.
    r.setBorder(false, null, null, null, null, null);
    b = r._borders();
    expect(b[0][0].top).toBeUndefined();
    expect(b[0][1].top).toBeUndefined();
    expect(b[0][0].left).toEqual(solid());
  });

  it('takes a colour and a SpreadsheetApp.BorderStyle', async () => {
    const { sheet, SpreadsheetApp } = await sheetWith();
    const r = sheet.getRange('C3') as any;
    r.setBorder(true, null, true, null, null, null, '#ff0000', SpreadsheetApp.BorderStyle.SOLID_MEDIUM);
    expect(r._borders()[0][0]).toEqual({
      top: { style: 'medium', color: { argb: 'FFFF0000' } },
      bottom: { style: 'medium', color: { argb: 'FFFF0000' } },
    });
    r.setBorder(null, true, null, null, null, null, null, SpreadsheetApp.BorderStyle.DOUBLE);
    expect(r._borders()[0][0].left).toEqual({ style: 'double', color: { argb: 'FF000000' } });
  });
});

describe('notes', () => {
  it('set, read ("" when none), clear, and survive save and reopen', async () => {
    const em = await sheetWith([['a', 'b']]);
    const r = em.sheet.getRange('A1:B1');
    expect(r.getNotes()).toEqual([['', '']]);
    em.sheet.getRange('A1').setNote('ตรวจแล้ว');
    expect(r.getNotes()).toEqual([['ตรวจแล้ว', '']]);
    r.setNotes([['one', 'two']]);
    expect(em.sheet.getRange('B1').getNote()).toBe('two');
    em.sheet.getRange('B1').clearNote();
    expect(r.getNotes()).toEqual([['one', '']]);
    // clearContent leaves notes and formats.
    em.sheet.getRange('A1').setFontWeight('bold');
    r.clearContent();
    expect(r.getValues()).toEqual([['', '']]);
    expect(em.sheet.getRange('A1').getNote()).toBe('one');
    expect(em.sheet.getRange('A1').getFontWeight()).toBe('bold');
    const again = (await reopen(em)).ss.getSheets()[0];
    expect(again.getRange('A1').getNote()).toBe('one');
  });
});

describe('merges', () => {
  it('merge, getMergedRanges, isPartOfMerge and breakApart', async () => {
    const em = await sheetWith([['title', 'x', 'y']]);
    const { sheet } = em;
    sheet.getRange('A1:C1').merge();
    expect(sheet.getRange('B1').isPartOfMerge()).toBe(true);
    expect(sheet.getRange('D1').isPartOfMerge()).toBe(false);
    // Merges that are inside the range or overlap it.
    expect(
      sheet
        .getRange('B1:D5')
        .getMergedRanges()
        .map((m) => m.getA1Notation()),
    ).toEqual(['A1:C1']);
    // Only the top-left value is kept visible.
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['title', '', '']]);

    const again = (await reopen(em)).ss.getSheets()[0];
    expect(
      again
        .getRange('A1')
        .getMergedRanges()
        .map((m) => m.getA1Notation()),
    ).toEqual(['A1:C1']);

    sheet.getRange('A1:C1').breakApart();
    expect(sheet.getRange('A1:C1').getMergedRanges()).toEqual([]);
  });

  it('mergeAcross merges each row, mergeVertically each column', async () => {
    const { sheet } = await sheetWith();
    sheet.getRange('A1:C2').mergeAcross();
    expect(
      sheet
        .getRange('A1:C2')
        .getMergedRanges()
        .map((m) => m.getA1Notation())
        .sort(),
    ).toEqual(['A1:C1', 'A2:C2']);
    sheet.getRange('E1:F3').mergeVertically();
    expect(
      sheet
        .getRange('E1:F3')
        .getMergedRanges()
        .map((m) => m.getA1Notation())
        .sort(),
    ).toEqual(['E1:E3', 'F1:F3']);
  });
});

describe('clear', () => {
  async function formatted() {
    const em = await sheetWith([[1, 2]]);
    const r = em.sheet.getRange('A1:B1');
    r.setBackground('#ff0000').setNumberFormat('0.00');
    return { ...em, r };
  }

  it('clear() removes contents and formats', async () => {
    const { r } = await formatted();
    r.clear();
    expect(r.getValues()).toEqual([['', '']]);
    expect(r.getBackgrounds()).toEqual([['#ffffff', '#ffffff']]);
  });

  it('clear({contentsOnly}) keeps formats, clear({formatOnly}) keeps values', async () => {
    const a = await formatted();
    a.r.clear({ contentsOnly: true });
    expect(a.r.getValues()).toEqual([['', '']]);
    expect(a.r.getBackground()).toBe('#ff0000');

    const b = await formatted();
    b.r.clear({ formatOnly: true });
    expect(b.r.getValues()).toEqual([[1, 2]]);
    expect(b.r.getBackground()).toBe('#ffffff');
    expect(b.r.getDisplayValues()).toEqual([['1', '2']]);
  });

  it('clearFormat keeps values; Sheet.clear empties the sheet', async () => {
    const { r, sheet } = await formatted();
    r.clearFormat();
    expect(r.getValues()).toEqual([[1, 2]]);
    expect(r.getBackground()).toBe('#ffffff');
    sheet.clear();
    expect(sheet.getLastRow()).toBe(0);
  });
});

describe('sizes and frozen panes', () => {
  it('row heights and column widths are pixels, with Sheets’ defaults, and survive save', async () => {
    const em = await sheetWith([['a']]);
    const { sheet } = em;
    expect(sheet.getRowHeight(5)).toBe(21);
    expect(sheet.getColumnWidth(5)).toBe(100);
    sheet.setRowHeight(1, 40);
    sheet.setRowHeights(2, 2, 30);
    sheet.setColumnWidth(1, 150);
    sheet.setColumnWidths(2, 2, 60);
    expect(sheet.getRowHeight(1)).toBe(40);
    expect(sheet.getRowHeight(3)).toBe(30);
    expect(sheet.getColumnWidth(1)).toBe(150);
    expect(sheet.getColumnWidth(3)).toBe(60);

    const again = (await reopen(em)).ss.getSheets()[0];
    expect(Math.abs(again.getRowHeight(1) - 40)).toBeLessThanOrEqual(1);
    expect(Math.abs(again.getRowHeight(2) - 30)).toBeLessThanOrEqual(1);
    expect(Math.abs(again.getColumnWidth(1) - 150)).toBeLessThanOrEqual(2);
    expect(Math.abs(again.getColumnWidth(2) - 60)).toBeLessThanOrEqual(2);
  });

  it('frozen rows and columns are set, read back and kept after save', async () => {
    const em = await sheetWith([['h1', 'h2']]);
    expect(em.sheet.getFrozenRows()).toBe(0);
    em.sheet.setFrozenRows(2);
    em.sheet.setFrozenColumns(1);
    expect(em.sheet.getFrozenRows()).toBe(2);
    expect(em.sheet.getFrozenColumns()).toBe(1);
    const again = (await reopen(em)).ss.getSheets()[0];
    expect(again.getFrozenRows()).toBe(2);
    expect(again.getFrozenColumns()).toBe(1);
    again.setFrozenRows(0);
    expect(again.getFrozenRows()).toBe(0);
    expect(again.getFrozenColumns()).toBe(1);
  });
});

// The accessors come in fours (getX, getXs, setX, setXs) for each format of REF Range; they are made
// from one table, so each format is checked here through all four.
describe('every format has its four accessors', () => {
  it.each<[string, string, unknown, unknown]>([
    ['NumberFormat', 'NumberFormats', '0.00', 'General'],
    ['FontWeight', 'FontWeights', 'bold', 'normal'],
    ['FontStyle', 'FontStyles', 'italic', 'normal'],
    ['FontSize', 'FontSizes', 14, 10],
    ['FontFamily', 'FontFamilies', 'Sarabun', 'Arial'],
    ['FontColor', 'FontColors', '#c00000', '#000000'],
    ['Background', 'Backgrounds', '#e2f0d9', '#ffffff'],
    ['HorizontalAlignment', 'HorizontalAlignments', 'center', 'general'],
    ['VerticalAlignment', 'VerticalAlignments', 'middle', 'bottom'],
    ['Wrap', 'Wraps', true, false],
  ])('%s / %s', async (one, many, value, fresh) => {
    const { sheet } = await sheetWith();
    const r = sheet.getRange('A1:B1') as unknown as Record<string, (...a: unknown[]) => unknown>;
    r[`set${many}`]([[value, fresh]]);
    expect(r[`get${many}`]()).toEqual([[value, fresh]]);
    expect(r[`get${one}`]()).toEqual(value);
    r[`set${one}`](value);
    expect(r[`get${many}`]()).toEqual([[value, value]]);
  });
});

// APPS-SCRIPT.md A7 (from GFT testsheets.js, run on live Apps Script): "an invalid colour or alignment
// passed to a setter is silently ignored (no exception)"; "clearFormat() keeps the number format".
describe('as live Apps Script does', () => {
  it('ignores an invalid colour or alignment without throwing', async () => {
    const { sheet } = await sheetWith([[1]]);
    const r = sheet.getRange('A1');
    r.setBackground('#e2f0d9').setFontColor('#c00000').setHorizontalAlignment('center');
    r.setBackground('not a colour');
    r.setFontColor('#12');
    r.setHorizontalAlignment('sideways' as never);
    expect([r.getBackground(), r.getFontColor(), r.getHorizontalAlignment()]).toEqual([
      '#e2f0d9',
      '#c00000',
      'center',
    ]);
  });

  it('clearFormat keeps the number format', async () => {
    const { sheet } = await sheetWith([[1234.5]]);
    const r = sheet.getRange('A1');
    r.setNumberFormat('#,##0.00').setFontWeight('bold');
    r.clearFormat();
    expect([r.getFontWeight(), r.getNumberFormat(), r.getDisplayValue()]).toEqual([
      'normal',
      '#,##0.00',
      '1,234.50',
    ]);
  });
});

// APPS-SCRIPT.md A7 (GFT, live Apps Script): "Sheet.clear() keeps notes (clearNotes() removes them)".
describe('notes and clear', () => {
  it('Sheet.clear keeps notes; clearNotes removes them', async () => {
    const { sheet } = await sheetWith([[1]]);
    sheet.getRange('A1').setNote('ตรวจแล้ว');
    sheet.clear();
    expect([sheet.getRange('A1').getValue(), sheet.getRange('A1').getNote()]).toEqual(['', 'ตรวจแล้ว']);
    sheet.clearNotes();
    expect(sheet.getRange('A1').getNote()).toBe('');
  });
});

describe('text styles (REF Range.setTextStyles, SpreadsheetApp.newTextStyle, TextStyleBuilder)', () => {
  it('sets family, size, colour and weight of each cell in one counted call; builders are not document calls', async () => {
    const { sheet, SpreadsheetApp, env } = await sheetWith([['หัวข้อ', 'ข้อความ']]);
    sheet.getRange('B1').setFontStyle('italic');
    env.counter.reset();
    const title = SpreadsheetApp.newTextStyle()
      .setFontFamily('Sarabun')
      .setFontSize(18)
      .setForegroundColor('#1f3864')
      .setBold(true)
      .build();
    // A style that sets only the size leaves the cell's own family, colour, weight and italic.
    const small = SpreadsheetApp.newTextStyle().setFontSize(12).build();
    const range = sheet.getRange('A1:B1');
    range.setTextStyles([[title, small]]);
    // Sheet.getRange and Range.setTextStyles reach the document; the seven builder calls do not.
    expect(env.counter.toJSON()).toEqual({ 'Range.setTextStyles': 1, 'Sheet.getRange': 1 });
    expect(env.counter.builders.get('SpreadsheetApp.newTextStyle')).toBe(2);
    expect(env.counter.builders.get('TextStyleBuilder.build')).toBe(2);
    expect(range.getFontFamilies()).toEqual([['Sarabun', 'Arial']]);
    expect(range.getFontSizes()).toEqual([[18, 12]]);
    expect(range.getFontColors()).toEqual([['#1f3864', '#000000']]);
    expect(range.getFontWeights()).toEqual([['bold', 'normal']]);
    expect(range.getFontStyles()).toEqual([['normal', 'italic']]);
    expect(title.getFontSize()).toBe(18);
    expect(small.getFontFamily()).toBeNull();
    expect(range.getTextStyles()[0][0].isBold()).toBe(true);
  });

  it('refuses data of the wrong shape, as every batched setter does', async () => {
    const { sheet, SpreadsheetApp } = await sheetWith([['a', 'b']]);
    const style = SpreadsheetApp.newTextStyle().setBold(true).build();
    expectException(() => sheet.getRange('A1:B1').setTextStyles([[style]]), 'data-dimensions');
  });
});
