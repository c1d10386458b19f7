// Range values, formulas and geometry, checked against the Apps Script reference
// (developers.google.com/apps-script/reference/spreadsheet/range and /sheet).
import { emulate, expectException, reopen, xlsx } from './emulator';

const BANGKOK_MIDNIGHT_2022_10_01 = '2022-09-30T17:00:00.000Z';

async function sampleSheet() {
  const bytes = await xlsx((wb) => {
    const ws = wb.addWorksheet('Data');
    ws.getCell('A1').value = 'name';
    ws.getCell('B1').value = 'score';
    ws.getCell('C1').value = 'passed';
    ws.getCell('D1').value = 'date';
    ws.getCell('A2').value = 'สำนักปลัด';
    ws.getCell('B2').value = 89.67;
    ws.getCell('C2').value = true;
    // exceljs writes a Date's UTC fields as the wall-clock date of the cell: 2022-10-01 in the file.
    ws.getCell('D2').value = new Date(Date.UTC(2022, 9, 1));
    ws.getCell('A3').value = 'กองคลัง';
    ws.getCell('B3').value = 0;
    ws.getCell('C3').value = false;
  });
  const em = await emulate(bytes);
  return { ...em, sheet: em.ss.getSheetByName('Data')! };
}

describe('getValues', () => {
  it('returns numbers, strings, booleans, Dates and "" for empty cells', async () => {
    const { sheet } = await sampleSheet();
    const values = sheet.getRange('A2:E3').getValues();
    expect(values[0].slice(0, 3)).toEqual(['สำนักปลัด', 89.67, true]);
    expect(values[1]).toEqual(['กองคลัง', 0, false, '', '']);
    expect(values[0][4]).toBe('');
    const date = values[0][3] as Date;
    expect(Object.prototype.toString.call(date)).toBe('[object Date]');
    // A date cell is the instant of local midnight in the spreadsheet's time zone (Asia/Bangkok).
    expect(date.toISOString()).toBe(BANGKOK_MIDNIGHT_2022_10_01);
  });

  it('getValue returns the top-left cell of the range', async () => {
    const { sheet } = await sampleSheet();
    expect(sheet.getRange('B2:C3').getValue()).toBe(89.67);
    expect(sheet.getRange(9, 9).getValue()).toBe('');
  });

  it('reads "" for the cells of a merge other than its top-left one', async () => {
    const { sheet } = await sampleSheet();
    sheet.getRange('A5').setValue('หัวเรื่อง');
    sheet.getRange('A5:C6').merge();
    expect(sheet.getRange('A5:C6').getValues()).toEqual([
      ['หัวเรื่อง', '', ''],
      ['', '', ''],
    ]);
    expect(sheet.getRange('B5').getValue()).toBe('');
    expect(sheet.getRange('B6').getDisplayValue()).toBe('');
  });
});

describe('formula cells', () => {
  it('read their cached result, also a falsy one (0, FALSE, "")', async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('Sheet1');
      ws.getCell('A1').value = { formula: '1-1', result: 0 } as never;
      ws.getCell('B1').value = { formula: '1>2', result: false } as never;
      ws.getCell('C1').value = { formula: '2*3', result: 6 } as never;
      ws.getCell('D1').value = { formula: 'A1/0', result: { error: '#DIV/0!' } } as never;
    });
    const { ss } = await emulate(bytes);
    const r = ss.getSheets()[0].getRange('A1:D1');
    expect(r.getValues()).toEqual([[0, false, 6, '#DIV/0!']]);
    expect(r.getDisplayValues()).toEqual([['0', 'FALSE', '6', '#DIV/0!']]);
    expect(r.getFormulas()).toEqual([['=1-1', '=1>2', '=2*3', '=A1/0']]);
  });
});

