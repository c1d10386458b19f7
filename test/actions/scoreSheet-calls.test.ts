// How many Apps Script calls "Score ITA sheet" makes, through the built bundle in the emulator (every
// call counted by local/emulator/calls.ts). Each call may be a round trip to Google's servers, so the
// count must stay small and must not grow with rows, agencies or tabs.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { HANDLERS } from '../../contract/actions';
import { TAB_NAMES } from '../../contract/metadata';
import { openRuntime, type Runtime } from '../../local/runtime';

const DEMO = join(__dirname, '..', '..', 'examples', 'demo.xlsx');
const DATA = 'คะแนน';

/** Calls that bring data back from the spreadsheet (what a script waits for). */
const READS = new Set([
  'Range.getValues',
  'Sheet.getName',
  'Sheet.getDataRange',
  'Spreadsheet.getActiveSheet',
  'Spreadsheet.getSheetByName',
  'Properties.getProperty',
  'DeveloperMetadataFinder.find',
  'DeveloperMetadata.getValue',
  'DeveloperMetadata.getLocation',
  'DeveloperMetadataLocation.getSheet',
  'Sheet.getMaxRows',
  'Sheet.getMaxColumns',
  'Lock.tryLock',
]);

interface Counted {
  total: number;
  /** Calls of custom functions recalculated at the action's flush (executions of their own). */
  custom: Record<string, number>;
  reads: Record<string, number>;
  calls: Record<string, number>;
}

function scoreCounted(rt: Runtime, sheet: string): Counted {
  rt.env.active = rt.env.workbook.getWorksheet(sheet)!;
  rt.env.counter.reset();
  const summary = rt.run(HANDLERS.scoreSheet) as {
    ok: boolean;
    tab?: string;
    findings: { severity: string; code: string; cell: string }[];
  };
  // The results tab was written; the only error allowed is the demo's planted one: its 2563 row
  // publishes 77.34 at M2, which the indicator scores shown cannot give (77.43–77.44).
  expect(summary.tab).toBe(TAB_NAMES.itaScore);
  const errors = summary.findings.filter((f) => f.severity === 'error').map((f) => `${f.code} ${f.cell}`);
  expect(errors).toEqual(sheet === 'คะแนน ITA' ? ['ita.total-mismatch M2'] : []);
  const calls = rt.env.counter.toJSON();
  const reads = Object.fromEntries(Object.entries(calls).filter(([name]) => READS.has(name)));
  const custom = Object.fromEntries(rt.env.counter.customFunctions);
  return { total: rt.env.counter.total(), custom, reads, calls };
}

// Worked scores (DOMAIN.md §1): IIT 89.878, EIT 82.36, OIT 95 → 89.67 A; the second set 71.00 C.
const WORKED = [90.12, 88.4, 93.75, 86.02, 91.1, 85.33, 79.5, 82.25, 90.0, 100.0];
const FAILING = [70, 70, 70, 70, 70, 80, 80, 80, 60, 70];

/** 49 tabs of other work, and one of `agencies` agencies' indicator scores (active). */
async function bigWorkbook(agencies: number): Promise<Runtime> {
  const wb = new ExcelJS.Workbook();
  for (let t = 1; t < 50; t++) {
    const ws = wb.addWorksheet(`งาน ${t}`);
    ws.addRow(['รายการ', 'จำนวน']);
    ws.addRow([`โครงการที่ ${t}`, t * 1000]);
  }
  const data = wb.addWorksheet(DATA);
  data.addRow(['ปีงบประมาณ', 'หน่วยงาน', ...Array.from({ length: 10 }, (_, i) => `ตัวชี้วัดที่ ${i + 1}`)]);
  for (let i = 0; i < agencies; i++) data.addRow([2565, `อบต. ที่ ${i + 1}`, ...(i % 2 ? WORKED : FAILING)]);
  return openRuntime(wb);
}

describe('Score ITA sheet: Apps Script calls', () => {
  let demo: Counted;
  beforeAll(async () => {
    demo = scoreCounted(await openRuntime(DEMO), 'คะแนน ITA');
  });

  // On the demo (no results tab yet), 27 calls:
  //   lock 4: getDocumentLock, tryLock, flush, releaseLock
  //   read 8: getActiveSpreadsheet, getActiveSheet, getName, getDataRange, getValues,
  //           getSheetByName(ITA_CONFIG), getDocumentProperties, getProperty
  //   find the add-in's tabs 3: createDeveloperMetadataFinder, withKey, find
  //   new tab 2: insertSheet, addDeveloperMetadata
  //   write 9: getRange, setNumberFormats, setValues, setTextStyles (family, size, colour and
  //             weight in one; the TextStyle builders reach no document and are counted apart),
  //             setBackgrounds, setHorizontalAlignments, setWraps,
  //             setColumnWidths × 2 (230 px and 280 px; the 100 px between is a new tab's width)
  //   done 1: toast
  it('makes at most 27 on the demo, of which these are reads', () => {
    expect(demo.total).toBeLessThanOrEqual(27);
    // The flush recalculates the demo's THAI_DATE cells. In Sheets each runs in an execution of its
    // own, so their calls (the zone, formatDate) are counted apart, not as the action's.
    expect(demo.custom['Utilities.formatDate']).toBeGreaterThan(0);
    expect(demo.calls['Utilities.formatDate']).toBeUndefined();
    expect(demo.reads).toEqual({
      'DeveloperMetadataFinder.find': 1,
      'Lock.tryLock': 1,
      'Properties.getProperty': 1,
      'Range.getValues': 1,
      'Sheet.getDataRange': 1,
      'Sheet.getName': 1,
      'Spreadsheet.getActiveSheet': 1,
      'Spreadsheet.getSheetByName': 1,
    });
  });

  // The results tab of 1,000 agencies runs past a new tab's 1000 rows, and Sheets throws on a range
  // beyond the grid (APPS-SCRIPT.md A1 row 1): the writer first inserts the missing rows, in ONE
  // insertRowsAfter however many they are. Every other call is the demo's, one for one.
  it('makes the very same calls on 50 tabs and 1,000 agencies, plus one insertRowsAfter', async () => {
    const big = scoreCounted(await bigWorkbook(1000), DATA);
    expect(demo.calls['Sheet.insertRowsAfter']).toBeUndefined();
    expect(big.calls).toEqual({ ...demo.calls, 'Sheet.insertRowsAfter': 1 });
  });

  // Re-running writes into the tab it made: 4 more reads to learn the tab's kind and name (getValue,
  // getLocation, getSheet, getName), 6 to empty it (clear, getMaxRows, getMaxColumns, getRange,
  // breakApart, activate), every width run and one row fit (its rows keep old heights), and no
  // insertSheet/addDeveloperMetadata: 30 + 4 + 6 + 1 + 1 − 2 = 40.
  it('re-running into its own tab: at most 40, the same for 10 and 1,000 agencies', async () => {
    const counts = [];
    for (const agencies of [10, 1000]) {
      const rt = await bigWorkbook(agencies);
      scoreCounted(rt, DATA);
      const again = scoreCounted(rt, DATA);
      expect(again.total).toBeLessThanOrEqual(40);
      expect(rt.env.workbook.worksheets.filter((w) => w.name.startsWith(TAB_NAMES.itaScore))).toHaveLength(1);
      counts.push(again.calls);
    }
    expect(counts[1]).toEqual(counts[0]);
  });
});
