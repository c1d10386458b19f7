// Score-table checks through validateWorkbook, on tables shaped like the published ones: a total,
// a grade and a pass column beside the ten indicator scores.
import fc from 'fast-check';
import { frameworkFor } from '../../../src/core/ita/presets';
import { validateWorkbook } from '../../../src/core/validation/validateWorkbook';
import { validateScoreTables } from '../../../src/core/validation/scoreTables';

const f2565 = frameworkFor(2565)!;
const frameworks = { header: f2565, forYear: frameworkFor, defaultYear: 2565 };
const HEADER = [
  'หน่วยงาน',
  'ปี',
  ...Array.from({ length: 10 }, (_, i) => `ตัวชี้วัดที่ ${i + 1}`),
  'คะแนนรวม',
  'ระดับ',
  'ผลการประเมิน',
];

// IIT = mean(90.12, 88.4, 93.75, 86.02, 91.1) = 89.878, EIT = mean(85.33, 79.5, 82.25) = 82.36,
// OIT = mean(90, 100) = 95; total 0.3 × 89.878 + 0.3 × 82.36 + 0.4 × 95 = 89.6714 → 89.67, A, passes 85.
const WORKED = [90.12, 88.4, 93.75, 86.02, 91.1, 85.33, 79.5, 82.25, 90.0, 100.0];
// IIT 70, EIT 80, OIT mean(60, 70) = 65: 21 + 24 + 26 = 71.00 → C (65 ≤ 71 < 75), fails.
const FAILING = [70, 70, 70, 70, 70, 80, 80, 80, 60, 70];
// Every indicator 84.995: every tool 84.995, total 84.995 → 85.00 half-up: A, passes. In binary
// floating point 84.995 is 84.99499…, which would round to 84.99 (B, fails): a false alarm.
const EDGE = Array.from({ length: 10 }, () => 84.995);
// Every indicator 27.695: total 27.695 → 27.70 (F), the issue's example.
const LOW = Array.from({ length: 10 }, () => 27.695);

const check = (tabs: { name: string; grid: unknown[][] }[]) =>
  validateWorkbook(tabs, { scoreTables: (t) => validateScoreTables(t, frameworks) });

