// The score-sheet reader on plain grids: headers read by meaning, cells read as Sheets hands them
// over. Each expected figure is worked out by hand beside it.
import fc from 'fast-check';
import { compare, ratio, roundHalfUp } from '../../../src/core/decimal';
import { frameworkFor } from '../../../src/core/ita/presets';
import {
  readIndicatorTable,
  readYearCell,
  type TableFrameworks,
} from '../../../src/core/ita/readIndicatorTable';

const F = frameworkFor(2565)!;
const FRAMEWORKS: TableFrameworks = { header: F, forYear: frameworkFor, defaultYear: 2565 };
const WORKED = [90.12, 88.4, 93.75, 86.02, 91.1, 85.33, 79.5, 82.25, 90.0, 100.0];
const NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

function read(grid: unknown[][], display?: string[][]) {
  return readIndicatorTable(grid, display, 'S', FRAMEWORKS);
}
/** The scores read, as two-decimal figures. */
function scoresOf(grid: unknown[][], display?: string[][]): number[][] {
  const r = read(grid, display);
  if (!r?.ok) throw new Error(JSON.stringify(r?.findings));
  return r.rows.map((row) => row.indicators.map((s) => roundHalfUp(s, 2).value));
}
function refusal(grid: unknown[][]): string {
  const r = read(grid);
  if (!r || r.ok) throw new Error('expected a refusal');
  return r.findings.map((f) => f.message.en).join('\n');
}

describe('readYearCell', () => {
  it.each([
    [2566, 2566],
    ['2566', 2566],
    ['๒๕๖๖', 2566],
    ['ปี 2566', 2566],
    ['ปีงบประมาณ 2566', 2566],
    ['ปีงบประมาณ พ.ศ. ๒๕๖๖', 2566],
    ['  ปี ๒๕๖๕ ', 2565],
  ])('%j is the BE year %d', (cell, be) => {
    expect(readYearCell(cell)).toEqual({ be });
  });

  it('tells a CE year apart (2022 is BE 2565: the caller says so), and reads nothing else as a year', () => {
    expect(readYearCell(2022)).toEqual({ ce: 2022 });
    expect(readYearCell('ปี 2022')).toEqual({ ce: 2022 });
    for (const v of [90, 2566.5, 'อบต. ก', 'ปี', '', null, '25661']) expect(readYearCell(v)).toBeUndefined();
  });
});

