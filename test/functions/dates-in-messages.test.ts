// A date handed to a function that expects numbers is quoted as the sheet shows it, in the
// spreadsheet's zone: never a JavaScript date string, never the UTC instant (another day).
import { errorOf } from '../helpers/bundle';
import { bundleInSpreadsheet, midnightIn } from '../helpers/spreadsheet';

let ctx: Record<string, any>;
// Midnight of 1 Oct 2022 in Sydney (UTC+10) is 14:00 UTC on 30 Sep.
const oct1 = midnightIn('Australia/Sydney', 2022, 10, 1);
beforeAll(async () => {
  ctx = (await bundleInSpreadsheet('Australia/Sydney')).context;
});

it('is 14:00 UTC the day before (the day a UTC reading would wrongly quote)', () => {
  expect(oct1.toISOString()).toBe('2022-09-30T14:00:00.000Z');
});

it('ITA_GRADE and ITA_PASS of a date cell', () => {
  expect(errorOf(() => ctx.ITA_GRADE(oct1))).toBe(
    'ITA_GRADE: คะแนนต้องเป็นตัวเลข ได้วันที่ ๑ ต.ค. ๒๕๖๕ / a score must be a number, got the date 1 Oct 2022',
  );
  expect(errorOf(() => ctx.ITA_PASS([[90], [oct1]]))).toBe(
    'ITA_PASS: แถวที่ 2 คอลัมน์ที่ 1 ของช่วง: คะแนนต้องเป็นตัวเลข ได้วันที่ ๑ ต.ค. ๒๕๖๕' +
      ' / row 2, column 1 of the range: a score must be a number, got the date 1 Oct 2022',
  );
});

it('ITA_SCORE, ITA_BREAKDOWN and ITA_CHECK with a date among the scores', () => {
  const row = [90, 90, 90, oct1, 90, 90, 90, 90, 90, 90];
  const where = 'แถวที่ 1 คอลัมน์ที่ 4 ของช่วง: คะแนนต้องเป็นตัวเลข ได้วันที่ ๑ ต.ค. ๒๕๖๕';
  const whereEn = 'row 1, column 4 of the range: a score must be a number, got the date 1 Oct 2022';
  expect(errorOf(() => ctx.ITA_SCORE([row]))).toBe(`ITA_SCORE: ${where} / ${whereEn}`);
  expect(errorOf(() => ctx.ITA_BREAKDOWN([row]))).toBe(`ITA_BREAKDOWN: ${where} / ${whereEn}`);
  expect(errorOf(() => ctx.ITA_CHECK([[90, 90, 90, 90, 90, 90, 90, 90, 90, 90]], oct1))).toBe(
    'ITA_CHECK: คะแนนต้องเป็นตัวเลข ได้วันที่ ๑ ต.ค. ๒๕๖๕ / a score must be a number, got the date 1 Oct 2022',
  );
});

it('THAI_NUMBER of a BE year typed into a date cell quotes the day meant', () => {
  // "1/10/2565" typed: a date cell in the year 2565, meant as 1 ต.ค. 2565 BE = 1 Oct 2022.
  const typed = midnightIn('Australia/Sydney', 2565, 10, 1);
  expect(errorOf(() => ctx.THAI_NUMBER(typed))).toBe(
    'THAI_NUMBER: ต้องเป็นจำนวนเงิน ได้ ๑ ต.ค. ๒๕๖๕ / expects an amount, got 1 Oct 2022',
  );
});
