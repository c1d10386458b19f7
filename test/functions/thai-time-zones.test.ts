// The date functions of the built bundle, recalculated by the local runtime over an .xlsx written
// here, in spreadsheets set to zones from UTC−10 to UTC+14. A date cell is its wall-clock day in the
// spreadsheet's own zone: 1 Oct 2022 is fiscal year 2566 in Honolulu as in Kiritimati.
import ExcelJS from 'exceljs';
import { openRuntime, type Runtime } from '../../local/runtime';
import { errorOf } from '../helpers/bundle';
import { bundleInSpreadsheet, midnightIn } from '../helpers/spreadsheet';

const ZONES = [
  'Pacific/Honolulu', // UTC−10
  'America/New_York', // UTC−4 on 1 Oct, −5 on 1 Jan
  'UTC',
  'Asia/Bangkok', // UTC+7
  'Asia/Singapore', // UTC+8
  'Australia/Sydney', // UTC+10 on 1 Oct 2022 (daylight saving starts 2 Oct), +11 on 1 Jan
  'Pacific/Kiritimati', // UTC+14
];

/** A date cell as exceljs writes it: the UTC fields are the wall-clock day the cell shows. */
const typed = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

// Each row: the day a cell shows (as typed), then THAI_DATE medium-arabic, FISCAL_YEAR, FISCAL_QUARTER.
// Fiscal year N (BE) runs 1 ต.ค. N−1 – 30 ก.ย. N; BE = CE + 543. Quarter 1 = ต.ค.–ธ.ค., 2 = ม.ค.–มี.ค.
const DAYS: [Date, string, number, number][] = [
  [typed(2022, 9, 30), '30 ก.ย. 2565', 2565, 4], // 2022 + 543 = 2565, before 1 ต.ค.
  [typed(2022, 10, 1), '1 ต.ค. 2565', 2566, 1], // from 1 ต.ค. 2565 it is fiscal year 2566
  [typed(2022, 12, 31), '31 ธ.ค. 2565', 2566, 1],
  [typed(2023, 1, 1), '1 ม.ค. 2566', 2566, 2], // 2023 + 543 = 2566, still fiscal 2566
  // BE years typed into date cells: Sheets reads "1/10/2565" as 1 October 2565 CE.
  [typed(2565, 9, 30), '30 ก.ย. 2565', 2565, 4],
  [typed(2565, 10, 1), '1 ต.ค. 2565', 2566, 1],
  [typed(2565, 12, 31), '31 ธ.ค. 2565', 2566, 1],
  [typed(2566, 1, 1), '1 ม.ค. 2566', 2566, 2],
];

function dateWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Dates');
  ws.addRow(['วันที่', 'THAI_DATE', 'FISCAL_YEAR', 'FISCAL_QUARTER']);
  DAYS.forEach(([date], i) => {
    const r = i + 2;
    ws.getCell(`A${r}`).value = date;
    ws.getCell(`A${r}`).numFmt = 'd/m/yyyy';
    ws.getCell(`B${r}`).value = { formula: `THAI_DATE(A${r},"medium-arabic")` } as ExcelJS.CellFormulaValue;
    ws.getCell(`C${r}`).value = { formula: `FISCAL_YEAR(A${r})` } as ExcelJS.CellFormulaValue;
    ws.getCell(`D${r}`).value = { formula: `FISCAL_QUARTER(A${r})` } as ExcelJS.CellFormulaValue;
  });
  // Ranges: one call per range, one result per cell.
  ws.getCell('F2').value = { formula: `FISCAL_YEAR(A2:A9)` } as ExcelJS.CellFormulaValue;
  // Periods back as dates: quarter 4 of FY2566 = 1 ก.ค. – 30 ก.ย. 2566 = 1 Jul – 30 Sep 2023.
  ws.getCell('H2').value = { formula: 'THAI_PERIOD("ไตรมาส 4/2566")' } as ExcelJS.CellFormulaValue;
  // A start column and an end column of date cells (30 Sep 2022 – 1 Jan 2023, and the same typed in BE).
  ws.getCell('H3').value = { formula: 'THAI_PERIOD(A2:A5)' } as ExcelJS.CellFormulaValue;
  ws.getCell('K2').value = typed(2022, 10, 1);
  ws.getCell('L2').value = typed(2566, 1, 1);
  ws.getCell('M2').value = { formula: 'THAI_PERIOD(K2:L2)' } as ExcelJS.CellFormulaValue;
  return wb;
}

