// The local runtime keeps what the user typed (issue 8 §5, §2): text stays text through the
// recalculation, error values carry Sheets' names, formulas are computed before a menu action reads
// the sheet, and a sheet of 50,000 rows is recalculated and scored. Each workbook is written to .xlsx
// bytes by the test and opened by the runtime, which runs the built bundle.
import ExcelJS from 'exceljs';
import { openRuntime, type Runtime } from '../../local/runtime';

type Row = (string | number | boolean | Date | ExcelJS.CellFormulaValue | null)[];

async function xlsx(sheets: Record<string, Row[]>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function reread(rt: Runtime): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await rt.bytes()) as unknown as ArrayBuffer);
  return wb;
}

function sheet(rt: Runtime, name: string): GoogleAppsScript.Spreadsheet.Sheet {
  const app = rt.context.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return app.getActiveSpreadsheet().getSheetByName(name)!;
}

const f = (formula: string): ExcelJS.CellFormulaValue => ({ formula }) as ExcelJS.CellFormulaValue;

// Texts that Sheets' own input parser would turn into a date, a number, a percent, a boolean or a
// formula if they were typed again; in the file they are text cells and must stay text.
const TEXTS = ['1/10/2565', '00123', '10%', 'TRUE', '=== หมายเหตุ ===', '=อบต.ก'];

describe('a text cell stays text', () => {
  let rt: Runtime;
  let report: ReturnType<Runtime['recalc']>;
  beforeAll(async () => {
    rt = await openRuntime(
      await xlsx({
        Notes: TEXTS.map((t, i) => [
          t,
          f(`ISTEXT(A${i + 1})`),
          f(`A${i + 1}`),
          f(`LEN(A${i + 1})`),
          i === 0 ? f('ARABIC_DIGITS(A1:A6)') : null,
        ]),
      }),
    );
    report = rt.recalc();
  });

  it('is read as text by formulas that refer to it', () => {
    const notes = sheet(rt, 'Notes');
    expect(notes.getRange('B1:B6').getValues()).toEqual(TEXTS.map(() => [true]));
    expect(notes.getRange('C1:C6').getValues()).toEqual(TEXTS.map((t) => [t]));
    // LEN counts the characters typed: "1/10/2565" is 9; "=== หมายเหตุ ===" is 3 + 1 + 8
    // (ห ม า ย เ ห ต ุ) + 1 + 3 = 16; "=อบต.ก" is 6 (= อ บ ต . ก).
    expect(notes.getRange('D1:D6').getValues()).toEqual([[9], [5], [3], [4], [16], [6]]);
  });

  it('reaches a custom function as the text, and a spill of texts stays text', () => {
    const notes = sheet(rt, 'Notes');
    expect(notes.getRange('E1:E6').getValues()).toEqual(TEXTS.map((t) => [t]));
    expect(report.errors).toEqual([]);
  });

  it('is still the same text cell, not a formula, in the getFormulas() view and in the saved file', async () => {
    const notes = sheet(rt, 'Notes');
    expect(notes.getRange('A1:A6').getFormulas()).toEqual(TEXTS.map(() => ['']));
    expect(notes.getRange('A1:A6').getValues()).toEqual(TEXTS.map((t) => [t]));
    expect(report.formulas).toBe(6 * 3 + 1);
    const saved = (await reread(rt)).getWorksheet('Notes')!;
    for (let i = 0; i < TEXTS.length; i++) {
      expect(saved.getCell(`A${i + 1}`).value).toBe(TEXTS[i]);
      // The spilled copies are text cells too, not numbers, dates or formulas.
      expect(saved.getCell(`E${i + 1}`).type).toBe(
        i === 0 ? ExcelJS.ValueType.Formula : ExcelJS.ValueType.String,
      );
    }
  });
});

