// How many Apps Script calls validation makes, through the built bundle in the emulator (every call
// counted by local/emulator/calls.ts): the same for a 50-row and a 5,000-row budget table, growing
// with the tabs (not their rows) for "Validate all tabs", and flat in the marked cells for clearing.
import ExcelJS from 'exceljs';
import { HANDLERS, type ValidateSummary } from '../../contract/actions';
import { openRuntime, type Runtime } from '../../local/runtime';

const HEADER_TOP = ['มิติ', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', 'ปีงบประมาณ (บาท)', '', 'หมายเหตุ'];
const HEADER_YEARS = ['', '', '', 'ปี 2566', 'ปี 2567', ''];

/**
 * A plan of `projects` projects at 1,000 baht a year in one มิติ: its subtotal and grand total are
 * projects × 1,000, except the 2567 subtotal, which says 1,000 more (one planted error); every
 * tenth project has "500" in หมายเหตุ (an amount in the note column: one more marked cell per ten rows).
 */
function planRows(projects: number, notes = true): unknown[][] {
  const rows: unknown[][] = [['แผนปฏิบัติการป้องกันการทุจริต'], HEADER_TOP, HEADER_YEARS];
  for (let n = 1; n <= projects; n++)
    rows.push([
      n === 1 ? 'มิติที่ 1 การสร้างสังคม' : '',
      '',
      `${n}) โครงการที่ ${n}`,
      1000,
      1000,
      notes && n % 10 === 0 ? 500 : '',
    ]);
  const total = projects * 1000;
  rows.push(['รวม', '', `จำนวน ${projects} โครงการ`, total, total + 1000, '']);
  rows.push(['รวมทั้งสิ้น', '', `จำนวน ${projects} โครงการ`, total, total, '']);
  return rows;
}

async function withPlans(tabs: number, projects: number, notes = true): Promise<Runtime> {
  const wb = new ExcelJS.Workbook();
  for (let t = 1; t <= tabs; t++) {
    const ws = wb.addWorksheet(`แผน ${t}`);
    for (const row of planRows(projects, notes)) ws.addRow(row);
  }
  const rt = await openRuntime(wb);
  rt.env.active = rt.env.workbook.worksheets[0];
  return rt;
}

function counted(
  rt: Runtime,
  handler: string,
): { total: number; calls: Record<string, number>; result: unknown } {
  rt.env.counter.reset();
  const result = rt.run(handler);
  return { total: rt.env.counter.total(), calls: rt.env.counter.toJSON(), result };
}

describe('Validate: Apps Script calls', () => {
  // "Validate this tab" on a budget table, 46 calls, the same at 50 and at 5,000 rows:
  //   lock 4: getDocumentLock, tryLock, flush, releaseLock
  //   the table 10: getActiveSheet, getName, getSheetId, getDataRange, getValues; the marks
  //                 getRange, getBackgrounds, getNotes, setBackgrounds, setNotes (one block)
  //   context 7: getActiveSpreadsheet, getActiveUserLocale, getSpreadsheetTimeZone,
  //              getDocumentProperties, getProperties, setProperties (the marks record),
  //              getSheetByName (the settings tab, for a fiscal year: no property is set)
  //   findings tab 24: createDeveloperMetadataFinder, withKey, find, insertSheet,
  //              addDeveloperMetadata (a new tab's size is known: no getMaxRows); the layout's 15 (getRange, 10 setters,
  //              setColumnWidths × 4, setFrozenRows); the links getRange + setFormulas; the
  //              filter getRange + createFilter
  //   done 1: toast
  // The table's own calls are the 10 above (the figure is at most 15); the rest is the
  // findings tab and the context, which do not grow with rows either.
  it('validating a budget table makes the very same 46 calls at 50 and at 5,000 rows', async () => {
    const small = counted(await withPlans(1, 45), HANDLERS.validateTab);
    const big = counted(await withPlans(1, 4995), HANDLERS.validateTab);
    for (const [run, projects] of [
      [small, 45],
      [big, 4995],
    ] as const) {
      const summary = run.result as ValidateSummary;
      // The one planted error: the 2567 subtotal (E, 0-based row projects + 3) says 1,000 more.
      expect(
        summary.findings.filter((f) => f.severity === 'error').map((f) => `${f.code} ${f.cell}`),
      ).toEqual([`budget.subtotal-mismatch E${projects + 4}`]);
      // Marked: that subtotal and one note cell per ten projects.
      expect(summary.marked).toBe(1 + Math.floor(projects / 10));
    }
    expect(big.calls).toEqual(small.calls);
    expect(small.total).toBe(46);
    const table = ['Spreadsheet.getActiveSheet', 'Sheet.getName', 'Sheet.getSheetId', 'Sheet.getDataRange'];
    const reads = [...table, 'Range.getValues', 'Range.getBackgrounds', 'Range.getNotes', 'Range.setNotes'];
    // One getRange and one setBackgrounds of the marks (the others write the findings tab).
    expect(reads.reduce((n, k) => n + (small.calls[k] ?? 0), 0) + 2).toBeLessThanOrEqual(15);
  });

  // Each tab costs 4 calls to read (getName, getSheetId, getDataRange, getValues) and, when a cell
  // on it is marked, 5 to mark (getRange, getBackgrounds, getNotes, setBackgrounds, setNotes): 9 per
  // tab here, where every tab has a planted error, whatever its rows.
  it('"Validate all tabs" grows by 9 calls a tab, not with rows: 30 tabs of 50 rows = 30 tabs of 500', async () => {
    // (Without the note amounts: 30 × 50 warnings would take the findings tab past its 1,000 rows,
    // which costs one insertRowsAfter: a cost of findings, not of rows read.)
    const ten = counted(await withPlans(10, 45, false), HANDLERS.validateAll);
    const thirty = counted(await withPlans(30, 45, false), HANDLERS.validateAll);
    const thirtyLong = counted(await withPlans(30, 495, false), HANDLERS.validateAll);
    expect(thirty.total - ten.total).toBe(20 * 9);
    expect(thirtyLong.calls).toEqual(thirty.calls);
    // 30 tabs: 308 calls = 38 fixed (the tab's 46 less its 10, plus getSheets and the toast of a
    // long run) + 30 × 9.
    expect(thirty.total).toBe(308);
  });

  it('clearing marks makes the same calls for 5 marked cells and for 500', async () => {
    const counts: number[] = [];
    const calls: Record<string, number>[] = [];
    for (const projects of [45, 4995]) {
      const rt = await withPlans(1, projects);
      counted(rt, HANDLERS.validateTab);
      const cleared = counted(rt, HANDLERS.clearMarks);
      expect(cleared.result).toMatchObject({ restored: 1 + Math.floor(projects / 10), changed: 0 });
      counts.push(cleared.total);
      calls.push(cleared.calls);
    }
    expect(calls[1]).toEqual(calls[0]);
    // 15 calls: the lock 4, getActiveSpreadsheet, the properties 3 (the store, read, replace), the
    // tab by name, its marked block 5 (getRange, getBackgrounds, getNotes, setBackgrounds, setNotes)
    // and the toast. Nine of them come before any cell is touched, so the 10 is not reached:
    // it grows by 6 per marked tab, never with cells.
    expect(counts).toEqual([15, 15]);
  });
});