describe('setValues', () => {
  // REF Range.setValues: "The size of the two-dimensional array must match the size of the range."
  it('throws when the rows do not match', async () => {
    const { sheet } = await sampleSheet();
    expectException(() => sheet.getRange('A10:B11').setValues([[1, 2]]), 'data-dimensions');
  });

  it('throws when the columns do not match, ragged rows included, and writes nothing', async () => {
    const { sheet } = await sampleSheet();
    expectException(() => sheet.getRange('A10:D10').setValues([[1, 2, 3, 4, 5]]), 'data-dimensions');
    expectException(
      () =>
        sheet.getRange('A10:B11').setValues([
          [1, 2],
          [3, 4, 5],
        ]),
      'data-dimensions',
    );
    expect(sheet.getRange('A10:B11').getValues()).toEqual([
      ['', ''],
      ['', ''],
    ]);
  });

  it('turns a string starting with "=" into a formula', async () => {
    const { sheet } = await sampleSheet();
    sheet.getRange('F2:G2').setValues([['=B2*2', 'plain']]);
    expect(sheet.getRange('F2:G2').getFormulas()).toEqual([['=B2*2', '']]);
    expect(sheet.getRange('F2').getFormula()).toBe('=B2*2');
  });

  it('keeps text after a leading apostrophe, without the apostrophe, and never as a formula', async () => {
    const { sheet } = await sampleSheet();
    sheet.getRange('F3:H3').setValues([["'=1+1", "'007", '007']]);
    expect(sheet.getRange('F3:H3').getFormulas()).toEqual([['', '', '']]);
    // Text typed as a plain number is stored as that number, as Sheets parses typed input.
    expect(sheet.getRange('F3:H3').getValues()).toEqual([['=1+1', '007', 7]]);
  });

  it('round-trips Dates through setValues/getValues and through save and reopen', async () => {
    const em = await sampleSheet();
    const instant = new Date('2023-03-31T17:00:00.000Z'); // 2023-04-01 00:00 in Bangkok
    const withTime = new Date('2023-04-01T03:30:00.000Z'); // 2023-04-01 10:30 in Bangkok
    em.sheet.getRange('D3:E3').setValues([[instant, withTime]]);
    const read = em.sheet.getRange('D3:E3').getValues() as Date[][];
    expect(read[0].map((d) => d.toISOString())).toEqual([instant.toISOString(), withTime.toISOString()]);

    const again = await reopen(em);
    const reread = again.ss.getSheetByName('Data')!.getRange('D2:E3').getValues();
    expect((reread[0][0] as Date).toISOString()).toBe(BANGKOK_MIDNIGHT_2022_10_01);
    expect((reread[1][0] as Date).toISOString()).toBe(instant.toISOString());
    expect((reread[1][1] as Date).toISOString()).toBe(withTime.toISOString());
  });

  it('clears a cell set to "" or null', async () => {
    const { sheet } = await sampleSheet();
    sheet.getRange('A2:B2').setValues([['', null]]);
    expect(sheet.getRange('A2:B2').getValues()).toEqual([['', '']]);
    expect(sheet.getRange('A2:B2').isBlank()).toBe(true);
  });

  it('setValue writes one value into every cell of the range', async () => {
    const { sheet } = await sampleSheet();
    sheet.getRange('F5:G6').setValue('x');
    expect(sheet.getRange('F5:G6').getValues()).toEqual([
      ['x', 'x'],
      ['x', 'x'],
    ]);
  });
});

