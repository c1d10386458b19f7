import type { Bilingual } from '../core/bilingual';
import { parseAmount } from '../core/thai/amount';
import { bahtTextOfSatang, type EdRule } from '../core/thai/bahtText';
import { type CalendarDay, dateOfDay, dayOfDate } from '../core/thai/calendarDay';
import { toArabicDigits, toThaiDigits } from '../core/thai/digits';
import { fiscalQuarterOf, fiscalYearOf } from '../core/thai/fiscalYear';
import { formatNumber } from '../core/thai/formatNumber';
import { parsePeriod } from '../core/thai/period';
import { formatThaiDate, parseThaiDate, readThaiDateStyle } from '../core/thai/thaiDate';
import {
  type Arg,
  type Cell,
  describeValue,
  fail,
  isBlank,
  isDate,
  isRange,
  mapCells,
  mapRows,
  type Result,
} from './args';

/** The day a cell holds: a Date from the sheet (midnight in Bangkok) or Thai date text. */
function dayOfCell(name: string, value: Cell): CalendarDay {
  if (isDate(value)) {
    if (Number.isNaN(value.getTime())) fail(name, { th: 'วันที่ไม่ถูกต้อง', en: 'the date is not valid' });
    return dayOfDate(value);
  }
  if (typeof value === 'string') {
    const read = parseThaiDate(value);
    if (read.kind === 'date') return read.day;
    if (read.kind === 'invalid') cannotRead(name, value, { th: 'วันที่', en: 'date' }, read.reason);
  }
  return fail(name, {
    th: `ต้องเป็นวันที่ ได้ ${describeValue(value)}`,
    en: `expects a date, got ${describeValue(value)}`,
  });
}

function cannotRead(name: string, value: Cell, what: Bilingual, reason: Bilingual): never {
  const shown = describeValue(value);
  return fail(name, {
    th: `อ่าน${what.th} ${shown} ไม่ได้: ${reason.th}`,
    en: `cannot read the ${what.en} ${shown}: ${reason.en}`,
  });
}

/** An optional whole-number argument within limits; blank → undefined. */
function wholeNumberArg(
  name: string,
  value: Cell,
  what: Bilingual,
  min: number,
  max: number,
): number | undefined {
  if (isBlank(value)) return undefined;
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string'
        ? Number(toArabicDigits(value.trim()))
        : NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    fail(name, {
      th: `${what.th}ต้องเป็นจำนวนเต็ม ${min}–${max} ได้ ${describeValue(value)}`,
      en: `${what.en} must be a whole number from ${min} to ${max}, got ${describeValue(value)}`,
    });
  }
  return n;
}

/** THAI_DIGITS: numbers written with Thai digits and separators; text with its digits mapped. */
export function thaiDigits(value: Arg, decimals?: Cell): Result {
  const places = wholeNumberArg('THAI_DIGITS', decimals, { th: 'จำนวนทศนิยม', en: 'decimals' }, 0, 10);
  return mapCells('THAI_DIGITS', value, (cell) => {
    if (typeof cell === 'number' && Number.isFinite(cell)) return formatNumber(cell, places, true);
    if (typeof cell === 'string') return toThaiDigits(cell);
    return fail('THAI_DIGITS', {
      th: `ต้องเป็นตัวเลขหรือข้อความ ได้ ${describeValue(cell)}`,
      en: `expects a number or text, got ${describeValue(cell)}`,
    });
  });
}

/** ARABIC_DIGITS: Thai digits in text replaced by Arabic ones; other values unchanged. */
export function arabicDigits(text: Arg): Result {
  return mapCells('ARABIC_DIGITS', text, (cell) => (typeof cell === 'string' ? toArabicDigits(cell) : cell));
}

/** The amount a cell holds in satang, for THAI_NUMBER and BAHTTEXT; zero-by-wording → 0. */
function satangOf(name: string, value: Cell, allowWording: boolean): number {
  if (typeof value === 'number' || typeof value === 'string') {
    const read = parseAmount(value);
    if (read.kind === 'amount') return read.satang;
    if (read.kind === 'zero' && allowWording) return 0;
    if (read.kind === 'invalid') {
      fail(name, {
        th: `${describeValue(value)} ไม่ใช่จำนวนเงิน: ${read.reason.th}`,
        en: `${describeValue(value)} is not an amount: ${read.reason.en}`,
      });
    }
  }
  return fail(name, {
    th: `ต้องเป็นจำนวนเงิน ได้ ${describeValue(value)}`,
    en: `expects an amount, got ${describeValue(value)}`,
  });
}

