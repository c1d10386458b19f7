import { roundNumberHalfUp } from '../decimal';
import { BIG_0, BIG_100, BIG_1E6 } from '../bigint';

const DIGIT = ['ศูนย์', 'หนึ่ง', 'สอง', 'สาม', 'สี่', 'ห้า', 'หก', 'เจ็ด', 'แปด', 'เก้า'];
const PLACE = ['', 'สิบ', 'ร้อย', 'พัน', 'หมื่น', 'แสน'];
const MILLION = BIG_1E6;

/**
 * When a final 1 is เอ็ด. `preceded` (the default, as DOMAIN.md states Excel does): whenever anything
 * comes before it, 101 → หนึ่งร้อยเอ็ด, 1,000,001 → หนึ่งล้านเอ็ด. `afterTens`: only right after a tens
 * digit, 101 → หนึ่งร้อยหนึ่ง, 1,000,001 → หนึ่งล้านหนึ่ง (what Google Sheets' BAHTTEXT is reported to write).
 * Both give 11 → สิบเอ็ด, 21 → ยี่สิบเอ็ด, 1 → หนึ่ง.
 */
export type EdRule = 'preceded' | 'afterTens';

/** Words of 1 ≤ n < 10^6; a final 1 is เอ็ด as `rule` says. */
function belowMillion(n: number, afterHigher: boolean, rule: EdRule): string {
  let words = '';
  const digits = String(n);
  for (let i = 0; i < digits.length; i++) {
    const d = digits.charCodeAt(i) - 48;
    const place = digits.length - 1 - i;
    if (d === 0) continue;
    if (place === 1) words += d === 1 ? 'สิบ' : d === 2 ? 'ยี่สิบ' : DIGIT[d] + 'สิบ';
    else if (place === 0 && d === 1 && (rule === 'afterTens' ? n % 100 > 9 : afterHigher || n > 9))
      words += 'เอ็ด';
    else words += DIGIT[d] + PLACE[place];
  }
  return words;
}

/** Words of a positive integer, millions repeating (10^12 → หนึ่งล้านล้าน). */
function integerWords(n: bigint, rule: EdRule): string {
  if (n < MILLION) return belowMillion(Number(n), false, rule);
  const rest = n % MILLION;
  return integerWords(n / MILLION, rule) + 'ล้าน' + (rest ? belowMillion(Number(rest), true, rule) : '');
}

/**
 * An amount given in integer satang as Excel's BAHTTEXT writes it: 123400n → หนึ่งพันสองร้อยสามสิบสี่บาทถ้วน,
 * 50n → ห้าสิบสตางค์, 0n → ศูนย์บาทถ้วน, negative amounts prefixed ลบ.
 */
export function bahtTextOfSatang(satang: bigint | number, edRule: EdRule = 'preceded'): string {
  let n = BigInt(satang);
  const sign = n < BIG_0 ? 'ลบ' : '';
  if (n < BIG_0) n = -n;
  const baht = n / BIG_100;
  const rest = Number(n % BIG_100);
  if (!rest) return sign + (baht ? integerWords(baht, edRule) : DIGIT[0]) + 'บาทถ้วน';
  return (
    sign + (baht ? integerWords(baht, edRule) + 'บาท' : '') + belowMillion(rest, false, edRule) + 'สตางค์'
  );
}

/**
 * A baht amount as Excel's BAHTTEXT writes it, satang rounded half-up (exactly, from the number's
 * decimal text): 1234 → หนึ่งพันสองร้อยสามสิบสี่บาทถ้วน, 0.5 → ห้าสิบสตางค์, 0.005 → หนึ่งสตางค์.
 * Not finite → ''.
 */
export function bahtText(baht: number, edRule: EdRule = 'preceded'): string {
  return Number.isFinite(baht) ? bahtTextOfSatang(roundNumberHalfUp(baht, 2).scaled, edRule) : '';
}
