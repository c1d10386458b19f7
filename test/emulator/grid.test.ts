// A writer makes room before writing past a sheet's grid (src/sheets/grid.ts), proven against the
// emulator, which throws as Apps Script does (APPS-SCRIPT.md A1 row 1: new sheets are 1000 × 26 and
// writing below row 1000 needs insertRowsAfter first).
import { growGrid, NEW_SHEET_SIZE } from '../../src/sheets/grid';
import { emulate, expectException } from './emulator';

describe('growGrid', () => {
  it('NEW_SHEET_SIZE is the size insertSheet gives', async () => {
    const { ss } = await emulate();
    const sheet = ss.insertSheet('Results');
    expect({ rows: sheet.getMaxRows(), columns: sheet.getMaxColumns() }).toEqual(NEW_SHEET_SIZE);
  });

  it('makes room for 1,203 rows × 30 columns on a new sheet, which fits 1000 × 26 only', async () => {
    const { ss } = await emulate();
    const sheet = ss.insertSheet('Results');
    expectException(() => sheet.getRange(1, 1, 1203, 30), 'outside-sheet');
    growGrid(sheet, NEW_SHEET_SIZE, 1203, 30);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1203, 30]);
    sheet.getRange(1203, 30).setValue('last');
    expect(sheet.getRange('AD1203').getValue()).toBe('last');
  });

  it('inserts nothing when the layout fits', async () => {
    const { ss, env } = await emulate();
    const sheet = ss.insertSheet('Results');
    env.counter.reset();
    growGrid(sheet, NEW_SHEET_SIZE, 1000, 26);
    expect(env.counter.total()).toBe(0);
  });
});
