// The plan budget checks on a realistic five-year plan (planFixture.ts): the clean plan raises
// nothing, and each planted error is found at its exact cell with the stated and computed figures
// worked by hand. Cells: A มิติ, B ภารกิจ, C โครงการ, D–H ปี 2566–2570, I หมายเหตุ; sheet row = 0-based + 1.
import { validatePlanBudget } from '../../../src/core/budget/checkPlanBudget';
import type { ProjectRow } from '../../../src/core/budget/readPlanBudget';
import { cleanPlan, HEADER_TOP, type Row, rowOfProject, th } from './planFixture';

const SHEET = 'แผนงบประมาณ';
const D = 3;
const E = 4;
const F = 5;
const G = 6;
const H = 7;
const I = 8;

function check(grid: Row[]) {
  const { table, findings } = validatePlanBudget(grid, SHEET);
  return { table, findings, brief: findings.map((f) => `${f.code} ${f.cell}`).sort() };
}

const everyYear = (code: string, row1: number) => ['D', 'E', 'F', 'G', 'H'].map((c) => `${code} ${c}${row1}`);

describe('a clean five-year plan', () => {
  const { table, findings } = check(cleanPlan());

  it('raises nothing: Thai digits, "-", "ไม่ใช้งบประมาณ", HTML, a wrapped name, a repeated header, float noise', () => {
    expect(findings).toEqual([]);
  });

  it('reads 42 projects in 4 มิติ, the years 2566–2570 from the two-row header, and the span from the title', () => {
    const projects = table!.rows.filter((r): r is ProjectRow => r.kind === 'project');
    expect(projects.flatMap((p) => p.numbers)).toEqual(Array.from({ length: 42 }, (_, i) => i + 1));
    expect(table!.yearColumns.map((y) => [y.column, y.year])).toEqual([
      [3, 2566],
      [4, 2567],
      [5, 2568],
      [6, 2569],
      [7, 2570],
    ]);
    expect(table!.span).toMatchObject({ from: 2566, to: 2570, row: 0, column: 0 });
    expect(new Set(projects.map((p) => p.dimension.slice(0, 9)))).toEqual(
      new Set(['มิติที่ 1', 'มิติที่ 2', 'มิติที่ 3', 'มิติที่ 4']),
    );
    expect(table!.rows.filter((r) => r.kind === 'subtotal').map((r) => r.row)).toEqual([17, 29, 42, 53]);
    expect(table!.rows.filter((r) => r.kind === 'header-repeat').map((r) => r.row)).toEqual([30, 31]);
    expect(table!.rows.filter((r) => r.kind === 'grand-total').map((r) => r.row)).toEqual([54]);
  });

  it('keeps a wrapped name with its project and strips the HTML of a pasted one', () => {
    const projects = table!.rows.filter((r): r is ProjectRow => r.kind === 'project');
    expect(projects[4].name).toBe('5) โครงการโรงเรียนสุจริต ประจำปีงบประมาณ');
    expect(projects[1].name).toBe('2) โครงการส่งเสริมการปฏิบัติงาน ตามประมวลจริยธรรม');
    // Project 12 sits five rows under the มิติ cell A5, which merging left blank below.
    expect(projects[11].dimensionAt).toEqual({ row: 4, column: 0 });
  });
});