describe('error values carry the names Sheets shows', () => {
  let rt: Runtime;
  let report: ReturnType<Runtime['recalc']>;
  beforeAll(async () => {
    rt = await openRuntime(
      await xlsx({
        Errors: [
          [f('1/0'), f('NA()'), f('VALUE("x")'), f('NOSUCHFUNCTION(1)'), f('SQRT(-1)'), f('F1')],
          [f('ARABIC_DIGITS(A1:F1)')],
        ],
      }),
    );
    report = rt.recalc();
  });

  it('in cells, as getValues() reads them', () => {
    // F1 refers to itself: Sheets shows a circular reference as #REF!.
    expect(sheet(rt, 'Errors').getRange('A1:F1').getValues()).toEqual([
      ['#DIV/0!', '#N/A', '#VALUE!', '#NAME?', '#NUM!', '#REF!'],
    ]);
  });

  it('inside a range handed to a custom function', () => {
    // ARABIC_DIGITS gives back each text it is handed: the error values arrive as Sheets' literals.
    expect(sheet(rt, 'Errors').getRange('A2:F2').getValues()).toEqual([
      ['#DIV/0!', '#N/A', '#VALUE!', '#NAME?', '#NUM!', '#REF!'],
    ]);
  });

  it('in the recalculation report and the saved file', async () => {
    expect(report.errors.map((e) => `${e.cell} ${e.value}`)).toEqual([
      'A1 #DIV/0!',
      'B1 #N/A',
      'C1 #VALUE!',
      'D1 #NAME?',
      'E1 #NUM!',
      'F1 #REF!',
    ]);
    expect(report.errors.find((e) => e.cell === 'F1')!.message).toMatch(/circular/i);
    const saved = (await reread(rt)).getWorksheet('Errors')!;
    expect(saved.getCell('A1').result).toEqual({ error: '#DIV/0!' });
    expect(saved.getCell('F1').result).toEqual({ error: '#REF!' });
  });
});

// DOMAIN.md §1's worked example: IIT (1–5) mean 449.39 / 5 = 89.878 × 0.3 = 26.9634; EIT (6–8)
// mean 247.08 / 3 = 82.36 × 0.3 = 24.708; OIT (9–10) mean 95 × 0.4 = 38 → 89.6714 → 89.67 A.
const WORKED = [90.12, 88.4, 93.75, 86.02, 91.1, 85.33, 79.5, 82.25, 90.0, 100.0];
const HEADER = ['ปีงบประมาณ', 'หน่วยงาน', ...WORKED.map((_, i) => `ตัวชี้วัดที่ ${i + 1}`)];

describe('indicator scores that are formulas are computed before the sheet is scored', () => {
  it('scores the computed values, as Sheets would, on a file whose formulas have no cached result', async () => {
    // Each score is a formula over a raw figure on another tab (exceljs writes no cached result):
    // =Raw!A1/100 with 9012 in Raw!A1 is 90.12, and so on for the ten values of WORKED.
    const row: Row = [2566, 'อบต. ก', ...WORKED.map((_, i) => f(`Raw!A${i + 1}/100`))];
    const bytes = await xlsx({ 'คะแนน ITA': [HEADER, row], Raw: WORKED.map((w) => [Math.round(w * 100)]) });
    const rt = await openRuntime(bytes);
    rt.env.active = rt.env.workbook.getWorksheet('คะแนน ITA');
    rt.run('onOpen', { authMode: 'LIMITED' });
    const summary = rt.run('scoreItaSheet') as {
      ok: boolean;
      agencies?: { agency: string; years: { year: number; total: number; grade: string }[] }[];
      findings: unknown[];
    };
    expect(summary.findings).toEqual([]);
    expect(summary.agencies).toEqual([
      { agency: 'อบต. ก', years: [expect.objectContaining({ year: 2566, total: 89.67, grade: 'A' })] },
    ]);
  });
});

