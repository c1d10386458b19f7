import {
  compareDays,
  dateOfDay,
  dayOfDate,
  daysInMonth,
  isRealDay,
} from '../../../src/core/thai/calendarDay';
import {
  fiscalQuarterOf,
  fiscalQuarterRange,
  fiscalYearOf,
  fiscalYearRange,
} from '../../../src/core/thai/fiscalYear';
import { monthFromName } from '../../../src/core/thai/months';
import { quoteSheetDay, readSheetDay } from '../../../src/core/thai/sheetDay';
import { formatThaiDate, parseThaiDate, readThaiDateStyle } from '../../../src/core/thai/thaiDate';

const day = (year: number, month: number, d: number) => ({ year, month, day: d });

describe('calendar days and instants', () => {
  it('at UTC+7 (Bangkok), midnight is 17:00 UTC the day before', () => {
    expect(dateOfDay(day(2022, 10, 3), 420).toISOString()).toBe('2022-10-02T17:00:00.000Z');
    expect(dayOfDate(new Date('2022-10-02T17:00:00.000Z'), 420)).toEqual(day(2022, 10, 3));
    expect(dayOfDate(new Date('2022-10-02T16:59:59.999Z'), 420)).toEqual(day(2022, 10, 2));
    expect(dayOfDate(new Date('2022-10-03T16:59:59.999Z'), 420)).toEqual(day(2022, 10, 3));
  });

  it('takes another fixed offset when asked', () => {
    expect(dayOfDate(new Date('2022-10-02T17:00:00.000Z'), 0)).toEqual(day(2022, 10, 2));
    expect(dateOfDay(day(2022, 10, 3), 0).toISOString()).toBe('2022-10-03T00:00:00.000Z');
  });

  it('does not depend on the time zone of the runtime', () => {
    const saved = process.env.TZ;
    const results: unknown[] = [];
    try {
      for (const tz of ['UTC', 'America/New_York', 'Asia/Bangkok', 'Pacific/Kiritimati']) {
        process.env.TZ = tz;
        results.push([
          dayOfDate(new Date(Date.UTC(2023, 0, 31, 17)), 420),
          dateOfDay(day(2024, 2, 29), 420).getTime(),
        ]);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
    for (const r of results) expect(r).toEqual([day(2023, 2, 1), Date.UTC(2024, 1, 28, 17)]);
  });

  it('knows month lengths and leap years', () => {
    expect([2023, 2024, 1900, 2000].map((y) => daysInMonth(y, 2))).toEqual([28, 29, 28, 29]);
    expect(daysInMonth(2023, 4)).toBe(30);
    expect(daysInMonth(2023, 12)).toBe(31);
    expect(isRealDay(day(2023, 2, 29))).toBe(false);
    expect(isRealDay(day(2023, 13, 1))).toBe(false);
    expect(isRealDay(day(2023, 4, 0))).toBe(false);
    expect(compareDays(day(2023, 1, 1), day(2022, 12, 31))).toBeGreaterThan(0);
    expect(compareDays(day(2023, 1, 1), day(2023, 1, 1))).toBe(0);
  });
});

describe('fiscal year and quarter', () => {
  it.each([
    [day(2022, 10, 1), 2566, 1],
    [day(2022, 9, 30), 2565, 4],
    [day(2022, 12, 31), 2566, 1],
    [day(2023, 1, 1), 2566, 2],
    [day(2023, 3, 31), 2566, 2],
    [day(2023, 4, 1), 2566, 3],
    [day(2023, 6, 30), 2566, 3],
    [day(2023, 7, 1), 2566, 4],
    [day(2023, 9, 30), 2566, 4],
  ])('%p is in fiscal year %p, quarter %p', (d, year, quarter) => {
    expect(fiscalYearOf(d)).toBe(year);
    expect(fiscalQuarterOf(d)).toBe(quarter);
  });

  it('gives the days of a fiscal year and its quarters', () => {
    expect(fiscalYearRange(2566)).toEqual({ start: day(2022, 10, 1), end: day(2023, 9, 30) });
    expect(fiscalQuarterRange(2566, 1)).toEqual({ start: day(2022, 10, 1), end: day(2022, 12, 31) });
    expect(fiscalQuarterRange(2567, 2)).toEqual({ start: day(2024, 1, 1), end: day(2024, 3, 31) });
    expect(fiscalQuarterRange(2566, 3)).toEqual({ start: day(2023, 4, 1), end: day(2023, 6, 30) });
    expect(fiscalQuarterRange(2566, 4)).toEqual({ start: day(2023, 7, 1), end: day(2023, 9, 30) });
  });
});

describe('month names', () => {
  it.each([
    ['มกราคม', 1],
    ['ก.พ.', 2],
    ['ก.พ', 2],
    ['กพ', 2],
    ['มีค', 3],
    ['มี. ค.', 3],
    ['เมษา', 4],
    ['กรกฏาคม', 7],
    ['กุมภาพันธ', 2],
    ['ธ.ค.', 12],
    ['ตุลา', 10],
    ['มกรา', 1],
    ['ธันวา', 12],
    ['October', 0],
    ['', 0],
  ])('%p → %p', (text, month) => {
    expect(monthFromName(text)).toBe(month);
  });
});

describe('formatThaiDate', () => {
  const d = day(2022, 10, 3);
  it.each([
    ['full', '๓ ตุลาคม ๒๕๖๕'],
    ['medium', '๓ ต.ค. ๒๕๖๕'],
    ['short', '๓ ต.ค. ๖๕'],
    ['numeric', '๓/๑๐/๒๕๖๕'],
    ['full-arabic', '3 ตุลาคม 2565'],
    ['medium-arabic', '3 ต.ค. 2565'],
    ['short-arabic', '3 ต.ค. 65'],
    ['numeric-arabic', '3/10/2565'],
  ] as const)('%p → %p', (style, expected) => {
    expect(formatThaiDate(d, style)).toBe(expected);
  });

  it('pads two-digit years and defaults to full', () => {
    expect(formatThaiDate(day(1957, 1, 1), 'short-arabic')).toBe('1 ม.ค. 00');
    expect(formatThaiDate(day(2024, 2, 29))).toBe('๒๙ กุมภาพันธ์ ๒๕๖๗');
  });

  it('reads style names as typed', () => {
    expect(readThaiDateStyle(' Short Arabic ')).toBe('short-arabic');
    expect(readThaiDateStyle('numeric_arabic')).toBe('numeric-arabic');
    expect(readThaiDateStyle('FULL')).toBe('full');
    expect(readThaiDateStyle('long')).toBeUndefined();
    expect(readThaiDateStyle('short-thai')).toBeUndefined();
    expect(readThaiDateStyle('short-arabic-x')).toBeUndefined();
  });
});

describe('parseThaiDate', () => {
  it.each([
    ['๓ ตุลาคม ๒๕๖๕', day(2022, 10, 3)],
    ['3 ต.ค. 65', day(2022, 10, 3)],
    ['3 ต.ค.65', day(2022, 10, 3)],
    ['๑ ก.พ ๖๖', day(2023, 2, 1)],
    ['1 มีค 2566', day(2023, 3, 1)],
    ['วันที่ 1 เดือน มีนาคม พ.ศ. 2566', day(2023, 3, 1)],
    ['1/10/2565', day(2022, 10, 1)],
    ['01/10/65', day(2022, 10, 1)],
    ['1.10.2565', day(2022, 10, 1)],
    ['2022-10-01', day(2022, 10, 1)],
    ['3 ตุลาคม 2022', day(2022, 10, 3)],
    ['29 ก.พ. 2567', day(2024, 2, 29)],
  ])('%p → %p', (text, expected) => {
    expect(parseThaiDate(text)).toEqual({ kind: 'date', day: expected });
  });

  it.each([
    ['29 ก.พ. 2566', 'there is no day 29/2/2566'],
    ['31/4/2566', 'there is no day 31/4/2566'],
    ['3 ต.ค.', 'no year is given'],
    ['ต.ค. 2565', 'no day of the month is given'],
    ['3 ต.ค. 2565 - 5 ต.ค. 2565', 'it has extra parts'],
    ['3 ต.ค. 256', '"256" is not a year'],
    ['พรุ่งนี้', 'cannot read "พรุ่งนี้"'],
    ['3 Oct 2022', 'cannot read "Oct"'],
  ])('%p is refused: %p', (text, reason) => {
    const read = parseThaiDate(text);
    expect(read.kind === 'invalid' && read.reason.en).toBe(reason);
  });

  it('reads blank as blank', () => {
    expect(parseThaiDate(' \u00a0')).toEqual({ kind: 'blank' });
  });
});

describe('readSheetDay: a date cell whose year is 2400–2700 holds a BE year typed into a date', () => {
  it.each([
    // 2565 − 543 = 2022
    [day(2565, 10, 1), { kind: 'date', day: day(2022, 10, 1), typedBuddhistEra: true }],
    [day(2400, 1, 1), { kind: 'date', day: day(1857, 1, 1), typedBuddhistEra: true }],
    [day(2700, 12, 31), { kind: 'date', day: day(2157, 12, 31), typedBuddhistEra: true }],
    // 2567 BE = 2024 CE, a leap year: 29 ก.พ. 2567 exists.
    [day(2567, 2, 29), { kind: 'date', day: day(2024, 2, 29), typedBuddhistEra: true }],
    [day(2022, 10, 1), { kind: 'date', day: day(2022, 10, 1), typedBuddhistEra: false }],
    [day(2399, 12, 31), { kind: 'date', day: day(2399, 12, 31), typedBuddhistEra: false }],
    [day(2701, 1, 1), { kind: 'date', day: day(2701, 1, 1), typedBuddhistEra: false }],
  ])('%p → %p', (wall, expected) => {
    expect(readSheetDay(wall)).toEqual(expected);
  });

  it('refuses a day that does not exist in the BE reading', () => {
    // 2568 CE is a leap year, so Sheets holds 29/2/2568; BE 2568 is 2025 CE, which is not.
    expect(readSheetDay(day(2568, 2, 29))).toEqual({
      kind: 'invalid',
      reason: {
        th: 'ปี 2568 ในเซลล์วันที่อ่านเป็น พ.ศ. แต่ไม่มีวันที่ 29/2/2568 ใน พ.ศ. 2568',
        en: 'the year 2568 in a date cell is read as BE, and BE 2568 has no day 29/2/2568',
      },
    });
  });

  it('quotes a date cell as the sheet shows it, in both languages', () => {
    expect(quoteSheetDay(day(2022, 10, 1))).toEqual({ th: '๑ ต.ค. ๒๕๖๕', en: '1 Oct 2022' });
    expect(quoteSheetDay(day(2565, 10, 1))).toEqual({ th: '๑ ต.ค. ๒๕๖๕', en: '1 Oct 2022' });
    expect(quoteSheetDay(day(2568, 2, 29))).toEqual({ th: '๒๙/๒/๒๕๖๘', en: '29/2/2568' });
  });
});
