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
): {
  total: number;
  calls: Record<string, number>;
  builders: Record<string, number>;
  result: unknown;
} {
  rt.env.counter.reset();
  const result = rt.run(handler);
  return {
    total: rt.env.counter.total(),
    calls: rt.env.counter.toJSON(),
    builders: Object.fromEntries(rt.env.counter.builders),
    result,
  };
}

describe('Validate: Apps Script calls', () => {
  // "Validate this tab" on a budget table, 39 calls (46 before), the same at 50 and at 5,000 rows:
  //   lock 4: getDocumentLock, tryLock, flush, releaseLock
  //   context 5: getActiveSpreadsheet, getActiveUserLocale, getDocumentProperties, getProperties,
  //              getSheetByName (the settings tab, for a fiscal year: no property is set)
  //   the table 11: getActiveSheet, getName, getSheetId, getDeveloperMetadata (is it one of the
  //              add-in's tabs? none: one call), getDataRange, getValues; the marks as one block:
  //              getRange, getBackgrounds, getNotes, setBackgrounds, setNotes
  //   the record 1: setProperties (marks and the findings tab's id, in one)
  //   findings tab 17: insertSheet, addDeveloperMetadata, getSheetId (for the record); the layout's
  //              getRange, setNumberFormats, setValues (the links entered with the values),
  //              setTextStyles (family, size, colour, weight), setBackgrounds,
  //              setHorizontalAlignments, setWraps, setColumnWidths × 4, setFrozenRows; the filter
  //              getRange + createFilter
  //   done 1: toast
  // Gone since: the metadata finder (3), getSpreadsheetTimeZone (read only for a date cell),
  // setFontFamily/Weights/Sizes/Colors (now one setTextStyles) and the links' getRange + setFormulas.
  // The table's own calls are the 11 above (the figure is at most 15); the rest is the
  // findings tab and the context, which do not grow with rows either.
  it('validating a budget table makes the very same 39 calls at 50 and at 5,000 rows', async () => {
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
    expect(big.builders).toEqual(small.builders);
    expect(small.total).toBe(39);
    const table = [
      'Spreadsheet.getActiveSheet',
      'Sheet.getName',
      'Sheet.getDeveloperMetadata',
      'Sheet.getDataRange',
      'Range.getValues',
      'Range.getBackgrounds',
      'Range.getNotes',
      'Range.setNotes',
    ];
    // One getSheetId, one getRange and one setBackgrounds are the table's (the others are the
    // findings tab's).
    expect(table.reduce((n, k) => n + (small.calls[k] ?? 0), 0) + 3).toBe(11);
    // The text styles are built once per role of the findings tab (title, subtitle, label, number,
    // note, header, text, link: 8), however many findings: 8 × (newTextStyle, 4 setters, build).
    expect(small.builders['SpreadsheetApp.newTextStyle']).toBe(8);
    expect(small.builders['TextStyleBuilder.build']).toBe(8);
  });

  // Validating the same tab again finds the findings tab by the id its record keeps (getSheetById
  // and getName, the name checking the record), where the finder took 3 calls and 4 more a tab it
  // found; the last run's marks are given back in the same read and write as the new ones.
  it('validating the tab again costs 42 calls (63 before), the same at 50 and 5,000 rows', async () => {
    const again: ReturnType<typeof counted>[] = [];
    for (const projects of [45, 4995]) {
      const rt = await withPlans(1, projects);
      counted(rt, HANDLERS.validateTab);
      rt.env.active = rt.env.workbook.worksheets[0];
      again.push(counted(rt, HANDLERS.validateTab));
    }
    expect(again[1].calls).toEqual(again[0].calls);
    expect(again[0].total).toBe(42);
    // The reused tab: getSheetById, getName, clear, getMaxRows, getMaxColumns, getRange, breakApart,
    // activate, autoResizeRows, getFilter, remove; its widths are kept (no setColumnWidths), and the
    // record, unchanged, is not written again.
    expect(again[0].calls).toMatchObject({
      'Spreadsheet.getSheetById': 1,
      'Range.getBackgrounds': 1,
      'Range.setBackgrounds': 2,
    });
    expect(again[0].calls['Sheet.setColumnWidths']).toBeUndefined();
    expect(again[0].calls['Properties.setProperties']).toBeUndefined();
    expect(again[0].calls['Spreadsheet.createDeveloperMetadataFinder']).toBeUndefined();
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
    // 30 tabs: 303 calls (308 before) = 33 fixed (the tab's 39 less its 11, plus the finder's 3
    // that tell the add-in's tabs apart, getSheets and the toast of a long run) + 30 × 9.
    expect(thirty.total).toBe(33 + 30 * 9);
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
    // tab by its id (getSheetById), its marked block 5 (getRange, getBackgrounds, getNotes,
    // setBackgrounds, setNotes) and the toast. Each is needed: the lock and its flush keep two runs
    // apart, the reads tell a cell the user changed since (left as it is) from one still marked,
    // and the toast is all the user sees. The 10 is not reached: it grows by 6 per marked
    // tab, never with cells.
    expect(counts).toEqual([15, 15]);
  });
});