/** THAI_NUMBER: the number (baht, rounded to satang) an amount cell holds. */
export function thaiNumber(text: Arg): Result {
  return mapCells('THAI_NUMBER', text, (cell) => satangOf('THAI_NUMBER', cell, true) / 100);
}

/**
 * BAHTTEXT as Sheets' built-in: an amount in Thai words, for one cell or each cell of a range.
 * Blank counts as 0 and TRUE/FALSE as 1/0, as in the built-in; text must read as an amount. เอ็ด
 * follows `edRule` (default as DOMAIN.md states Excel does: 101 → หนึ่งร้อยเอ็ด; 'afterTens' is what
 * Google Sheets is reported to write: 101 → หนึ่งร้อยหนึ่ง). For the local runtime's recalculation;
 * Sheets itself uses its built-in.
 */
export function bahtTextFunction(value: Arg, edRule: EdRule = 'preceded'): Result {
  const zeroed = (cell: Cell): Cell => (isBlank(cell) ? 0 : typeof cell === 'boolean' ? Number(cell) : cell);
  const arg = isRange(value) ? value.map((row) => row.map(zeroed)) : zeroed(value);
  return mapCells('BAHTTEXT', arg, (cell) => bahtTextOfSatang(satangOf('BAHTTEXT', cell, false), edRule));
}

/** THAI_DATE: a date written in Thai (BE) in one of the styles of formatThaiDate. */
export function thaiDate(date: Arg, style?: Cell): Result {
  const chosen = isBlank(style) ? 'full' : typeof style === 'string' ? readThaiDateStyle(style) : undefined;
  if (!chosen) {
    fail('THAI_DATE', {
      th: `ไม่รู้จักรูปแบบ ${describeValue(style)} (full, medium, short, numeric, …-arabic)`,
      en: `unknown style ${describeValue(style)} (full, medium, short, numeric, …-arabic)`,
    });
  }
  return mapCells('THAI_DATE', date, (cell) => formatThaiDate(dayOfCell('THAI_DATE', cell), chosen));
}

/** The text of one row of THAI_PERIOD: one cell as it is; several cells joined as "start - end". */
function periodTextOf(row: Cell[]): string {
  return row
    .filter((cell) => !isBlank(cell))
    .map((cell) =>
      isDate(cell) ? formatThaiDate(dayOfCell('THAI_PERIOD', cell), 'numeric-arabic') : String(cell),
    )
    .join(' - ');
}

/** THAI_PERIOD: [start, end] as sheet dates for each row of period text. */
export function thaiPeriod(text: Arg, fiscalYear?: Cell): Cell[][] {
  const year = wholeNumberArg(
    'THAI_PERIOD',
    fiscalYear,
    { th: 'ปีงบประมาณ พ.ศ.', en: 'the BE fiscal year' },
    2400,
    2800,
  );
  return mapRows('THAI_PERIOD', text, 2, (row) => {
    const written = periodTextOf(row);
    const read = parsePeriod(written, year);
    if (read.kind === 'period') return [dateOfDay(read.start), dateOfDay(read.end)];
    if (read.kind === 'reversed') {
      const [start, end] = [read.start, read.end].map((day) => formatThaiDate(day, 'medium-arabic'));
      fail('THAI_PERIOD', {
        th: `"${written}" วันสิ้นสุด (${end}) อยู่ก่อนวันเริ่มต้น (${start})`,
        en: `"${written}" ends (${end}) before it starts (${start})`,
      });
    }
    return cannotRead(
      'THAI_PERIOD',
      written,
      { th: 'ช่วงเวลา', en: 'period' },
      read.kind === 'invalid' ? read.reason : { th: 'ว่าง', en: 'empty' },
    );
  });
}

/** FISCAL_YEAR: the BE fiscal year of a date. */
export function fiscalYearFunction(date: Arg): Result {
  return mapCells('FISCAL_YEAR', date, (cell) => fiscalYearOf(dayOfCell('FISCAL_YEAR', cell)));
}

/** FISCAL_QUARTER: the fiscal quarter 1–4 of a date. */
export function fiscalQuarterFunction(date: Arg): Result {
  return mapCells('FISCAL_QUARTER', date, (cell) => fiscalQuarterOf(dayOfCell('FISCAL_QUARTER', cell)));
}
