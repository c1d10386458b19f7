// One amount cell of a budget table, read once: what it says in exact satang, or why it says
// nothing usable. Binary noise from a formula (70000.00000000001) is not "more than two decimals".
import { BIG_0 } from '../bigint';
import type { Bilingual } from '../bilingual';
import { parseAmount } from '../thai/amount';
import { decimalDigitsOf } from '../decimal';
import { cellText, stripHtml, typedCellText } from '../cells/cellText';
import { formatScaled } from '../thai/formatNumber';

export type AmountValue =
  | { kind: 'amount'; satang: bigint }
  | { kind: 'zero'; wording: string }
  | { kind: 'blank' }
  | { kind: 'invalid'; reason: Bilingual };

export interface AmountCell {
  row: number;
  column: number;
  /** The cell as text, read (Thai digits made Arabic). */
  text: string;
  /** The cell as the user typed it, for messages (Thai digits kept, so Ctrl+F finds it). */
  typed: string;
  value: AmountValue;
  /** Typed with more than two decimals (checked as rounded half-up to satang). */
  tooPrecise: boolean;
}

/** A number whose extra decimals are only floating-point noise around a satang value. */
function isBinaryNoise(value: number): boolean {
  const rounded = Math.round(value * 100) / 100;
  return Math.abs(rounded - value) <= Math.abs(value) * 1e-13 + 1e-12;
}

/** Reads the raw value at (row, column) as an amount of money. */
export function readAmountCell(raw: unknown, row: number, column: number): AmountCell {
  if (typeof raw === 'number') {
    const text = String(raw);
    const reading = parseAmount(raw);
    const tooPrecise =
      Number.isFinite(raw) && decimalDigitsOf(raw).fraction.length > 2 && !isBinaryNoise(raw);
    return { row, column, text, typed: text, value: fromReading(reading), tooPrecise };
  }
  if (raw instanceof Date) {
    const text = Number.isNaN(raw.getTime()) ? '' : raw.toISOString().slice(0, 10);
    return {
      row,
      column,
      text,
      typed: text,
      value: { kind: 'invalid', reason: { th: 'เป็นวันที่ ไม่ใช่จำนวนเงิน', en: 'it is a date, not an amount' } },
      tooPrecise: false,
    };
  }
  if (typeof raw === 'boolean') {
    return {
      row,
      column,
      text: raw ? 'TRUE' : 'FALSE',
      typed: raw ? 'TRUE' : 'FALSE',
      value: {
        kind: 'invalid',
        reason: { th: 'เป็นช่องทำเครื่องหมาย ไม่ใช่จำนวนเงิน', en: 'it is a checkbox, not an amount' },
      },
      tooPrecise: false,
    };
  }
  if (typeof raw !== 'string')
    return { row, column, text: '', typed: '', value: { kind: 'blank' }, tooPrecise: false };
  const text = cellText(raw);
  const reading = parseAmount(stripHtml(raw));
  const tooPrecise = reading.kind === 'amount' && /\d\.\d{3,}/.test(text);
  return { row, column, text, typed: typedCellText(raw), value: fromReading(reading), tooPrecise };
}

function fromReading(reading: ReturnType<typeof parseAmount>): AmountValue {
  if (reading.kind === 'amount') return { kind: 'amount', satang: BigInt(reading.satang) };
  return reading;
}

/** The satang an amount cell counts for in a sum: zero wording and blanks count 0, invalid counts nothing. */
export function satangOf(cell: AmountCell): bigint | undefined {
  if (cell.value.kind === 'amount') return cell.value.satang;
  if (cell.value.kind === 'invalid') return undefined;
  return BIG_0;
}

/** Money in satang written as baht with separators and two decimals: 7000000 → "70,000.00". */
export function formatSatang(satang: bigint): string {
  return formatScaled(satang, 2);
}

/** A number followed by บาท ("๑๐,๐๐๐ บาท", "5,000.-บาท"), not part of a phone number or a date. */
const BAHT_AMOUNT = /(?:^|[^\d,./-])(?!0\d)(\d{1,3}(?:,\d{3})+|\d+)(\.\d{1,2})?( ?ล้าน)? ?(?:\.-|-|\.)? ?บาท/;

/**
 * The amount in baht a sentence names ("ขอรับเงินอุดหนุน ๑๐,๐๐๐ บาท" → 1,000,000 satang), or
 * undefined. Only a number written with บาท counts: years, dates, counts ("๕ โครงการ") and phone
 * numbers in a note are not amounts.
 */
export function bahtAmountIn(text: string): bigint | undefined {
  const m = BAHT_AMOUNT.exec(text);
  if (!m) return undefined;
  const reading = parseAmount(`${m[1]}${m[2] ?? ''}${m[3] ?? ''}`);
  return reading.kind === 'amount' && reading.satang > 0 ? BigInt(reading.satang) : undefined;
}
