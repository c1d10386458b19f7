// Writes a Layout into a tab with a fixed handful of batched calls, however many rows, columns or
// sections it has: one call per style property for the whole block (the four font properties in one
// setTextStyles), column widths in runs of equal width, and row heights left to Sheets (which fits
// them to the text) or fitted in one call.
import type { CellRole, Layout } from '../core/report/layout';
import { runsOf, styleGrid, type Theme } from '../core/report/theme';
import { growGrid } from './grid';
import { literalRows } from './literalText';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type TextStyle = GoogleAppsScript.Spreadsheet.TextStyle;

/** What a new tab starts with in Sheets: columns 100 px wide, cells aligned to the bottom. */
const NEW_TAB = { columnWidth: 100, verticalAlignment: 'bottom' };

/** Formulas written with the values, one per row from `firstRow` in `column` (0-based); '' for none. */
export interface LayoutFormulas {
  column: number;
  firstRow: number;
  cells: readonly string[];
}

/**
 * One TextStyle per cell (family, size, colour, weight), each distinct style built once: a builder
 * lives in the script's runtime and reaches no document, so a tab costs one setTextStyles however
 * many roles it uses.
 */
function textStyles(roles: readonly (readonly CellRole[])[], theme: Theme): TextStyle[][] {
  const built = new Map<CellRole, TextStyle>();
  const styleOf = (role: CellRole): TextStyle => {
    let style = built.get(role);
    if (!style) {
      const s = theme.roles[role];
      style = SpreadsheetApp.newTextStyle()
        .setFontFamily(theme.fontFamily)
        .setFontSize(s.size)
        .setForegroundColor(s.color)
        .setBold(s.weight === 'bold')
        .build();
      built.set(role, style);
    }
    return style;
  };
  return roles.map((row) => row.map(styleOf));
}

/** The values for setValues: every text through literalText, then the formulas where they go. */
function cellsToWrite(layout: Layout, formulas?: LayoutFormulas): unknown[][] {
  const values: unknown[][] = literalRows(layout.values);
  formulas?.cells.forEach((formula, i) => {
    if (formula === '') return;
    // Only a formula is written raw (setValues enters text starting with "=" as one): anything else
    // here would be user text escaping the guard.
    if (!formula.startsWith('=')) throw new Error(`writeLayout: not a formula: ${formula}`);
    values[formulas.firstRow + i][formulas.column] = formula;
  });
  return values;
}

/**
 * Writes `layout` from A1 of `sheet` (whose grid is `tab.size`) in `theme`, with `formulas` entered in
 * the same setValues (their cells need a role whose format is not text '@', where Sheets would keep
 * the formula as text). On a `fresh` tab (just inserted) what already is Sheets' default is not set
 * again; a reused tab has been cleared of formats but keeps its widths, which `keepWidths` leaves as
 * they are (for a layout whose widths never change, so what the user widened stays widened).
 */
export function writeLayout(
  sheet: Sheet,
  layout: Layout,
  theme: Theme,
  tab: { fresh: boolean; size: { rows: number; columns: number } },
  options: { formulas?: LayoutFormulas; keepWidths?: boolean } = {},
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
  range.setValues(cellsToWrite(layout, options.formulas));
  range.setTextStyles(textStyles(layout.roles, theme));
  // null clears a fill in Apps Script; the type declarations know only strings.
  range.setBackgrounds(style('background') as string[][]);
  range.setHorizontalAlignments(style('align'));
  if (theme.verticalAlignment !== NEW_TAB.verticalAlignment)
    range.setVerticalAlignment(theme.verticalAlignment);
  range.setWraps(layout.wraps);
  for (const m of layout.merges) sheet.getRange(m.row + 1, m.column + 1, m.numRows, m.numColumns).merge();
  if (fresh || !options.keepWidths)
    for (const run of runsOf(layout.columnWidths))
      if (!fresh || run.value !== NEW_TAB.columnWidth) sheet.setColumnWidths(run.start, run.count, run.value);
  // Sheets fits the rows of a new tab to their font and lines by itself (Thai at 14 pt needs more
  // than the default 21 px); a reused tab's rows keep the heights of what it held before.
  if (!fresh) sheet.autoResizeRows(1, rows);
  if (layout.frozenRows) sheet.setFrozenRows(layout.frozenRows);
}
