// Writes a tab given as data (a built-in template, the settings tab) in a fixed handful of batched
// calls: one per cell property for the whole block, one per bordered block and merge, column widths
// and row heights in runs of equal size.
import type { TabGrids } from '../core/report/builtin/spec';
import { SPEC_FONT } from '../core/report/builtin/spec';
import { runsOf } from '../core/report/theme';
import { growGrid } from './grid';
import { literalRows } from './literalText';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The blocks of bordered cells: runs of columns in a row, joined with the rows below of the same run. */
function borderedBlocks(
  grids: TabGrids,
): { row: number; column: number; numRows: number; numColumns: number }[] {
  const blocks: { row: number; column: number; numRows: number; numColumns: number }[] = [];
  let open: typeof blocks = [];
  grids.styles.forEach((row, r) => {
    const runs: { column: number; numColumns: number }[] = [];
    row.forEach((style, c) => {
      if (!style.border) return;
      const last = runs[runs.length - 1];
      if (last && last.column + last.numColumns === c) last.numColumns++;
      else runs.push({ column: c, numColumns: 1 });
    });
    const next: typeof blocks = [];
    for (const run of runs) {
      const above = open.find((b) => b.column === run.column && b.numColumns === run.numColumns);
      if (above) {
        above.numRows++;
        next.push(above);
      } else {
        const block = { row: r, ...run, numRows: 1 };
        blocks.push(block);
        next.push(block);
      }
    }
    open = next;
  });
  return blocks;
}

/** Writes `grids` from A1 of `sheet`, whose grid is `size` (rows are inserted first when needed). */
export function writeTab(sheet: Sheet, grids: TabGrids, size: { rows: number; columns: number }): void {
  const rows = grids.values.length;
  const columns = grids.columnWidths.length;
  if (!rows) return;
  growGrid(sheet, size, rows, columns);
  const range = sheet.getRange(1, 1, rows, columns);
  const each = <T>(pick: (s: TabGrids['styles'][number][number]) => T) =>
    grids.styles.map((row) => row.map(pick));
  range.setNumberFormats(each((s) => s.format));
  range.setValues(literalRows(grids.values));
  range.setFontFamily(SPEC_FONT);
  range.setFontSizes(each((s) => s.size));
  range.setFontWeights(each((s) => (s.bold ? 'bold' : 'normal')));
  range.setFontColors(each((s) => s.color));
  range.setBackgrounds(each((s) => s.background) as string[][]);
  range.setHorizontalAlignments(each((s) => s.align));
  range.setVerticalAlignment('top');
  range.setWraps(each((s) => s.wrap));
  for (const b of borderedBlocks(grids))
    sheet
      .getRange(b.row + 1, b.column + 1, b.numRows, b.numColumns)
      .setBorder(true, true, true, true, true, true);
  for (const m of grids.merges) sheet.getRange(m.row + 1, m.column + 1, m.numRows, m.numColumns).merge();
  for (const run of runsOf(grids.columnWidths)) sheet.setColumnWidths(run.start, run.count, run.value);
  for (const run of runsOf(grids.rowHeights)) sheet.setRowHeights(run.start, run.count, run.value);
}
