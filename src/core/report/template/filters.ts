// The filters a placeholder can chain: `{{score|number:2|thaidigits}}`. Each takes the value so far
// and gives the next one, or says why it cannot (the caller reports it with the cell). Numbers are
// rounded exactly (half-up from their decimal text, never through binary floating point).
import type { Bilingual } from '../../bilingual';
import type { CalendarDay } from '../../thai/calendarDay';
import { bahtText } from '../../thai/bahtText';
import { toThaiDigits } from '../../thai/digits';
import { decimalDigitsOf, roundNumberHalfUp } from '../../decimal';
import { formatNumber, formatScaled } from '../../thai/formatNumber';
import { formatThaiDate, readThaiDateStyle } from '../../thai/thaiDate';
import type { FilterCall } from './parse';

/** A value a template can show: what data gives, after lookup. */
export type ScalarValue = string | number | boolean | Date | null | undefined;

export interface FilterContext {
  /** The calendar day a Date cell means, in the spreadsheet's time zone (the sheets layer knows it). */
  dayOf(date: Date): CalendarDay;
}

type FilterResult = { ok: true; value: ScalarValue } | { ok: false; reason: Bilingual };

const fail = (th: string, en: string): FilterResult => ({ ok: false, reason: { th, en } });
const isEmpty = (v: ScalarValue) => v === null || v === undefined || v === '';

function decimalsArg(call: FilterCall, fallback: number): number | undefined {
  if (!call.args.length) return fallback;
  const n = Number(call.args[0]);
  return Number.isInteger(n) && n >= 0 && n <= 10 ? n : undefined;
}

function needsNumber(call: FilterCall, value: ScalarValue): FilterResult | number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  return fail(
    `ตัวกรอง ${call.name} ใช้กับตัวเลขเท่านั้น แต่ได้ ${JSON.stringify(value ?? '')}`,
    `the ${call.name} filter needs a number, got ${JSON.stringify(value ?? '')}`,
  );
}

const FILTERS: Record<string, (value: ScalarValue, call: FilterCall, ctx: FilterContext) => FilterResult> = {
  number(value, call) {
    const n = needsNumber(call, value);
    if (typeof n !== 'number') return n;
    const places = decimalsArg(call, 2);
    if (places === undefined)
      return fail(
        'ตัวกรอง number ต้องระบุจำนวนทศนิยม 0–10 เช่น number:2',
        'number takes 0–10 decimals, as in number:2',
      );
    return { ok: true, value: formatNumber(n, places) };
  },
  percent(value, call) {
    const n = needsNumber(call, value);
    if (typeof n !== 'number') return n;
    const places = decimalsArg(call, 2);
    if (places === undefined)
      return fail('ตัวกรอง percent ต้องระบุจำนวนทศนิยม 0–10', 'percent takes 0–10 decimals, as in percent:1');
    // A fraction shown as a percentage: 0.9263 → "92.63%". Rounding the fraction at places + 2
    // decimals, exactly from its decimal text, is the same as rounding the percentage at `places`
    // (0.145 → 14.50%, where 0.145 × 100 in floating point is 14.499999…).
    return { ok: true, value: `${formatScaled(roundNumberHalfUp(n, places + 2).scaled, places)}%` };
  },
  thaidigits(value) {
    if (isEmpty(value)) return { ok: true, value };
    if (value instanceof Date)
      return fail('ใช้ thaidate กับวันที่ก่อน แล้วจึงใช้ thaidigits', 'format a date with thaidate first');
    // A number keeps the digits it has, ungrouped (a year 2566 → ๒๕๖๖); chain number:2 before
    // thaidigits for separators and fixed decimals.
    return { ok: true, value: toThaiDigits(typeof value === 'number' ? plainDecimal(value) : String(value)) };
  },
  thaidate(value, call, ctx) {
    const style = readThaiDateStyle(call.args[0] ?? 'full');
    if (!style)
      return fail(
        `ไม่รู้จักรูปแบบวันที่ "${call.args[0]}" (ใช้ full, medium, short, numeric)`,
        `unknown date style "${call.args[0]}" (use full, medium, short, numeric)`,
      );
    if (!(value instanceof Date))
      return fail(
        `ตัวกรอง thaidate ใช้กับวันที่เท่านั้น แต่ได้ ${JSON.stringify(value ?? '')}`,
        `the thaidate filter needs a date, got ${JSON.stringify(value ?? '')}`,
      );
    return { ok: true, value: formatThaiDate(ctx.dayOf(value), style) };
  },
  bahttext(value, call) {
    const n = needsNumber(call, value);
    if (typeof n !== 'number') return n;
    return { ok: true, value: bahtText(n) };
  },
  upper(value) {
    return { ok: true, value: isEmpty(value) ? value : String(value).toUpperCase() };
  },
  default(value, call) {
    if (!call.args.length)
      return fail('ตัวกรอง default ต้องมีค่า เช่น default:"-"', 'default needs a value, as in default:"-"');
    return { ok: true, value: isEmpty(value) ? call.args[0] : value };
  },
};

/** A number in its shortest decimal form, ungrouped: 2566 → "2566", 0.5 → "0.5". */
export function plainDecimal(value: number): string {
  const { negative, whole, fraction } = decimalDigitsOf(value);
  return (negative ? '-' : '') + whole + (fraction ? `.${fraction}` : '');
}

/** The names of the filters, for messages and docs. */
export const FILTER_NAMES = Object.keys(FILTERS);

/** True when `name` is a filter. */
export function isFilter(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(FILTERS, name);
}

/** Applies one filter; the caller has checked that it exists. */
export function applyFilter(value: ScalarValue, call: FilterCall, ctx: FilterContext): FilterResult {
  return FILTERS[call.name](value, call, ctx);
}