describe('score-table checks', () => {
  const scores = [
    HEADER,
    ['อบต. ก', 2565, ...WORKED, 89.67, 'A', 'ผ่าน'],
    ['อบต. ข', 2565, ...FAILING, 71.0, 'B', 'ผ่าน'],
    ['อบต. ค', 2565, ...EDGE, 85.0, 'A', 'ผ่าน'],
    ['อบต. ง', 2565, ...LOW, 27.7, 'F', 'ไม่ผ่าน'],
  ];

  it('finds a grade and a pass that the total cannot have, at their cells, and nothing on correct rows', () => {
    const { sheets, findings } = check([{ name: 'คะแนน', grid: scores }]);
    expect(sheets.map((s) => s.kind)).toEqual(['score-indicators']);
    expect(
      findings
        .filter((f) => f.severity !== 'info')
        .map((f) => `${f.code} ${f.cell} ${f.stated}→${f.computed}`),
    ).toEqual([
      // Row 3 (อบต. ข): 71.00 is a C and fails.
      'score.grade-mismatch N3 B→C',
      'score.pass-mismatch O3 ผ่าน→ไม่ผ่าน',
    ]);
  });

  it('a total no rounding of the scores shown can reach is an error; one within rounding is not', () => {
    const grid = [
      HEADER,
      ['อบต. ก', 2565, ...WORKED, 89.76, 'A', 'ผ่าน'],
      ['อบต. ค', 2565, ...EDGE, 85.0, 'A', 'ผ่าน'],
    ];
    const { findings } = check([{ name: 'คะแนน', grid }]);
    // 89.76 is not 89.66–89.68 (the totals of true scores shown as WORKED): M2.
    expect(findings.filter((f) => f.severity === 'error').map((f) => `${f.code} ${f.cell}`)).toEqual([
      'ita.total-mismatch M2',
    ]);
  });

  it('judges a grade without a total column on every total the scores shown can give', () => {
    // ("ระดับคะแนน" for the grade: a score table's header names คะแนน somewhere.)
    const header = HEADER.filter((h) => h !== 'คะแนนรวม').map((h) => (h === 'ระดับ' ? 'ระดับคะแนน' : h));
    // WORKED shown to two decimals gives totals 89.66–89.68: all A. EDGE gives 84.99–85.00: B or A, so
    // "A" and "ผ่าน" are not contradicted (the scores shown cannot settle it).
    const grid = [header, ['อบต. ก', 2565, ...WORKED, 'B', 'ผ่าน'], ['อบต. ค', 2565, ...EDGE, 'A', 'ผ่าน']];
    const { findings } = check([{ name: 'คะแนน', grid }]);
    expect(
      findings.filter((f) => f.severity !== 'info').map((f) => `${f.code} ${f.cell} ${f.computed}`),
    ).toEqual(['score.grade-mismatch M2 A']);
  });

  it('the same indicator with different scores in two tables is a warning at the second', () => {
    const copy = scores.map((r) => [...r]);
    copy[1][4] = 93.57; // indicator 3 of อบต. ก: 93.75 in the first table (E2)
    copy[1][12] = 89.66; // its total, still reachable: 89.6714 − 0.3 × 0.18 / 5 = 89.6606
    const { findings } = check([
      { name: 'คะแนน', grid: scores },
      { name: 'สำเนา', grid: copy },
    ]);
    const differs = findings.filter((f) => f.code === 'score.indicator-differs');
    expect(differs.map((f) => `${f.sheet}!${f.cell} ${f.stated} ${f.computed}`)).toEqual([
      'สำเนา!E2 93.57 93.75',
    ]);
    expect(differs[0].message.en).toContain('at คะแนน!E2');
  });

  // Every indicator the same score s: each tool's mean is s and the total 0.3s + 0.3s + 0.4s = s.
  const same = (s: number) => Array.from({ length: 10 }, () => s);
  const gradeFindings = (grid: unknown[][]) =>
    check([{ name: 'คะแนน', grid }])
      .findings.filter((f) => f.code === 'score.grade-mismatch' || f.code === 'score.pass-mismatch')
      .map((f) => `${f.code} ${f.cell} ${f.stated}→${f.computed}`);

  it('a published total on a band edge: 85.00 is A and passes, 84.99 is B and fails', () => {
    const grid = [
      HEADER,
      ['อบต. ก', 2565, ...same(85), 85.0, 'A', 'ผ่าน'],
      ['อบต. ข', 2565, ...same(84.99), 84.99, 'A', 'ผ่าน'],
    ];
    expect(gradeFindings(grid)).toEqual(['score.grade-mismatch N3 A→B', 'score.pass-mismatch O3 ผ่าน→ไม่ผ่าน']);
  });

  it('a published 94.995 is shown 95.00 (AA); 94.994 is 94.99 (A)', () => {
    const grid = [
      HEADER,
      ['อบต. ก', 2565, ...same(94.995), 94.995, 'AA', 'ผ่าน'],
      ['อบต. ข', 2565, ...same(94.994), 94.994, 'AA', 'ผ่าน'],
    ];
    expect(gradeFindings(grid)).toEqual(['score.grade-mismatch N3 AA→A']);
  });

  it('a total computed by a formula with binary noise is the decimal it stands for: no false alarm', () => {
    // =94.99+0.005 is 94.99499999999999 in binary floating point: read as such it rounds to 94.99
    // (A), but it stands for 94.995 → 95.00, AA, as the indicators (all 94.995) give.
    expect(94.99 + 0.005).toBe(94.99499999999999);
    // And 84.99+0.005 stands for 84.995 → 85.00, A and passing, not 84.99 (B, failing).
    expect(84.99 + 0.005).toBe(84.99499999999999);
    const grid = [
      HEADER,
      ['อบต. ก', 2565, ...same(94.995), 94.99 + 0.005, 'AA', 'ผ่าน'],
      ['อบต. ข', 2565, ...same(84.995), 84.99 + 0.005, 'A', 'ผ่าน'],
    ];
    expect(gradeFindings(grid)).toEqual([]);
  });

  it('without a total column, scores all 95.00 give only AA and scores all 94.99 only A', () => {
    // 95.00 each: true totals in [94.995, 95.005), all shown 95.00 → AA. 94.99 each: [94.985, 94.995),
    // shown 94.99 (the open top 94.995 is never reached) → A only.
    const header = HEADER.filter((h) => h !== 'คะแนนรวม').map((h) => (h === 'ระดับ' ? 'ระดับคะแนน' : h));
    const grid = [
      header,
      ['อบต. ก', 2565, ...same(95), 'A', 'ผ่าน'],
      ['อบต. ข', 2565, ...same(94.99), 'AA', 'ผ่าน'],
    ];
    expect(gradeFindings(grid)).toEqual(['score.grade-mismatch M2 A→AA', 'score.grade-mismatch M3 AA→A']);
  });

  it('every finding has a cell', () => {
    const { findings } = check([{ name: 'คะแนน', grid: scores }]);
    for (const f of findings) expect(f.cell).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?$/);
  });
});

describe('tool weight tables', () => {
  // 2565: IIT 30%, EIT 30%, OIT 40%; indicators 1–5 IIT, 6–8 EIT, 9–10 OIT. The tool is written
  // once per block (merged cells arrive blank below).
  const weights = [
    ['ตารางน้ำหนักเครื่องมือ ITA ปี 2565'],
    ['แบบ', 'น้ำหนัก', 'ตัวชี้วัด', 'คะแนน'],
    ['IIT', '30%', 'การปฏิบัติหน้าที่', 90.12],
    ['', '', 'การใช้งบประมาณ', 88.4],
    ['EIT', '๓๐', 'คุณภาพการดำเนินงาน', 85.33],
    ['', '', 'การเปิดเผยข้อมูล', 90], // indicator 9 is OIT's: C6
    ['OIT', '30%', 'การป้องกันการทุจริต', 100], // OIT weighs 40%: B7
  ];
  it('finds an indicator under the wrong tool and a weight the framework does not give, and nothing else', () => {
    const { sheets, findings } = check([{ name: 'น้ำหนัก', grid: weights }]);
    expect(sheets.map((s) => s.kind)).toEqual(['score-weights']);
    expect(findings.map((f) => `${f.code} ${f.cell} ${f.stated}→${f.computed}`)).toEqual([
      'score.indicator-wrong-tool C6 EIT→OIT',
      'score.weight-differs B7 30%→40%',
    ]);
  });
});

