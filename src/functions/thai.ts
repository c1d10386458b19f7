import type { Bilingual } from '../core/bilingual';
import { parseAmount } from '../core/thai/amount';
import { bahtTextOfSatang, type EdRule } from '../core/thai/bahtText';
import type { CalendarDay } from '../core/thai/calendarDay';
import { toArabicDigits, toThaiDigits } from '../core/thai/digits';
import { fiscalQuarterOf, fiscalYearOf } from '../core/thai/fiscalYear';
import { formatNumber } from '../core/thai/formatNumber';
import { parsePeriod } from '../core/thai/period';
import { quoteDay, readSheetDay } from '../core/thai/sheetDay';
import { formatThaiDate, parseThaiDate, readThaiDateStyle } from '../core/thai/thaiDate';
import { type SheetClock, spreadsheetClock } from '../sheets/timeZone';
import {
  type Arg,
  type Cell,
  fail,
  isBlank,
  isDate,
  isRange,
  mapCells,
  mapRows,
  quoteValue,
  required,
  type Result,
} from './args';

/** The spreadsheet's clock, read on first need and then kept for the rest of one function call. */
function clockOnDemand(): () => SheetClock {
  let clock: SheetClock | undefined;
  return () => (clock ??= spreadsheetClock());
}

const DATE_ARG: Bilingual = { th: 'วันที่ หรือช่วง', en: 'a date or a range' };

/**
 * The day a cell holds: a date cell's wall-clock day in the spreadsheet's zone (a year 2400–2700
 * there is a BE year typed into a date), or Thai date text.
 */
function dayOfCell(name: string, value: Cell, clock: () => SheetClock): CalendarDay {
  if (isDate(value)) {
    if (Number.isNaN(value.getTime())) fail(name, { th: 'วันที่ไม่ถูกต้อง', en: 'the date is not valid' });
    const wall = clock().dayOf(value);
    const read = readSheetDay(wall);
    if (read.kind === 'invalid') cannotRead(name, value, { th: 'วันที่', en: 'date' }, read.reason, clock());
    return read.day;
  }
  if (typeof value === 'string') {
    const read = parseThaiDate(value);
    if (read.kind === 'date') return read.day;
    if (read.kind === 'invalid') cannotRead(name, value, { th: 'วันที่', en: 'date' }, read.reason);
  }
  const q = quoteValue(value);
  return fail(name, { th: `ต้องเป็นวันที่ ได้ ${q.th}`, en: `expects a date, got ${q.en}` });
}

