/** A day of the calendar, independent of any time zone. `year` is CE, `month` 1–12. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const MINUTE = 60000;

/**
 * The wall-clock day of an instant at a fixed offset `offsetMinutes` east of UTC (never the runtime's
 * zone). A spreadsheet's zone is not a fixed offset: cells go through src/sheets/timeZone.ts.
 */
export function dayOfDate(date: Date, offsetMinutes: number): CalendarDay {
  const wall = new Date(date.getTime() + offsetMinutes * MINUTE);
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

/** The instant of midnight starting `day` in a zone `offsetMinutes` east of UTC (what a sheet holds). */
export function dateOfDay(day: CalendarDay, offsetMinutes: number): Date {
  const date = new Date(Date.UTC(2000, day.month - 1, day.day));
  date.setUTCFullYear(day.year);
  return new Date(date.getTime() - offsetMinutes * MINUTE);
}

/** Days in a month of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when the day exists (no 31 เม.ย., no 29 ก.พ. outside leap years). */
export function isRealDay(day: CalendarDay): boolean {
  return (
    Number.isInteger(day.year) &&
    day.month >= 1 &&
    day.month <= 12 &&
    Number.isInteger(day.day) &&
    day.day >= 1 &&
    day.day <= daysInMonth(day.year, day.month)
  );
}

/** Negative when a is before b, 0 on the same day, positive after. */
export function compareDays(a: CalendarDay, b: CalendarDay): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
