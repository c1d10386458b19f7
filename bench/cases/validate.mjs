// Validation figures through the built bundle in the emulator: "Validate this tab" on a plan budget
// table of 50 and 5,000 rows (time and Apps Script calls, with what reading cell by cell would cost),
// the same tab validated again, "Validate all tabs" on 10 and 30 tabs, and "Clear marks" after
// marking 5 and 500 cells.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

/** A plan of `projects` projects at 1,000 a year; its 2567 subtotal says 1,000 more (one error). */
function plan(ws, projects, notes) {
  ws.addRow(['แผนปฏิบัติการป้องกันการทุจริต']);
  ws.addRow(['มิติ', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', 'ปีงบประมาณ (บาท)', '', 'หมายเหตุ']);
  ws.addRow(['', '', '', 'ปี 2566', 'ปี 2567', '']);
  for (let n = 1; n <= projects; n++)
    ws.addRow([
      n === 1 ? 'มิติที่ 1' : '',
      '',
      `${n}) โครงการที่ ${n}`,
      1000,
      1000,
      notes && n % 10 === 0 ? 500 : '',
    ]);
  ws.addRow(['รวม', '', `จำนวน ${projects} โครงการ`, projects * 1000, projects * 1000 + 1000, '']);
  ws.addRow(['รวมทั้งสิ้น', '', `จำนวน ${projects} โครงการ`, projects * 1000, projects * 1000, '']);
}

export default async ({ root, median }) => {
  const require = createRequire(import.meta.url);
  const { openRuntime } = require(join(root, 'dist', 'runtime.js'));
  const open = async (tabs, projects, notes = true) => {
    const wb = new ExcelJS.Workbook();
    for (let t = 1; t <= tabs; t++) plan(wb.addWorksheet(`แผน ${t}`), projects, notes);
    const rt = await openRuntime(wb);
    rt.env.active = rt.env.workbook.worksheets[0];
    return rt;
  };
  const calls = (rt, handler) => {
    rt.env.counter.reset();
    rt.run(handler);
    return rt.env.counter.total();
  };
  const rows = [];

  // Time of the handler alone, each run on a fresh workbook (a second run would clear marks first).
  const ready = [];
  for (let i = 0; i < 7; i++) ready.push(await open(1, 4995));
  const big = await median(() => ready.pop().run('validateThisTab'), { runs: 5, warmup: 1 });
  const small = calls(await open(1, 45), 'validateThisTab');
  const large = calls(await open(1, 4995), 'validateThisTab');
  rows.push({
    name: 'Validate this tab, 5,000-row plan budget table (handler time in the emulator)',
    value: big,
    unit: 'ms',
    budget: 1000,
    note: 'reading, checks, 500 marks and the findings tab',
  });
  rows.push({
    name: 'Validate this tab: Apps Script calls at 50 / 5,000 rows',
    value: large,
    unit: 'calls',
    note: `${small} at 50 rows (46 before); 11 of them touch the table (the tab 4, read 2, marks 5). Reading cell by cell (getValue per cell) would be 5,000 × 6 = 30,000 calls, and marking 500 cells one by one 1,000 more`,
  });

  const again = [];
  for (const projects of [45, 4995]) {
    const rt = await open(1, projects);
    rt.run('validateThisTab');
    rt.env.active = rt.env.workbook.worksheets[0];
    again.push(calls(rt, 'validateThisTab'));
  }
  rows.push({
    name: 'Validate this tab again (findings tab and marks of the last run there): Apps Script calls',
    value: again[1],
    unit: 'calls',
    note: `${again[0]} at 50 rows (63 before): the findings tab found by its recorded id, the last marks given back in the same read and write as the new`,
  });

  const ten = calls(await open(10, 45, false), 'validateAllTabs');
  const thirty = calls(await open(30, 45, false), 'validateAllTabs');
  const thirtyLong = calls(await open(30, 495, false), 'validateAllTabs');
  rows.push({
    name: 'Validate all tabs: Apps Script calls, 30 tabs',
    value: thirty,
    unit: 'calls',
    note: `10 tabs: ${ten}; 30 tabs of 500 rows: ${thirtyLong}; ${(thirty - ten) / 20} a tab (read 4, mark 5), none a row (308 at 30 tabs before)`,
  });

  const clear = [];
  for (const projects of [45, 4995]) {
    const rt = await open(1, projects);
    rt.run('validateThisTab');
    clear.push(calls(rt, 'clearValidationMarks'));
  }
  rows.push({
    name: 'Clear marks: Apps Script calls',
    value: clear[1],
    unit: 'calls',
    note: `${clear[0]} after 5 marked cells, ${clear[1]} after 500: lock 4, properties 3, toast 1 and the spreadsheet 1 before any cell, then 6 a marked tab (getSheetById and its block of 5)`,
  });
  return rows;
};
