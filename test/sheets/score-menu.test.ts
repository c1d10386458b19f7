// The menu action "คำนวณคะแนน ITA / Score ITA sheet" (global scoreItaSheet) run by the bundle over
// workbooks written here. Every expected figure is worked out by hand in the comments beside it.
import { HANDLERS, type ScoreSummary } from '../../contract/actions';
import ExcelJS from 'exceljs';
import { openRuntime, type Runtime } from '../../local/runtime';

const RESULTS = 'ผลคะแนน ITA';
const DATA = 'คะแนน';
type Cell = string | number | null;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

type Summary = ScoreSummary;

function app(rt: Runtime): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return (rt.context.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
}

const names = (rt: Runtime) =>
  rt.env.workbook.worksheets.map((w) => w.name).filter((n) => !n.startsWith('_'));

/** A runtime over a workbook built by `build`, with `active` the active sheet and onOpen run. */
async function open(build: (wb: ExcelJS.Workbook) => void, active = DATA): Promise<Runtime> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const rt = await openRuntime(wb);
  rt.run('onOpen');
  select(rt, active);
  return rt;
}

function select(rt: Runtime, name: string): void {
  rt.env.active = rt.env.workbook.getWorksheet(name)!;
}

function score(rt: Runtime, active = DATA): Summary {
  select(rt, active);
  return rt.run(HANDLERS.scoreSheet) as Summary;
}

const alerts = (rt: Runtime) =>
  rt.ui.events.filter((e) => e.kind === 'alert') as { title?: string; text?: string }[];
/** The toasts shown: "done" is a toast (the results are on screen); refusals are alerts. */
const toasts = (rt: Runtime) => rt.ui.events.filter((e) => e.kind === 'toast') as { text?: string }[];

/** The values of a tab from A1, through the bundle's own services. */
const valuesOf = (sheet: Sheet) => sheet.getDataRange().getValues() as Cell[][];
/** 1-based row number of the first row whose first cell satisfies `test` (at or after `from`). */
function rowWhere(values: Cell[][], test: (first: string, row: Cell[]) => boolean, from = 1): number {
  for (let r = from - 1; r < values.length; r++)
    if (test(String(values[r][0] ?? ''), values[r])) return r + 1;
  throw new Error('no such row');
}

// The worked example of DOMAIN.md §1: IIT mean 89.878 × 0.3 = 26.9634, EIT 82.36 × 0.3 = 24.708,
// OIT 95 × 0.4 = 38 → 89.6714 → 89.67 A, ผ่าน (≥ 85).
const WORKED = [90.12, 88.4, 93.75, 86.02, 91.1, 85.33, 79.5, 82.25, 90.0, 100.0];
// IIT 80.14 × 0.3 = 24.042; EIT (90 + 90 + 85.33) / 3 = 88.4433… × 0.3 = 26.533; OIT 95 × 0.4 = 38
// → exactly 88.575 → 88.58 half-up (floats give 88.57499…). A, ผ่าน.
const HALF_UP = [80.14, 80.14, 80.14, 80.14, 80.14, 90, 90, 85.33, 95, 95];
// IIT 70 × 0.3 = 21; EIT 80 × 0.3 = 24; OIT 65 × 0.4 = 26 → 71.00 C, ไม่ผ่าน.
const FAILING = [70, 70, 70, 70, 70, 80, 80, 80, 60, 70];

/**
 * Indicator table: ปีงบประมาณ | หน่วยงาน | 1 … 10. The header numbers the indicators, and 1 … 10 read
 * as ten valid scores: it must still be taken as the header (it once was scored as an agency).
 */