describe('tool weight units', () => {
  const table = (iit: unknown, eit: unknown, oit?: unknown) => [
    ['แบบ', 'น้ำหนัก', 'ตัวชี้วัด', 'คะแนน'],
    ['IIT', iit, 'การปฏิบัติหน้าที่', 90],
    ['EIT', eit, 'คุณภาพการดำเนินงาน', 85],
    ...(oit === undefined ? [] : [['OIT', oit, 'การเปิดเผยข้อมูล', 90]]),
  ];
  const brief = (grid: unknown[][]) =>
    check([{ name: 'น้ำหนัก', grid }]).findings.map(
      (f) => `${f.code} ${f.cell} ${f.severity}${f.stated === undefined ? '' : ` ${f.stated}→${f.computed}`}`,
    );

  it('0.3, 0.3, 0.4 sum to exactly 1: fractions, matching 2565 (30/30/40), said as info', () => {
    expect(brief(table(0.3, 0.3, 0.4))).toEqual(['score.weights-as-fractions B2 info']);
    expect(check([{ name: 'น้ำหนัก', grid: table(0.3, 0.3, 0.4) }]).findings[0].message.en).toBe(
      'weights read as fractions (they sum to 1): 0.3 = 30%',
    );
  });

  it('fractions that sum to 1 but differ from the framework: 0.2 = 20% ≠ 30%, 0.5 = 50% ≠ 40%', () => {
    // 0.3 + 0.2 + 0.5 = 1 exactly: fractions. IIT 30% is right; EIT 20% (framework 30), OIT 50% (40).
    expect(brief(table(0.3, 0.2, 0.5))).toEqual([
      'score.weights-as-fractions B2 info',
      'score.weight-differs B3 error 20%→30%',
      'score.weight-differs B4 error 50%→40%',
    ]);
  });

  it('small bare weights that do not sum to 1 are refused, not read as fractions', () => {
    // 0.3 + 0.3 = 0.6 (no OIT row): 30 % each, or 0.3 % each? The column does not settle it.
    // Today's reader took 0.3 as 30 % silently; 0.4 and 0.3 typed as small percents would be 40 %.
    expect(brief(table(0.3, 0.3))).toEqual(['score.weight-unit-unclear B2 warning']);
    expect(brief(table(0.4, 0.3, 0.2))).toEqual(['score.weight-unit-unclear B2 warning']);
  });

  it('bare numbers above 1 are percents; "%" in the text settles a small one', () => {
    // 30, 30, 40: percents, all as the framework. "0.4%" is 0.4 %, not 40 %: OIT differs.
    expect(brief(table(30, 30, 40))).toEqual([]);
    expect(brief(table('30%', '30%', '0.4%'))).toEqual(['score.weight-differs B4 error 0.4%→40%']);
    // A mixed column (30 and 0.4): the 0.4 cannot be told apart, so it alone is refused.
    expect(brief(table(30, 30, 0.4))).toEqual(['score.weight-unit-unclear B4 warning']);
  });

  it("weights compare as exact decimals: a formula's 0.1 + 0.2 is 0.3 = 30 %", () => {
    // 0.1 + 0.2 = 0.30000000000000004 stands for 0.3; with 0.3 and 0.4 the fractions sum to 1.
    expect(brief(table(0.1 + 0.2, 0.3, 0.4))).toEqual(['score.weights-as-fractions B2 info']);
    // 29.999999999999996 (=0.3*100 style noise) stands for 30, as the framework.
    expect(brief(table(0.3 * 100 - 0.000000000000004, 30, 40))).toEqual([]);
  });
});

describe('score-table checks on random grids', () => {
  const value = fc.oneof(
    fc.constant(''),
    fc.double({ min: -10, max: 110, noNaN: true }),
    fc.constantFrom('A', 'AA', 'B', 'ผ่าน', 'ไม่ผ่าน', 'รวม', '#N/A', '-', 'อบต. ก', '๘๙.๖๗', true),
    fc.integer({ min: 2560, max: 2570 }),
    fc.date({ min: new Date(2020, 0, 1), max: new Date(2025, 0, 1) }),
  );
  it('never throw and never return a finding without a cell', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(value, { maxLength: 16 }), { maxLength: 12 }),
        fc.boolean(),
        (rows, headed) => {
          const grid = headed ? [HEADER, ...rows] : rows;
          const findings = validateScoreTables(
            [
              { name: 'ก', grid },
              { name: 'ข', grid: [HEADER, ...rows.slice(1)] },
            ],
            frameworks,
          );
          for (const f of findings) {
            expect(f.cell).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?$/);
            expect(Number.isInteger(f.row) && Number.isInteger(f.column)).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
