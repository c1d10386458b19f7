// "Validate this tab", "Validate all tabs" and "Clear marks" through the built bundle in the emulator,
// on a workbook written by the test: the findings tab, the marks, and that no value, formula, fill
// or note the user had is lost.
import ExcelJS from 'exceljs';
import { type ClearMarksSummary, HANDLERS, type ValidateSummary } from '../../contract/actions';
import { GENERATED_TAG, PROPERTY_KEYS, TAB_NAMES } from '../../contract/metadata';
import { openRuntime, type Runtime } from '../../local/runtime';
import { cleanPlan } from '../unit/budget/planFixture';
import { cleanProgress } from '../unit/measures/fixtures';

const PLAN = 'แผน';
const PROGRESS = 'รายงานผล';
const NOTES = 'บันทึก';

/** The plan of planFixture with its มิติ 2 subtotal for 2567 wrong (F30), a user fill and a note on it. */
async function workbook(): Promise<Runtime> {
  const wb = new ExcelJS.Workbook();
  const plan = cleanPlan();
  // มิติ 2 is 10 projects × 15,000 = 150,000 a year; the table says 165,000 under 2567 (F30).
  plan[29][5] = '165,000.00';
  const ws = wb.addWorksheet(PLAN);
  for (const row of plan) ws.addRow(row);
  ws.getCell('F30').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  ws.getCell('F30').note = 'ตรวจแล้วโดยหัวหน้า';
  ws.getCell('A1').note = 'ฉบับร่าง';
  const progress = cleanProgress();
  progress[7][4] = ''; // measure ๕ has no status marked: E8:F8
  const pr = wb.addWorksheet(PROGRESS);
  for (const row of progress) pr.addRow(row);
  const notes = wb.addWorksheet(NOTES);
  notes.addRow(['ประชุมวันที่ 3', 12]);
  notes.addRow(['รวม', { formula: 'B1*2', result: 24 }]);
  const rt = await openRuntime(wb);
  rt.env.active = rt.env.workbook.getWorksheet(PLAN)!;
  return rt;
}

interface CellState {
  value: unknown;
  formula?: string;
  fill: string;
  note: string;
}

/** Every cell of the user's tabs: value, formula, fill and note. */
function snapshot(rt: Runtime, names = [PLAN, PROGRESS, NOTES]): Record<string, CellState> {
  const out: Record<string, CellState> = {};
  for (const name of names) {
    const ws = rt.env.workbook.getWorksheet(name)!;
    for (let r = 1; r <= ws.rowCount; r++)
      for (let c = 1; c <= ws.columnCount; c++) {
        const cell = ws.getCell(r, c);
        const fill = cell.fill as ExcelJS.FillPattern | undefined;
        const note = cell.note as unknown;
        out[`${name}!${cell.address}`] = {
          value: cell.formula ? undefined : cell.value,
          formula: cell.formula || undefined,
          fill: fill?.type === 'pattern' && fill.pattern === 'solid' ? (fill.fgColor?.argb ?? '') : '',
          note: !note ? '' : typeof note === 'string' ? note : JSON.stringify(note),
        };
      }
  }
  return out;
}

const valuesOnly = (s: Record<string, CellState>) =>
  Object.fromEntries(Object.entries(s).map(([k, v]) => [k, [v.value, v.formula]]));

function run<S>(rt: Runtime, handler: string): S {
  rt.env.counter.reset();
  const result = rt.run(handler) as S & { aborted?: string };
  expect(result.aborted).toBeUndefined();
  return result;
}

