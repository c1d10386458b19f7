import { bahtTextFunction } from '../../src/functions/thai';
import { errorOf } from '../helpers/bundle';
import { bundleInSpreadsheet } from '../helpers/spreadsheet';

// The bundle in a spreadsheet set to Asia/Bangkok; other zones are in thai-time-zones.test.ts.
let ctx: Record<string, any>;
beforeAll(async () => {
  ctx = (await bundleInSpreadsheet('Asia/Bangkok')).context;
});
/** Midnight in Bangkok of a day, as a sheet holds it. */
const sheetDate = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - 7 * 3600 * 1000);
const times = (rows: Date[][]) => rows.map((row) => row.map((cell) => (cell as Date | '') && cell.getTime()));

describe('THAI_DIGITS', () => {
  it('writes numbers with Thai digits; with decimals, as an amount with separators', () => {
    // A whole number without decimals keeps its digits alone: a year is ๒๕๖๖, never ๒,๕๖๖.
    expect(ctx.THAI_DIGITS(2566)).toBe('๒๕๖๖');
    expect(ctx.THAI_DIGITS(20000)).toBe('๒๐๐๐๐');
    expect(ctx.THAI_DIGITS(-1234)).toBe('-๑๒๓๔');
    expect(ctx.THAI_DIGITS(20000, 2)).toBe('๒๐,๐๐๐.๐๐');
    expect(ctx.THAI_DIGITS(1234.565, 2)).toBe('๑,๒๓๔.๕๗');
    expect(ctx.THAI_DIGITS(0.5)).toBe('๐.๕');
    // 0.1 + 0.2 is 0.30000000000000004 in binary floating point; Sheets shows 15 significant digits: 0.3.
    expect(ctx.THAI_DIGITS(0.1 + 0.2)).toBe('๐.๓');
    // 2/3 to 15 significant digits is 0.666666666666667.
    expect(ctx.THAI_DIGITS(2 / 3)).toBe('๐.๖๖๖๖๖๖๖๖๖๖๖๖๖๖๗');
    expect(ctx.THAI_DIGITS(1234.5)).toBe('๑๒๓๔.๕');
    expect(ctx.THAI_DIGITS('ปี 2566 ข้อ 3')).toBe('ปี ๒๕๖๖ ข้อ ๓');
  });

  it('maps a range cell by cell, blanks stay blank', () => {
    expect(
      ctx.THAI_DIGITS(
        [
          [1, 'a1'],
          ['', 1000],
        ],
        0,
      ),
    ).toEqual([
      ['๑', 'a๑'],
      ['', '๑,๐๐๐'],
    ]);
  });

  it('explains bad arguments', () => {
    expect(errorOf(() => ctx.THAI_DIGITS(1, 11))).toBe(
      'THAI_DIGITS: จำนวนทศนิยมต้องเป็นจำนวนเต็ม 0–10 ได้ 11 / decimals must be a whole number from 0 to 10, got 11',
    );
    expect(errorOf(() => ctx.THAI_DIGITS(true))).toBe(
      'THAI_DIGITS: ต้องเป็นตัวเลขหรือข้อความ ได้ true / expects a number or text, got true',
    );
  });
});

describe('ARABIC_DIGITS', () => {
  it('maps Thai digits and leaves other values alone', () => {
    expect(ctx.ARABIC_DIGITS('ปี ๒๕๖๖')).toBe('ปี 2566');
    expect(
      ctx.ARABIC_DIGITS([
        ['๑๒', 5],
        [true, ''],
      ]),
    ).toEqual([
      ['12', 5],
      [true, ''],
    ]);
  });
});