describe('planted errors, each found at its cell and nothing else', () => {
  it('a wrong subtotal: มิติ 2 in 2568 says 165,000 where 10 × 15,000 = 150,000', () => {
    const grid = cleanPlan();
    grid[29][F] = '165,000.00';
    const { findings, brief } = check(grid);
    expect(brief).toEqual(['budget.subtotal-mismatch F30']);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      row: 29,
      column: F,
      stated: '165,000.00',
      computed: '150,000.00',
    });
    expect(findings[0].message.en).toContain('rows 19–29');
  });

  it('a year header typed twice: ปี ๒๕๖๖ where ๒๕๗๐ belongs (and in the repeated header)', () => {
    const grid = cleanPlan();
    grid[3][H] = 'ปี ๒๕๖๖';
    grid[31][H] = 'ปี ๒๕๖๖';
    const { findings, brief } = check(grid);
    expect(brief).toEqual(['budget.year-duplicated H4']);
    expect(findings[0]).toMatchObject({ stated: 2566, computed: 2570 });
    expect(findings[0].message.en).toBe('The year header 2566 repeats D4; in sequence it should be 2570');
  });

  it('two projects fused into one row sharing one set of amounts', () => {
    const grid = cleanPlan();
    const at = rowOfProject(40);
    grid[at][2] = `${th(40)}) ${'โครงการ ก'} ${th(41)}) กิจกรรม ข`;
    grid.splice(at + 1, 1);
    // มิติ 4 now holds 6 rows of 5,000 (34, 35, 37, 38, 40+41, 42) = 30,000 against 35,000 stated;
    // the grand total's projects add to 220,000 + 150,000 + 100,000 + 30,000 = 500,000. The count
    // still agrees: labels 34…42 are nine, the fused row counting two.
    const { findings, brief } = check(grid);
    expect(brief).toEqual(
      [
        'budget.fused-projects C51',
        ...everyYear('budget.subtotal-mismatch', 53),
        ...everyYear('budget.grand-total-mismatch', 54),
      ].sort(),
    );
    const sub = findings.find((f) => f.cell === 'D53')!;
    // The subtotal was typed in Thai digits ("๓๕,๐๐๐"): the finding's figures follow them.
    expect(sub).toMatchObject({ stated: '๓๕,๐๐๐.๐๐', computed: '๓๐,๐๐๐.๐๐' });
    expect(sub.message.en).toContain('35,000.00');
    const grand = findings.find((f) => f.cell === 'D54')!;
    expect(grand).toMatchObject({ stated: '๕๐๕,๐๐๐.๐๐', computed: '๕๐๐,๐๐๐.๐๐' });
  });

  it('a stated project count that differs from the numbered labels', () => {
    const grid = cleanPlan();
    grid[17][2] = 'จำนวน ๑๓ โครงการ';
    grid[54][2] = 'จำนวน ๔๐ โครงการ';
    const { findings, brief } = check(grid);
    expect(brief).toEqual(['budget.count-mismatch C18', 'budget.grand-count-mismatch C55']);
    expect(findings.map((f) => [f.stated, f.computed])).toEqual([
      [13, 12],
      [40, 42],
    ]);
  });

  it('a subtotal that counts มาตรการ alone on its row is a subtotal, with its count checked', () => {
    // มิติ 1's subtotal row (17) as "| | จำนวน ๑๓ มาตรการ | amounts": no "รวม" beside it. It has 12
    // numbered projects, so the count is wrong; read as a project it would be one more in the block.
    const grid = cleanPlan();
    grid[17][0] = '';
    grid[17][2] = 'จำนวน ๑๓ มาตรการ';
    const { findings, brief } = check(grid);
    expect(brief).toEqual(['budget.count-mismatch C18']);
    expect(findings.map((f) => [f.stated, f.computed])).toEqual([[13, 12]]);
  });

  it('numbering: a repeat, a skip, and a plan numbered again from 1 in every มิติ', () => {
    const dup = cleanPlan();
    dup[rowOfProject(17)][2] = `${th(16)}) โครงการซ้ำ`;
    expect(check(dup).brief).toEqual(['budget.numbering-duplicated C23']);
    expect(check(dup).findings[0].message.en).toBe('Project number 16 repeats C22');

    const skip = cleanPlan();
    skip[rowOfProject(42)][2] = `${th(43)}) โครงการสุดท้าย`;
    expect(check(skip).brief).toEqual(['budget.numbering-skipped C53']);

    const restart = cleanPlan();
    const firsts = [1, 13, 24, 34];
    firsts.forEach((first, d) => {
      const last = [12, 23, 33, 42][d];
      for (let n = first; n <= last; n++) restart[rowOfProject(n)][2] = `${th(n - first + 1)}) โครงการ`;
    });
    // The first projects of มิติ 2, 3 and 4 (projects 13, 24, 34 at rows 19, 33, 45) read "1)".
    expect(check(restart).brief).toEqual([
      'budget.numbering-restarted C19',
      'budget.numbering-restarted C33',
      'budget.numbering-restarted C45',
    ]);
  });

  it('an amount in the note column, an unreadable amount, a negative amount', () => {
    const note = cleanPlan();
    note[rowOfProject(6)][I] = '๑๐,๐๐๐';
    expect(check(note).brief).toEqual(['budget.amount-in-note I11']);

    const unreadable = cleanPlan();
    unreadable[rowOfProject(15)][E] = '15,0OO';
    // The column's subtotal and grand total are not compared: any sum without this cell would be wrong.
    const u = check(unreadable);
    expect(u.brief).toEqual(['budget.amount-unreadable E21']);
    expect(u.findings[0].message.en).toBe(
      '"15,0OO" cannot be read as an amount: it contains other text ("OO")',
    );

    const negative = cleanPlan();
    negative[rowOfProject(34)][D] = '-5,000';
    // มิติ 4 in 2566: 35,000 − 5,000 (the project's own 5,000 gone) − 5,000 = 25,000; all: 495,000.
    const n = check(negative);
    expect(n.brief).toEqual([
      'budget.amount-negative D45',
      'budget.grand-total-mismatch D55',
      'budget.subtotal-mismatch D54',
    ]);
    // 30,000 − 5,000 (the negative amount) = 25,000, in the Thai digits the subtotal was typed in.
    expect(n.findings.find((f) => f.cell === 'D54')).toMatchObject({ computed: '๒๕,๐๐๐.๐๐' });
    expect(n.findings.find((f) => f.cell === 'D55')).toMatchObject({ computed: '๔๙๕,๐๐๐.๐๐' });
  });

  it('a year typed where an amount belongs is refused, never summed as 2,567 baht', () => {
    // Project 15's 2567 cell says "งบประมาณ ๒๕๖๗": read as 2,567 baht, มิติ 2 would sum 137,567
    // (150,000 − 15,000 + 2,567) against the stated 150,000 — a wrong number in a subtotal check.
    const grid = cleanPlan();
    grid[rowOfProject(15)][E] = 'งบประมาณ ๒๕๖๗';
    const { brief, findings } = check(grid);
    expect(brief).toEqual(['budget.amount-unreadable E21']);
    // Quoted as typed (Ctrl+F finds "งบประมาณ ๒๕๖๗"); the reason's year is the reader's.
    expect(findings[0].message.en).toBe(
      '"งบประมาณ ๒๕๖๗" cannot be read as an amount: reads as a year (2567), not an amount',
    );
    expect(findings[0].stated).toBe('งบประมาณ ๒๕๖๗');
  });

  it('an amount typed with three decimals is rounded half-up to satang and said', () => {
    const grid = cleanPlan();
    grid[rowOfProject(26)][E] = 10000.005;
    // 10,000.005 → 10,000.01; มิติ 3 in 2567: 100,000.01; all: 505,000.01.
    const { findings, brief } = check(grid);
    expect(brief).toEqual([
      'budget.amount-too-precise E35',
      'budget.grand-total-mismatch E55',
      'budget.subtotal-mismatch E43',
    ]);
    expect(findings.find((f) => f.cell === 'E43')).toMatchObject({ computed: '100,000.01' });
  });

  it('a มิติ with no subtotal: its own finding, and the next subtotal still adds only its own มิติ', () => {
    const grid = cleanPlan();
    grid.splice(42, 1);
    expect(check(grid).brief).toEqual(['budget.dimension-without-subtotal A33']);
  });

  it('year headers out of order, and outside the span of the title', () => {
    const order = cleanPlan();
    for (const r of [3, 31]) [order[r][F], order[r][G]] = ['ปี ๒๕๖๙', 'ปี ๒๕๖๘'];
    expect(check(order).brief).toEqual(['budget.year-out-of-order G4']);

    const outside = cleanPlan();
    for (const r of [3, 31]) outside[r][H] = 'ปีงบประมาณ 2571 (บาท)';
    expect(check(outside).brief).toEqual(['budget.year-missing H4', 'budget.year-outside-span H4']);
  });

  it('several at once, as a real table has them', () => {
    const grid = cleanPlan();
    grid[3][H] = 'ปี ๒๕๖๖';
    grid[31][H] = 'ปี ๒๕๖๖';
    grid[29][F] = '165,000.00';
    grid[17][2] = 'จำนวน ๑๓ โครงการ';
    grid[rowOfProject(6)][I] = '๑๐,๐๐๐';
    grid[rowOfProject(17)][2] = `${th(16)}) โครงการซ้ำ`;
    expect(check(grid).brief).toEqual(
      [
        'budget.year-duplicated H4',
        'budget.subtotal-mismatch F30',
        'budget.count-mismatch C18',
        'budget.amount-in-note I11',
        'budget.numbering-duplicated C23',
      ].sort(),
    );
  });
});