describe.each(ZONES)('a spreadsheet in %s', (timeZone) => {
  let rt: Runtime;
  let sheet: GoogleAppsScript.Spreadsheet.Sheet;
  let report: ReturnType<Runtime['recalc']>;
  beforeAll(async () => {
    const wb = dateWorkbook();
    rt = await openRuntime(Buffer.from(await wb.xlsx.writeBuffer()), { timeZone });
    report = rt.recalc();
    const app = rt.context.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    sheet = app.getActiveSpreadsheet().getSheetByName('Dates')!;
  });

  it('reads each date cell as the day it shows, BE years typed into dates as BE', () => {
    expect(sheet.getRange('B2:D9').getValues()).toEqual(DAYS.map(([, text, year, q]) => [text, year, q]));
    expect(sheet.getRange('F2:F9').getValues()).toEqual(DAYS.map(([, , year]) => [year]));
  });

  it('gives periods as midnight in the spreadsheet zone', () => {
    const at = (a1: string) => (sheet.getRange(a1).getValue() as Date).getTime();
    expect([at('H2'), at('I2')]).toEqual([
      midnightIn(timeZone, 2023, 7, 1).getTime(),
      midnightIn(timeZone, 2023, 9, 30).getTime(),
    ]);
    // A2:A5 is one column of four rows: each row is read as one day, a period of that day.
    expect(at('H3')).toBe(midnightIn(timeZone, 2022, 9, 30).getTime());
    expect(at('I6')).toBe(midnightIn(timeZone, 2023, 1, 1).getTime());
    // K2 (1 Oct 2022) to L2 (1/1/2566 typed, = 1 Jan 2023).
    expect([at('M2'), at('N2')]).toEqual([
      midnightIn(timeZone, 2022, 10, 1).getTime(),
      midnightIn(timeZone, 2023, 1, 1).getTime(),
    ]);
    expect(sheet.getRange('H2:I2').getDisplayValues()).toEqual([['1/7/2023', '30/9/2023']]);
    expect(report.errors).toEqual([]);
  });
});

describe('the spreadsheet time zone, called directly', () => {
  it('is read once per call of a function, not once per cell, and each day formatted once', async () => {
    const rt = await bundleInSpreadsheet('Australia/Sydney');
    const days = [
      [midnightIn('Australia/Sydney', 2022, 10, 1)],
      [midnightIn('Australia/Sydney', 2022, 12, 31)],
      [midnightIn('Australia/Sydney', 2023, 1, 1)],
    ];
    rt.env.counter.reset();
    expect(rt.context.FISCAL_QUARTER([...days, ...days])).toEqual([[1], [1], [2], [1], [1], [2]]);
    expect(rt.env.counter.counts.get('Spreadsheet.getSpreadsheetTimeZone')).toBe(1);
    // Six cells, three distinct days: each instant is formatted once.
    expect(rt.env.counter.counts.get('Utilities.formatDate')).toBe(3);
  });

  it.each([
    // Daylight saving skips midnight there: the day starts at 01:00, never 23:00 the day before.
    ['America/Santiago', '11 ก.ย. 2565', '2022-09-11T04:00:00.000Z'], // 01:00 at UTC−3
    ['America/Havana', '13 มี.ค. 2565', '2022-03-13T05:00:00.000Z'], // 01:00 at UTC−4
    ['Asia/Beirut', '27 มี.ค. 2565', '2022-03-26T22:00:00.000Z'], // 01:00 at UTC+3
  ])('in %s, THAI_PERIOD of %s starts at the first instant of that day', async (timeZone, text, iso) => {
    const rt = await bundleInSpreadsheet(timeZone);
    const [[start, end]] = rt.context.THAI_PERIOD(text);
    expect([start.toISOString(), end.toISOString()]).toEqual([iso, iso]);
  });

  it('quotes a date in a message as the sheet shows it in its zone', async () => {
    // Midnight of 1 Oct 2022 in Kiritimati is 10:00 UTC on 30 Sep: never quoted as 30 Sep or as an instant.
    const rt = await bundleInSpreadsheet('Pacific/Kiritimati');
    const date = midnightIn('Pacific/Kiritimati', 2022, 10, 1);
    expect(date.toISOString()).toBe('2022-09-30T10:00:00.000Z');
    expect(errorOf(() => rt.context.THAI_NUMBER(date))).toBe(
      'THAI_NUMBER: ต้องเป็นจำนวนเงิน ได้ ๑ ต.ค. ๒๕๖๕ / expects an amount, got 1 Oct 2022',
    );
    expect(errorOf(() => rt.context.THAI_DIGITS(date))).toBe(
      'THAI_DIGITS: ต้องเป็นตัวเลขหรือข้อความ ได้ ๑ ต.ค. ๒๕๖๕ / expects a number or text, got 1 Oct 2022',
    );
  });

  it('refuses a BE-typed date that does not exist in the BE year, never moving it', async () => {
    // 29/2/2568 typed: 2568 CE is a leap year (÷4, not ÷100) so Sheets makes a date; BE 2568 is
    // 2025 CE, not a leap year, so there is no 29 ก.พ. 2568.
    const rt = await bundleInSpreadsheet('Asia/Bangkok');
    const date = midnightIn('Asia/Bangkok', 2568, 2, 29);
    expect(errorOf(() => rt.context.FISCAL_YEAR(date))).toBe(
      'FISCAL_YEAR: อ่านวันที่ ๒๙/๒/๒๕๖๘ ไม่ได้: ปี 2568 ในเซลล์วันที่อ่านเป็น พ.ศ. แต่ไม่มีวันที่ 29/2/2568 ใน พ.ศ. 2568' +
        ' / cannot read the date 29/2/2568: the year 2568 in a date cell is read as BE, and BE 2568 has no day 29/2/2568',
    );
    // 29/2/2567 typed is 29 Feb 2024 CE (a leap year), but Sheets never makes it a date: 2567 CE is
    // not a leap year, so the cell stays text and is read as text.
    expect(rt.context.THAI_DATE('29/2/2567', 'medium-arabic')).toBe('29 ก.พ. 2567');
  });
});
