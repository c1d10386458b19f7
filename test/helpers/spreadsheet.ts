// The bundle (build/Code.js) loaded by the local runtime over a new workbook whose spreadsheet time
// zone the test chooses: custom functions called on it meet SpreadsheetApp, Utilities and Session
// as they do in Sheets.
import ExcelJS from 'exceljs';
import { openRuntime, type Runtime } from '../../local/runtime';

/** A runtime over a workbook with one empty sheet, in the spreadsheet time zone `timeZone`. */
export async function bundleInSpreadsheet(timeZone = 'Asia/Bangkok'): Promise<Runtime> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet1');
  return openRuntime(wb, { timeZone });
}

/** The instant of wall-clock midnight starting a day in `timeZone`, as a date cell holds it. */
export function midnightIn(timeZone: string, year: number, month: number, day: number): Date {
  const wall = Date.UTC(year, month - 1, day);
  const offsetAt = (ms: number) => {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    }).formatToParts(new Date(ms));
    const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
    return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute')) - ms;
  };
  const guess = wall - offsetAt(wall);
  return new Date(wall - offsetAt(guess));
}