describe('THAI_NUMBER', () => {
  it('reads amounts as typed', () => {
    expect(ctx.THAI_NUMBER('๒๐,๐๐๐')).toBe(20000);
    expect(ctx.THAI_NUMBER('จำนวน ๓๐,๐๐๐ บาท')).toBe(30000);
    expect(ctx.THAI_NUMBER('30,000.- บาท')).toBe(30000);
    expect(ctx.THAI_NUMBER('1.5 ล้านบาท')).toBe(1500000);
    expect(ctx.THAI_NUMBER('1,234.565')).toBe(1234.57);
    expect(ctx.THAI_NUMBER(99.5)).toBe(99.5);
    expect(ctx.THAI_NUMBER('-')).toBe(0);
    expect(ctx.THAI_NUMBER('ไม่ใช้งบประมาณ')).toBe(0);
    expect(ctx.THAI_NUMBER('')).toBe('');
  });

  it('maps a range', () => {
    expect(ctx.THAI_NUMBER([['๒๐,๐๐๐'], ['-'], [''], ['20,000.50']])).toEqual([
      [20000],
      [0],
      [''],
      [20000.5],
    ]);
  });

  it('says why text is not an amount, and where in a range', () => {
    expect(errorOf(() => ctx.THAI_NUMBER('12abc'))).toBe(
      'THAI_NUMBER: "12abc" ไม่ใช่จำนวนเงิน: มีข้อความอื่นปนอยู่ ("abc") / "12abc" is not an amount: it contains other text ("abc")',
    );
    expect(errorOf(() => ctx.THAI_NUMBER('20,00,0'))).toContain(
      'thousands separators are in the wrong places',
    );
    expect(errorOf(() => ctx.THAI_NUMBER([['1'], ['10,000 / 20,000']]))).toBe(
      'THAI_NUMBER: แถวที่ 2 คอลัมน์ที่ 1 ของช่วง / row 2, column 1 of the range: "10,000 / 20,000" ไม่ใช่จำนวนเงิน: มีตัวเลขมากกว่าหนึ่งจำนวน (10,000, 20,000) / "10,000 / 20,000" is not an amount: it holds more than one number (10,000, 20,000)',
    );
    expect(errorOf(() => ctx.THAI_NUMBER(sheetDate(2022, 10, 1)))).toBe(
      'THAI_NUMBER: ต้องเป็นจำนวนเงิน ได้ ๑ ต.ค. ๒๕๖๕ / expects an amount, got 1 Oct 2022',
    );
  });
});

describe('THAI_DATE', () => {
  const d = sheetDate(2022, 10, 3);
  it.each([
    [undefined, '๓ ตุลาคม ๒๕๖๕'],
    ['', '๓ ตุลาคม ๒๕๖๕'],
    ['full', '๓ ตุลาคม ๒๕๖๕'],
    ['medium', '๓ ต.ค. ๒๕๖๕'],
    ['short', '๓ ต.ค. ๖๕'],
    ['numeric', '๓/๑๐/๒๕๖๕'],
    ['short-arabic', '3 ต.ค. 65'],
    ['Full Arabic', '3 ตุลาคม 2565'],
  ])('style %p → %p', (style, expected) => {
    expect(ctx.THAI_DATE(d, style)).toBe(expected);
  });

  it('accepts Thai date text and ranges', () => {
    expect(ctx.THAI_DATE('1/10/2565', 'medium')).toBe('๑ ต.ค. ๒๕๖๕');
    expect(
      ctx.THAI_DATE(
        [
          [d, ''],
          ['๕ เม.ย. ๖๖', sheetDate(2024, 2, 29)],
        ],
        'short-arabic',
      ),
    ).toEqual([
      ['3 ต.ค. 65', ''],
      ['5 เม.ย. 66', '29 ก.พ. 67'],
    ]);
  });

  it('explains bad dates and styles', () => {
    expect(errorOf(() => ctx.THAI_DATE(d, 'long'))).toBe(
      'THAI_DATE: ไม่รู้จักรูปแบบ "long" (full, medium, short, numeric, …-arabic) / unknown style "long" (full, medium, short, numeric, …-arabic)',
    );
    expect(errorOf(() => ctx.THAI_DATE('31 เม.ย. 2566'))).toBe(
      'THAI_DATE: อ่านวันที่ "31 เม.ย. 2566" ไม่ได้: ไม่มีวันที่ 31/4/2566 / cannot read the date "31 เม.ย. 2566": there is no day 31/4/2566',
    );
    expect(errorOf(() => ctx.THAI_DATE(44835))).toBe(
      'THAI_DATE: ต้องเป็นวันที่ ได้ 44835 / expects a date, got 44835',
    );
  });
});

