// The tryout workbooks (tryout/, tryout/reports/) as tests use them: a path, and a copy with a few
// cells changed (as tryout/edit.mjs makes one) for a one-cell variation of a layout.
import { join } from 'node:path';
import ExcelJS from 'exceljs';

/** The path of a tryout workbook: `tryoutFile('w01….xlsx')`, `tryoutFile('reports', 'r09….xlsx')`. */
export const tryoutFile = (...parts: string[]) => join(__dirname, '..', '..', 'tryout', ...parts);

/** Writes to `to` a copy of the workbook at `from` with `cells` of tab `sheet` changed; returns `to`. */
export async function tryoutVariation(
  from: string,
  to: string,
  sheet: string,
  cells: Record<string, unknown>,
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  const ws = wb.getWorksheet(sheet)!;
  for (const [a1, value] of Object.entries(cells)) ws.getCell(a1).value = value as ExcelJS.CellValue;
  await wb.xlsx.writeFile(to);
  return to;
}
