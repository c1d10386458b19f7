// Writes the findings tab: the layout in its batched calls, the links to the cells as formulas in one
// more, and a filter over the findings (the header row and every finding row).
import type { FindingsTab } from '../core/validation/findingsLayout';
import type { Theme } from '../core/report/theme';
import { writeLayout } from './writeLayout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Writes `tab` into `sheet` (claimed by claimGeneratedTab; `fresh` when just inserted). */
export function writeFindingsTab(sheet: Sheet, tab: FindingsTab, theme: Theme, fresh: boolean): void {
  // Sheets refuses a range past the tab's last row: make room first (a new tab has 1,000 rows).
  const rows = tab.layout.values.length;
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  writeLayout(sheet, tab.layout, theme, fresh);
  const firstFinding = tab.headerRow + 1;
  if (tab.links.length && tab.links.every((l) => l !== '')) {
    sheet
      .getRange(firstFinding + 1, tab.linkColumn + 1, tab.links.length, 1)
      .setFormulas(tab.links.map((l) => [l]));
  }
  // A reused tab may keep the filter of the last run (clearing a tab leaves its filter).
  if (!fresh) sheet.getFilter()?.remove();
  const width = tab.layout.values[0]?.length ?? 1;
  sheet.getRange(tab.headerRow + 1, 1, tab.lastRow - tab.headerRow + 1, width).createFilter();
}
