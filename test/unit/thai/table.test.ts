// Real-looking cells from plan budget tables and measures tables, with the expected reading written
// out by hand (not computed by the code under test). Fiscal year for periods without a year: 2566.
import { parseAmount } from '../../../src/core/thai/amount';
import type { CalendarDay } from '../../../src/core/thai/calendarDay';
import { parsePeriod } from '../../../src/core/thai/period';
import { parseThaiDate } from '../../../src/core/thai/thaiDate';

const iso = (d: CalendarDay) =>
  `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/** Readings as one short line each: "amount 2000000", "zero", "date 2022-10-03", "period a..b", "invalid: why". */
function reading(kind: 'amount' | 'date' | 'period', text: string): string {
  if (kind === 'amount') {
    const r = parseAmount(text);
    return r.kind === 'amount'
      ? `amount ${r.satang}`
      : r.kind === 'invalid'
        ? `invalid: ${r.reason.en}`
        : r.kind;
  }
  if (kind === 'date') {
    const r = parseThaiDate(text);
    return r.kind === 'date'
      ? `date ${iso(r.day)}`
      : r.kind === 'invalid'
        ? `invalid: ${r.reason.en}`
        : r.kind;
  }
  const r = parsePeriod(text, 2566);
  if (r.kind === 'period' || r.kind === 'reversed') return `${r.kind} ${iso(r.start)}..${iso(r.end)}`;
  return r.kind === 'invalid' ? `invalid: ${r.reason.en}` : r.kind;
}

const TABLE: ['amount' | 'date' | 'period', string, string][] = [
  // amounts
  ['amount', '๒๐,๐๐๐', 'amount 2000000'],
  ['amount', '20,000.00', 'amount 2000000'],
  ['amount', '20000', 'amount 2000000'],
  ['amount', 'จำนวน ๓๐,๐๐๐ บาท', 'amount 3000000'],
  ['amount', '30,000.- บาท', 'amount 3000000'],
  ['amount', '๗๐,๐๐๐.-', 'amount 7000000'],
  ['amount', '๐', 'amount 0'],
  ['amount', '0.00', 'amount 0'],
  ['amount', '-', 'zero'],
  ['amount', '–', 'zero'],
  ['amount', ' - ', 'zero'],
  ['amount', 'ไม่ใช้งบประมาณ', 'zero'],
  ['amount', 'ไม่ได้ใช้งบประมาณ', 'zero'],
  ['amount', '(ไม่ใช้งบประมาณ)', 'zero'],
  ['amount', '1.5 ล้านบาท', 'amount 150000000'],
  ['amount', '๒ แสนบาท', 'amount 20000000'],
  ['amount', '  ๑๕,๕๐๐  บาท ', 'amount 1550000'],
  ['amount', '\u00a0๔๐,๐๐๐\u00a0', 'amount 4000000'],
  ['amount', '1,234.56', 'amount 123456'],
  ['amount', '1,234.565', 'amount 123457'],
  ['amount', '฿5,000', 'amount 500000'],
  ['amount', 'รวม 70,000 บาท', 'amount 7000000'],
  ['amount', '20,00,0', 'invalid: the thousands separators are in the wrong places ("20,00,0")'],
  ['amount', '2,0000', 'invalid: the thousands separators are in the wrong places ("2,0000")'],
  ['amount', '12abc', 'invalid: it contains other text ("abc")'],
  ['amount', '10,000 / 20,000', 'invalid: it holds more than one number (10,000, 20,000)'],
  ['amount', '๑๐,๐๐๐ และ ๒๐,๐๐๐', 'invalid: it holds more than one number (10,000, 20,000)'],
  ['amount', 'ประมาณ 5,000', 'invalid: it contains other text ("ประมาณ")'],
  ['amount', 'ตามจริง', 'invalid: there is no number in it'],
  ['amount', '20.000.00', 'invalid: it has more than one decimal point'],
  ['amount', '', 'blank'],
  // dates
  ['date', '๓ ตุลาคม ๒๕๖๕', 'date 2022-10-03'],
  ['date', '3 ต.ค. 65', 'date 2022-10-03'],
  ['date', '๑ ก.พ ๖๖', 'date 2023-02-01'],
  ['date', '15 มีค 2566', 'date 2023-03-15'],
  ['date', '30 ก.ย.2566', 'date 2023-09-30'],
  ['date', '1/10/2565', 'date 2022-10-01'],
  ['date', '๑/๑๐/๒๕๖๕', 'date 2022-10-01'],
  ['date', '31 ธันวาคม 2022', 'date 2022-12-31'],
  ['date', 'วันที่ ๕ เมษายน พ.ศ. ๒๕๖๖', 'date 2023-04-05'],
  ['date', '7 กรกฏาคม 2566', 'date 2023-07-07'],
  ['date', '29 ก.พ. 2566', 'invalid: there is no day 29/2/2566'],
  ['date', '31 มิ.ย. 2566', 'invalid: there is no day 31/6/2566'],
  ['date', '3 ต.ค.', 'invalid: no year is given'],
  ['date', 'ต.ค. 65', 'invalid: no day of the month is given'],
  ['date', '3 Oct 2022', 'invalid: cannot read "Oct"'],
  // periods
  ['period', '๑ ต.ค. ๒๕๖๕ - ๓๐ ก.ย. ๒๕๖๖', 'period 2022-10-01..2023-09-30'],
  ['period', 'ต.ค.64-มี.ค.65', 'period 2021-10-01..2022-03-31'],
  ['period', 'ม.ค.-มี.ค.2565', 'period 2022-01-01..2022-03-31'],
  ['period', '๔-๕ มีนาคม ๒๕๖๗', 'period 2024-03-04..2024-03-05'],
  ['period', 'ตลอดปีงบประมาณ', 'period 2022-10-01..2023-09-30'],
  ['period', 'ไตรมาส 1-2', 'period 2022-10-01..2023-03-31'],
  ['period', 'ไตรมาส 1 ไตรมาส 2', 'period 2022-10-01..2023-03-31'],
  ['period', 'ไตรมาสที่ ๔', 'period 2023-07-01..2023-09-30'],
  ['period', 'ต.ค.-ธ.ค. 2565', 'period 2022-10-01..2022-12-31'],
  ['period', 'ต.ค. - มี.ค. 2566', 'period 2022-10-01..2023-03-31'],
  ['period', 'เม.ย. - มิ.ย.', 'period 2023-04-01..2023-06-30'],
  ['period', 'พ.ย. 65', 'period 2022-11-01..2022-11-30'],
  ['period', 'กุมภาพันธ์ 2567', 'period 2024-02-01..2024-02-29'],
  ['period', '1 ต.ค. 2565 ถึง 30 ก.ย. 2566', 'period 2022-10-01..2023-09-30'],
  ['period', 'ตั้งแต่ ๑ มกราคม ๒๕๖๖ – ๓๑ มีนาคม ๒๕๖๖', 'period 2023-01-01..2023-03-31'],
  ['period', '1/10/65 - 31/3/66', 'period 2022-10-01..2023-03-31'],
  ['period', 'ปีงบประมาณ พ.ศ. ๒๕๖๗', 'period 2023-10-01..2024-09-30'],
  ['period', '15 ส.ค. 2566', 'period 2023-08-15..2023-08-15'],
  ['period', '30 ก.ย. 2566 - 1 ต.ค. 2565', 'reversed 2023-09-30..2022-10-01'],
  ['period', 'มี.ค. 66 - ต.ค. 65', 'reversed 2023-03-01..2022-10-31'],
  ['period', '31 เม.ย. 2566', 'invalid: there is no day 31/4/2566'],
  ['period', 'ต.ค. 65 - ปัจจุบัน', 'invalid: cannot read "ปัจจุบัน"'],
  ['period', 'ตามความเหมาะสม', 'invalid: cannot read "ตามความเหมาะสม"'],
  ['period', 'ไตรมาส 5', 'invalid: a quarter is 1–4, got 5'],
  ['period', 'ทุกวัน', 'invalid: cannot read "ทุกวัน"'],
  ['period', '', 'blank'],
];

describe('real-looking cells', () => {
  it('has at least 60 cases', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(60);
  });

  it.each(TABLE)('%s %p → %s', (kind, text, expected) => {
    expect(reading(kind, text)).toBe(expected);
  });
});
