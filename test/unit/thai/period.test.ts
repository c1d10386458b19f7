import { parsePeriod } from '../../../src/core/thai/period';

const day = (year: number, month: number, d: number) => ({ year, month, day: d });
const period = (start: ReturnType<typeof day>, end: ReturnType<typeof day>) => ({
  kind: 'period',
  start,
  end,
});

describe('parsePeriod', () => {
  it.each([
    ['๑ ต.ค. ๒๕๖๕ - ๓๐ ก.ย. ๒๕๖๖', undefined, period(day(2022, 10, 1), day(2023, 9, 30))],
    ['ต.ค.64-มี.ค.65', undefined, period(day(2021, 10, 1), day(2022, 3, 31))],
    ['ม.ค.-มี.ค.2565', undefined, period(day(2022, 1, 1), day(2022, 3, 31))],
    ['๔-๕ มีนาคม ๒๕๖๗', undefined, period(day(2024, 3, 4), day(2024, 3, 5))],
    ['ต.ค.-ธ.ค. 2565', undefined, period(day(2022, 10, 1), day(2022, 12, 31))],
    ['ต.ค. - มี.ค. 2566', undefined, period(day(2022, 10, 1), day(2023, 3, 31))],
    ['ต.ค. 2565 - ก.ย.', undefined, period(day(2022, 10, 1), day(2023, 9, 30))],
    ['1 ต.ค. 65 - 15', undefined, period(day(2022, 10, 1), day(2022, 10, 15))],
    ['ก.พ. 2567', undefined, period(day(2024, 2, 1), day(2024, 2, 29))],
    ['15 ก.พ. 2567', undefined, period(day(2024, 2, 15), day(2024, 2, 15))],
    ['ตั้งแต่ 1 ต.ค. 65 ถึง 31 มี.ค. 66', undefined, period(day(2022, 10, 1), day(2023, 3, 31))],
    ['1/10/2565 – 30/9/2566', undefined, period(day(2022, 10, 1), day(2023, 9, 30))],
    ['ตุลาคม 2565 จนถึง กันยายน 2566', undefined, period(day(2022, 10, 1), day(2023, 9, 30))],
    ['1 ต.ค. 65 30 ก.ย. 66', undefined, period(day(2022, 10, 1), day(2023, 9, 30))],
    ['ไตรมาส 1-2', 2566, period(day(2022, 10, 1), day(2023, 3, 31))],
    ['ไตรมาส 1 ไตรมาส 2', 2566, period(day(2022, 10, 1), day(2023, 3, 31))],
    ['ไตรมาสที่ 3', 2566, period(day(2023, 4, 1), day(2023, 6, 30))],
    ['ไตรมาส 1 และ 2', 2566, period(day(2022, 10, 1), day(2023, 3, 31))],
    ['ไตรมาส 1-4', 2566, period(day(2022, 10, 1), day(2023, 9, 30))],
    ['ไตรมาสที่ 2 ปีงบประมาณ 2567', undefined, period(day(2024, 1, 1), day(2024, 3, 31))],
    ['Q4', 2566, period(day(2023, 7, 1), day(2023, 9, 30))],
    ['ตลอดปีงบประมาณ', 2566, period(day(2022, 10, 1), day(2023, 9, 30))],
    ['ตลอดปีงบประมาณ พ.ศ. ๒๕๖๗', 2566, period(day(2023, 10, 1), day(2024, 9, 30))],
    ['ปีงบประมาณ 2566', undefined, period(day(2022, 10, 1), day(2023, 9, 30))],
    ['ตลอดทั้งปี', 2566, period(day(2022, 10, 1), day(2023, 9, 30))],
    ['ต.ค.-ธ.ค.', 2566, period(day(2022, 10, 1), day(2022, 12, 31))],
    ['ต.ค.-มี.ค.', 2566, period(day(2022, 10, 1), day(2023, 3, 31))],
    ['ม.ค.-มี.ค.', 2566, period(day(2023, 1, 1), day(2023, 3, 31))],
    ['มีค 66', undefined, period(day(2023, 3, 1), day(2023, 3, 31))],
    // A quarter of a BE fiscal year: quarter 4 of FY2566 is ก.ค.–ก.ย. 2566 = Jul–Sep 2023 CE;
    // quarter 1 of FY2566 is ต.ค.–ธ.ค. 2565 = Oct–Dec 2022 CE.
    ['ไตรมาส 4/2566', undefined, period(day(2023, 7, 1), day(2023, 9, 30))],
    ['ไตรมาส ๔ ปีงบประมาณ ๒๕๖๖', undefined, period(day(2023, 7, 1), day(2023, 9, 30))],
    ['ไตรมาส ๔ ปีงบประมาณ พ.ศ. ๒๕๖๖', undefined, period(day(2023, 7, 1), day(2023, 9, 30))],
    ['ไตรมาสที่ 1/2566', undefined, period(day(2022, 10, 1), day(2022, 12, 31))],
    ['ไตรมาส 1/2566', 2570, period(day(2022, 10, 1), day(2022, 12, 31))],
    ['Q4/66', undefined, period(day(2023, 7, 1), day(2023, 9, 30))],
    ['ไตรมาส 2 / 2567', undefined, period(day(2024, 1, 1), day(2024, 3, 31))],
  ])('%p (fiscal year %p)', (text, fiscalYear, expected) => {
    expect(parsePeriod(text, fiscalYear)).toEqual(expected);
  });

  it('flags a period that ends before it starts, with both days', () => {
    expect(parsePeriod('30 ก.ย. 2566 - 1 ต.ค. 2565')).toEqual({
      kind: 'reversed',
      start: day(2023, 9, 30),
      end: day(2022, 10, 1),
      reason: { th: 'วันสิ้นสุดอยู่ก่อนวันเริ่มต้น', en: 'the end is before the start' },
    });
    expect(parsePeriod('ไตรมาส 3-1', 2566).kind).toBe('reversed');
    expect(parsePeriod('5-4 มีนาคม 2567').kind).toBe('reversed');
  });

  it.each([
    ['ไตรมาส 1-2', undefined, 'no year is given'],
    ['ต.ค.-ธ.ค.', undefined, 'no year is given'],
    ['ตลอดปีงบประมาณ', undefined, 'no year is given'],
    ['ไตรมาส 5', 2566, 'a quarter is 1–4, got 5'],
    ['ไตรมาส', 2566, 'no quarter is given'],
    ['ไตรมาส 1 ต.ค. 65', 2566, 'it mixes several forms'],
    ['ตลอดปี ต.ค. 65', 2566, 'it mixes several forms'],
    ['31 เม.ย. 2566', undefined, 'there is no day 31/4/2566'],
    ['ต.ค. 65 - ปัจจุบัน', undefined, 'cannot read "ปัจจุบัน"'],
    ['2566', undefined, '"2566" is not a day of a month'],
    ['ปี 2566', undefined, 'no month is given'],
    ['4-5', undefined, 'no month is given'],
    ['1 ต.ค. 65 - 30 ก.ย. 66 - 1 ต.ค. 66', undefined, 'it has extra parts'],
    ['ต.ค. 123', undefined, '"123" is not a year'],
    ['1/10/256', undefined, '"256" is not a year'],
    ['ไตรมาส 4/', undefined, '"" is not a year'],
    ['ไตรมาส /2566', undefined, 'cannot read "/"'],
    ['ไตรมาส 4/2566 ครึ่งปี', undefined, 'cannot read "ครึ่งปี"'],
    ['ไตรมาส 4/256', undefined, '"256" is not a year'],
  ])('%p (fiscal year %p) is refused: %p', (text, fiscalYear, reason) => {
    const read = parsePeriod(text, fiscalYear);
    expect(read.kind === 'invalid' && read.reason.en).toBe(reason);
  });

  it('reads blank as blank', () => {
    expect(parsePeriod('')).toEqual({ kind: 'blank' });
    expect(parsePeriod(' \u00a0 ')).toEqual({ kind: 'blank' });
  });
});