function cannotRead(
  name: string,
  value: Cell,
  what: Bilingual,
  reason: Bilingual,
  clock?: SheetClock,
): never {
  const q = quoteValue(value, clock);
  return fail(name, {
    th: `อ่าน${what.th} ${q.th} ไม่ได้: ${reason.th}`,
    en: `cannot read the ${what.en} ${q.en}: ${reason.en}`,
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
    const q = quoteValue(value);
    fail(name, {
      th: `${what.th}ต้องเป็นจำนวนเต็ม ${min}–${max} ได้ ${q.th}`,
      en: `${what.en} must be a whole number from ${min} to ${max}, got ${q.en}`,
    });
  }
  return n;
}

/** THAI_DIGITS: numbers in Thai digits (amounts grouped when `decimals` is given); text with its digits mapped. */
export function thaiDigits(value: Arg, decimals?: Cell): Result {
  required('THAI_DIGITS', value, 'value', { th: 'ตัวเลข ข้อความ หรือช่วง', en: 'a number, text or a range' });
  const places = wholeNumberArg('THAI_DIGITS', decimals, { th: 'จำนวนทศนิยม', en: 'decimals' }, 0, 10);
  return mapCells('THAI_DIGITS', value, (cell) => {
    if (typeof cell === 'number' && Number.isFinite(cell)) return formatNumber(cell, places, true);
    if (typeof cell === 'string') return toThaiDigits(cell);
    const q = quoteValue(cell);
    return fail('THAI_DIGITS', {
      th: `ต้องเป็นตัวเลขหรือข้อความ ได้ ${q.th}`,
      en: `expects a number or text, got ${q.en}`,
    });
  });
}

/** ARABIC_DIGITS: Thai digits in text replaced by Arabic ones; other values unchanged. */
export function arabicDigits(text: Arg): Result {
  required('ARABIC_DIGITS', text, 'text', { th: 'ข้อความ หรือช่วง', en: 'text or a range' });
  return mapCells('ARABIC_DIGITS', text, (cell) => (typeof cell === 'string' ? toArabicDigits(cell) : cell));
}

/** The amount a cell holds in satang, for THAI_NUMBER and BAHTTEXT; zero-by-wording → 0. */
function satangOf(name: string, value: Cell, allowWording: boolean): number {
  if (typeof value === 'number' || typeof value === 'string') {
    const read = parseAmount(value);
    if (read.kind === 'amount') return read.satang;
    if (read.kind === 'zero' && allowWording) return 0;
    if (read.kind === 'invalid') {
      const q = quoteValue(value);
      fail(name, {
        th: `${q.th} ไม่ใช่จำนวนเงิน: ${read.reason.th}`,
        en: `${q.en} is not an amount: ${read.reason.en}`,
      });
    }
  }
  const q = quoteValue(value);
  return fail(name, { th: `ต้องเป็นจำนวนเงิน ได้ ${q.th}`, en: `expects an amount, got ${q.en}` });
}

/** THAI_NUMBER: the number (baht, rounded to satang) an amount cell holds. */
export function thaiNumber(text: Arg): Result {
  required('THAI_NUMBER', text, 'text', { th: 'จำนวนเงิน หรือช่วง', en: 'an amount or a range' });
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
  required('BAHTTEXT', value, 'value', { th: 'จำนวนเงิน', en: 'an amount' });
  const zeroed = (cell: Cell): Cell => (isBlank(cell) ? 0 : typeof cell === 'boolean' ? Number(cell) : cell);
  const arg = isRange(value) ? value.map((row) => row.map(zeroed)) : zeroed(value);
  return mapCells('BAHTTEXT', arg, (cell) => bahtTextOfSatang(satangOf('BAHTTEXT', cell, false), edRule));
}

/** THAI_DATE: a date written in Thai (BE) in one of the styles of formatThaiDate. */
export function thaiDate(date: Arg, style?: Cell): Result {
  required('THAI_DATE', date, 'date', DATE_ARG);
  const chosen = isBlank(style) ? 'full' : typeof style === 'string' ? readThaiDateStyle(style) : undefined;
  if (!chosen) {
    const q = quoteValue(style);
    fail('THAI_DATE', {
      th: `ไม่รู้จักรูปแบบ ${q.th} (full, medium, short, numeric, …-arabic)`,
      en: `unknown style ${q.en} (full, medium, short, numeric, …-arabic)`,
    });
  }
  const clock = clockOnDemand();
  return mapCells('THAI_DATE', date, (cell) => formatThaiDate(dayOfCell('THAI_DATE', cell, clock), chosen));
}

/** The text of one row of THAI_PERIOD: one cell as it is; several cells joined as "start - end". */
function periodTextOf(row: Cell[], clock: () => SheetClock): string {
  return row
    .filter((cell) => !isBlank(cell))
    .map((cell) =>
      isDate(cell) ? formatThaiDate(dayOfCell('THAI_PERIOD', cell, clock), 'numeric-arabic') : String(cell),
    )
    .join(' - ');
}

/** THAI_PERIOD: [start, end] as sheet dates (midnight in the spreadsheet's zone) for each row of period text. */
export function thaiPeriod(text: Arg, fiscalYear?: Cell): Cell[][] {
  required('THAI_PERIOD', text, 'text', { th: 'ระยะเวลา หรือช่วง', en: 'a period or a range' });
  const year = wholeNumberArg(
    'THAI_PERIOD',
    fiscalYear,
    { th: 'ปีงบประมาณ พ.ศ.', en: 'the BE fiscal year' },
    2400,
    2800,
  );
  const clock = clockOnDemand();
  return mapRows('THAI_PERIOD', text, 2, (row) => {
    const written = periodTextOf(row, clock);
    const read = parsePeriod(written, year);
    if (read.kind === 'period') return [clock().midnightOf(read.start), clock().midnightOf(read.end)];
    if (read.kind === 'reversed') {
      const [start, end] = [quoteDay(read.start), quoteDay(read.end)];
      fail('THAI_PERIOD', {
        th: `"${written}" วันสิ้นสุด (${end.th}) อยู่ก่อนวันเริ่มต้น (${start.th})`,
        en: `"${written}" ends (${end.en}) before it starts (${start.en})`,
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
  required('FISCAL_YEAR', date, 'date', DATE_ARG);
  const clock = clockOnDemand();
  return mapCells('FISCAL_YEAR', date, (cell) => fiscalYearOf(dayOfCell('FISCAL_YEAR', cell, clock)));
}

/** FISCAL_QUARTER: the fiscal quarter 1–4 of a date. */
export function fiscalQuarterFunction(date: Arg): Result {
  required('FISCAL_QUARTER', date, 'date', DATE_ARG);
  const clock = clockOnDemand();
  return mapCells('FISCAL_QUARTER', date, (cell) =>
    fiscalQuarterOf(dayOfCell('FISCAL_QUARTER', cell, clock)),
  );
}
