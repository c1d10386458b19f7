// Writes a generated tab (results, findings, reports) from a Layout. A tab the add-in made carries a
// developer-metadata tag; re-running replaces that tab, and a tab the user made with the same name is
// never touched: the new tab gets the next free name instead.
import type { CellRole, Layout } from '../core/report/layout';
import { growGrid, NEW_SHEET_SIZE } from './grid';
import { literalText } from './literalText';

export const GENERATED_TAG = 'ita-sheets:generated';

const STYLE: Record<
  CellRole,
  { weight: string; size: number; color: string; background: string | null; format: string; align: string }
> = {
  title: { weight: 'bold', size: 18, color: '#1f3864', background: null, format: '@', align: 'left' },
  subtitle: { weight: 'normal', size: 13, color: '#404040', background: null, format: '@', align: 'left' },
  header: { weight: 'bold', size: 14, color: '#ffffff', background: '#2f5496', format: '@', align: 'center' },
  label: { weight: 'bold', size: 14, color: '#000000', background: '#dde7f3', format: '@', align: 'left' },
  text: { weight: 'normal', size: 14, color: '#000000', background: null, format: '@', align: 'left' },
  number: { weight: 'normal', size: 14, color: '#000000', background: null, format: '0', align: 'right' },
  score: { weight: 'normal', size: 14, color: '#000000', background: null, format: '0.00', align: 'right' },
  percent: { weight: 'normal', size: 14, color: '#000000', background: null, format: '0%', align: 'right' },
  note: { weight: 'normal', size: 12, color: '#595959', background: null, format: '@', align: 'left' },
  good: {
    weight: 'bold',
    size: 14,
    color: '#1e7b34',
    background: '#e2f0d9',
    format: '0.00',
    align: 'center',
  },
  bad: { weight: 'bold', size: 14, color: '#c00000', background: '#fbe5d6', format: '0.00', align: 'center' },
  change: {
    weight: 'normal',
    size: 14,
    color: '#000000',
    background: null,
    format: '+0.00;-0.00;0.00',
    align: 'right',
  },
};

/** The sheet the add-in generated under `kind`, or undefined. */
function findGenerated(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, kind: string) {
  return spreadsheet
    .getSheets()
    .find((sheet) =>
      sheet.getDeveloperMetadata().some((m) => m.getKey() === GENERATED_TAG && m.getValue() === kind),
    );
}

/**
 * Writes `layout` into the tab the add-in made for `kind` (replacing it), or a new tab named `name`
 * (or `name (2)`, … when the user has a tab of that name). Returns the tab's name.
 */
export function writeGeneratedTab(kind: string, name: string, layout: Layout): string {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const previous = findGenerated(spreadsheet, kind);
  let sheet: GoogleAppsScript.Spreadsheet.Sheet;
  let size: { rows: number; columns: number };
  if (previous) {
    sheet = previous;
    sheet.clear();
    size = { rows: sheet.getMaxRows(), columns: sheet.getMaxColumns() };
    for (const m of sheet.getRange(1, 1, size.rows, size.columns).getMergedRanges()) m.breakApart();
  } else {
    let free = name;
    for (let n = 2; spreadsheet.getSheetByName(free); n++) free = `${name} (${n})`;
    sheet = spreadsheet.insertSheet(free);
    sheet.addDeveloperMetadata(GENERATED_TAG, kind);
    size = NEW_SHEET_SIZE;
  }
  const rows = layout.values.length;
  const columns = layout.values[0]?.length ?? 1;
  growGrid(sheet, size, rows, columns);
  const range = sheet.getRange(1, 1, rows, columns);
  const style = (pick: (s: (typeof STYLE)[CellRole]) => unknown) =>
    layout.roles.map((r) => r.map((role) => pick(STYLE[role])));
  range.setNumberFormats(style((s) => s.format) as string[][]);
  range.setValues(layout.values.map((r) => r.map(literalText)));
  range.setFontFamily('Sarabun');
  range.setFontWeights(style((s) => s.weight) as GoogleAppsScript.Spreadsheet.FontWeight[][]);
  range.setFontSizes(style((s) => s.size) as number[][]);
  range.setFontColors(style((s) => s.color) as string[][]);
  range.setBackgrounds(style((s) => s.background) as string[][]);
  range.setHorizontalAlignments(style((s) => s.align) as ('left' | 'center' | 'right')[][]);
  range.setVerticalAlignment('middle');
  range.setWraps(layout.wraps);
  for (const m of layout.merges) sheet.getRange(m.row + 1, m.column + 1, m.numRows, m.numColumns).merge();
  layout.columnWidths.forEach((width, i) => {
    sheet.setColumnWidth(i + 1, width);
  });
  // Thai text (Sarabun 14 with vowels above and below) needs taller rows than Sheets' default, and
  // LibreOffice does not fit heights on import: set them, one call per run of equal heights.
  for (let r = 0; r < rows;) {
    let end = r + 1;
    while (end < rows && layout.rowHeights[end] === layout.rowHeights[r]) end++;
    sheet.setRowHeights(r + 1, end - r, layout.rowHeights[r]);
    r = end;
  }
  if (layout.frozenRows) sheet.setFrozenRows(layout.frozenRows);
  spreadsheet.setActiveSheet(sheet);
  return sheet.getName();
}
