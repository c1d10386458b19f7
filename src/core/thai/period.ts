import type { Bilingual } from '../bilingual';
import { type CalendarDay, compareDays, daysInMonth, isRealDay } from './calendarDay';
import {
  badYear,
  because,
  ceYearOf,
  type DateToken,
  extraParts,
  mixedForms,
  noMonth,
  noSuchDay,
  noYear,
  readWrittenDay,
  tokenizeDateText,
  unreadable,
  type WrittenDay,
} from './dateTokens';
import { fiscalQuarterRange, fiscalYearRange } from './fiscalYear';

/**
 * What a written period turned out to be. `reversed` is a period that parses but ends before it
 * starts (both days given, so the user can be told which).
 */
export type PeriodReading =
  | { kind: 'period'; start: CalendarDay; end: CalendarDay }
  | { kind: 'reversed'; start: CalendarDay; end: CalendarDay; reason: Bilingual }
  | { kind: 'blank' }
  | { kind: 'invalid'; reason: Bilingual };

/**
 * Reads a period as staff write it: "๑ ต.ค. ๒๕๖๕ - ๓๐ ก.ย. ๒๕๖๖", "ต.ค.64-มี.ค.65", "ม.ค.-มี.ค.2565",
 * "๔-๕ มีนาคม ๒๕๖๗", "ไตรมาส 1-2", "ตลอดปีงบประมาณ", one day or one month. Months alone run from
 * the first of the first month to the last of the last; a missing start year comes from the end
 * (the year before when the start month is later); with no year at all, `fiscalYear` (BE) places
 * ต.ค.–ธ.ค. in the year before it. Never throws.
 */
export function parsePeriod(text: string, fiscalYear?: number): PeriodReading {
  const tokens = tokenizeDateText(text);
  if (tokens.length === 0) return { kind: 'blank' };
  if (tokens.some((t) => t.kind === 'quarter')) return quarters(tokens, fiscalYear);
  const other = tokens.find((t) => t.kind === 'other');
  if (other) return unreadable(other.text);
  if (tokens.some((t) => t.kind === 'fiscal' || t.kind === 'whole')) return wholeYear(tokens, fiscalYear);
  return between(tokens, fiscalYear);
}

/**
 * Quarters of a fiscal year: "ไตรมาส 1-2", "ไตรมาส 1 ไตรมาส 2", "ไตรมาสที่ 3 ปีงบประมาณ 2566",
 * "ไตรมาส ๔ ปีงบประมาณ พ.ศ. ๒๕๖๖", and quarter/year as reports head a column: "ไตรมาส 4/2566",
 * "Q4/66". The year is the BE fiscal year (quarter 4 of 2566 is 1 ก.ค. – 30 ก.ย. 2566).
 */
function quarters(tokens: DateToken[], fiscalYear?: number): PeriodReading {
  const numbers: number[] = [];
  let year = fiscalYear;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const slash = t.kind === 'other' && t.text === '/' && numbers.length > 0;
    if (t.kind === 'fiscal' || t.kind === 'year' || slash) {
      while (tokens[i + 1]?.kind === 'year') i++;
      const next = tokens[i + 1];
      const ce = next?.kind === 'number' ? ceYearOf(next.text) : undefined;
      if (ce === undefined) return badYear(next?.kind === 'number' ? next.text : '');
      year = ce + 543;
      i++;
    } else if (t.kind === 'other') {
      return unreadable(t.text);
    } else if (t.kind === 'number') {
      const q = Number(t.text);
      if (!(q >= 1 && q <= 4))
        return because(`ไตรมาสต้องเป็น 1–4 ได้ ${t.text}`, `a quarter is 1–4, got ${t.text}`);
      numbers.push(q);
    } else if (t.kind !== 'quarter' && t.kind !== 'dash' && t.kind !== 'and') {
      return mixedForms();
    }
  }
  if (numbers.length === 0) return because('ไม่ได้ระบุไตรมาส', 'no quarter is given');
  if (year === undefined) return noYear();
  const start = fiscalQuarterRange(year, numbers[0]).start;
  return ordered(start, fiscalQuarterRange(year, numbers[numbers.length - 1]).end);
}

/** "ตลอดปีงบประมาณ", "ตลอดปีงบประมาณ พ.ศ. ๒๕๖๖", "ปีงบประมาณ 2566". */
function wholeYear(tokens: DateToken[], fiscalYear?: number): PeriodReading {
  const numbers = tokens.filter((t) => t.kind === 'number');
  const kinds = ['number', 'fiscal', 'whole', 'year'];
  if (numbers.length > 1 || tokens.some((t) => !kinds.includes(t.kind))) return mixedForms();
  let year = fiscalYear;
  if (numbers.length) {
    const ce = ceYearOf(numbers[0].text);
    if (ce === undefined) return badYear(numbers[0].text);
    year = ce + 543;
  }
  if (year === undefined) return noYear();
  const range = fiscalYearRange(year);
  return { kind: 'period', start: range.start, end: range.end };
}

/** One day or month, or two joined by a dash. */
function between(tokens: DateToken[], fiscalYear?: number): PeriodReading {
  const first = readWrittenDay(tokens, 0);
  if ('reason' in first) return first;
  let at = first.next;
  if (tokens[at]?.kind === 'dash') at++;
  let second: WrittenDay | undefined;
  if (at < tokens.length) {
    const read = readWrittenDay(tokens, at);
    if ('reason' in read) return read;
    if (read.next < tokens.length) return extraParts();
    second = read.written;
  }
  const a = first.written;
  const b = second ?? { ...a };
  // "๔-๕ มีนาคม ๒๕๖๗" (and the rarer "1 ต.ค. 65 - 5"): the lone day takes month and year from the other.
  if (a.month === undefined) Object.assign(a, { month: b.month, year: b.year });
  if (b.month === undefined) Object.assign(b, { month: a.month, year: a.year });
  if (a.month === undefined || b.month === undefined) return noMonth();
  if (a.year === undefined && b.year !== undefined) a.year = b.year - (a.month > b.month ? 1 : 0);
  if (b.year === undefined && a.year !== undefined) b.year = a.year + (b.month < a.month ? 1 : 0);
  if (a.year === undefined || b.year === undefined) {
    if (fiscalYear === undefined) return noYear();
    const ce = fiscalYear - 543;
    a.year = a.month >= 10 ? ce - 1 : ce;
    b.year = b.month >= 10 ? ce - 1 : ce;
  }
  const start = { year: a.year, month: a.month, day: a.day ?? 1 };
  const end = { year: b.year, month: b.month, day: b.day ?? daysInMonth(b.year, b.month) };
  for (const day of [start, end]) if (!isRealDay(day)) return noSuchDay(day);
  return ordered(start, end);
}

function ordered(start: CalendarDay, end: CalendarDay): PeriodReading {
  if (compareDays(end, start) >= 0) return { kind: 'period', start, end };
  return {
    kind: 'reversed',
    start,
    end,
    reason: { th: 'วันสิ้นสุดอยู่ก่อนวันเริ่มต้น', en: 'the end is before the start' },
  };
}
