import { parseAmount } from '../../../src/core/thai/amount';

const satang = (value: string | number) => {
  const read = parseAmount(value);
  return read.kind === 'amount' ? read.satang : read.kind;
};
const reason = (value: string) => {
  const read = parseAmount(value);
  return read.kind === 'invalid' ? read.reason.en : `not invalid: ${read.kind}`;
};

describe('parseAmount', () => {
  it.each([
    ['๒๐,๐๐๐', 2000000],
    ['20,000.00', 2000000],
    ['จำนวน ๓๐,๐๐๐ บาท', 3000000],
    ['30,000.- บาท', 3000000],
    ['30,000.-', 3000000],
    ['๐', 0],
    ['1.5 ล้านบาท', 150000000],
    ['5 หมื่นบาท', 5000000],
    ['\u00a020,000\u00a0', 2000000],
    ['20, 000', 2000000],
    ['-1,250.50', -125050],
    ['฿ 99', 9900],
    ['1.005', 101],
    ['0.004', 0],
    ['12,345,678.9', 1234567890],
    ['20000.', 2000000],
    [20000, 2000000],
    [0.1 + 0.2, 30],
    [-0.005, -1],
  ])('%p → %p satang', (value, expected) => {
    expect(satang(value)).toBe(expected);
  });

  it.each(['-', '–', '—', 'ไม่ใช้งบประมาณ', 'ไม่ใช้ งบประมาณ', '(ไม่ใช้งบประมาณ)', 'ไม่มีค่าใช้จ่าย', '- บาท'])(
    '%p is zero by wording',
    (value) => {
      expect(parseAmount(value)).toEqual({ kind: 'zero', wording: expect.any(String) });
    },
  );

  it('tells blank apart from zero', () => {
    expect(parseAmount('  ')).toEqual({ kind: 'blank' });
    expect(parseAmount('')).toEqual({ kind: 'blank' });
  });

  it.each([
    ['20,00,0', 'the thousands separators are in the wrong places ("20,00,0")'],
    ['1,0000', 'the thousands separators are in the wrong places ("1,0000")'],
    ['12abc', 'it contains other text ("abc")'],
    ['10,000 / 20,000', 'it holds more than one number (10,000, 20,000)'],
    ['ปี 2566 จำนวน 20,000', 'it holds more than one number (2566, 20,000)'],
    ['1.2.3', 'it has more than one decimal point'],
    ['abc', 'there is no number in it'],
    ['ไม่มี', 'there is no number in it'],
  ])('%p is not an amount: %p', (value, expected) => {
    expect(reason(value)).toBe(expected);
  });

  // A number after a year word names a year: read as money it would add 2,567 baht to a plan.
  it.each([
    ['งบประมาณ 2567', '2567'],
    ['งบประมาณ ๒๕๖๗', '2567'],
    ['ปี ๒๕๖๗', '2567'],
    ['ปี2567', '2567'],
    ['พ.ศ. 2567', '2567'],
    ['พ.ศ.๒๕๖๗', '2567'],
    ['ปีงบประมาณ 2567', '2567'],
    ['ปีงบประมาณ พ.ศ. ๒๕๖๗', '2567'],
    ['ปี 2567.', '2567'],
  ])('%p reads as the year %p, not an amount', (value, year) => {
    expect(reason(value)).toBe(`reads as a year (${year}), not an amount`);
  });

  it.each([
    // With a money unit, or written with separators or decimals, it is money: 2,567 baht = 256,700 satang.
    ['งบประมาณ 2567 บาท', 256700],
    ['งบประมาณ 2,567', 256700],
    ['งบประมาณ 2567.00', 256700],
    // Not 25xx after งบประมาณ: 3,000 baht.
    ['งบประมาณ 3000', 300000],
    ['จำนวน ๓๐,๐๐๐ บาท', 3000000],
  ])('%p after a budget word is still an amount: %p satang', (value, expected) => {
    expect(satang(value)).toBe(expected);
  });

  it('refuses numbers it cannot hold exactly', () => {
    expect(parseAmount(Number.NaN).kind).toBe('invalid');
    expect(parseAmount(Number.POSITIVE_INFINITY).kind).toBe('invalid');
    expect(parseAmount(1e14).kind).toBe('invalid');
    expect(parseAmount('100,000,000,000,000').kind).toBe('invalid');
  });
});
