// The ITA custom functions through build/Code.js, called as Sheets calls them: a cell as a scalar,
// a range as rows. Expected values are worked out by hand (see the comments).
import fc from 'fast-check';
import { errorOf, loadBundle } from '../helpers/bundle';

const ctx = loadBundle();
const EXAMPLE = [90.12, 88.4, 93.75, 86.02, 91.1, 85.33, 79.5, 82.25, 90, 100]; // DOMAIN.md §1 → 89.6714
const FLOAT_TRAP = [80.14, 80.14, 80.14, 80.14, 80.14, 90, 90, 85.33, 95, 95]; // exactly 88.575
const EIT_TRAP = [90, 90, 90, 90, 90, 90, 90, 90.05, 90, 90]; // 27 + 27.005 + 36 = 90.005
const codes = (prefix: string, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);

describe('ITA_SCORE', () => {
  it('totals one row of ten indicator scores, exactly', () => {
    expect(ctx.ITA_SCORE([EXAMPLE])).toBe(89.67);
    expect(ctx.ITA_SCORE([FLOAT_TRAP])).toBe(88.58);
    expect(ctx.ITA_SCORE([EIT_TRAP])).toBe(90.01);
  });

  it('gives one total per row of a range; blank rows stay blank', () => {
    expect(ctx.ITA_SCORE([EXAMPLE, new Array(10).fill(''), FLOAT_TRAP])).toEqual([[89.67], [''], [88.58]]);
  });

  it('takes a column of ten as one agency', () => {
    expect(ctx.ITA_SCORE(EXAMPLE.map((x) => [x]))).toBe(89.67);
  });

  it('reads Thai digits, text numbers and stray spaces', () => {
    expect(
      ctx.ITA_SCORE([['๙๐.๑๒', ' 88.40', '93.75\u00a0', '86.02', 91.1, 85.33, 79.5, 82.25, '๙๐', 100]]),
    ).toBe(89.67);
  });

  it('accepts the year as a number, text or Thai digits', () => {
    expect(ctx.ITA_SCORE([EXAMPLE], 2566)).toBe(89.67);
    expect(ctx.ITA_SCORE([EXAMPLE], '๒๕๖๕')).toBe(89.67);
    expect(ctx.ITA_SCORE([EXAMPLE], [['2564']])).toBe(89.67);
  });

  it('explains wrong input in Thai and English', () => {
    expect(errorOf(() => ctx.ITA_SCORE([EXAMPLE.slice(0, 9)]))).toBe(
      'ITA_SCORE: ต้องมีคะแนน 10 ตัวชี้วัดตามลำดับ 1 การปฏิบัติหน้าที่ … 10 การป้องกันการทุจริต ได้ 9 / ' +
        'expected 10 scores in the order 1 การปฏิบัติหน้าที่ … 10 การป้องกันการทุจริต, got 9',
    );
    expect(errorOf(() => ctx.ITA_SCORE(90))).toMatch(/got 1$/);
    expect(
      errorOf(() => ctx.ITA_SCORE([EXAMPLE, [...EXAMPLE.slice(0, 2), 'abc', ...EXAMPLE.slice(3)]])),
    ).toBe(
      'ITA_SCORE: แถวที่ 2 ของช่วง / row 2 of the range: ตัวชี้วัด 3 การใช้อำนาจ: คะแนนต้องเป็นตัวเลข 0–100 ได้ "abc" / ' +
        'indicator 3 การใช้อำนาจ: score must be a number from 0 to 100, got "abc"',
    );
    expect(errorOf(() => ctx.ITA_SCORE([[...EXAMPLE.slice(0, 9), 100.5]]))).toMatch(
      /from 0 to 100, got 100.5$/,
    );
    expect(errorOf(() => ctx.ITA_SCORE([EXAMPLE], 2570))).toBe(
      'ITA_SCORE: ปีการประเมิน: ไม่รู้จักปีการประเมิน 2570 (ปีที่มี: 2563, 2564, 2565, 2566, 2567, 2568) / ' +
        'year: unknown assessment year 2570 (known: 2563, 2564, 2565, 2566, 2567, 2568)',
    );
    expect(errorOf(() => ctx.ITA_SCORE([EXAMPLE], 2022))).toMatch(
      /year: 2022 is a CE year; use the BE year 2565$/,
    );
    expect(errorOf(() => ctx.ITA_SCORE([EXAMPLE], [[2565, 2566]]))).toMatch(/year must be a single value$/);
  });

  it('of ten equal scores x is x, rounded half-up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), (k) => {
        // x = k thousandths; rounded to hundredths by integer arithmetic.
        expect(ctx.ITA_SCORE([new Array(10).fill(k / 1000)])).toBe(Math.floor((k + 5) / 10) / 100);
      }),
      { numRuns: 300 },
    );
  });
});

