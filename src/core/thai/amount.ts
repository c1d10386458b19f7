import type { Bilingual } from '../bilingual';
import { parseDecimal, roundHalfUp, roundNumberHalfUp } from '../decimal';
import { normalizeTyped } from './typedText';

/**
 * What a typed amount turned out to be. `satang` is an exact integer (1 baht = 100 satang).
 * `zero` is a cell that says "nothing" in words ("-", "ไม่ใช้งบประมาณ"); `blank` is an empty cell.
 */
export type AmountReading =
  | { kind: 'amount'; satang: number }
  | { kind: 'zero'; wording: string }
  | { kind: 'blank' }
  | { kind: 'invalid'; reason: Bilingual };

const ZERO_WORDING =
  /^\(?(?:[-–—−‐‑]+(?:บาท)?|ไม่(?:ได้)?ใช้(?:จ่าย)?งบ(?:ประมาณ)?|ไม่มีงบ(?:ประมาณ)?|ไม่มีค่าใช้จ่าย)\)?$/;
const AMOUNT =
  /^(?:(?:จำนวน(?:เงิน)?|เป็นเงิน|งบประมาณ|รวม(?:เป็นเงิน)?) ?)?([-−+]?) ?(?:฿ ?)?(\d[\d,]*)(?:\.(\d+))?(?:\.?-|\.)? ?(ล้าน|แสน|หมื่น|พัน)? ?(?:(?:บาท|บ\.)(?: ?ถ้วน)?)?(?:\.-|-)?$/;
// A number right after a year word is a year, not an amount: "ปี ๒๕๖๗", "พ.ศ. 2567", "ปีงบประมาณ
// 2567"; after "งบประมาณ" only a bare 25xx with no money unit ("งบประมาณ 2567" heads a year, while
// "งบประมาณ 2567 บาท" is 2,567 baht).
const YEAR_WORD = /(?:ปีงบประมาณ|ปีงบ|ปี|พ\.? ?ศ\.?|ค\.? ?ศ\.?) ?(?:พ\.? ?ศ\.? ?)?(\d{4})(?!\d|[,.]\d)/;
const BUDGET_YEAR = /^งบประมาณ ?(25\d\d)$/;
const SCALE: Record<string, number> = { พัน: 3, หมื่น: 4, แสน: 5, ล้าน: 6 };
const MAX_SATANG = BigInt(Number.MAX_SAFE_INTEGER);

function invalid(th: string, en: string): AmountReading {
  return { kind: 'invalid', reason: { th, en } };
}

/**
 * Reads an amount of money as staff type it: "๒๐,๐๐๐", "20,000.00", "จำนวน ๓๐,๐๐๐ บาท",
 * "30,000.- บาท", "1.5 ล้านบาท", a number. More than two decimals are rounded half-up to satang.
 * Text it cannot read exactly is `invalid` with the reason, never a silent zero.
 */
export function parseAmount(value: string | number): AmountReading {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return invalid('ไม่ใช่ตัวเลขที่ใช้ได้', 'not a usable number');
    return satangReading(roundNumberHalfUp(value, 2).scaled);
  }
  const text = normalizeTyped(value).replace(/, (?=\d{3}(?!\d))/g, ',');
  if (text === '') return { kind: 'blank' };
  if (ZERO_WORDING.test(text.replace(/ /g, ''))) return { kind: 'zero', wording: text };
  const numbers: string[] = text.match(/\d[\d,.]*/g) ?? [];
  if (numbers.length === 0) return invalid('ไม่มีตัวเลข', 'there is no number in it');
  if (numbers.length > 1) {
    return invalid(
      `มีตัวเลขมากกว่าหนึ่งจำนวน (${numbers.join(', ')})`,
      `it holds more than one number (${numbers.join(', ')})`,
    );
  }
  const year = YEAR_WORD.exec(text) ?? BUDGET_YEAR.exec(text);
  if (year) {
    return invalid(`อ่านได้เป็นปี (${year[1]}) ไม่ใช่จำนวนเงิน`, `reads as a year (${year[1]}), not an amount`);
  }
  const m = AMOUNT.exec(text);
  if (!m) {
    const extra = text.replace(/^(?:จำนวน(?:เงิน)?|เป็นเงิน|งบประมาณ) ?|[-−+ ,.฿]|\d|บาท|ล้าน|แสน|หมื่น|พัน/g, '');
    if (/\.\d*\./.test(numbers[0]))
      return invalid('มีจุดทศนิยมมากกว่าหนึ่งจุด', 'it has more than one decimal point');
    return extra
      ? invalid(`มีข้อความอื่นปนอยู่ ("${extra}")`, `it contains other text ("${extra}")`)
      : invalid('เขียนไม่ตรงรูปแบบจำนวนเงิน', 'it is not written as an amount');
  }
  const [, sign, whole, fraction = '', scale] = m;
  if (whole.includes(',') && !/^\d{1,3}(?:,\d{3})+$/.test(whole)) {
    return invalid(
      `ใส่จุลภาคคั่นหลักพันผิดตำแหน่ง ("${whole}")`,
      `the thousands separators are in the wrong places ("${whole}")`,
    );
  }
  const digits = whole.replace(/,/g, '');
  const shift = scale ? SCALE[scale] : 0;
  // "1.5 ล้าน": the scale moves the point, then the rest rounds half-up to satang like any amount.
  const shifted = `${digits}${fraction.slice(0, shift).padEnd(shift, '0')}.${fraction.slice(shift)}`;
  const magnitude = roundHalfUp(parseDecimal(shifted)!, 2).scaled;
  return satangReading(sign === '-' || sign === '−' ? -magnitude : magnitude);
}

function satangReading(satang: bigint): AmountReading {
  if (satang > MAX_SATANG || -satang > MAX_SATANG) {
    return invalid('จำนวนเงินมากเกินกว่าจะคำนวณได้แม่นยำ', 'the amount is too large to compute exactly');
  }
  return { kind: 'amount', satang: Number(satang) };
}
