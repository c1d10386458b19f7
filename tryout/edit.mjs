// Copies a tryout workbook with some cells changed, to try one variation:
// `node tryout/edit.mjs in.xlsx out.xlsx SHEET A1=text B2=123 …` (a number stays a number).
import ExcelJS from 'exceljs';

const [, , src, dst, sheet, ...edits] = process.argv;
const wb = new ExcelJS.Workbook();
await wb.xlsx.readFile(src);
const ws = wb.getWorksheet(sheet);
for (const e of edits) {
  const [cell, ...rest] = e.split('=');
  const text = rest.join('=');
  ws.getCell(cell).value = text === '' ? null : /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}
await wb.xlsx.writeFile(dst);