describe('ranges', () => {
  it('getRange takes (row, column[, numRows[, numColumns]]) and A1 notation', async () => {
    const { sheet } = await sampleSheet();
    expect(sheet.getRange(2, 2).getA1Notation()).toBe('B2');
    expect(sheet.getRange(2, 2, 3).getA1Notation()).toBe('B2:B4');
    expect(sheet.getRange(1, 1, 2, 5).getA1Notation()).toBe('A1:E2');
    const r = sheet.getRange('B2:D10');
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([2, 2, 9, 3]);
    expect([r.getLastRow(), r.getLastColumn()]).toEqual([10, 4]);
    expect(sheet.getRange('Data!A2').getValue()).toBe('สำนักปลัด');
    expect(sheet.getRange('$B$2').getValue()).toBe(89.67);
    expect(sheet.getRange('Z1').getColumn()).toBe(26);
  });

  // Separate errors for rows and columns; `B` alone is not a range (APPS-SCRIPT.md A7, GFT testsheets.js).
  it('rejects bad coordinates as Apps Script does', async () => {
    const { sheet } = await sampleSheet();
    expectException(() => sheet.getRange(0, 1), 'start-too-small');
    expectException(() => sheet.getRange(1, 0), 'start-too-small');
    expectException(() => sheet.getRange(1, 1, 0, 1), 'rows-at-least-one');
    expectException(() => sheet.getRange(1, 1, 1, 0), 'columns-at-least-one');
    expectException(() => sheet.getRange('not a range!!'), 'range-not-found');
    expectException(() => sheet.getRange('B'), 'range-not-found');
  });

  it('offset keeps the size unless given, and can go back', async () => {
    const { sheet } = await sampleSheet();
    const r = sheet.getRange('B2:C3');
    expect(r.offset(1, 1).getA1Notation()).toBe('C3:D4');
    expect(r.offset(-1, -1).getA1Notation()).toBe('A1:B2');
    expect(r.offset(0, 0, 1).getA1Notation()).toBe('B2:C2');
    expect(r.offset(2, 0, 3, 1).getA1Notation()).toBe('B4:B6');
  });

  it('getCell is 1-based inside the range', async () => {
    const { sheet } = await sampleSheet();
    const r = sheet.getRange('A2:C3');
    expect(r.getCell(1, 2).getValue()).toBe(89.67);
    expect(r.getCell(2, 3).getA1Notation()).toBe('C3');
  });

  it('getDataRange and getLastRow/getLastColumn bound the cells with content', async () => {
    const { sheet, ss } = await sampleSheet();
    expect(sheet.getLastRow()).toBe(3);
    expect(sheet.getLastColumn()).toBe(4);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:D3');
    sheet.getRange('F8').setValue(1);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:F8');
    const empty = ss.insertSheet('Empty');
    expect(empty.getLastRow()).toBe(0);
    expect(empty.getLastColumn()).toBe(0);
    expect(empty.getDataRange().getA1Notation()).toBe('A1');
  });

  it('a sheet has 1000 rows and 26 columns by default', async () => {
    const { ss } = await sampleSheet();
    const s = ss.insertSheet('New');
    expect(s.getMaxRows()).toBe(1000);
    expect(s.getMaxColumns()).toBe(26);
  });

  it('getSheetByName returns null for a missing sheet and is case-sensitive', async () => {
    const { ss } = await sampleSheet();
    expect(ss.getSheetByName('Missing')).toBeNull();
    expect(ss.getSheetByName('Data')!.getName()).toBe('Data');
  });

  it('Spreadsheet.getRange reads a sheet-qualified A1 range', async () => {
    const { ss } = await sampleSheet();
    expect(ss.getRange('Data!B2:B3').getValues()).toEqual([[89.67], [0]]);
    expect(ss.getRange("'Data'!A3").getValue()).toBe('กองคลัง');
  });

  it('Range.copyTo copies values and formats to another range', async () => {
    const { sheet } = await sampleSheet();
    sheet.getRange('A2:B2').setFontWeight('bold');
    sheet.getRange('A2:B2').copyTo(sheet.getRange('A20'));
    expect(sheet.getRange('A20:B20').getValues()).toEqual([['สำนักปลัด', 89.67]]);
    expect(sheet.getRange('A20:B20').getFontWeights()).toEqual([['bold', 'bold']]);
    sheet.getRange('A3:B3').copyTo(sheet.getRange('A21'), { contentsOnly: true });
    expect(sheet.getRange('A21:B21').getValues()).toEqual([['กองคลัง', 0]]);
    expect(sheet.getRange('A21').getFontWeight()).toBe('normal');
  });
});