describe('rows the sheet does not settle', () => {
  it('a dimension total written on its heading row is not counted and its block is not summed', () => {
    const grid = cleanPlan();
    // A heading row above มิติ 2 carrying 150,000 a year with no project beside it.
    grid.splice(18, 0, ['', 'ภารกิจที่ ๒', '', 150000, 150000, 150000, 150000, 150000, '']);
    // Counting it would double มิติ 2 (300,000 against the stated 150,000) and the grand total:
    // instead one warning at its first amount, and no total that includes it is compared.
    expect(check(grid).brief).toEqual(['budget.amounts-without-project D19']);
  });

  it('an average row and a "รวมงบประมาณ" total under a มิติ are summaries, not projects', () => {
    const grid = cleanPlan();
    // Under มิติ 1's subtotal (row 17): its average per project, 220,000 / 12 = 18,333.33 a year.
    // Read as a project it would join มิติ 2's block: 150,000 + 18,333.33 against the stated 150,000.
    grid.splice(18, 0, [
      'ค่าเฉลี่ย',
      '',
      '',
      '๑๘,๓๓๓.๓๓',
      '๑๘,๓๓๓.๓๓',
      '๑๘,๓๓๓.๓๓',
      '๑๘,๓๓๓.๓๓',
      '๑๘,๓๓๓.๓๓',
      '',
    ]);
    // มิติ 2's subtotal labelled "รวมงบประมาณ" (now row 30) is still its subtotal: 150,000 a year.
    grid[30][0] = 'รวมงบประมาณ';
    const { brief, table } = check(grid);
    expect(brief).toEqual([]);
    expect(table!.rows.find((r) => r.row === 18)).toEqual({ kind: 'statistic', row: 18, label: 'ค่าเฉลี่ย' });
    expect(table!.rows.find((r) => r.row === 30)).toMatchObject({ kind: 'subtotal', label: 'รวมงบประมาณ' });
  });

  it('a final "รวม" straight after the last subtotal totals the whole plan', () => {
    const grid = cleanPlan();
    grid[54][0] = 'รวม';
    expect(check(grid).brief).toEqual([]);
    grid[54][D] = '๕๐๐,๐๐๐';
    // The projects add to 505,000 in 2566 (see planFixture.ts), said in the total's Thai digits.
    expect(check(grid).findings.map((f) => [f.code, f.cell, f.computed])).toEqual([
      ['budget.grand-total-mismatch', 'D55', '๕๐๕,๐๐๐.๐๐'],
    ]);
  });

  it('a grand total written at the top, above its projects, is checked against the rows under it', () => {
    // A tryout plan (tryout/w03) put "รวมทั้งสิ้น" straight under the header: it was compared with the
    // nothing above it ("all projects add up to 0.00") in every year, five false errors.
    const grid = cleanPlan();
    const [grand] = grid.splice(54, 1);
    grid.splice(4, 0, grand);
    const { table, brief } = check(grid);
    expect(brief).toEqual([]);
    // Everything below still reads: 42 projects, the wrapped name of project 5 kept with it.
    const projects = table!.rows.filter((r): r is ProjectRow => r.kind === 'project');
    expect(projects).toHaveLength(42);
    expect(table!.rows.some((r) => r.kind === 'after-table')).toBe(false);
    // Planted: 500,000 in 2566 and 41 projects where the rows give 505,000 and 42 (planFixture.ts).
    grid[4][D] = '๕๐๐,๐๐๐';
    grid[4][2] = 'จำนวน ๔๑ โครงการ';
    expect(check(grid).findings.map((f) => [f.code, f.cell, f.computed])).toEqual([
      ['budget.grand-total-mismatch', 'D5', '๕๐๕,๐๐๐.๐๐'],
      ['budget.grand-count-mismatch', 'C5', 42],
    ]);
  });

  it('lines under the grand total (the total in words, a signature) are not projects', () => {
    // The demo's budget tab ends "รวมทั้งสิ้น …" then "ตัวอักษร | | (…บาทถ้วน)": it was reported
    // as a project without a number.
    const grid = cleanPlan();
    const last = grid.length;
    grid.push(['ตัวอักษร', '', '(สองล้านห้าแสนบาทถ้วน)', '', '', '', '', '', '']);
    grid.push(['', '', 'ลงชื่อ ............................ ผู้จัดทำ', '', '', '', '', '', '']);
    const { table, brief } = check(grid);
    expect(brief).toEqual([]);
    expect(table!.rows.filter((r) => r.row >= last).map((r) => r.kind)).toEqual([
      'after-table',
      'after-table',
    ]);
  });

  it('amounts equal to years (2,566 … 2,570 baht, as numbers) are amounts, not a repeated header', () => {
    const grid = cleanPlan();
    grid[rowOfProject(13)].splice(D, 5, 2566, 2567, 2568, 2569, 2570);
    // มิติ 2 per year: 150,000 − 15,000 + the year's figure, e.g. 2566: 137,566.
    const { findings, table } = check(grid);
    expect(table!.rows.find((r) => r.row === rowOfProject(13))!.kind).toBe('project');
    expect(findings.filter((f) => f.cell === 'D30').map((f) => f.computed)).toEqual(['137,566.00']);
  });
});