function indicatorTable(wb: ExcelJS.Workbook, extra: Cell[][] = []): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(DATA);
  ws.addRow(['ปีงบประมาณ', 'หน่วยงาน', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  ws.addRow([2564, 'อบต. ก', ...HALF_UP]);
  ws.addRow([2565, 'อบต. ก', ...WORKED]);
  ws.addRow([2565, 'อบต. ข', ...FAILING]);
  for (const row of extra) ws.addRow(row);
  return ws;
}

describe('an indicator table (two agencies, one over two years)', () => {
  let rt: Runtime;
  let summary: Summary;
  let tab: Sheet;
  let values: Cell[][];
  beforeAll(async () => {
    rt = await open((wb) => indicatorTable(wb));
    summary = score(rt);
    tab = app(rt).getSheetByName(RESULTS)!;
    values = valuesOf(tab);
  });

  it('reports the hand-computed totals, grades and results', () => {
    expect(summary).toMatchObject({ ok: true, sheet: DATA, kind: 'indicators', tab: RESULTS, findings: [] });
    expect(summary.agencies).toEqual([
      {
        agency: 'อบต. ก',
        years: [
          { year: 2564, total: 88.58, grade: 'A', passed: true },
          { year: 2565, total: 89.67, grade: 'A', passed: true },
        ],
      },
      { agency: 'อบต. ข', years: [{ year: 2565, total: 71, grade: 'C', passed: false }] },
    ]);
    expect(toasts(rt).at(-1)!.text).toContain(`"${RESULTS}"`);
    expect(alerts(rt)).toEqual([]);
  });

  it('writes a summary row per agency and year, with tool scores and the change from the year before', () => {
    const header = rowWhere(values, (a) => a.startsWith('หน่วยงาน'));
    expect(values[header - 1].slice(0, 9).map((v) => String(v).split('\n')[0])).toEqual([
      'หน่วยงาน',
      'ปี',
      'IIT',
      'EIT',
      'OIT',
      'คะแนนรวม',
      'ระดับ',
      'ผลการประเมิน',
      'เทียบปีก่อน',
    ]);
    const row = (agency: string, year: number) =>
      values[rowWhere(values, (a, r) => a === agency && r[1] === year, header + 1) - 1];
    // IIT 89.878 → 89.88; EIT 82.36; OIT 95; change 89.67 − 88.58 = +1.09.
    expect(row('อบต. ก', 2565).slice(0, 9)).toEqual([
      'อบต. ก',
      2565,
      89.88,
      82.36,
      95,
      89.67,
      'A',
      'ผ่าน',
      1.09,
    ]);
    // IIT 80.14; EIT 88.4433… → 88.44; first year: no change.
    expect(row('อบต. ก', 2564).slice(0, 9)).toEqual([
      'อบต. ก',
      2564,
      80.14,
      88.44,
      95,
      88.58,
      'A',
      'ผ่าน',
      '',
    ]);
    expect(row('อบต. ข', 2565).slice(0, 9)).toEqual(['อบต. ข', 2565, 70, 80, 65, 71, 'C', 'ไม่ผ่าน', '']);
    // Lowest indicator of ก 2565: 7 ประสิทธิภาพการสื่อสาร 79.50.
    expect(String(row('อบต. ก', 2565)[9])).toContain('7 ประสิทธิภาพการสื่อสาร');
    expect(String(row('อบต. ก', 2565)[9])).toContain('79.50');
  });

  it('ranks the latest year’s indicators high → low and flags those below 85', () => {
    const section = rowWhere(values, (a) => a.startsWith('อบต. ก ปี 2565'));
    expect(values[section - 1][0]).toContain('89.67');
    const first = rowWhere(values, (a) => a.startsWith('ตัวชี้วัด\n'), section) + 1;
    const rows = values.slice(first - 1, first - 1 + 10);
    // 100 (10) > 93.75 (3) > 91.10 (5) > 90.12 (1) > 90.00 (9) > 88.40 (2) > 86.02 (4) > 85.33 (6)
    // > 82.25 (8) > 79.50 (7).
    expect(rows.map((r) => String(r[0]).split(' ')[0])).toEqual([
      '10',
      '3',
      '5',
      '1',
      '9',
      '2',
      '4',
      '6',
      '8',
      '7',
    ]);
    expect(rows.map((r) => r[1])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(rows.map((r) => r[3])).toEqual([100, 93.75, 91.1, 90.12, 90, 88.4, 86.02, 85.33, 82.25, 79.5]);
    // Change per indicator from 2564: 1: 90.12 − 80.14 = +9.98; 7: 79.50 − 90 = −10.50.
    expect(rows[3][4]).toBe(9.98);
    expect(rows[9][4]).toBe(-10.5);
    // Gaps to 85 / to 95 for 7 (79.50): 5.5 and 15.5.
    expect(rows[9].slice(5, 7)).toEqual([5.5, 15.5]);
    const below = rows.filter((r) => String(r[7]).includes('ต่ำกว่าเกณฑ์')).map((r) => String(r[0]));
    expect(below).toEqual(['8 การปรับปรุงการทำงาน', '7 ประสิทธิภาพการสื่อสาร']);
    expect(rows.filter((r) => String(r[7]).includes('below'))).toHaveLength(2);
    // The tool table of the section: weighted parts 26.9634 → 26.96, 24.708 → 24.71, 38.
    const iit = rowWhere(values, (a) => a === 'IIT', first);
    expect(values[iit - 1].slice(1, 4)).toEqual([30, 89.88, 26.96]);
    expect(values[iit].slice(1, 4)).toEqual([30, 82.36, 24.71]);
    expect(values[iit + 1].slice(1, 4)).toEqual([40, 95, 38]);
    expect(values[iit + 2].slice(0, 4)).toEqual(['รวม / Total', 100, '', 89.67]);
  });

  it('has a section for the other agency too, with its indicators below 85 named', () => {
    const section = rowWhere(values, (a) => a.startsWith('อบต. ข ปี 2565'));
    expect(values[section - 1][0]).toContain('71.00');
    expect(values[section - 1][0]).toContain('ไม่ผ่าน');
    const text = values.map((r) => String(r[0])).join('\n');
    // Every indicator of ข is below 85: the note lists the lowest first (9 at 60).
    expect(text).toMatch(/ต่ำกว่า 85: 9 การเปิดเผยข้อมูล 60\.00/);
  });

  it('is set in Sarabun, with bold headers, rows taller than 21 px, and becomes the active tab', () => {
    const range = tab.getDataRange();
    const rows = range.getNumRows();
    expect(new Set(range.getFontFamilies().flat())).toEqual(new Set(['Sarabun']));
    const weights = range.getFontWeights();
    const headers = values.flatMap((r, i) => (String(r[0]).includes('\n') ? [i] : []));
    expect(headers.length).toBeGreaterThanOrEqual(3);
    for (const h of headers) {
      const filled = values[h].flatMap((v, c) => (v === '' ? [] : [c]));
      expect(filled.map((c) => weights[h][c])).toEqual(filled.map(() => 'bold'));
    }
    // Rows with text are taller than Sheets' 21 px (Sarabun 14 with marks above and below); blank
    // spacer rows may keep it.
    for (let r = 1; r <= rows; r++)
      if (values[r - 1].some((v) => v !== '')) expect(tab.getRowHeight(r)).toBeGreaterThan(21);
    // Two-line headers (Thai over English) are taller than plain rows.
    expect(tab.getRowHeight(headers[0] + 1)).toBeGreaterThan(tab.getRowHeight(headers[0] + 2));
    expect(app(rt).getActiveSheet().getName()).toBe(RESULTS);
  });

  it('survives save and reopen with the same values', async () => {
    const again = await openRuntime(await rt.bytes());
    expect(valuesOf(app(again).getSheetByName(RESULTS)!)).toEqual(values);
  });
});

describe('the results tab and the user’s tabs', () => {
  it('re-running replaces the tab it made: still one results tab', async () => {
    const rt = await open((wb) => indicatorTable(wb));
    expect(score(rt).tab).toBe(RESULTS);
    expect(score(rt).tab).toBe(RESULTS);
    expect(names(rt)).toEqual([DATA, RESULTS]);
  });

  it('leaves a tab the user named "ผลคะแนน ITA" intact and writes "ผลคะแนน ITA (2)"', async () => {
    const rt = await open((wb) => {
      indicatorTable(wb);
      const own = wb.addWorksheet(RESULTS);
      own.addRow(['บันทึกของฉัน', 'ห้ามลบ']);
      own.addRow([1, { formula: 'A2+1', result: 2 } as ExcelJS.CellFormulaValue]);
      own.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    });
    const own = app(rt).getSheetByName(RESULTS)!;
    const snapshot = () => {
      const r = own.getRange(1, 1, 5, 5);
      return [r.getValues(), r.getFormulas(), r.getBackgrounds(), r.getFontWeights(), r.getNumberFormats()];
    };
    const before = snapshot();
    const first = score(rt);
    expect(first.tab).toBe(`${RESULTS} (2)`);
    expect(snapshot()).toEqual(before);
    expect(own.getDataRange().getA1Notation()).toBe('A1:B2');
    // Run again: the (2) tab is replaced, no (3), the user's tab still untouched.
    expect(score(rt).tab).toBe(`${RESULTS} (2)`);
    expect(snapshot()).toEqual(before);
    expect(names(rt).sort()).toEqual([DATA, RESULTS, `${RESULTS} (2)`].sort());
    expect(app(rt).getActiveSheet().getName()).toBe(`${RESULTS} (2)`);
  });

  it('does not change the scored sheet: values, formulas, formats', async () => {
    const rt = await open((wb) => {
      const ws = indicatorTable(wb);
      ws.getRow(1).font = { bold: true };
      ws.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
      ws.getCell('C3').numFmt = '0.00';
      // A formula beside the table (after a blank column) with its cached result, which the action's
      // flush recalculates: (80.14 × 5 + 90 + 90 + 85.33 + 95 + 95) / 10 = 856.03 / 10 = 85.603.
      ws.getCell('N2').value = { formula: 'AVERAGE(C2:L2)', result: 85.603 } as ExcelJS.CellFormulaValue;
    });
    const data = app(rt).getSheetByName(DATA)!;
    const snapshot = () => {
      const r = data.getRange(1, 1, 6, 15);
      return [
        r.getValues(),
        r.getFormulas(),
        r.getBackgrounds(),
        r.getNumberFormats(),
        r.getFontWeights(),
        r.getFontFamilies(),
        data.getName(),
        data.getMaxRows(),
        data.getMaxColumns(),
      ];
    };
    const before = snapshot();
    expect(score(rt).ok).toBe(true);
    expect(snapshot()).toEqual(before);
  });
});

describe('a bad score cell', () => {
  let rt: Runtime;
  let summary: Summary;
  beforeAll(async () => {
    rt = await open((wb) =>
      indicatorTable(wb, [
        [2565, 'อบต. ค', 90, 'เก้าสิบ', 90, 90, 90, 90, 90, 90, 90, 90],
        [2565, 'อบต. ง', 90, 90, 90, 90, 90, 90, 90, 90, 90, 105],
      ]),
    );
    summary = score(rt);
  });

  it('is a finding naming the sheet and the cell, in Thai and English; the row is skipped', () => {
    expect(summary.ok).toBe(false);
    expect(summary.findings).toHaveLength(2);
    const [text, over] = summary.findings;
    expect(text).toMatchObject({ severity: 'error', sheet: DATA, cell: 'D5' });
    expect(text.message.th).toContain('เก้าสิบ');
    expect(text.message.th).toContain('ข้ามแถวนี้');
    expect(text.message.th).toContain('ตัวชี้วัด 2');
    expect(text.message.en).toContain('"เก้าสิบ"');
    expect(text.message.en).toContain('row skipped');
    expect(over).toMatchObject({ severity: 'error', sheet: DATA, cell: 'L6' });
    expect(over.message.en).toMatch(/indicator 10 .*105/);
    expect(over.message.th).toContain('105');
  });

  it('scores the other rows', () => {
    expect(summary.agencies!.map((a) => a.agency)).toEqual(['อบต. ก', 'อบต. ข']);
    expect(summary.agencies![0].years.map((y) => y.total)).toEqual([88.58, 89.67]);
  });

  it('lists the findings at the end of the results tab', () => {
    const values = valuesOf(app(rt).getSheetByName(RESULTS)!);
    const at = (cell: string) => rowWhere(values, (a) => a === `${DATA}!${cell}`);
    const lastDetail = rowWhere(
      values,
      (a) => a === 'รวม / Total',
      rowWhere(values, (a) => a.startsWith('อบต. ข ปี')),
    );
    expect(at('D5')).toBeGreaterThan(lastDetail);
    // A message longer than the tab is wide goes on in the rows below it (the tab prints at its own
    // width), so the next finding follows the rows that carry the first one's message.
    const carried = (r: number) =>
      values[r - 1].slice(0, 2).every((v) => v === '') && values[r - 1][2] !== '';
    let next = at('D5') + 1;
    while (carried(next)) next++;
    expect(at('L6')).toBe(next);
    // After the findings (the last one's message carried on below it) only a blank row and the
    // closing note.
    let end = at('L6') + 1;
    while (carried(end)) end++;
    expect(values.length - end).toBeLessThanOrEqual(1);
    expect(values[at('D5') - 1][1]).toContain('error');
    const message = values
      .slice(at('D5') - 1, next - 1)
      .map((r) => r[2])
      .join(' ');
    expect(message).toContain('ข้ามแถวนี้');
    expect(message).toContain('row skipped');
    expect(toasts(rt).at(-1)!.text).toContain('2 finding(s)');
  });
});

describe('summary rows under an indicator table (the one summary-row rule)', () => {
  it('a "รวมทั้งหมด" and a "ค่าเฉลี่ย" row are not agencies; an agency whose name starts with รวม is one', async () => {
    // The average row holds the means of อบต. ก (2565, WORKED) and อบต. ข (FAILING): were it read as
    // an agency it would be scored. "รวมใจพัฒนา" is a name that merely starts with รวม: it is data,
    // scored like อบต. ข: IIT 70 × 0.3 = 21, EIT 80 × 0.3 = 24, OIT 65 × 0.4 = 26 → 71.00 C.
    const mean = WORKED.map((w, i) => (w + FAILING[i]) / 2);
    const rt = await open((wb) =>
      indicatorTable(wb, [
        [2565, 'รวมใจพัฒนา', ...FAILING],
        ['', 'รวมทั้งหมด', ...WORKED.map((w, i) => w + FAILING[i])],
        ['', 'ค่าเฉลี่ย (ทุกหน่วยงาน)', ...mean],
      ]),
    );
    const summary = score(rt);
    expect(
      summary.agencies!.map((a) => [a.agency, a.years.map((y) => `${y.year} ${y.total} ${y.grade}`)]),
    ).toEqual([
      ['อบต. ก', ['2564 88.58 A', '2565 89.67 A']],
      ['อบต. ข', ['2565 71 C']],
      ['รวมใจพัฒนา', ['2565 71 C']],
    ]);
    // Each summary row is said, at its label (B6, B7), as info: not data.
    expect(summary.findings.map((f) => `${f.code} ${f.cell} ${f.severity}`)).toEqual([
      'ita.summary-row B6 info',
      'ita.summary-row B7 info',
    ]);
  });
});

describe('raw answers and checklists', () => {
  // Levels as the manual gives them: น้อยที่สุดหรือไม่มีเลย 0, น้อย 33.33, มาก 66.67, มากที่สุด 100.
  const L = ['น้อยที่สุดหรือไม่มีเลย', 'น้อย', 'มาก', 'มากที่สุด'];
  const answers = (perIndicator: number[]) => perIndicator.flatMap((level) => new Array(6).fill(L[level]));

  it('scores IIT answers: question = mean over respondents, indicator = mean of questions', async () => {
    const rt = await open((wb) => {
      const ws = wb.addWorksheet(DATA);
      ws.addRow(['ประทับเวลา', ...Array.from({ length: 30 }, (_, i) => `I${i + 1}`)]);
      ws.addRow(['1/10/2564 9:00', ...answers([3, 3, 3, 3, 3])]);
      ws.addRow(['1/10/2564 9:05', ...answers([2, 1, 3, 0, 2])]);
      ws.addRow(['1/10/2564 9:10', ...answers([2, 2, 2, 2, 2])]);
      // A fourth respondent answered only I1, with the lowest level.
      ws.addRow(['1/10/2564 9:20', L[0]]);
    });
    const summary = score(rt);
    expect(summary).toMatchObject({ ok: true, kind: 'survey', tab: RESULTS, findings: [] });
    const t = summary.toolScores!;
    expect(t.tool).toBe('IIT');
    // I1: (100 + 66.67 + 66.67 + 0) / 4 = 58.335; I2…I6: (100 + 66.67 + 66.67) / 3 = 77.78.
    // Indicator 1 = (58.335 + 5 × 77.78) / 6 = 447.235 / 6 = 74.5391…
    // 2: (100 + 33.33 + 66.67) / 3 = 66.666…; 3: (100 + 100 + 66.67) / 3 = 88.89;
    // 4: (100 + 0 + 66.67) / 3 = 55.5566…; 5: 77.78.
    // Tool: (74.5391… + 66.6666… + 88.89 + 55.5566… + 77.78) / 5 = 363.4325 / 5 = 72.6865 → 72.69
    // The summary reports the shown figures, rounded half-up to two decimals.
    const expected = [74.54, 66.67, 88.89, 55.56, 77.78];
    expect(t.indicators.map((i) => i.no)).toEqual(['1', '2', '3', '4', '5']);
    expect(t.indicators.map((i) => i.score)).toEqual(expected);
    expect(t.score).toBe(72.69);
    const values = valuesOf(app(rt).getSheetByName(RESULTS)!);
    const row = (prefix: string) => values[rowWhere(values, (a) => a.startsWith(prefix)) - 1];
    expect(row('1 ').slice(0, 4)).toEqual(['1 การปฏิบัติหน้าที่', 4, 74.54, '6/6']);
    expect(row('2 ').slice(0, 4)).toEqual(['2 การใช้งบประมาณ', 3, 66.67, '6/6']);
    expect(row('4 ').slice(0, 3)).toEqual(['4 การใช้ทรัพย์สินของราชการ', 3, 55.56]);
    expect(row('คะแนน IIT')[2]).toBe(72.69);
    expect(String(row('แบบสอบถาม IIT')[0])).toContain('4');
    // I1 = 58.335 → 58.34 (exact thirds would give 175/3 → 58.33)
    expect(row('I1').slice(0, 3)).toEqual(['I1', 4, 58.34]);
    expect(row('I2').slice(0, 3)).toEqual(['I2', 3, 77.78]);
  });

  it('scores the manual’s levels, leaves "not assessed" answers and summary rows out, and says so', async () => {
    const rt = await open((wb) => {
      const ws = wb.addWorksheet(DATA);
      ws.addRow(['ผู้ตอบ', 'E1', 'E2', 'E3', 'E4', 'E5']);
      ws.addRow(['ก', 'น้อย', 'มาก', 'มาก', 'มาก', 'มาก']);
      ws.addRow(['ข', 'น้อย', '-', 'n/a', 'มาก', 'มาก']);
      ws.addRow(['ค', 'มากที่สุด', 'ไม่ประเมิน', 'มาก', 'มาก', 'มาก']);
      // A row of means as staff add under a form export: never a respondent.
      ws.addRow(['ค่าเฉลี่ย', 2.67, 3, 3, 3, 3]);
    });
    const summary = score(rt);
    // E1: (33.33 + 33.33 + 100) / 3 = 55.5533…; E2 (66.67 only), E3 (66.67, 66.67), E4, E5: 66.67.
    // Indicator 6 = (55.5533… + 4 × 66.67) / 5 = (166.66/3 + 266.68) / 5 = 322.2333… / 5 = 64.4466… → 64.45.
    // (Scoring "-" and "n/a" as 0 would give E2 22.22, E3 44.45; the means row as a respondent
    // would be refused as a mix of levels and scores.)
    expect(summary.ok).toBe(true);
    expect(summary.toolScores!.indicators).toEqual([
      { no: '6', score: 64.45 },
      { no: '7', score: null },
      { no: '8', score: null },
    ]);
    expect(summary.findings.filter((f) => f.severity === 'info').map((f) => [f.code, f.cell])).toEqual([
      ['ita.summary-row', 'A5'],
      ['ita.not-assessed', 'C3'],
    ]);
    const values = valuesOf(app(rt).getSheetByName(RESULTS)!);
    const row = (prefix: string) => values[rowWhere(values, (a) => a.startsWith(prefix)) - 1];
    expect(row('6 ').slice(0, 3)).toEqual(['6 คุณภาพการดำเนินงาน', 3, 64.45]);
    expect(row('E1').slice(0, 3)).toEqual(['E1', 3, 55.55]);
    expect(row('E2').slice(0, 3)).toEqual(['E2', 1, 66.67]);
    expect(values.flat().join(' ')).toContain('3 answer(s) marked not assessed');
  });

  it('refuses a survey with a header and no answers', async () => {
    const rt = await open((wb) => {
      const ws = wb.addWorksheet(DATA);
      ws.addRow(['ประทับเวลา', ...Array.from({ length: 30 }, (_, i) => `I${i + 1}`)]);
    });
    const summary = score(rt);
    expect(summary.ok).toBe(false);
    expect(summary.findings.map((f) => [f.severity, f.code, f.cell])).toEqual([
      ['error', 'ita.survey-empty', 'B1'],
    ]);
    expect(summary.toolScores!.indicators).toEqual([]);
  });

  it('scores an OIT checklist: sub-indicator = mean of items, indicator = mean of subs', async () => {
    // 9.1 O1–O9: 6 of 9 มี → 200/3; 9.2 O10–O17 all มี → 100; 9.3 O18–O24: O18 ไม่มี → 600/7;
    // 9.4 O25–O28: 2 of 4 → 50; 9.5 O29–O33 all → 100. 10.1 O34–O41: O41 ไม่มี → 87.5;
    // 10.2 O42 มี, O43 blank (not assessed) → 100.
    const no = new Set([7, 8, 9, 18, 27, 28, 41]);
    const rt = await open((wb) => {
      const ws = wb.addWorksheet(DATA);
      ws.addRow(['ข้อ', 'รายการ', 'ผลการตรวจ']);
      for (let i = 1; i <= 43; i++)
        ws.addRow([`O${i}`, `รายการข้อมูลที่ ${i}`, i === 43 ? null : no.has(i) ? 'ไม่มี' : 'มี']);
    });
    const summary = score(rt);
    expect(summary).toMatchObject({ ok: true, kind: 'checklist', tab: RESULTS, findings: [] });
    // 9 = (200/3 + 100 + 600/7 + 50 + 100) / 5 = 1690/21 = 80.476…; 10 = (87.5 + 100) / 2 = 93.75;
    // OIT = (1690/21 + 93.75) / 2 = 14635/168 = 87.113…
    expect(summary.toolScores!.tool).toBe('OIT');
    expect(summary.toolScores!.indicators.map((i) => i.no)).toEqual(['9', '10']);
    expect(summary.toolScores!.indicators[0].score).toBe(80.48);
    expect(summary.toolScores!.indicators[1].score).toBe(93.75);
    expect(summary.toolScores!.score).toBe(87.11);
    const values = valuesOf(app(rt).getSheetByName(RESULTS)!);
    const row = (prefix: string) => values[rowWhere(values, (a) => a.trim().startsWith(prefix)) - 1];
    expect(row('9 ').slice(1, 3)).toEqual(['33/33', 80.48]);
    expect(row('9.1').slice(1, 3)).toEqual(['9/9', 66.67]);
    expect(row('9.3').slice(1, 3)).toEqual(['7/7', 85.71]);
    expect(row('9.4').slice(1, 3)).toEqual(['4/4', 50]);
    expect(row('10 ').slice(1, 3)).toEqual(['9/10', 93.75]);
    expect(row('10.1').slice(1, 3)).toEqual(['8/8', 87.5]);
    expect(row('10.2').slice(1, 3)).toEqual(['1/2', 100]);
    expect(row('คะแนน OIT')[2]).toBe(87.11);
  });
});

describe('checklists read by meaning', () => {
  it('reads มี | ไม่มี tick columns; the evidence URL and the summary rows are not answers', async () => {
    // ลำดับ | ข้อ | รายการ | มี | ไม่มี | ลิงก์หลักฐาน, then รวม and ร้อยละ rows.
    // O7, O8 ticked ไม่มี; O9 "-" under both (not assessed); O43 "n/a"; the rest ✓ under มี.
    // 9.1 = 6/8 มี = 75; 9.2 … 9.5 = 100 → 9 = (75 + 400) / 5 = 95; 10.1 = 100, 10.2 = O42 only = 100
    // → 10 = 100; OIT = (95 + 100) / 2 = 97.5. (As the last column, the URLs would all be refused;
    // "-" and "n/a" as ไม่มี would give 9.1 = 6/9 and 10.2 = 50.)
    const rt = await open((wb) => {
      const ws = wb.addWorksheet(DATA);
      ws.addRow(['ลำดับ', 'ข้อ', 'รายการ', 'มี', 'ไม่มี', 'ลิงก์หลักฐาน']);
      for (let i = 1; i <= 43; i++) {
        const [yes, no] =
          i === 7 || i === 8 ? ['', '✓'] : i === 9 ? ['-', '-'] : i === 43 ? ['n/a', ''] : ['✓', ''];
        ws.addRow([i, `O${i}`, `รายการข้อมูลที่ ${i}`, yes, no, `https://www.example.go.th/oit/${i}`]);
      }
      ws.addRow(['', 'รวม', '', 38, 2, '']);
      ws.addRow(['', 'ร้อยละ', '', 95, 5, '']);
    });
    const summary = score(rt);
    expect(summary.ok).toBe(true);
    expect(summary.kind).toBe('checklist');
    expect(summary.toolScores).toEqual({
      tool: 'OIT',
      score: 97.5,
      indicators: [
        { no: '9', score: 95 },
        { no: '10', score: 100 },
      ],
    });
    expect(summary.findings.map((f) => [f.severity, f.code, f.cell])).toEqual([
      ['info', 'ita.not-assessed', 'D10'],
    ]);
    expect(summary.findings[0].message.en).toMatch(/^2 item\(s\) marked not assessed/);
    const values = valuesOf(app(rt).getSheetByName(RESULTS)!);
    const row = (prefix: string) => values[rowWhere(values, (a) => a.trim().startsWith(prefix)) - 1];
    expect(row('9.1').slice(1, 3)).toEqual(['8/9', 75]);
    expect(row('10.2').slice(1, 3)).toEqual(['1/2', 100]);
  });

  it('refuses a checklist whose items have no answer', async () => {
    const rt = await open((wb) => {
      const ws = wb.addWorksheet(DATA);
      ws.addRow(['ข้อ', 'รายการ', 'ผล']);
      for (let i = 1; i <= 43; i++) ws.addRow([`O${i}`, `รายการข้อมูลที่ ${i}`, '']);
    });
    const summary = score(rt);
    expect(summary.ok).toBe(false);
    expect(summary.findings.map((f) => [f.severity, f.code, f.cell])).toEqual([
      ['error', 'ita.checklist-empty', 'C2'],
    ]);
    expect(summary.toolScores).toEqual({ tool: 'OIT', score: null, indicators: [] });
  });
});

describe('nothing to score', () => {
  it('a sheet without a scorable table: an alert explaining the shapes, no tab', async () => {
    const rt = await open((wb) => {
      const ws = wb.addWorksheet(DATA);
      ws.addRow(['บันทึกการประชุม', 'วันที่']);
      ws.addRow(['ทบทวนแผน', '1 ต.ค. 2565']);
    });
    const summary = score(rt);
    expect(summary).toMatchObject({ ok: false, kind: 'unknown' });
    expect(summary.findings[0]).toMatchObject({ sheet: DATA, cell: 'A1', code: 'ita.unknown-shape' });
    const text = alerts(rt).at(-1)!.text!;
    expect(text).toContain('ไม่พบตารางที่คำนวณได้');
    expect(text).toContain('found nothing to score');
    expect(text).toMatch(/I1/);
    expect(text).toMatch(/O1/);
    expect(names(rt)).toEqual([DATA]);
  });

  it('the results tab itself: an alert, nothing written', async () => {
    const rt = await open((wb) => indicatorTable(wb));
    score(rt);
    const tab = app(rt).getSheetByName(RESULTS)!;
    const before = [valuesOf(tab), tab.getDataRange().getBackgrounds()];
    const events = alerts(rt).length;
    const summary = score(rt, RESULTS);
    expect(summary).toMatchObject({ ok: false, kind: 'generated-sheet', sheet: RESULTS });
    expect(alerts(rt)).toHaveLength(events + 1);
    expect(alerts(rt).at(-1)!.text).toContain('This tab was made by ITA Sheets');
    expect(alerts(rt).at(-1)!.text).toContain('ชีตนี้เป็นผลที่ ITA Sheets สร้างขึ้น');
    expect([valuesOf(tab), tab.getDataRange().getBackgrounds()]).toEqual(before);
    expect(names(rt)).toEqual([DATA, RESULTS]);
  });
});

describe('an ITA_CONFIG tab', () => {
  const withConfig = (rows: Cell[][]) =>
    open((wb) => {
      indicatorTable(wb);
      const config = wb.addWorksheet('ITA_CONFIG');
      config.addRow(['key', 'value', 'หมายเหตุ']);
      for (const r of rows) config.addRow(r);
    });

  it('with weights not summing to 100: an alert naming the cell, no results tab', async () => {
    const rt = await withConfig([
      ['weight.IIT', 30],
      ['weight.EIT', 30],
      ['weight.OIT', 30],
    ]);
    const summary = score(rt);
    expect(summary).toMatchObject({ ok: false, kind: 'config-error' });
    expect(summary.findings).toEqual([
      expect.objectContaining({ sheet: 'ITA_CONFIG', cell: 'B2', code: 'config.rule' }),
    ]);
    const text = alerts(rt).at(-1)!.text!;
    expect(text).toContain('ITA_CONFIG!B2');
    expect(text).toContain('น้ำหนักรวมต้องเท่ากับ 100%');
    expect(text).toContain('weights must sum to 100%');
    expect(names(rt)).toEqual([DATA, 'ITA_CONFIG']);
  });

  it('with an unknown key: the alert names its A cell', async () => {
    const rt = await withConfig([['wieght.IIT', 30]]);
    expect(score(rt).kind).toBe('config-error');
    expect(alerts(rt).at(-1)!.text).toContain('ITA_CONFIG!A2');
    expect(names(rt)).not.toContain(RESULTS);
  });

  it('a higher pass mark turns 89.67 into ไม่ผ่าน (grade stays A)', async () => {
    const rt = await withConfig([['pass', 90]]);
    const summary = score(rt);
    expect(summary.ok).toBe(true);
    expect(summary.agencies![0].years[1]).toEqual({ year: 2565, total: 89.67, grade: 'A', passed: false });
    const values = valuesOf(app(rt).getSheetByName(RESULTS)!);
    // The detail compares with the new mark: 6 คุณภาพการดำเนินงาน 85.33 is now below it.
    expect(
      values.some((r) => String(r[0]).startsWith('ห่างจาก 90') || String(r[5]).startsWith('ห่างจาก 90')),
    ).toBe(true);
  });

  it('other weights change the total: IIT 40, EIT 20, OIT 40', async () => {
    const rt = await withConfig([
      ['weight.IIT', 40],
      ['weight.EIT', '20%'],
      ['weight.OIT', 0.4],
    ]);
    const summary = score(rt);
    // 2565: 89.878 × 0.4 = 35.9512; 82.36 × 0.2 = 16.472; 95 × 0.4 = 38 → 90.4232 → 90.42 A.
    // 2564: 80.14 × 0.4 = 32.056; 88.4433… × 0.2 = 17.6887 (265.33/15); 38 → 87.7447 → 87.74 A.
    expect(summary.agencies![0].years).toEqual([
      { year: 2564, total: 87.74, grade: 'A', passed: true },
      { year: 2565, total: 90.42, grade: 'A', passed: true },
    ]);
  });
});

describe('level scores from ITA_CONFIG', () => {
  // I1 answered น้อย, น้อย, มากที่สุด by three staff. Shipped scale: (33.33 + 33.33 + 100) / 3
  // = 55.5533… → 55.55. With level.2 = 100/3 and level.3 = 200/3 in ITA_CONFIG (exact thirds):
  // (100/3 + 100/3 + 100) / 3 = 500/9 = 55.555… → 55.56.
  const survey = (wb: ExcelJS.Workbook) => {
    const ws = wb.addWorksheet(DATA);
    ws.addRow(['ผู้ตอบ', 'I1', 'I2', 'I3']);
    ws.addRow(['ก', 'น้อย', '', '']);
    ws.addRow(['ข', 'น้อย', '', '']);
    ws.addRow(['ค', 'มากที่สุด', '', '']);
  };

  it('the manual’s 33.33 and 66.67 by default', async () => {
    const rt = await open(survey);
    expect(score(rt).toolScores!.indicators[0]).toEqual({ no: '1', score: 55.55 });
  });

  it('exact thirds when the tab says so', async () => {
    const rt = await open((wb) => {
      survey(wb);
      const config = wb.addWorksheet('ITA_CONFIG');
      config.addRow(['key', 'value']);
      config.addRow(['level.2', '100/3']);
      config.addRow(['level.3', '200/3']);
    });
    expect(score(rt).toolScores!.indicators[0]).toEqual({ no: '1', score: 55.56 });
  });
});

describe('service calls', () => {
  /** Per-method calls of one run over `agencies` rows (every third one with a bad cell when `bad`). */
  async function callsFor(agencies: number, bad = false): Promise<Record<string, number>> {
    const rt = await open((wb) => {
      const ws = wb.addWorksheet(DATA);
      ws.addRow(['ปีงบประมาณ', 'หน่วยงาน', ...Array.from({ length: 10 }, (_, i) => `ตัวชี้วัดที่ ${i + 1}`)]);
      for (let i = 0; i < agencies; i++) {
        const scores: Cell[] = [...(i % 2 ? WORKED : FAILING)];
        if (bad && i % 3 === 2) scores[4] = 'ไม่มีข้อมูล';
        ws.addRow([2565, `อบต. ที่ ${i + 1}`, ...scores]);
      }
    });
    rt.env.counter.reset();
    const summary = score(rt);
    expect(summary.agencies!.length + summary.findings.length).toBe(agencies);
    // 27 calls, one per kind of work (test/actions/scoreSheet-calls.test.ts lists them), and one
    // insertRowsAfter when the results tab runs past a new sheet's 1,000 rows (Sheets refuses to
    // write beyond its grid): 500 rows with a third of them bad list 166 findings, some on two rows.
    const calls = rt.env.counter.toJSON();
    expect(rt.env.counter.total() - (calls['Sheet.insertRowsAfter'] ?? 0)).toBeLessThanOrEqual(27);
    expect(calls['Sheet.insertRowsAfter'] ?? 0).toBeLessThanOrEqual(1);
    return calls;
  }

  // Per method, 10 and 500 rows alike: getValues 1, setValues 1, setNumberFormats 1, setTextStyles 1,
  // setBackgrounds 1, setHorizontalAlignments 1, setWraps 1, setColumnWidths 2, insertSheet 1, …
  it('are the same for 10 and for 500 agency rows', async () => {
    expect(await callsFor(500)).toEqual(await callsFor(10));
  });

  // 30 rows, not 10: with a third skipped, 10 rows leave 7 agencies and so 7 detailed sections (fewer
  // row-height runs); from 10 agencies on, the tab details the first 10 only.
  it('are the same for 30 and for 500 rows when a third of them have a bad cell', async () => {
    const { 'Sheet.insertRowsAfter': inserted, ...big } = await callsFor(500, true);
    expect(inserted).toBe(1);
    expect(big).toEqual(await callsFor(30, true));
  });
});
