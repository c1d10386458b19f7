import type { Bilingual } from '../bilingual';
import { type CalendarDay, isRealDay } from './calendarDay';
import {
  because,
  extraParts,
  noSuchDay,
  noYear,
  readWrittenDay,
  tokenizeDateText,
  unreadable,
} from './dateTokens';
import { toThaiDigits } from './digits';
import { THAI_MONTHS, THAI_MONTHS_ABBR } from './months';

/**
 * How THAI_DATE writes a day (3 Oct 2022): full "๓ ตุลาคม ๒๕๖๕", medium "๓ ต.ค. ๒๕๖๕",
 * short "๓ ต.ค. ๖๕", numeric "๓/๑๐/๒๕๖๕"; the `-arabic` forms use Arabic digits.
 */
export type ThaiDateStyle = `${'full' | 'medium' | 'short' | 'numeric'}${'' | '-arabic'}`;

const STYLES = ['full', 'medium', 'short', 'numeric'];

/** A style name as typed ("Short Arabic", "short_arabic") → the style, or undefined if unknown. */
export function readThaiDateStyle(text: string): ThaiDateStyle | undefined {
  const style = text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  const [base, digits, extra] = style.split('-');
  if (!STYLES.includes(base) || (digits !== undefined && digits !== 'arabic') || extra !== undefined) {
    return undefined;
  }
  return style as ThaiDateStyle;
}

/** A day written in the Buddhist Era in the given style (two-digit years suit BE 2500–2599). */
export function formatThaiDate(day: CalendarDay, style: ThaiDateStyle = 'full'): string {
  const be = day.year + 543;
  const base = style.replace('-arabic', '');
  const text =
    base === 'numeric'
      ? `${day.day}/${day.month}/${be}`
      : base === 'full'
        ? `${day.day} ${THAI_MONTHS[day.month - 1]} ${be}`
        : `${day.day} ${THAI_MONTHS_ABBR[day.month - 1]} ${base === 'short' ? String(be % 100).padStart(2, '0') : be}`;
  return style.endsWith('-arabic') ? text : toThaiDigits(text);
}

/** What a written date turned out to be. */
export type DateReading =
  { kind: 'date'; day: CalendarDay } | { kind: 'blank' } | { kind: 'invalid'; reason: Bilingual };

/**
 * Reads one day as staff write it: "๓ ตุลาคม ๒๕๖๕", "3 ต.ค. 65", "๑ ก.พ ๖๖", "1 มีค 2566",
 * "1/10/2565", "2022-10-01"; BE or CE years, two-digit years as 25xx. Never throws.
 */
export function parseThaiDate(text: string): DateReading {
  const tokens = tokenizeDateText(text);
  if (tokens.length === 0) return { kind: 'blank' };
  const other = tokens.find((t) => t.kind === 'other');
  if (other) return unreadable(other.text);
  const read = readWrittenDay(tokens, 0);
  if ('reason' in read) return read;
  if (read.next < tokens.length) return extraParts();
  const { day, month, year } = read.written;
  if (day === undefined) return because('ไม่ได้ระบุวันที่', 'no day of the month is given');
  if (year === undefined) return noYear();
  const found = { year, month: month!, day };
  if (!isRealDay(found)) return noSuchDay(found);
  return { kind: 'date', day: found };
}
