// The menu action "คำนวณคะแนน ITA / Score ITA sheet" (global scoreItaSheet) run by the bundle over
// workbooks written here. Every expected figure is worked out by hand in the comments beside it.
import ExcelJS from 'exceljs';
import { openRuntime, type Runtime } from '../../local/runtime';

const RESULTS = 'ผลคะแนน ITA';
const DATA = 'คะแนน';
type Cell = string | number | null;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

interface Summary {
  ok: boolean;
  sheet: string;
  kind: string;
  tab?: string;
  findings: {
    severity: string;
    code: string;
    sheet: string;
    cell: string;
    message: { th: string; en: string };
  }[];
  agencies?: { agency: string; years: { year: number; total: number; grade: string; passed: boolean }[] }[];
  toolScores?: { tool: string; score: number | null; indicators: { no: string; score: number | null }[] };
}

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
  return rt.run('scoreItaSheet') as Summary;
}

const alerts = (rt: Runtime) =>
  rt.ui.events.filter((e) => e.kind === 'alert') as { title?: string; text?: string }[];

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
    expect(alerts(rt).at(-1)!.text).toContain(`"${RESULTS}"`);
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
    for (let r = 1; r <= rows; r++) expect(tab.getRowHeight(r)).toBeGreaterThan(21);
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
      // A formula beside the table (after a blank column) with its cached result.
      ws.getCell('N2').value = { formula: 'AVERAGE(C2:L2)', result: 85.1 } as ExcelJS.CellFormulaValue;
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
    expect(at('L6')).toBe(at('D5') + 1);
    // After the findings only a blank row and the closing note.
    expect(values.length - at('L6')).toBeLessThanOrEqual(2);
    expect(values[at('D5') - 1][1]).toContain('error');
    expect(values[at('D5') - 1][2]).toContain('row skipped');
    expect(alerts(rt).at(-1)!.text).toContain('2');
  });
});

describe('raw answers and checklists', () => {
  // Levels: น้อยที่สุดหรือไม่มีเลย 0, น้อย 100/3, มาก 200/3, มากที่สุด 100 (exact thirds).
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
    // I1: (100 + 200/3 + 200/3 + 0) / 4 = 175/3; I2…I6: (100 + 200/3 + 200/3) / 3 = 700/9.
    // Indicator 1 = (175/3 + 5 × 700/9) / 6 = 4025/54 = 74.537…
    // 2: (100 + 100/3 + 200/3) / 3 = 200/3; 3: (100 + 100 + 200/3) / 3 = 800/9;
    // 4: (100 + 0 + 200/3) / 3 = 500/9; 5: 700/9.
    // Tool: (4025/54 + 2600/9) / 5 = 19625/270 = 72.685…
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
    expect(row('I1').slice(0, 3)).toEqual(['I1', 4, 58.33]);
    expect(row('I2').slice(0, 3)).toEqual(['I2', 3, 77.78]);
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
    // 89 calls (91 with a findings section), of which 46 (48) are setRowHeights: one per run of
    // equal heights, four per detailed agency (at most 10 detailed), two for the read-as section
    // (two more for the findings); 10 setColumnWidth; the rest one call each (getDisplayValues
    // beside getValues among them).
    expect(rt.env.counter.total()).toBeLessThanOrEqual(91);
    return rt.env.counter.toJSON();
  }

  // Per method, 10 and 500 rows alike: getValues 1, setValues 1, setNumberFormats 1, setFontFamily 1,
  // setFontWeights 1, setFontSizes 1, setFontColors 1, setBackgrounds 1, setHorizontalAlignments 1,
  // setVerticalAlignment 1, setWraps 1, setColumnWidth 10, setRowHeights 44, insertSheet 1, …
  it('are the same for 10 and for 500 agency rows', async () => {
    expect(await callsFor(500)).toEqual(await callsFor(10));
  });

  // 30 rows, not 10: with a third skipped, 10 rows leave 7 agencies and so 7 detailed sections (fewer
  // row-height runs); from 10 agencies on, the tab details the first 10 only.
  it('are the same for 30 and for 500 rows when a third of them have a bad cell', async () => {
    expect(await callsFor(500, true)).toEqual(await callsFor(30, true));
  });
});
