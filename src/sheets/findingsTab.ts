// Writes the findings tab: the layout with the links to the cells in its batched calls (a link is a
// formula, entered by the same setValues), and a filter over the findings (the header row and every
// finding row).
import type { FindingsTab } from '../core/validation/findingsLayout';
import type { Theme } from '../core/report/theme';
import type { ClaimedTab } from './generatedTabs';
import { writeLayout } from './writeLayout';

/** Writes `tab` into the tab claimGeneratedTab gave (writeLayout makes room past its last row). */
export function writeFindingsTab(claimed: ClaimedTab, tab: FindingsTab, theme: Theme): void {
  const { sheet, fresh, size } = claimed;
  writeLayout(
    sheet,
    tab.layout,
    theme,
    { fresh, size },
    {
      formulas: { column: tab.linkColumn, firstRow: tab.headerRow + 1, cells: tab.links },
      // The tab's widths never change: a reused tab keeps them, and any the user widened.
      keepWidths: true,
    },
  );
  // A reused tab may keep the filter of the last run (clearing a tab leaves its filter).
  if (!fresh) sheet.getFilter()?.remove();
  const width = tab.layout.values[0]?.length ?? 1;
  sheet.getRange(tab.headerRow + 1, 1, tab.lastRow - tab.headerRow + 1, width).createFilter();
}
