// A spreadsheet the add-in creates (through the Drive API): a new file with one empty sheet, "Sheet1"
// as Google names it for an English account ("ชีต1" for a Thai one; the add-in never relies on the
// name). It shares the running execution's call counter, context and clock with the file the user
// has open, so its calls count in the same budget.
import ExcelJS from 'exceljs';
import type { Env } from './env';

export function newSpreadsheetEnv(parent: Env, name: string): Env {
  const workbook = new ExcelJS.Workbook();
  const first = workbook.addWorksheet('Sheet1');
  const created: Env = {
    ...parent,
    workbook,
    metadata: new Map([['document', new Map<string, string>()]]),
    developerMetadata: [],
    nextMetadataId: 1,
    sizes: new WeakMap(),
    spreadsheetName: name,
    active: first,
    recalc: undefined,
    autoFitSheets: new WeakSet(),
  };
  return created;
}
