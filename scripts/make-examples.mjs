#!/usr/bin/env node
// Writes examples/demo.xlsx from examples/demo-source.mjs (`npm run examples`). The .xlsx is committed
// so the demo runs without this step; rerun it after changing the source.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { DEMO } from '../examples/demo-source.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A workbook from a source of the shape examples/demo-source.mjs exports. */
export function workbookFromSource(source) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ITA Sheets';
  // Fixed dates keep the committed file byte-stable across runs.
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = wb.created;
  for (const sheet of source.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        const target = ws.getCell(r + 1, c + 1);
        if (cell && typeof cell === 'object' && 'f' in cell) {
          target.value = { formula: cell.f };
          if (cell.fmt) target.numFmt = cell.fmt;
        } else if (cell && typeof cell === 'object' && 'v' in cell) {
          target.value = cell.v;
          if (cell.fmt) target.numFmt = cell.fmt;
        } else if (cell !== '' && cell !== null && cell !== undefined) target.value = cell;
        target.font = { name: 'Sarabun', size: 12, bold: r === 0 };
        if (r === 0) {
          target.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
          target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE7F3' } };
        }
      });
    });
    (sheet.widths ?? []).forEach((px, i) => {
      ws.getColumn(i + 1).width = Math.max(1, (px - 5) / 7);
    });
    ws.getRow(1).height = 48;
    if (sheet.frozenRows) ws.views = [{ state: 'frozen', ySplit: sheet.frozenRows }];
    for (const [address, text] of sheet.notes ?? []) ws.getCell(address).note = text;
  }
  return wb;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = join(root, 'examples', 'demo.xlsx');
  await workbookFromSource(DEMO).xlsx.writeFile(out);
  console.log(`wrote ${out} (${DEMO.sheets.map((s) => s.name).join(', ')})`);
}
