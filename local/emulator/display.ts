// getDisplayValues(): a value as Sheets shows it for the common number formats. Formats outside
// this small set fall back to Sheets' automatic format (shortest number, dates as d/M/yyyy).
import { isDateValue, type SheetValue, zoneOffsetMs } from './values';

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A number shown with `decimals` places, half-up on its decimal text, optionally grouped. */
export function fixed(value: number, decimals: number, grouped: boolean): string {
  const negative = value < 0;
  const [int, frac = ''] = Math.abs(value)
    .toFixed(Math.min(20, decimals + 3))
    .split('.');
  const scaled = BigInt(int + frac.slice(0, decimals).padEnd(decimals, '0'));
  const roundUp = Number(frac.charAt(decimals) || '0') >= 5;
  const total = (scaled + (roundUp ? 1n : 0n)).toString().padStart(decimals + 1, '0');
  const whole = total.slice(0, total.length - decimals) || '0';
  const text =
    (grouped ? group(whole) : whole) + (decimals ? `.${total.slice(total.length - decimals)}` : '');
  return negative && /[1-9]/.test(text) ? `-${text}` : text;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function dateText(date: Date, format: string, timeZone: string): string {
  const wall = new Date(date.getTime() + zoneOffsetMs(date.getTime(), timeZone));
  const y = wall.getUTCFullYear();
  const m = wall.getUTCMonth() + 1;
  const d = wall.getUTCDate();
  const f = format.toLowerCase();
  if (/^yyyy-mm-dd/.test(f)) return `${y}-${pad(m)}-${pad(d)}`;
  if (/^dd\/mm\/yyyy/.test(f)) return `${pad(d)}/${pad(m)}/${y}`;
  if (/^mm\/dd\/yyyy/.test(f)) return `${pad(m)}/${pad(d)}/${y}`;
  return `${d}/${m}/${y}`;
}

/** The text Sheets shows for `value` under `format`. */
export function displayValue(value: SheetValue, format: string | undefined, timeZone: string): string {
  if (value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (isDateValue(value)) return dateText(value, format ?? '', timeZone);
  const f = (format ?? 'General').replace(/;.*$/, '').replace(/\[[^\]]*\]/g, '');
  const percent = f.endsWith('%');
  const n = percent ? value * 100 : value;
  const decimals = /\.(0+)/.exec(f)?.[1].length ?? 0;
  if (/[0#]/.test(f)) return fixed(n, decimals, f.includes(',')) + (percent ? '%' : '');
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(10)));
}