describe('THAI_PERIOD', () => {
  it('gives one row [start, end] of sheet dates', () => {
    const [[start, end]] = ctx.THAI_PERIOD('๑ ต.ค. ๒๕๖๕ - ๓๐ ก.ย. ๒๕๖๖');
    expect(Object.prototype.toString.call(start)).toBe('[object Date]');
    expect([start.getTime(), end.getTime()]).toEqual([
      sheetDate(2022, 10, 1).getTime(),
      sheetDate(2023, 9, 30).getTime(),
    ]);
  });

  it('uses the fiscal year for text without a year, and gives one row per row of a range', () => {
    const rows = ctx.THAI_PERIOD([['ไตรมาส 1-2'], [''], ['ต.ค.64-มี.ค.65'], ['ตลอดปีงบประมาณ']], 2566);
    expect(times(rows)).toEqual([
      [sheetDate(2022, 10, 1).getTime(), sheetDate(2023, 3, 31).getTime()],
      ['', ''],
      [sheetDate(2021, 10, 1).getTime(), sheetDate(2022, 3, 31).getTime()],
      [sheetDate(2022, 10, 1).getTime(), sheetDate(2023, 9, 30).getTime()],
    ]);
    expect(times(ctx.THAI_PERIOD('ม.ค.-มี.ค.', '๒๕๖๖'))).toEqual([
      [sheetDate(2023, 1, 1).getTime(), sheetDate(2023, 3, 31).getTime()],
    ]);
  });

  it('reads a quarter of a fiscal year: quarter 4 of 2566 is 1 ก.ค. – 30 ก.ย. 2566 (Jul–Sep 2023)', () => {
    const q4 = [[sheetDate(2023, 7, 1).getTime(), sheetDate(2023, 9, 30).getTime()]];
    expect(times(ctx.THAI_PERIOD('ไตรมาส 4/2566'))).toEqual(q4);
    expect(times(ctx.THAI_PERIOD('ไตรมาส ๔ ปีงบประมาณ ๒๕๖๖'))).toEqual(q4);
    // Quarter 1 of 2566 is ต.ค.–ธ.ค. 2565 (Oct–Dec 2022).
    expect(times(ctx.THAI_PERIOD('ไตรมาสที่ 1/2566'))).toEqual([
      [sheetDate(2022, 10, 1).getTime(), sheetDate(2022, 12, 31).getTime()],
    ]);
  });

  it('joins a start column and an end column, text or dates', () => {
    const rows = ctx.THAI_PERIOD([
      ['1 ต.ค. 65', '31 ธ.ค. 65'],
      [sheetDate(2023, 1, 1), sheetDate(2023, 3, 31)],
    ]);
    expect(times(rows)).toEqual([
      [sheetDate(2022, 10, 1).getTime(), sheetDate(2022, 12, 31).getTime()],
      [sheetDate(2023, 1, 1).getTime(), sheetDate(2023, 3, 31).getTime()],
    ]);
  });

  it('explains periods it cannot read, reversed ones, and where in the range', () => {
    expect(errorOf(() => ctx.THAI_PERIOD('ไตรมาส 1-2'))).toBe(
      'THAI_PERIOD: อ่านช่วงเวลา "ไตรมาส 1-2" ไม่ได้: ไม่ได้ระบุปี / cannot read the period "ไตรมาส 1-2": no year is given',
    );
    expect(errorOf(() => ctx.THAI_PERIOD('30 ก.ย. 2566 - 1 ต.ค. 2565'))).toBe(
      'THAI_PERIOD: "30 ก.ย. 2566 - 1 ต.ค. 2565" วันสิ้นสุด (๑ ต.ค. ๒๕๖๕) อยู่ก่อนวันเริ่มต้น (๓๐ ก.ย. ๒๕๖๖) / "30 ก.ย. 2566 - 1 ต.ค. 2565" ends (1 Oct 2022) before it starts (30 Sep 2023)',
    );
    expect(errorOf(() => ctx.THAI_PERIOD([['ต.ค. 65'], ['ตามความเหมาะสม']]))).toBe(
      'THAI_PERIOD: แถวที่ 2 ของช่วง / row 2 of the range: อ่านช่วงเวลา "ตามความเหมาะสม" ไม่ได้: ไม่เข้าใจ "ตามความเหมาะสม" / cannot read the period "ตามความเหมาะสม": cannot read "ตามความเหมาะสม"',
    );
    expect(errorOf(() => ctx.THAI_PERIOD('ต.ค.', 66))).toBe(
      'THAI_PERIOD: ปีงบประมาณ พ.ศ.ต้องเป็นจำนวนเต็ม 2400–2800 ได้ 66 / the BE fiscal year must be a whole number from 2400 to 2800, got 66',
    );
  });
});