describe('Validate all tabs', () => {
  it('lists each planted error at its cell in the findings tab, with a link, counts and a filter', async () => {
    const rt = await workbook();
    const summary = run<ValidateSummary>(rt, HANDLERS.validateAll);
    expect(summary.sheets.map((s) => [s.name, s.kind])).toEqual([
      [PLAN, 'plan-budget'],
      [PROGRESS, 'progress'],
      [NOTES, 'none'],
    ]);
    const errors = summary.findings
      .filter((f) => f.severity !== 'info')
      .map((f) => `${f.sheet}!${f.cell} ${f.code}`);
    expect(errors).toEqual([
      `${PLAN}!F30 budget.subtotal-mismatch`,
      `${PROGRESS}!E8:F8 progress.status-none`,
    ]);
    expect(summary.findings.find((f) => f.cell === 'F30')).toMatchObject({
      stated: '165,000.00',
      computed: '150,000.00',
    });
    expect(summary.ok).toBe(false);
    expect(summary.tab).toBe(TAB_NAMES.findings);

    const tab = rt.env.workbook.getWorksheet(TAB_NAMES.findings)!;
    const text = (r: number, c: number) => String(tab.getCell(r, c).value ?? '');
    // Counts at the top: rows 3–5 (title, scope above them).
    expect([text(3, 2), text(4, 2), text(5, 2)]).toEqual([
      String(summary.counts.error),
      String(summary.counts.warning),
      String(summary.counts.info),
    ]);
    expect(summary.counts.error).toBe(2);
    // The header row, frozen, with the filter from it to the last finding.
    let header = 1;
    while (!text(header, 1).startsWith('ระดับ')) header++;
    expect(tab.views[0]).toMatchObject({ state: 'frozen', ySplit: header });
    expect(tab.autoFilter).toBe(`A${header}:H${header + summary.findings.length}`);
    // Rows sorted by tab then position: the plan's F30 is the plan's first non-info row.
    const rows = Array.from({ length: summary.findings.length }, (_, i) => header + 1 + i);
    const f30 = rows.find((r) => text(r, 2) === PLAN && text(r, 4) === 'budget.subtotal-mismatch')!;
    const link = tab.getCell(f30, 3).value as { formula: string };
    expect(link.formula).toMatch(/^HYPERLINK\("#gid=\d+&range=F30", "F30"\)$/);
    expect(text(f30, 1)).toBe('ข้อผิดพลาด');
    expect(text(f30, 5)).toContain('150,000.00'); // Thai message first (locale th)
    expect([text(f30, 7), text(f30, 8)]).toEqual(['165,000.00', '150,000.00']);
    const sheetsInOrder = rows.map((r) => text(r, 2));
    expect(sheetsInOrder).toEqual(
      [...sheetsInOrder].sort(
        (a, b) => [PLAN, PROGRESS, NOTES].indexOf(a) - [PLAN, PROGRESS, NOTES].indexOf(b),
      ),
    );
  });
});