// APPS-SCRIPT.md A1 row 1: "Throws `The coordinates of the range are outside the dimensions of the
// sheet.` New sheets are 1000×26; writing … below row 1000 needs insertRowsAfter/insertColumnsAfter
// first." (error text seen in public logs; default size from gas-fakes' insertSheet reply).
describe('the sheet grid does not grow by itself', () => {
  it('getRange past the last row or column throws, and the sheet keeps its size', async () => {
    const { ss } = await sampleSheet();
    const s = ss.insertSheet('New');
    expect(s.getRange(1000, 26).getA1Notation()).toBe('Z1000');
    expectException(() => s.getRange(1001, 1), 'outside-sheet');
    expectException(() => s.getRange(1, 27), 'outside-sheet');
    // 999 + 2 - 1 = 1000 rows fit; 999 + 3 - 1 = 1001 do not.
    expect(s.getRange(999, 1, 2, 1).getNumRows()).toBe(2);
    expectException(() => s.getRange(999, 1, 3, 1), 'outside-sheet');
    expectException(() => s.getRange('A1:AA1'), 'outside-sheet');
    expectException(() => s.getRange('A1').offset(1000, 0), 'outside-sheet');
    expect([s.getMaxRows(), s.getMaxColumns()]).toEqual([1000, 26]);
  });

  it('inserting rows or columns makes room: 1000 + 500 rows, 26 + 4 columns', async () => {
    const { ss } = await sampleSheet();
    const s = ss.insertSheet('Report');
    s.insertRowsAfter(1000, 500);
    s.insertColumnsAfter(26, 4);
    expect([s.getMaxRows(), s.getMaxColumns()]).toEqual([1500, 30]);
    s.getRange(1500, 30).setValue('last');
    expect(s.getRange('AD1500').getValue()).toBe('last');
    expectException(() => s.getRange(1501, 1), 'outside-sheet');
  });

  it('a sheet read from a file is at least 1000 × 26, more when its cells reach further', async () => {
    const bytes = await xlsx((wb) => {
      wb.addWorksheet('Long').getCell('AC1200').value = 'far';
    });
    const { ss } = await emulate(bytes);
    const s = ss.getSheetByName('Long')!;
    // AC is column 29.
    expect([s.getMaxRows(), s.getMaxColumns()]).toEqual([1200, 29]);
    expect(s.getRange('AC1200').getValue()).toBe('far');
  });
});

// GFT testsheetsdeveloper.js "A1 Notation Range Parsing" (APPS-SCRIPT.md A1 row 4 and A7): unbounded
// ranges keep their form and report it through isStartRowBounded() & co.; `$C$3` reads `C3`;
// inverted corners are put in order; R1C1 is accepted.
describe('A1 notation round-trips', () => {
  it.each([
    ['A:A', 'A:A'],
    ['D:F', 'D:F'],
    ['5:7', '5:7'],
    ['B2:B', 'B2:B'],
    ['$C$3', 'C3'],
    ['C5:B2', 'B2:C5'],
    ['R3C2', 'B3'],
    ['r1c1:r2c3', 'A1:C2'],
  ])('%s reads back as %s', async (given, expected) => {
    const { sheet } = await sampleSheet();
    expect(sheet.getRange(given).getA1Notation()).toBe(expected);
  });

  it('whole columns span the sheet’s 1000 rows, whole rows its 26 columns', async () => {
    const { sheet } = await sampleSheet();
    const columns = sheet.getRange('D:F');
    expect([columns.getRow(), columns.getColumn(), columns.getNumRows(), columns.getNumColumns()]).toEqual([
      1, 4, 1000, 3,
    ]);
    expect([columns.isStartRowBounded(), columns.isEndRowBounded()]).toEqual([false, false]);
    expect([columns.isStartColumnBounded(), columns.isEndColumnBounded()]).toEqual([true, true]);
    const rows = sheet.getRange('5:7');
    expect([rows.getRow(), rows.getColumn(), rows.getNumRows(), rows.getNumColumns()]).toEqual([5, 1, 3, 26]);
    expect([rows.isStartColumnBounded(), rows.isStartRowBounded()]).toEqual([false, true]);
    expect(sheet.getRange('B2:C3').isEndRowBounded()).toBe(true);
  });
});

