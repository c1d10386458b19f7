// Conversions between exceljs cell contents and what Apps Script's Range methods take and return.
import type { Cell as ExcelCell } from 'exceljs';

/** A value as getValues() returns it. */
export type SheetValue = string | number | boolean | Date;

/** Milliseconds to add to a UTC instant to get the wall-clock time in `timeZone` at that instant. */
export function zoneOffsetMs(instantMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instantMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(instantMs / 1000) * 1000;
}

/**
 * exceljs reads a date cell as a Date whose UTC fields are the wall-clock fields written in the file.
 * Sheets hands scripts the instant of that wall-clock time in the spreadsheet's time zone.
 */
export function wallToInstant(wallMs: number, timeZone: string): number {
  const guess = wallMs - zoneOffsetMs(wallMs, timeZone);
  return wallMs - zoneOffsetMs(guess, timeZone);
}

export function instantToWall(instantMs: number, timeZone: string): number {
  return instantMs + zoneOffsetMs(instantMs, timeZone);
}

export function isDateValue(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** The cached value of an exceljs cell content (formula results included), as Apps Script shows it. */
export function contentToValue(raw: unknown, timeZone: string, makeDate: (ms: number) => Date): SheetValue {
  if (raw === null || raw === undefined) return '';
  if (typeof raw === 'number' || typeof raw === 'string' || typeof raw === 'boolean') return raw;
  if (isDateValue(raw)) return makeDate(wallToInstant(raw.getTime(), timeZone));
  if (typeof raw === 'object') {
    const o = raw as Record<string, any>;
    if ('formula' in o || 'sharedFormula' in o) return contentToValue(o.result, timeZone, makeDate);
    if ('richText' in o) return (o.richText as { text: string }[]).map((t) => t.text).join('');
    if ('hyperlink' in o) return String(o.text ?? '');
    if ('error' in o) return String(o.error);
  }
  return String(raw);
}

/**
 * What getValues() returns for an exceljs cell. A formula cell's cached result is read from
 * `cell.result`: exceljs leaves a falsy result (0, FALSE, "") out of `cell.value`.
 */
export function cellValue(cell: ExcelCell, timeZone: string, makeDate: (ms: number) => Date): SheetValue {
  const raw = cell.value as unknown;
  if (raw && typeof raw === 'object' && ('formula' in raw || 'sharedFormula' in raw))
    return contentToValue(cell.result, timeZone, makeDate);
  return contentToValue(raw, timeZone, makeDate);
}

/** The formula of an exceljs cell with the leading `=`, or `''` for a plain value. */
export function formulaOf(cell: ExcelCell): string {
  const raw = cell.value as any;
  if (raw && typeof raw === 'object' && ('formula' in raw || 'sharedFormula' in raw)) {
    const f = cell.formula;
    return f ? `=${f}` : '';
  }
  return '';
}

/** What a typed entry becomes: the cell content, and the number format Sheets gives it on the way. */
export interface Entry {
  content: unknown;
  /** Set only when the cell's format is automatic (General), as Sheets does for `50%` or a date. */
  format?: string;
}

// A number as typed: sign, an optional currency sign, digits grouped by commas or not, decimals,
// an exponent, a trailing percent sign. Leading zeros are dropped as Sheets drops them (0812 → 812).
const TYPED_NUMBER = /^([+-])?([$฿])?(\d{1,3}(?:,\d{3})+|\d+)?(\.\d*)?(?:[eE]([+-]?\d+))?(%)?$/;
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** "8:30" or "17:05:10": a time of day, which Sheets keeps on its day zero, 1899-12-30. */
function typedTime(text: string): Entry | undefined {
  const m = TIME.exec(text);
  if (!m) return undefined;
  const [h, min, sec] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  if (h > 23 || min > 59 || sec > 59) return undefined;
  return { content: new Date(Date.UTC(1899, 11, 30, h, min, sec)), format: m[3] ? 'h:mm:ss' : 'h:mm' };
}

function typedNumber(text: string): Entry | undefined {
  const m = TYPED_NUMBER.exec(text);
  if (!m || (!m[3] && !/\d/.test(m[4] ?? ''))) return undefined;
  if (m[2] && (m[5] || m[6])) return undefined;
  const digits = `${m[3] ?? '0'}${m[4] ?? ''}`.replace(/,/g, '');
  let n = Number(`${digits}${m[5] !== undefined ? `e${m[5]}` : ''}`);
  if (!Number.isFinite(n)) return undefined;
  if (m[1] === '-') n = -n;
  if (m[6]) {
    const decimals = (m[4] ?? '.').length - 1;
    // The typed decimal over 100, read once: n / 100 rounds twice ("12.3%" gave 0.12300000000000001).
    const exponent = Number(m[5] ?? 0) - 2;
    const percent = Number(`${m[1] === '-' ? '-' : ''}${digits}e${exponent}`);
    return { content: percent, format: decimals ? `0.${'0'.repeat(decimals)}%` : '0%' };
  }
  if (m[2]) return { content: n, format: `[$${m[2]}]#,##0.00` };
  return { content: n, format: m[3]?.includes(',') ? '#,##0' : undefined };
}

function typedDate(text: string, locale: string): Entry | undefined {
  let y: number;
  let mo: number;
  let d: number;
  const iso = ISO_DATE.exec(text);
  const slash = SLASH_DATE.exec(text);
  if (iso) [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (slash) {
    // The spreadsheet's locale orders day and month: en_US reads M/d/yyyy, th_TH and most others d/M/yyyy.
    const monthFirst = /^en_US$/i.test(locale);
    [d, mo] = monthFirst ? [Number(slash[2]), Number(slash[1])] : [Number(slash[1]), Number(slash[2])];
    y = Number(slash[3]);
  } else return undefined;
  const wall = new Date(Date.UTC(y, mo - 1, d));
  if (wall.getUTCFullYear() !== y || wall.getUTCMonth() !== mo - 1 || wall.getUTCDate() !== d)
    return undefined;
  return { content: wall, format: iso ? 'yyyy-mm-dd' : 'd/m/yyyy' };
}

/**
 * What Sheets stores for text a script writes with setValue(s): the text is parsed as if the user had
 * typed it (USER_ENTERED; REF Range.setValues, whose own example writes "1,000,000" and "$2.99";
 * gas-fakes issue 40; APPS-SCRIPT.md A1 row 2). `=…` is a formula; a leading apostrophe keeps the rest
 * as text (the apostrophe is not part of the value); a cell formatted as plain text (`@`) keeps the
 * text as it is; TRUE/FALSE become booleans; "1,000", "+5", "-5", "0812", "50%", "$2.99" become
 * numbers; "1/10/2566" and "2024-01-15" become dates (year 2566 taken as written, CE), "8:30" a time.
 */
export function typedEntry(text: string, numberFormat: string | undefined, locale: string): Entry {
  if (text === '') return { content: null };
  if (text.startsWith("'")) return { content: text.slice(1) };
  if (numberFormat === '@') return { content: text };
  if (text.startsWith('=') && text.length > 1) return { content: { formula: text.slice(1) } };
  const trimmed = text.trim();
  if (/^(true|false)$/i.test(trimmed)) return { content: trimmed.toUpperCase() === 'TRUE' };
  return typedNumber(trimmed) ?? typedDate(trimmed, locale) ?? typedTime(trimmed) ?? { content: text };
}

/**
 * What Sheets stores when a script sets `value`: text is parsed as typed (typedEntry); a number, a
 * boolean and a Date are stored as they are (a Date as its wall-clock time in the spreadsheet's time
 * zone), never re-parsed.
 */
export function valueToContent(
  value: unknown,
  timeZone: string,
  numberFormat: string | undefined,
  locale = 'th_TH',
): Entry {
  if (value === null || value === undefined || value === '') return { content: null };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { content: { error: '#NUM!' } };
    return { content: value };
  }
  if (typeof value === 'boolean') return { content: value };
  if (isDateValue(value)) return { content: new Date(instantToWall(value.getTime(), timeZone)) };
  return typedEntry(String(value), numberFormat, locale);
}

/** Sheets' literal for a HyperFormula error type (`DIV_BY_ZERO` → `#DIV/0!`), as scripts read it. */
export function sheetsErrorLiteral(type: string): string {
  const literal: Record<string, string> = {
    DIV_BY_ZERO: '#DIV/0!',
    NA: '#N/A',
    VALUE: '#VALUE!',
    REF: '#REF!',
    NAME: '#NAME?',
    NUM: '#NUM!',
    NULL: '#NULL!',
    ERROR: '#ERROR!',
    CYCLE: '#REF!',
    SPILL: '#REF!',
    LIC: '#ERROR!',
  };
  return literal[type] ?? '#ERROR!';
}