describe('headers', () => {
  it('numbers as numbers, as text with a dot, in Thai digits, or as ตัวชี้วัดที่ N name', () => {
    const header = [
      1,
      '2.',
      'ตัวชี้วัดที่ ๓',
      '๔ การใช้ทรัพย์สินของราชการ',
      'ตัวชี้วัด 5',
      'Quality of operations',
      'Effective communication',
      'ปรับปรุงการทำงาน',
      'เปิดเผยข้อมูล',
      'ตัวชี้วัดที่ 10 การป้องกันการทุจริต',
    ];
    expect(scoresOf([header, WORKED])).toEqual([WORKED]);
  });

  it('a sub-indicator (9.1), a year (2566) or a weight is never an indicator', () => {
    const r = read([
      ['น้ำหนัก', '9.1', 2566, ...NUMBERS],
      [30, 80, 70, ...WORKED],
    ]);
    expect(r?.ok && r.readAs.slice(0, 3).map((l) => l.as)).toEqual(['weight', 'not-read', 'not-read']);
    expect(r?.ok && r.rows[0].indicators.map((s) => roundHalfUp(s, 2).value)).toEqual(WORKED);
  });

  it('a name shared by two indicators settles neither: refused, naming both', () => {
    // "การทุจริต" is part of 5 การแก้ไขปัญหาการทุจริต and of 10 การป้องกันการทุจริต.
    const text = refusal([
      ['หน่วยงาน', 1, 2, 3, 4, 'การทุจริต', 6, 7, 8, 9, 10],
      ['ก', ...WORKED],
    ]);
    expect(text).toContain('F1: header "การทุจริต" could be any of indicators 5, 10');
    expect(text).toContain('no column for indicator(s) 5');
    expect(text).toContain('Give each indicator one column');
  });

  it('under a tool group, a name of another tool is refused', () => {
    const text = refusal([
      ['', 'IIT', '', '', '', '', 'EIT', '', '', 'OIT', ''],
      ['หน่วยงาน', 1, 2, 3, 4, 'การเปิดเผยข้อมูล', 1, 2, 3, 1, 2],
      ['ก', ...WORKED],
    ]);
    expect(text).toContain('header "การเปิดเผยข้อมูล" sits under IIT but names an indicator of OIT');
  });

  it('tool groups with the indicator names under them, the agency label merged down from the upper row', () => {
    const names = F.indicators.map((i) => i.th);
    const r = read([
      ['หน่วยงาน', 'IIT', '', '', '', '', 'EIT', '', '', 'OIT', ''],
      ['', ...names],
      ['ก', ...WORKED],
    ]);
    expect(r?.ok && r.readAs[0]).toMatchObject({ cell: 'A2', as: 'agency' });
    expect(r?.ok && r.rows.map((row) => row.agency)).toEqual(['ก']);
  });

  it('after the last tool group, one plain "รวม" may be its score or the total: not checked', () => {
    // 50 fits neither the OIT score (95) nor the total (89.67): no finding, because no check is made.
    const r = read([
      ['หน่วยงาน', 'IIT', '', '', '', '', 'EIT', '', '', 'OIT', '', ''],
      ['', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 'รวม'],
      ['ก', ...WORKED, 50],
    ]);
    expect(r?.ok && r.readAs.find((l) => l.cell === 'L2')?.text.en).toBe(
      'the OIT score or the total? Unclear, so not checked',
    );
    expect(r?.findings).toEqual([]);
  });

  it('after the last tool group, two plain totals are its score and then the total, both checked', () => {
    // OIT (90 + 100) / 2 = 95 as published; the total 89.67 agrees; 89.76 would not.
    const grid = (total: number) => [
      ['หน่วยงาน', 'IIT', '', '', '', '', 'EIT', '', '', 'OIT', '', '', ''],
      ['', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 'รวม', 'คะแนนรวม'],
      ['ก', ...WORKED, 95, total],
    ];
    const r = read(grid(89.67));
    expect(r?.ok && r.readAs.slice(11, 13).map((l) => `${l.cell} ${l.as} ${l.tool ?? ''}`)).toEqual([
      'L2 subtotal OIT',
      'M2 total ',
    ]);
    expect(r?.findings).toEqual([]);
    expect(read(grid(89.76))?.findings.map((f) => `${f.code} ${f.cell}`)).toEqual(['ita.total-mismatch M3']);
  });

  it('a second header line ("คะแนน" under each indicator) is not data, and read as says so', () => {
    const r = read([
      ['หน่วยงาน', ...NUMBERS],
      ['', ...NUMBERS.map(() => 'คะแนน')],
      ['ก', ...WORKED],
    ]);
    expect(r?.findings).toEqual([]);
    expect(r?.ok && r.readAs.find((l) => l.cell === 'B2')?.text.en).toBe('a second header line, not data');
    expect(r?.ok && r.rows.length).toBe(1);
  });

  it('agency names and quoted headers keep the Thai digits typed', () => {
    const r = read([
      ['หน่วยงาน', ...['๑', '๒', '๓', '๔', '๕', '๖', '๗', '๘', '๙', '๑๐'].map((d) => `ตัวชี้วัดที่ ${d}`)],
      ['อบต. หมู่ ๓', ...WORKED],
    ]);
    expect(r?.ok && r.rows[0].agency).toBe('อบต. หมู่ ๓');
    expect(r?.ok && r.readAs[1].header).toBe('ตัวชี้วัดที่ ๑');
  });

  it('of several total columns the published one is checked; a computed one is not read', () => {
    // 89.67 is what 89.6714 shows; the computed column (a formula's result) is ignored.
    const r = read([
      ['หน่วยงาน', ...NUMBERS, 'คะแนนรวม (คำนวณใหม่)', 'คะแนนรวม (ที่ประกาศ)'],
      ['ก', ...WORKED, 12, 89.67],
    ]);
    expect(r?.ok && r.readAs.slice(11, 13).map((l) => l.text.en)).toEqual([
      'a computed total, not read',
      'published total (checked against the indicators)',
    ]);
    expect(r?.findings).toEqual([]);
  });

  it('two plain total columns: neither is taken for the published one', () => {
    const r = read([
      ['หน่วยงาน', ...NUMBERS, 'รวม', 'คะแนนรวม'],
      ['ก', ...WORKED, 1, 2],
    ]);
    expect(r?.ok && r.readAs.slice(11).map((l) => l.text.en)).toEqual([
      'a total, not checked (several total columns)',
      'a total, not checked (several total columns)',
      'no year in the table; the 2565 framework is used',
    ]);
    expect(r?.findings).toEqual([]);
  });

  it('nothing that looks like a header: no reading at all (the caller says what shapes it knows)', () => {
    expect(read([['บันทึก'], ['ข้อความ']])).toBeUndefined();
  });
});

