// Dates as the spreadsheet holds them. A date cell is the instant of its wall-clock time in the
// spreadsheet's own time zone (File > Settings), which need not be Bangkok; the script's zone (the
// manifest's) is another setting. Core works on wall-clock days only; this file converts.
import type { CalendarDay } from '../core/thai/calendarDay';

/** The spreadsheet's time zone, read once, and conversions between its dates and wall-clock days. */
export interface SheetClock {
  readonly timeZone: string;
  /** The wall-clock day of a date cell's instant in the spreadsheet's zone. */
  dayOf(date: Date): CalendarDay;
  /** The instant of midnight starting `day` in the spreadsheet's zone (what a date cell holds). */
  midnightOf(day: CalendarDay): Date;
}

const MINUTE = 60000;

/**
 * The clock of the active spreadsheet. One call of getSpreadsheetTimeZone() (allowed in a custom
 * function); then Utilities.formatDate per date, which applies the zone's rules for that instant
 * (daylight saving included).
 */
export function spreadsheetClock(open?: GoogleAppsScript.Spreadsheet.Spreadsheet): SheetClock {
  // An action passes the spreadsheet it holds: one call fewer than looking it up again.
  const spreadsheet = open ?? SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = spreadsheet ? spreadsheet.getSpreadsheetTimeZone() : Session.getScriptTimeZone();
  const offsetMinutes = (ms: number): number => {
    const z = /^([+-])(\d\d)(\d\d)$/.exec(Utilities.formatDate(new Date(ms), timeZone, 'Z'));
    if (!z) throw new Error(`unexpected zone offset for ${timeZone}`);
    return (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3]));
  };
  // A column of dates repeats days, and every formatDate is a service call: each instant once.
  const days = new Map<number, CalendarDay>();
  const dayOf = (date: Date): CalendarDay => {
    const known = days.get(date.getTime());
    if (known) return { ...known };
    const m = /^(-?\d+)-(\d\d)-(\d\d)$/.exec(Utilities.formatDate(date, timeZone, 'yyyy-MM-dd'));
    if (!m) throw new Error(`unexpected date text for ${String(date.getTime())}`);
    const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    days.set(date.getTime(), day);
    return { ...day };
  };
  const midnights = new Map<string, number>();
  return {
    timeZone,
    dayOf,
    midnightOf(day) {
      const key = `${day.year}-${day.month}-${day.day}`;
      const known = midnights.get(key);
      if (known !== undefined) return new Date(known);
      const wall = new Date(Date.UTC(2000, day.month - 1, day.day));
      wall.setUTCFullYear(day.year);
      const wallMs = wall.getTime();
      // The offset at midnight itself is found from a first guess. Where daylight saving skips
      // midnight (America/Santiago, 11 Sep 2022), one answer is 23:00 the day before: the day then
      // starts at 01:00, so take the earliest answer that falls on the day.
      const first = wallMs - offsetMinutes(wallMs) * MINUTE;
      const second = wallMs - offsetMinutes(first) * MINUTE;
      const onTheDay = [first, second].filter((ms) => {
        const shown = dayOf(new Date(ms));
        return shown.year === day.year && shown.month === day.month && shown.day === day.day;
      });
      const midnight = onTheDay.length ? Math.min(...onTheDay) : second;
      midnights.set(key, midnight);
      return new Date(midnight);
    },
  };
}
