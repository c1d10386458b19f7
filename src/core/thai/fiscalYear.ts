import { type CalendarDay, daysInMonth } from './calendarDay';

/** A span of whole days, both ends included. */
export interface DayRange {
  start: CalendarDay;
  end: CalendarDay;
}

const BE = 543;

/** The Buddhist-Era fiscal year a day falls in: 1 ต.ค. 2565 (CE 2022) → 2566. */
export function fiscalYearOf(day: CalendarDay): number {
  return day.year + BE + (day.month >= 10 ? 1 : 0);
}

/** The fiscal quarter 1–4 of a day: ต.ค.–ธ.ค. 1, ม.ค.–มี.ค. 2, เม.ย.–มิ.ย. 3, ก.ค.–ก.ย. 4. */
export function fiscalQuarterOf(day: CalendarDay): number {
  return day.month >= 10 ? 1 : Math.floor((day.month - 1) / 3) + 2;
}

/** Fiscal year N (BE) runs from 1 ต.ค. N−1 to 30 ก.ย. N. */
export function fiscalYearRange(fiscalYear: number): DayRange {
  const year = fiscalYear - BE;
  return { start: { year: year - 1, month: 10, day: 1 }, end: { year, month: 9, day: 30 } };
}

/** The days of quarter 1–4 of fiscal year N (BE): quarter 1 of 2566 is 1 ต.ค. 2565 – 31 ธ.ค. 2565. */
export function fiscalQuarterRange(fiscalYear: number, quarter: number): DayRange {
  const month = ((quarter + 2) % 4) * 3 + 1;
  const year = fiscalYear - BE - (quarter === 1 ? 1 : 0);
  return {
    start: { year, month, day: 1 },
    end: { year, month: month + 2, day: daysInMonth(year, month + 2) },
  };
}