describe('any order, any header style, any columns beside', () => {
  const THAI = ['๑', '๒', '๓', '๔', '๕', '๖', '๗', '๘', '๙', '๑๐'];
  const styles: ((i: number) => unknown)[] = [
    (i) => i + 1,
    (i) => `${i + 1}`,
    (i) => `ตัวชี้วัดที่ ${THAI[i]}`,
    (i) => `${i + 1}. ${F.indicators[i].th}`,
    (i) => F.indicators[i].th,
    (i) => F.indicators[i].en,
  ];
  const extras: [unknown, unknown][] = [
    ['ลำดับ', 1],
    ['ที่', 7],
    ['อันดับ', 3],
    ['น้ำหนัก', 30],
    ['คะแนนรวม', 89.67],
    ['IIT', 89.88],
    ['หมายเหตุ', 'ผ่าน'],
  ];

  it('reads the same ten scores (hence 89.67) whatever the column order, header style and extra columns', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...NUMBERS.map((n) => n - 1), ...extras.map((_, k) => 100 + k)], {
          minLength: 17,
          maxLength: 17,
        }),
        fc.array(fc.integer({ min: 0, max: styles.length - 1 }), { minLength: 10, maxLength: 10 }),
        (order, style) => {
          const header = order.map((k) => (k < 100 ? styles[style[k]](k) : extras[k - 100][0]));
          const row = order.map((k) => (k < 100 ? WORKED[k] : extras[k - 100][1]));
          const r = read([
            ['อบต. ก', ...header.map(() => '')],
            ['หน่วยงาน', ...header],
            ['', ...row],
          ]);
          expect(r?.ok && r.rows.map((x) => x.indicators.map((s) => roundHalfUp(s, 2).value))).toEqual([
            WORKED,
          ]);
          expect(r?.findings).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('cells', () => {
  it('a fraction shown as a percent is that percent, exactly (0.8602 shown 86.02% is 86.02, not 86.0200…01)', () => {
    const fractions = WORKED.map((v) => Number((v / 100).toFixed(6)));
    const shown = WORKED.map((v) => `${v.toFixed(2)}%`);
    const r = read([NUMBERS, fractions], [NUMBERS.map(String), shown]);
    expect(r?.ok && compare(r.rows[0].indicators[3], ratio(8602, 100))).toBe(0);
    expect(r?.findings.map((f) => f.code)).toEqual(['ita.percent-cells']);
  });

  it('the same fractions without the display (or without % format) are refused, not scored as 0.90', () => {
    const fractions = WORKED.map((v) => Number((v / 100).toFixed(6)));
    const r = read([NUMBERS, fractions]);
    expect(r?.ok && r.rows).toEqual([]);
    expect(r?.findings.map((f) => `${f.code} ${f.cell}`)).toEqual(['ita.fraction-scores A2']);
  });

  it('a whole-number score in a % cell (92.63 shown 9263.00%) is refused with what the cell shows', () => {
    const r = read(
      [NUMBERS, WORKED],
      [NUMBERS.map(String), WORKED.map((v, i) => (i ? String(v) : '9012.00%'))],
    );
    expect(r?.findings.map((f) => f.message.en)).toEqual([
      'indicator 1 Performance of duties: the cell shows "9012.00%", not a score from 0 to 100 — row skipped',
    ]);
  });

  it('a score typed as text with % ("90.12%") is that percent', () => {
    expect(scoresOf([NUMBERS, WORKED.map((v) => `${v}%`)])).toEqual([WORKED]);
  });
});

describe('ranking tables', () => {
  it('reads each row by its label; the rank column is checked, not used', () => {
    const rows = [10, 3, 5, 1, 9, 2, 4, 6, 8, 7].map((n, i) => [i + 1, `ตัวชี้วัดที่ ${n}`, WORKED[n - 1]]);
    expect(scoresOf([['อันดับ', 'ตัวชี้วัด', 'คะแนน'], ...rows])).toEqual([WORKED]);
  });

  it('a missing indicator is refused, naming it', () => {
    const rows = [10, 3, 5, 1, 9, 2, 4, 6, 8].map((n, i) => [i + 1, `${n}`, WORKED[n - 1]]);
    expect(refusal([['อันดับ', 'ตัวชี้วัด', 'คะแนน'], ...rows])).toBe(
      'the indicator table has no row for indicator(s) 7: add a row (its name or number, and its score)',
    );
  });

  it('tool score rows between the indicators are checked as tool scores, not as the total', () => {
    // IIT 89.88 and EIT 82.36 as published agree; OIT 96 does not ((90 + 100) / 2 = 95, shown
    // scores ±0.005 give 95.00 only).
    const row = (n: number) => [`${n}`, WORKED[n - 1]];
    const r = read([
      ['ตัวชี้วัด', 'คะแนน'],
      ...[1, 2, 3, 4, 5].map(row),
      ['คะแนน IIT', 89.88],
      ...[6, 7, 8].map(row),
      ['รวม EIT', 82.36],
      ...[9, 10].map(row),
      ['OIT', 96],
      ['คะแนนรวม', 89.67],
    ]);
    expect(r?.ok && r.rows.length).toBe(1);
    expect(r?.findings.map((f) => `${f.code} ${f.cell} ${f.stated}`)).toEqual(['ita.total-mismatch B14 96']);
    expect(r?.findings[0].message.en).toContain('the published OIT score 96');
  });

  it('a row naming an indicator and a sub-indicator is refused: its score may be the sub-indicator’s', () => {
    const rows = NUMBERS.map((n) => [`${n}`, n === 9 ? '9.1 ข้อมูลพื้นฐาน' : '', WORKED[n - 1]]);
    const r = read([['ตัวชี้วัด', 'ตัวชี้วัดย่อย', 'คะแนน'], ...rows]);
    expect(r).toMatchObject({ ok: false });
    expect(r?.findings.map((f) => `${f.code} ${f.cell}`)).toEqual(['ita.unclear-indicator B10']);
  });

  it('a label that could be two indicators is refused, even when every indicator has a row', () => {
    const rows = NUMBERS.map((n) => [`${n}`, WORKED[n - 1]]);
    const r = read([['ตัวชี้วัด', 'คะแนน'], ...rows, ['การทุจริต', 50]]);
    expect(r).toMatchObject({ ok: false });
    expect(r?.findings[0].message.en).toBe('header "การทุจริต" could be any of indicators 5, 10');
  });

  it('a history (ตัวชี้วัด | 2564 | 2565): one row read per year column', () => {
    const r = read([['ตัวชี้วัด', 2564, '๒๕๖๕'], ...NUMBERS.map((n) => [`${n}`, WORKED[n - 1], 90])]);
    expect(r?.ok && r.rows.map((x) => [x.year, roundHalfUp(x.indicators[0], 2).value])).toEqual([
      [2564, 90.12],
      [2565, 90],
    ]);
  });

  it('a history with CE years in its header is refused, each said with its BE year', () => {
    const r = read([['ตัวชี้วัด', 2021, 2022], ...NUMBERS.map((n) => [`${n}`, 90, 90])]);
    expect(r).toMatchObject({ ok: false });
    expect(r?.findings.map((f) => `${f.code} ${f.cell} ${f.computed}`)).toEqual([
      'ita.ce-year B1 2564',
      'ita.ce-year C1 2565',
    ]);
    // B1 and C1 are row 0, columns 1 and 2.
    expect(r?.findings.map((f) => [f.row, f.column])).toEqual([
      [0, 1],
      [0, 2],
    ]);
    expect(r?.findings[1].message.en).toBe(
      '2022 is a CE year, probably BE 2565: type the BE year and score again — column skipped',
    );
  });

  it('an average row under a ranking is a summary, not the published total', () => {
    // WORKED's plain mean: 886.47 / 10 = 88.647 → 88.65, not the weighted total 89.6714 → 89.67.
    // Checked as the total it would be a false ita.total-mismatch; it is an info summary row.
    const rows = NUMBERS.map((n) => [`${n}`, WORKED[n - 1]]);
    const r = read([['ตัวชี้วัด', 'คะแนน'], ...rows, ['ค่าเฉลี่ยรวม', 88.65], ['คะแนนรวม', 89.67]]);
    expect(r?.ok).toBe(true);
    expect(r?.findings.map((f) => `${f.code} ${f.cell} ${f.severity}`)).toEqual(['ita.summary-row A12 info']);
    // "คะแนนรวม" is still the published total, and still checked: 89.76 cannot be reached.
    const wrong = read([['ตัวชี้วัด', 'คะแนน'], ...rows, ['ค่าเฉลี่ยรวม', 88.65], ['คะแนนรวม', 89.76]]);
    expect(wrong?.findings.map((f) => `${f.code} ${f.cell}`)).toEqual([
      'ita.summary-row A12',
      'ita.total-mismatch B13',
    ]);
  });

  it('a published total below that the scores cannot give is an error', () => {
    // Shown scores give 89.67–89.68 (see the bundle tests); 89.76 is not attainable.
    const rows = NUMBERS.map((n) => [`${n}`, WORKED[n - 1]]);
    const r = read([['ตัวชี้วัด', 'คะแนน'], ...rows, ['คะแนนรวม', 89.76]]);
    expect(r?.findings.map((f) => `${f.code} ${f.cell}`)).toEqual(['ita.total-mismatch B12']);
  });
});