describe('a plan numbered in a ลำดับ column', () => {
  const grid = (): Row[] => [
    ['ลำดับ', 'โครงการ', 'ปี 2566', 'ปี 2567'],
    [1, 'โครงการอบรม', '10,000', '10,000'],
    ['2.', 'โครงการเผยแพร่', '5,000', '-'],
    [3, 'โครงการตรวจสอบ', 2500.5, 2500.5],
    ['', 'รวม 3 โครงการ', '17,500.50', '12,500.50'],
  ];

  it('reads the numbers there and raises nothing when the sums hold (10,000 + 5,000 + 2,500.50 = 17,500.50)', () => {
    expect(check(grid()).brief).toEqual([]);
  });

  it('points numbering findings at the ลำดับ cell', () => {
    const g = grid();
    g[3][0] = 2;
    expect(check(g).brief).toEqual(['budget.numbering-duplicated A4']);
  });
});

describe('what the reader refuses', () => {
  it('a sheet with no year columns is one info finding at A1 saying why', () => {
    const grid = [HEADER_TOP.slice(0, 3), ['มิติที่ ๑', '', '๑) โครงการ']];
    const { table, findings } = validatePlanBudget(grid, SHEET);
    expect(table).toBeUndefined();
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'info',
      code: 'budget.table-unread',
      cell: 'A1',
      row: 0,
      column: 0,
    });
  });

  it('a project named "รวมพลัง…" is a project, not a subtotal', () => {
    const grid = cleanPlan();
    grid[rowOfProject(7)][2] = 'รวมพลังต่อต้านการทุจริต';
    // Unnumbered among numbered projects; and numbering then jumps 6 → 8.
    expect(check(grid).brief).toEqual(['budget.numbering-skipped C13', 'budget.project-unnumbered C12']);
  });
});