describe('FISCAL_YEAR and FISCAL_QUARTER', () => {
  it.each([
    [sheetDate(2022, 9, 30), 2565, 4],
    [sheetDate(2022, 10, 1), 2566, 1],
    [sheetDate(2023, 1, 15), 2566, 2],
    [sheetDate(2023, 4, 1), 2566, 3],
    [sheetDate(2023, 7, 31), 2566, 4],
    ['1 ต.ค. 2566', 2567, 1],
  ])('%p → %p, quarter %p', (date, year, quarter) => {
    expect(ctx.FISCAL_YEAR(date)).toBe(year);
    expect(ctx.FISCAL_QUARTER(date)).toBe(quarter);
  });

  it('maps ranges and explains what is not a date', () => {
    expect(
      ctx.FISCAL_YEAR([
        [sheetDate(2022, 10, 1), ''],
        ['๓๐ ก.ย. ๖๖', sheetDate(2023, 10, 1)],
      ]),
    ).toEqual([
      [2566, ''],
      [2566, 2567],
    ]);
    expect(errorOf(() => ctx.FISCAL_QUARTER('abc'))).toBe(
      'FISCAL_QUARTER: อ่านวันที่ "abc" ไม่ได้: ไม่เข้าใจ "abc" / cannot read the date "abc": cannot read "abc"',
    );
  });
});

describe('bahtTextFunction (BAHTTEXT for the local runtime)', () => {
  it('writes one cell or each cell of a range, blank as 0 and booleans as 1/0 like the built-in', () => {
    expect(bahtTextFunction(1234)).toBe('หนึ่งพันสองร้อยสามสิบสี่บาทถ้วน');
    expect(bahtTextFunction(0.5)).toBe('ห้าสิบสตางค์');
    expect(bahtTextFunction('')).toBe('ศูนย์บาทถ้วน');
    expect(bahtTextFunction('๒๐,๐๐๐')).toBe('สองหมื่นบาทถ้วน');
    expect(
      bahtTextFunction([
        [101, ''],
        [true, -21.01],
      ]),
    ).toEqual([
      ['หนึ่งร้อยเอ็ดบาทถ้วน', 'ศูนย์บาทถ้วน'],
      ['หนึ่งบาทถ้วน', 'ลบยี่สิบเอ็ดบาทหนึ่งสตางค์'],
    ]);
  });

  it('can follow the afterTens rule for เอ็ด', () => {
    expect(bahtTextFunction([[101, 1000001, 11]], 'afterTens')).toEqual([
      ['หนึ่งร้อยหนึ่งบาทถ้วน', 'หนึ่งล้านหนึ่งบาทถ้วน', 'สิบเอ็ดบาทถ้วน'],
    ]);
  });

  it('refuses text that is not an amount', () => {
    expect(errorOf(() => bahtTextFunction('abc'))).toBe(
      'BAHTTEXT: "abc" ไม่ใช่จำนวนเงิน: ไม่มีตัวเลข / "abc" is not an amount: there is no number in it',
    );
    expect(errorOf(() => bahtTextFunction('-'))).toBe(
      'BAHTTEXT: ต้องเป็นจำนวนเงิน ได้ "-" / expects an amount, got "-"',
    );
  });
});

describe('no Sheets built-in is shadowed', () => {
  it('defines no BAHTTEXT global', () => {
    expect(ctx.BAHTTEXT).toBeUndefined();
  });
});