describe('ITA_BREAKDOWN', () => {
  it('gives IIT, EIT, OIT, total, grade and pass per row', () => {
    expect(
      ctx.ITA_BREAKDOWN([EXAMPLE, FLOAT_TRAP, new Array(10).fill(''), new Array(10).fill(84.994)]),
    ).toEqual([
      [89.88, 82.36, 95, 89.67, 'A', 'ผ่าน'],
      [80.14, 88.44, 95, 88.58, 'A', 'ผ่าน'],
      ['', '', '', '', '', ''],
      [84.99, 84.99, 84.99, 84.99, 'B', 'ไม่ผ่าน'],
    ]);
  });

  it('computes the total from unrounded tool scores', () => {
    // EIT 90.01666… shows 90.02, but the total uses it unrounded: 90.005 → 90.01.
    expect(ctx.ITA_BREAKDOWN([EIT_TRAP])).toEqual([[90, 90.02, 90, 90.01, 'A', 'ผ่าน']]);
  });
});

describe('ITA_GRADE and ITA_PASS', () => {
  it('grade a score, a range, and by year', () => {
    expect(ctx.ITA_GRADE(89.67)).toBe('A');
    expect(ctx.ITA_GRADE('๙๔.๙๙๕')).toBe('AA');
    expect(ctx.ITA_GRADE([[95], [''], [74.99]], 2566)).toEqual([['AA'], [''], ['C']]);
    expect(ctx.ITA_PASS(84.995)).toBe('ผ่าน');
    expect(ctx.ITA_PASS([[84.994], [85]], '2567')).toEqual([['ไม่ผ่าน'], ['ผ่าน']]);
    expect(errorOf(() => ctx.ITA_PASS('x'))).toMatch(
      /^ITA_PASS: .* \/ score must be a number from 0 to 100, got "x"$/,
    );
    expect(errorOf(() => ctx.ITA_GRADE(90, 'ปีนี้'))).toMatch(
      /year: assessment year must be a BE year such as 2565/,
    );
  });

  it('grades never go down as the score goes up', () => {
    const order = ['F', 'E', 'D', 'C', 'B', 'A', 'AA'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 10000 }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(order.indexOf(ctx.ITA_GRADE(lo / 100))).toBeLessThanOrEqual(
          order.indexOf(ctx.ITA_GRADE(hi / 100)),
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('ITA_CHECK', () => {
  it('says whether the published total can come from the indicator scores shown', () => {
    // 89.6714: lows give 89.6664, highs 89.6754 (OIT 100 cannot go up) → 89.67 … 89.68
    expect(ctx.ITA_CHECK([EXAMPLE], 89.67)).toEqual([[true, 89.67, 89.68]]);
    expect(ctx.ITA_CHECK([EXAMPLE, EXAMPLE, new Array(10).fill('')], [[89.69], ['89.68'], ['']])).toEqual([
      [false, 89.67, 89.68],
      [true, 89.67, 89.68],
      ['', '', ''],
    ]);
    expect(
      ctx.ITA_CHECK(
        EXAMPLE.map((x) => [x]),
        89.66,
      ),
    ).toEqual([[false, 89.67, 89.68]]);
  });

  it('never accepts a total that needs a score above the open end of its interval', () => {
    // Ten indicators shown 70.49: true scores in [70.485, 70.495), so the total is too, and shows at
    // most 70.49. 70.50 would need a true total of 70.495, which shows 70.50 only at scores that
    // show 70.50. (A closed interval took 70.495 in and said TRUE, 70.49 … 70.50.)
    const row = new Array(10).fill(70.49);
    expect(ctx.ITA_CHECK([row], 70.5)).toEqual([[false, 70.49, 70.49]]);
    expect(ctx.ITA_CHECK([row], 70.49)).toEqual([[true, 70.49, 70.49]]);
  });

  it('explains a published total of the wrong shape', () => {
    expect(errorOf(() => ctx.ITA_CHECK([EXAMPLE, EXAMPLE], 89.67))).toMatch(/one column of 2 rows/);
    expect(errorOf(() => ctx.ITA_CHECK([EXAMPLE], 'n/a'))).toMatch(/publishedTotal: score must be a number/);
  });
});

describe('ITA_SURVEY', () => {
  const header = ['ประทับเวลา', ...codes('I', 1, 30)];
  const fill = (n: number, v: unknown) => new Array(n).fill(v);

  it('scores raw IIT answers into a table that spills', () => {
    const grid = [
      header,
      ['t1', ...fill(6, 'มากที่สุด'), ...fill(24, 4)],
      ['t2', ...fill(6, 'มาก'), ...fill(6, 3), ...fill(6, 2), ...fill(6, 1), ...fill(6, '')],
    ];
    expect(ctx.ITA_SURVEY(grid).map((row: unknown[]) => row.slice(0, 5))).toEqual([
      ['ตัวชี้วัด / indicator', 'ชื่อ / name', 'คะแนน / score', 'ผู้ตอบ / respondents', 'ข้อที่ตอบ / questions'],
      // (100 + 66.67) / 2 = 83.335 → 83.34 (with exact thirds it would be 250/3 → 83.33)
      [1, 'การปฏิบัติหน้าที่', 83.34, 2, '6/6'],
      [2, 'การใช้งบประมาณ', 83.34, 2, '6/6'],
      [3, 'การใช้อำนาจ', 66.67, 2, '6/6'],
      [4, 'การใช้ทรัพย์สินของราชการ', 50, 2, '6/6'],
      [5, 'การแก้ไขปัญหาการทุจริต', 100, 1, '6/6'],
      ['IIT', 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน', 76.67, 2, ''],
    ]);
  });

  it('scores levels 0, 33.33, 66.67, 100 as the manual does, or as the levels argument says', () => {
    // น้อย, น้อย, มากที่สุด: (33.33 + 33.33 + 100) / 3 = 166.66 / 3 = 55.5533… → 55.55.
    const grid = [['I1'], ['น้อย'], ['น้อย'], ['มากที่สุด']];
    expect(ctx.ITA_SURVEY(grid)[1].slice(0, 3)).toEqual([1, 'การปฏิบัติหน้าที่', 55.55]);
    // Exact thirds: (100/3 + 100/3 + 100) / 3 = 500/9 = 55.555… → 55.56.
    expect(ctx.ITA_SURVEY(grid, '', '', '0, 100/3, 200/3, 100')[1][2]).toBe(55.56);
    // A replica's 0 / 33 / 67 / 100 in a row of cells: (33 + 33 + 100) / 3 = 55.333… → 55.33.
    expect(ctx.ITA_SURVEY(grid, 'IIT', 2565, [[0, 33, 67, 100]])[1][2]).toBe(55.33);
    expect(errorOf(() => ctx.ITA_SURVEY(grid, '', '', [[100], [67], [33], [0]]))).toBe(
      'ITA_SURVEY: คะแนนระดับคำตอบ: คะแนนระดับคำตอบต้องเรียงจากระดับต่ำสุด (น้อยที่สุด) ขึ้นไป ได้ 100, 67, 33, 0 / ' +
        'levels: level scores must rise from the lowest level up, got 100, 67, 33, 0',
    );
  });

  it('leaves "-", "n/a", "ไม่ประเมิน" out of the means and says how many', () => {
    // I1: 4, "-", 2 → (100 + 33.33) / 2 = 66.665 → 66.67 (as ไม่มี: 133.33 / 3 = 44.44).
    // I2: "n/a", 3, "ไม่ประเมิน" → 66.67. Indicator 1 = (66.665 + 66.67) / 2 = 66.6675 → 66.67.
    const out = ctx.ITA_SURVEY([
      ['I1', 'I2'],
      [4, 'n/a'],
      ['-', 3],
      [2, 'ไม่ประเมิน'],
    ]);
    expect(out[0][5]).toBe('ไม่ประเมิน / not assessed');
    expect(out[1]).toEqual([1, 'การปฏิบัติหน้าที่', 66.67, 3, '2/6', 3]);
    expect(out[6]).toEqual(['IIT', 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน', '', 3, '', 3]);
  });

  it('skips summary rows and refuses a survey with no answers', () => {
    // Respondents 4 and 2 → (100 + 33.33) / 2 = 66.665 → 66.67; the ค่าเฉลี่ย row (3) is not a third one.
    const out = ctx.ITA_SURVEY([
      ['ชื่อ', 'I1'],
      ['ก', 4],
      ['ข', 2],
      ['ค่าเฉลี่ย', 3],
    ]);
    expect(out[1]).toEqual([1, 'การปฏิบัติหน้าที่', 66.67, 2, '1/6', 0]);
    expect(errorOf(() => ctx.ITA_SURVEY([codes('E', 1, 15), new Array(15).fill('')]))).toBe(
      'ITA_SURVEY: แถวที่ 1 คอลัมน์ที่ 1 ของช่วง: แบบสำรวจ EIT ไม่มีคำตอบให้คำนวณ: มีแถวหัวรหัสข้อที่แถว 1 แต่ไม่มีผู้ตอบใต้แถวนั้น / ' +
        'row 1, column 1 of the range: the EIT survey has no answers to score: a header of question codes in row 1, but no respondent below it',
    );
  });

  it('scores EIT answers given as scores 0–100', () => {
    const out = ctx.ITA_SURVEY([codes('E', 1, 15), fill(15, 100), fill(15, '33.33')], 'EIT', 2565);
    expect(out.slice(1).map((row: unknown[]) => row[2])).toEqual([66.67, 66.67, 66.67, 66.67]);
  });

  it('names the cell of a bad answer or code', () => {
    expect(
      errorOf(() =>
        ctx.ITA_SURVEY([
          ['I1', 'I2'],
          [4, 'ดีมาก'],
        ]),
      ),
    ).toBe(
      'ITA_SURVEY: แถวที่ 2 คอลัมน์ที่ 2 ของช่วง: คำตอบ "ดีมาก" ของข้อ I2 ไม่ใช่ระดับ 1–4 ชื่อระดับ มี/ไม่มี หรือคะแนน 0–100 / ' +
        'row 2, column 2 of the range: answer "ดีมาก" to I2 is not a level 1–4 or its label, yes/no or a score 0–100',
    );
    expect(
      errorOf(() =>
        ctx.ITA_SURVEY([
          ['I1', 'I31'],
          [4, 4],
        ]),
      ),
    ).toMatch(/question I31 is not in the 2565 framework$/);
    expect(errorOf(() => ctx.ITA_SURVEY([['I1'], [4]], 'OIT'))).toMatch(
      /tool must be IIT or EIT, got "OIT"$/,
    );
    expect(errorOf(() => ctx.ITA_SURVEY('I1'))).toMatch(/responses must be a range/);
  });
});

describe('ITA_OIT', () => {
  it('scores a checklist into a table of sub-indicators, indicators and OIT', () => {
    const rows = codes('O', 1, 43).map((c) => [c, c === 'O9' ? 'ไม่มี' : c === 'O43' ? '' : '✓']);
    expect(ctx.ITA_OIT([['รหัส', 'ผล'], ...rows])).toEqual([
      ['ตัวชี้วัด / indicator', 'ชื่อ / name', 'คะแนน / score', 'ข้อที่ตรวจ / items', 'ไม่ประเมิน / not assessed'],
      ['9.1', 'ข้อมูลพื้นฐาน', 88.89, '9/9', 0],
      ['9.2', 'การบริหารงาน', 100, '8/8', 0],
      ['9.3', 'การบริหารเงินงบประมาณ', 100, '7/7', 0],
      ['9.4', 'การบริหารและพัฒนาทรัพยากรบุคคล', 100, '4/4', 0],
      ['9.5', 'การส่งเสริมความโปร่งใส', 100, '5/5', 0],
      [9, 'การเปิดเผยข้อมูล', 97.78, '33/33', 0],
      ['10.1', 'การดำเนินการเพื่อป้องกันการทุจริต', 100, '8/8', 0],
      ['10.2', 'มาตรการภายในเพื่อป้องกันการทุจริต', 100, '1/2', 0],
      [10, 'การป้องกันการทุจริต', 100, '9/10', 0],
      ['OIT', 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ', 98.89, '42/43', 0],
      ['อ่านคำตอบจาก / answers read from', 'คอลัมน์ที่ 2 ของช่วง "ผล" / column 2 of the range "ผล"', '', '', ''],
    ]);
  });

  it('names the cell of a bad answer', () => {
    expect(
      errorOf(() =>
        ctx.ITA_OIT([
          ['ข้อ', 'ชื่อ', 'ผล'],
          ['O1', 'ชื่อ', 'บางส่วน'],
        ]),
      ),
    ).toMatch(
      /^ITA_OIT: แถวที่ 2 คอลัมน์ที่ 3 ของช่วง: .* \/ row 2, column 3 of the range: answer "บางส่วน" to O1 must be "มี"\/"ไม่มี", ✓\/✗, 1\/0 or TRUE\/FALSE$/,
    );
  });

  it('reads มี | ไม่มี tick columns and leaves "-" items out, saying so', () => {
    // Columns: ข้อ | มี | ไม่มี | หลักฐาน (URL). O1 ticked ไม่มี; O2 "-" in both (not assessed);
    // O3–O43 ✓ under มี. 9.1 = 7/8 มี = 87.5; 9 = (87.5 + 400) / 5 = 97.5; 10 = 100;
    // OIT = (97.5 + 100) / 2 = 98.75. (The last column, the URL, is not an answer.)
    const rows = codes('O', 1, 43).map((c) => [
      c,
      c === 'O1' ? '' : c === 'O2' ? '-' : '✓',
      c === 'O1' ? '✓' : c === 'O2' ? '-' : '',
      `https://example.go.th/${c}`,
    ]);
    const out = ctx.ITA_OIT([['ข้อ', 'มี', 'ไม่มี', 'หลักฐาน'], ...rows]);
    expect(out[1]).toEqual(['9.1', 'ข้อมูลพื้นฐาน', 87.5, '8/9', 1]);
    expect(out[6]).toEqual([9, 'การเปิดเผยข้อมูล', 97.5, '32/33', 1]);
    expect(out[10]).toEqual(['OIT', 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ', 98.75, '42/43', 1]);
    expect(out[11][1]).toBe('มี: คอลัมน์ที่ 2, ไม่มี: คอลัมน์ที่ 3 ของช่วง / มี: column 2, ไม่มี: column 3 of the range');
  });

  it('says which column it read when no header names it, and refuses when it cannot tell', () => {
    const rows = codes('O', 1, 43).map((c) => [c, 'มี']);
    expect(ctx.ITA_OIT(rows)[11][1]).toMatch(/^คอลัมน์ที่ 2 ของช่วง \(ไม่มีหัวคอลัมน์บอก/);
    expect(
      errorOf(() =>
        ctx.ITA_OIT([
          ['O1', 'มี', 'ไม่มี'],
          ['O2', 'มี', 'มี'],
        ]),
      ),
    ).toMatch(/cannot tell which column holds the answers/);
  });

  it('refuses an empty checklist instead of a table of blanks', () => {
    expect(errorOf(() => ctx.ITA_OIT([['ข้อ', 'ผล'], ...codes('O', 1, 43).map((c) => [c, ''])]))).toBe(
      'ITA_OIT: แถวที่ 2 คอลัมน์ที่ 2 ของช่วง: รายการตรวจ OIT ไม่มีคำตอบให้คำนวณ: ทุกข้อว่าง / ' +
        'row 2, column 2 of the range: the OIT checklist has no answer to score: every item is blank',
    );
    expect(errorOf(() => ctx.ITA_OIT([['a', 'b']]))).toMatch(
      /no OIT item code \(O1…\) found in the checklist$/,
    );
  });
});