describe('an agency named "=อบต.ก" (a text cell)', () => {
  it('is that text in the summary and on the results tab, never a formula', async () => {
    const bytes = await xlsx({ 'คะแนน ITA': [HEADER, [2566, '=อบต.ก', ...WORKED]] });
    const rt = await openRuntime(bytes);
    rt.env.active = rt.env.workbook.getWorksheet('คะแนน ITA');
    rt.run('onOpen', { authMode: 'LIMITED' });
    const summary = rt.run('scoreItaSheet') as { tab: string; agencies: { agency: string }[] };
    expect(summary.agencies.map((a) => a.agency)).toEqual(['=อบต.ก']);
    const report = rt.recalc();
    expect(report.errors).toEqual([]);
    const results = sheet(rt, summary.tab);
    const values = results.getDataRange().getValues();
    const formulas = results.getDataRange().getFormulas();
    const cells = values.flatMap((row, r) => row.map((v, c) => ({ v, formula: formulas[r][c] })));
    expect(cells.filter((x) => x.v === '=อบต.ก').length).toBeGreaterThan(0);
    expect(cells.filter((x) => x.formula.includes('อบต'))).toEqual([]);
    const saved = (await reread(rt)).getWorksheet(summary.tab)!;
    const texts: unknown[] = [];
    saved.eachRow((row) => row.eachCell((cell) => texts.push(cell.value)));
    expect(texts).toContain('=อบต.ก');
  });
});

describe('a sheet of 50,000 rows (beyond the 40,000 HyperFormula allows by default)', () => {
  it('recalculates and scores every row', async () => {
    // 50,000 agencies with the worked scores (89.67 A each, as worked above). The ten scores of a
    // row add up to 886.47, so a total over all rows is 50,000 × 886.47 = 44,323,500.
    const rows: Row[] = [HEADER];
    for (let i = 1; i <= 50_000; i++) rows.push([2566, `หน่วยงาน ${i}`, ...WORKED]);
    const last = rows.length;
    const totals = [[f(`SUM('คะแนน ITA'!C2:L${last})`), f(`COUNTA('คะแนน ITA'!B2:B${last})`)]];
    const rt = await openRuntime(await xlsx({ 'คะแนน ITA': rows, รวม: totals }));
    expect(rt.opened.errors).toEqual([]);
    expect(sheet(rt, 'รวม').getRange('A1').getValue()).toBeCloseTo(44_323_500, 4);
    expect(sheet(rt, 'รวม').getRange('B1').getValue()).toBe(50_000);
    rt.env.active = rt.env.workbook.getWorksheet('คะแนน ITA');
    const summary = rt.run('scoreItaSheet') as { agencies: { agency: string; years: { total: number }[] }[] };
    expect(summary.agencies).toHaveLength(50_000);
    expect(summary.agencies[49_999]).toEqual({
      agency: 'หน่วยงาน 50000',
      years: [expect.objectContaining({ year: 2566, total: 89.67, grade: 'A' })],
    });
  }, 300_000);
});

describe('an error value in a score sheet', () => {
  it('is named in the finding as Sheets shows it', async () => {
    // Indicator 4 of the second row is =1/0: the finding must quote #DIV/0!, not DIV_BY_ZERO.
    const broken: Row = [2567, 'อบต. ก', ...WORKED.map((w, i) => (i === 3 ? f('1/0') : w))];
    const rt = await openRuntime(await xlsx({ 'คะแนน ITA': [HEADER, [2566, 'อบต. ก', ...WORKED], broken] }));
    rt.env.active = rt.env.workbook.getWorksheet('คะแนน ITA');
    const summary = rt.run('scoreItaSheet') as {
      findings: { cell: string; message: { th: string; en: string } }[];
    };
    const finding = summary.findings.find((x) => x.cell === 'F3');
    expect(finding?.message.en).toContain('#DIV/0!');
    expect(finding?.message.th).toContain('#DIV/0!');
    expect(JSON.stringify(summary)).not.toMatch(/DIV_BY_ZERO/);
  });
});
