// Writes a Layout into a tab with a fixed handful of batched calls, however many rows, columns or
// sections it has: one call per style property for the whole block, column widths in runs of equal
// width, and row heights left to Sheets (which fits them to the text) or fitted in one call.
import type { Layout } from '../core/report/layout';
import { runsOf, styleGrid, type Theme } from '../core/report/theme';
import { growGrid } from './grid';
import { literalRows } from './literalText';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What a new tab starts with in Sheets: columns 100 px wide, cells aligned to the bottom. */
const NEW_TAB = { columnWidth: 100, verticalAlignment: 'bottom' };

/**
 * Writes `layout` from A1 of `sheet` (whose grid is `tab.size`) in `theme`. On a `fresh` tab (just
 * inserted) what already is Sheets' default is not set again; a reused tab has been cleared of
 * formats but keeps its widths.
 */
export function writeLayout(
  sheet: Sheet,
  layout: Layout,
  theme: Theme,
  tab: { fresh: boolean; size: { rows: number; columns: number } },
): void {
  const { fresh } = tab;
  const rows = layout.values.length;
  const columns = layout.values[0]?.length ?? 1;
  if (rows === 0) return;
  // Sheets throws on a range past the grid (a new tab is 1000 × 26): a results tab of 1,000
  // agencies needs rows inserted first, in one call.
  growGrid(sheet, tab.size, rows, columns);
  const range = sheet.getRange(1, 1, rows, columns);
  const style = <K extends Parameters<typeof styleGrid>[2]>(k: K) => styleGrid(layout.roles, theme, k);
  // Formats first: text cells are '@', so setValues keeps what they say ("00123", "1/10/2566").
  range.setNumberFormats(style('format'));
  range.setValues(literalRows(layout.values));
  range.setFontFamily(theme.fontFamily);
  range.setFontWeights(style('weight'));
  range.setFontSizes(style('size'));
  range.setFontColors(style('color'));
  // null clears a fill in Apps Script; the type declarations know only strings.
  range.setBackgrounds(style('background') as string[][]);
  range.setHorizontalAlignments(style('align'));
  if (theme.verticalAlignment !== NEW_TAB.verticalAlignment)
    range.setVerticalAlignment(theme.verticalAlignment);
  range.setWraps(layout.wraps);
  for (const m of layout.merges) sheet.getRange(m.row + 1, m.column + 1, m.numRows, m.numColumns).merge();
  for (const run of runsOf(layout.columnWidths))
    if (!fresh || run.value !== NEW_TAB.columnWidth) sheet.setColumnWidths(run.start, run.count, run.value);
  // Sheets fits the rows of a new tab to their font and lines by itself (Thai at 14 pt needs more
  // than the default 21 px); a reused tab's rows keep the heights of what it held before.
  if (!fresh) sheet.autoResizeRows(1, rows);
  if (layout.frozenRows) sheet.setFrozenRows(layout.frozenRows);
}
