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

const EXCEL_ERRORS = new Set(['#N/A', '#REF!', '#NAME?', '#DIV/0!', '#NULL!', '#NUM!', '#VALUE!', '#ERROR!']);

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

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * What Sheets stores when a script sets `value`: `=…` becomes a formula; a leading apostrophe forces
 * text (and is dropped); a string that is a plain number is stored as that number unless the cell's
 * format is plain text (`@`), as Sheets parses it like typed input; a Date is stored as its wall-clock
 * time in the spreadsheet's time zone.
 */
export function valueToContent(value: unknown, timeZone: string, numberFormat: string | undefined): unknown {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { error: '#NUM!' };
    return value;
  }
  if (typeof value === 'boolean') return value;
  if (isDateValue(value)) return new Date(instantToWall(value.getTime(), timeZone));
  if (typeof value === 'string') {
    if (value.startsWith('=') && value.length > 1) return { formula: value.slice(1) };
    if (value.startsWith("'")) return value.slice(1);
    if (numberFormat !== '@' && PLAIN_NUMBER.test(value.trim())) return Number(value);
    if (EXCEL_ERRORS.has(value)) return value;
    return value;
  }
  return String(value);
}