describe('Marks', () => {
  it('never changes a value or formula; clearing gives back every fill and note, after re-validating too', async () => {
    const rt = await workbook();
    const before = snapshot(rt);
    run<ValidateSummary>(rt, HANDLERS.validateAll);
    const marked = snapshot(rt);
    expect(valuesOnly(marked)).toEqual(valuesOnly(before));
    // F30 is marked as an error (light red), its note the finding above the user's own note.
    expect(marked[`${PLAN}!F30`].fill).toBe('FFF4CCCC');
    expect(marked[`${PLAN}!F30`].note).toMatch(/^ITA Sheets: .*150,000\.00[\s\S]*\n\nตรวจแล้วโดยหัวหน้า$/);
    expect(marked[`${PROGRESS}!E8`].fill).toBe('FFF4CCCC');
    expect(marked[`${PROGRESS}!F8`].fill).toBe('FFF4CCCC');
    // Nothing else changed: the cells not marked keep their fill and note.
    const changed = Object.keys(before).filter(
      (k) => JSON.stringify(before[k]) !== JSON.stringify(marked[k]),
    );
    expect(changed.sort()).toEqual([`${PLAN}!F30`, `${PROGRESS}!E8`, `${PROGRESS}!F8`].sort());

    // Re-validating replaces the marks (the note is not stacked on the last run's note).
    run<ValidateSummary>(rt, HANDLERS.validateAll);
    expect(snapshot(rt)).toEqual(marked);
    expect(rt.env.workbook.worksheets.filter((w) => w.name.startsWith(TAB_NAMES.findings))).toHaveLength(1);

    const cleared = run<ClearMarksSummary>(rt, HANDLERS.clearMarks);
    expect(cleared).toMatchObject({ ok: true, restored: 3, changed: 0, missingSheets: [] });
    expect(snapshot(rt)).toEqual(before);
    // The record is gone: a second clear has nothing to do.
    expect(rt.env.metadata.get('document')?.get(PROPERTY_KEYS.marks)).toBeUndefined();
    expect(run<ClearMarksSummary>(rt, HANDLERS.clearMarks)).toMatchObject({ restored: 0 });
    expect(snapshot(rt)).toEqual(before);
  });

  it('leaves the fills of cells it does not mark as they were, white ones included', async () => {
    // Text pasted from Word often comes with a white fill, which Apps Script reads as no fill: a
    // batched setBackgrounds over the whole table would have written those back as "no fill".
    const rt = await workbook();
    const ws = rt.env.workbook.getWorksheet(PLAN)!;
    for (const a1 of ['A5', 'C12', 'F29'])
      ws.getCell(a1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFFFF' } };
    const before = snapshot(rt, [PLAN]);
    run<ValidateSummary>(rt, HANDLERS.validateTab);
    const after = snapshot(rt, [PLAN]);
    // A5 and C12 lie outside the block of marked cells (F30 alone): untouched.
    expect([after[`${PLAN}!A5`], after[`${PLAN}!C12`]]).toEqual([
      before[`${PLAN}!A5`],
      before[`${PLAN}!C12`],
    ]);
    expect(after[`${PLAN}!A5`].fill).toBe('FFFFFFFF');
  });

  it('keeps a cell the user changed after validating as the user left it', async () => {
    const rt = await workbook();
    run<ValidateSummary>(rt, HANDLERS.validateAll);
    const ws = rt.env.workbook.getWorksheet(PLAN)!;
    ws.getCell('F30').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00FF00' } };
    ws.getCell('F30').note = 'แก้แล้ว';
    const cleared = run<ClearMarksSummary>(rt, HANDLERS.clearMarks);
    expect(cleared).toMatchObject({ restored: 2, changed: 1 });
    expect((ws.getCell('F30').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FF00FF00');
    expect(ws.getCell('F30').note).toBe('แก้แล้ว');
  });

  it('clears the marks of a tab renamed since, and leaves alone a new tab that took its old name', async () => {
    const rt = await workbook();
    const before = snapshot(rt, [PLAN]);
    run<ValidateSummary>(rt, HANDLERS.validateTab);
    // The user renames the validated tab and makes a new one under the old name, with a fill and a
    // note of the mark's very kind at F30 (the cell marked on the old tab).
    const renamed = 'แผน (ฉบับตรวจแล้ว)';
    rt.env.workbook.getWorksheet(PLAN)!.name = renamed;
    const fresh = rt.env.workbook.addWorksheet(PLAN);
    for (const row of cleanPlan()) fresh.addRow(row);
    fresh.getCell('F30').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF4CCCC' } };
    fresh.getCell('F30').note = 'ของใหม่';
    const freshBefore = snapshot(rt, [PLAN]);

    const cleared = run<ClearMarksSummary>(rt, HANDLERS.clearMarks);
    // Found by its id: the one marked cell (F30) of the renamed tab is restored, nothing else touched.
    expect(cleared).toMatchObject({ ok: true, restored: 1, changed: 0, missingSheets: [] });
    const restored = Object.fromEntries(
      Object.entries(snapshot(rt, [renamed])).map(([k, v]) => [k.replace(renamed, PLAN), v]),
    );
    expect(restored).toEqual(before);
    expect(snapshot(rt, [PLAN])).toEqual(freshBefore);
  });

  it('validate this tab checks the active tab only, and says which source gave the fiscal year', async () => {
    const rt = await workbook();
    rt.env.metadata.get('document')!.set(PROPERTY_KEYS.fiscalYear, '2566');
    rt.env.active = rt.env.workbook.getWorksheet(PROGRESS)!;
    const summary = run<ValidateSummary>(rt, HANDLERS.validateTab);
    expect(summary.sheets.map((s) => s.name)).toEqual([PROGRESS]);
    expect(summary.fiscalYear).toEqual({ year: 2566, source: 'property' });
    const tab = rt.env.workbook.getWorksheet(TAB_NAMES.findings)!;
    const texts: string[] = [];
    tab.eachRow((row) => texts.push(String(row.getCell(1).value ?? '')));
    expect(texts.join('\n')).toContain('ปีงบประมาณในการตั้งค่า: 2566 (จากคุณสมบัติเอกสาร ita-sheets.fiscal-year)');
    // The year property is kept when the marks record is written beside it.
    expect(rt.env.metadata.get('document')?.get(PROPERTY_KEYS.fiscalYear)).toBe('2566');
    // Running it on the findings tab itself is refused.
    rt.env.active = tab;
    const refused = run<ValidateSummary>(rt, HANDLERS.validateTab);
    expect(refused).toMatchObject({ ok: false, findings: [] });
    expect(rt.ui.events.filter((e) => e.kind === 'alert').pop()?.text).toContain(
      'แท็บนี้เป็นผลที่ ITA Sheets สร้างขึ้น',
    );
  });
});

describe('The findings tab in English', () => {
  it('puts English first for a user whose locale is English', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(PLAN);
    const plan = cleanPlan();
    plan[29][5] = '165,000.00'; // as above: F30 says 165,000, its projects make 150,000
    for (const row of plan) ws.addRow(row);
    const rt = await openRuntime(wb, { locale: 'en_US' });
    rt.env.active = rt.env.workbook.getWorksheet(PLAN)!;
    const summary = run<ValidateSummary>(rt, HANDLERS.validateTab);
    const tab = rt.env.workbook.getWorksheet(TAB_NAMES.findings)!;
    let r = 1;
    while (!String(tab.getCell(r, 1).value ?? '').startsWith('Severity')) r++;
    expect([tab.getCell(r, 5).value, tab.getCell(r, 6).value]).toEqual(['Message', 'ข้อความ']);
    const f30 = summary.findings.findIndex((f) => f.cell === 'F30');
    expect(String(tab.getCell(r + 1 + f30, 1).value)).toBe('Error');
    expect(String(tab.getCell(r + 1 + f30, 5).value)).toBe(summary.findings[f30].message.en);
    expect(String(tab.getCell(r + 1 + f30, 6).value)).toBe(summary.findings[f30].message.th);
    expect(String(rt.env.workbook.getWorksheet(PLAN)!.getCell('F30').note)).toMatch(
      /^ITA Sheets: .*150,000\.00/,
    );
  });
});

describe('The fiscal year from the settings tab', () => {
  it('is used when no document property is set, said in the findings tab, and the tab is not validated', async () => {
    const rt = await workbook();
    const settings = rt.env.workbook.addWorksheet('ตั้งค่ารายงาน');
    settings.addRow(['ชื่อหน่วยงาน', 'อบต.หนองบัว']);
    settings.addRow(['ปีงบประมาณ', '๒๕๖๖']);
    const summary = run<ValidateSummary>(rt, HANDLERS.validateAll);
    expect(summary.fiscalYear).toEqual({ year: 2566, source: 'settings-tab' });
    expect(summary.sheets.map((s) => s.name)).toEqual([PLAN, PROGRESS, NOTES]);
    const tab = rt.env.workbook.getWorksheet(TAB_NAMES.findings)!;
    const texts: string[] = [];
    tab.eachRow((row) => texts.push(String(row.getCell(1).value ?? '')));
    expect(texts.join('\n')).toContain('ปีงบประมาณในการตั้งค่า: 2566 (จากแท็บ "ตั้งค่ารายงาน")');
  });
});

describe('The findings tab found again', () => {
  const findingsTabs = (rt: Runtime) =>
    rt.env.workbook.worksheets.filter((w) => w.name.startsWith(TAB_NAMES.findings)).map((w) => w.name);
  const document = (rt: Runtime) => rt.env.metadata.get('document')!;
  const validateTab = (rt: Runtime, name = PLAN) => {
    rt.env.active = rt.env.workbook.getWorksheet(name)!;
    return run<ValidateSummary>(rt, HANDLERS.validateTab);
  };

  it('is recorded by id and name, written in the Sarabun styles with links entered with the values', async () => {
    const rt = await workbook();
    const first = validateTab(rt);
    const tab = rt.env.workbook.getWorksheet(TAB_NAMES.findings)!;
    expect(JSON.parse(document(rt).get(PROPERTY_KEYS.findingsTab)!)).toEqual({
      id: tab.id,
      name: TAB_NAMES.findings,
    });
    let header = 1;
    while (!String(tab.getCell(header, 1).value ?? '').startsWith('ระดับ')) header++;
    // setTextStyles: the header bold, white on its fill; a link blue; the title 18 pt, all Sarabun.
    expect(tab.getCell(header, 1).font).toMatchObject({ name: 'Sarabun', size: 14, bold: true });
    expect(tab.getCell(header, 1).font.color?.argb).toBe('FFFFFFFF');
    const f30 = header + 1 + first.findings.findIndex((f) => f.cell === 'F30');
    expect((tab.getCell(f30, 3).value as { formula: string }).formula).toMatch(/^HYPERLINK\("#gid=/);
    expect(tab.getCell(f30, 3).font.color?.argb).toBe('FF1155CC');
    expect(tab.getCell(1, 1).font).toMatchObject({ name: 'Sarabun', size: 18, bold: true });
  });

  it('follows the tab the user renamed (found by its tag when the name no longer checks out)', async () => {
    const rt = await workbook();
    validateTab(rt);
    rt.env.workbook.getWorksheet(TAB_NAMES.findings)!.name = 'ผลตรวจ ฉบับแก้';
    const again = validateTab(rt);
    expect(again.tab).toBe('ผลตรวจ ฉบับแก้');
    expect(findingsTabs(rt)).toEqual([]);
    expect(JSON.parse(document(rt).get(PROPERTY_KEYS.findingsTab)!).name).toBe('ผลตรวจ ฉบับแก้');
  });

  it('reuses a findings tab made before tabs were recorded, rather than adding "(2)"', async () => {
    const rt = await workbook();
    validateTab(rt);
    document(rt).delete(PROPERTY_KEYS.findingsTab);
    const again = validateTab(rt);
    expect(again.tab).toBe(TAB_NAMES.findings);
    expect(findingsTabs(rt)).toEqual([TAB_NAMES.findings]);
  });

  it('never writes into a tab of the user: one that has the name, or one the record points at by id alone', async () => {
    const rt = await workbook();
    // A tab of the user's named like the findings tab, and a record whose id is the user's NOTES tab
    // (as if ids had been reused after the findings tab was deleted) but whose name is not its name.
    const mine = rt.env.workbook.addWorksheet(TAB_NAMES.findings);
    mine.addRow(['บันทึกของฉัน']);
    const notes = rt.env.workbook.getWorksheet(NOTES)!;
    document(rt).set(PROPERTY_KEYS.findingsTab, JSON.stringify({ id: notes.id, name: TAB_NAMES.findings }));
    const before = snapshot(rt, [NOTES]);
    const summary = validateTab(rt);
    expect(summary.tab).toBe(`${TAB_NAMES.findings} (2)`);
    expect(mine.getCell('A1').value).toBe('บันทึกของฉัน');
    expect(mine.rowCount).toBe(1);
    expect(snapshot(rt, [NOTES])).toEqual(before);
  });

  it('refuses "Validate this tab" on the findings tab (by its recorded id) and on another tab the add-in made', async () => {
    const rt = await workbook();
    validateTab(rt);
    const alerts = () => rt.ui.events.filter((e) => e.kind === 'alert').length;
    const shown = alerts();
    expect(validateTab(rt, TAB_NAMES.findings)).toMatchObject({ ok: false, findings: [] });
    // A tab tagged by the add-in (a results tab, say): its sheet metadata says so.
    rt.context.SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName(NOTES)
      .addDeveloperMetadata(GENERATED_TAG, 'ita-score');
    expect(validateTab(rt, NOTES)).toMatchObject({ ok: false, findings: [] });
    expect(alerts()).toBe(shown + 2);
  });
});
