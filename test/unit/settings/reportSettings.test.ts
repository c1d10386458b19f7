// The report settings tab "ตั้งค่ารายงาน": labels in Thai, English or both, values as clerks type them,
// every problem at its cell; zod checks what is assembled.
import { dayOfDate } from '../../../src/core/thai/calendarDay';
import { newSettingsGrid, readReportSettings } from '../../../src/core/settings/reportSettings';

const dayOf = (d: Date) => dayOfDate(d, 420); // Asia/Bangkok, UTC+7;

describe('the report settings tab', () => {
  it('reads labels in Thai, in English or both, and values as typed', () => {
    const grid = [
      ['รายการ / Setting', 'ค่า / Value'],
      ['ชื่อหน่วยงาน / Agency', '  องค์การบริหารส่วนตำบลหนองบัว  '],
      ['', ''],
      ['District', 'เมือง'],
      ['จังหวัด', 'ขอนแก่น'],
      ['ปีงบประมาณ', 'ปีงบประมาณ ๒๕๖๖'],
      ['ที่', 'ขก ๗๒๑๐๑/๑๒๓'],
      // 1 October 2565 typed into a date cell: Sheets holds year 2565 CE at Bangkok midnight
      ['วันที่', new Date(Date.UTC(2565, 9, 1) - 7 * 3600000)],
      ['ผู้จัดทำ : ', 'นางสาวสมใจ ใจดี'],
      ['ตำแหน่งผู้อนุมัติ', 'นายกองค์การบริหารส่วนตำบลหนองบัว'],
      ['ใช้เลขไทย', 'ไม่ใช่'],
      ['รอบรายงาน (เดือน)', '๖ เดือน'],
    ];
    const read = readReportSettings(grid, dayOf);
    expect(read).toMatchObject({
      ok: true,
      problems: [],
      value: {
        agency: 'องค์การบริหารส่วนตำบลหนองบัว',
        district: 'เมือง',
        province: 'ขอนแก่น',
        fiscalYear: 2566,
        documentNo: 'ขก ๗๒๑๐๑/๑๒๓',
        date: { year: 2022, month: 10, day: 1 },
        preparer: { name: 'นางสาวสมใจ ใจดี', position: '' },
        approver: { name: '', position: 'นายกองค์การบริหารส่วนตำบลหนองบัว' },
        thaiDigits: false,
        round: 6,
      },
    });
  });

  it('names the cell of every value it cannot read, and never replaces a CE year silently', () => {
    const grid = [
      ['ชื่อหน่วยงาน', 'อบต.ก'],
      ['ปีงบประมาณ', 2023],
      ['วันที่', '31 กุมภาพันธ์ 2566'],
      ['ใช้เลขไทย', 'บางที'],
      ['ชื่อหน่วยงาน', 'อบต.ข'],
      ['สีประจำหน่วยงาน', 'เขียว'],
    ];
    const read = readReportSettings(grid, dayOf);
    expect(read.ok).toBe(false);
    expect(read.problems.map((p) => [p.severity, p.row, p.column, p.message.en])).toEqual([
      ['error', 1, 1, 'Fiscal year: 2023 is a CE year: give the Buddhist-era year, e.g. 2566'],
      ['error', 2, 1, 'Date: cannot read the date "31 กุมภาพันธ์ 2566" (e.g. 1 ตุลาคม 2566)'],
      ['error', 3, 1, 'Thai digits: write "ใช่" (yes) or "ไม่ใช่" (no), got "บางที"'],
      ['error', 4, 0, '"Agency" is given twice: keep one row'],
      ['warning', 5, 0, '"สีประจำหน่วยงาน" is not a known setting and was ignored'],
    ]);
  });

  it('refuses settings without an agency name', () => {
    const read = readReportSettings([['จังหวัด', 'ขอนแก่น']], dayOf);
    expect(read.ok).toBe(false);
    expect(read.problems.map((p) => p.message.th)).toEqual(['ยังไม่ได้ใส่ชื่อหน่วยงาน']);
  });

  it('reads back the tab it creates, once the agency is filled in', () => {
    const grid = newSettingsGrid();
    expect(grid[0]).toEqual(['รายการ / Setting', 'ค่า / Value']);
    grid[1][1] = 'เทศบาลตำบลทดสอบ';
    const read = readReportSettings(grid, dayOf);
    expect(read).toMatchObject({
      ok: true,
      problems: [],
      value: { agency: 'เทศบาลตำบลทดสอบ', thaiDigits: true, round: 12 },
    });
  });
});