// REF Range.setValues (its example writes "2.000", "1,000,000", "$2.99"), gas-fakes issue 40
// (USER_ENTERED "to align the behavior with apps script"), APPS-SCRIPT.md A1 row 2 and A5: text a
// script writes is parsed as if the user typed it, in the spreadsheet's locale (th_TH: day first).
describe('setValue parses text as a typed entry', () => {
  it.each<[string, unknown]>([
    ['1,000', 1000],
    ['1,000,000', 1000000],
    ['50%', 0.5],
    ['12.5%', 0.125],
    // Parsed in one step, as Sheets stores it: 12.3 / 100 in floating point is 0.12300000000000001.
    ['12.3%', 0.123],
    ['TRUE', true],
    ['false', false],
    ['+5', 5],
    ['-5', -5],
    ['2.000', 2],
    // Leading zeros go: a phone number typed as digits becomes a number.
    ['0812345678', 812345678],
    ['$2.99', 2.99],
  ])('"%s" becomes %p', async (typed, stored) => {
    const { sheet } = await sampleSheet();
    sheet.getRange('F1').setValue(typed);
    expect(sheet.getRange('F1').getValue()).toEqual(stored);
    expect(sheet.getRange('F1').getFormula()).toBe('');
  });

  it('"50%" gets a percent format, "1,000" a grouped one, so they show as typed', async () => {
    const { sheet } = await sampleSheet();
    sheet.getRange('F1:G1').setValues([['50%', '1,000']]);
    expect(sheet.getRange('F1:G1').getDisplayValues()).toEqual([['50%', '1,000']]);
  });

  it('"1/10/2566" is a date, day first in th_TH, year 2566 taken as written (CE)', async () => {
    const { sheet } = await sampleSheet();
    sheet.getRange('F1:F2').setValues([['1/10/2566'], ['2024-01-15']]);
    const [[a], [b]] = sheet.getRange('F1:F2').getValues() as Date[][];
    // Midnight in Bangkok (UTC+7) is 17:00 UTC the day before.
    expect(a.toISOString()).toBe('2566-09-30T17:00:00.000Z');
    expect(b.toISOString()).toBe('2024-01-14T17:00:00.000Z');
  });

  it('"8:30" is a time of day on Sheets’ day zero, 30 December 1899 (A2: time-only cells)', async () => {
    const { sheet } = await sampleSheet();
    sheet.getRange('F1').setValue('8:30');
    const time = sheet.getRange('F1').getValue() as Date;
    // Read back in the spreadsheet's zone, the wall clock is 1899-12-30 08:30.
    const wall = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Bangkok',
      dateStyle: 'short',
      timeStyle: 'short',
    }).format(time);
    expect(wall).toBe('30/12/1899, 08:30');
  });

  it('"=…" becomes a formula; text after a leading apostrophe stays text, apostrophe dropped', async () => {
    const { sheet } = await sampleSheet();
    sheet.getRange('F1:I1').setValues([['=B2*2', "'0812345678", "'=B2", "'TRUE"]]);
    expect(sheet.getRange('F1').getFormula()).toBe('=B2*2');
    expect(sheet.getRange('G1:I1').getValues()).toEqual([['0812345678', '=B2', 'TRUE']]);
    expect(sheet.getRange('G1:I1').getFormulas()).toEqual([['', '', '']]);
  });

  it('a cell formatted as plain text (@) keeps what is written as text', async () => {
    const { sheet } = await sampleSheet();
    const r = sheet.getRange('F1:I1');
    r.setNumberFormat('@');
    r.setValues([['1,000', '50%', 'TRUE', '=B2']]);
    expect(r.getValues()).toEqual([['1,000', '50%', 'TRUE', '=B2']]);
    expect(r.getFormulas()).toEqual([['', '', '', '']]);
  });

  it('text that is no number, date or boolean stays as written', async () => {
    const { sheet } = await sampleSheet();
    const texts = ['1,00', 'abc', 'ข้อ 1', '1.2.3', '-', '32/13/2566'];
    sheet.getRange(1, 6, 1, texts.length).setValues([texts]);
    expect(sheet.getRange(1, 6, 1, texts.length).getValues()).toEqual([texts]);
  });

  it('numbers, booleans and Dates passed as such are never re-parsed', async () => {
    const { sheet } = await sampleSheet();
    sheet.getRange('F1:H1').setValues([[0.5, true, new Date(BANGKOK_MIDNIGHT_2022_10_01)]]);
    const [[n, b, d]] = sheet.getRange('F1:H1').getValues();
    expect([n, b, (d as Date).toISOString()]).toEqual([0.5, true, BANGKOK_MIDNIGHT_2022_10_01]);
  });
});

describe('the grid after save and reopen', () => {
  it('keeps rows and columns inserted past the cells', async () => {
    const em = await emulate();
    const s = em.ss.getSheets()[0];
    s.insertRowsAfter(1000, 200);
    s.insertColumnsAfter(26, 2);
    const again = await reopen(em);
    const t = again.ss.getSheets()[0];
    expect([t.getMaxRows(), t.getMaxColumns()]).toEqual([1200, 28]);
  });
});
