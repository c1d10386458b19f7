// Writes the findings tab: the layout in its batched calls, the links to the cells as formulas in one
// more, and a filter over the findings (the header row and every finding row).
import type { FindingsTab } from '../core/validation/findingsLayout';
import type { Theme } from '../core/report/theme';
import type { ClaimedTab } from './generatedTabs';
import { writeLayout } from './writeLayout';

/** Writes `tab` into the tab claimGeneratedTab gave (writeLayout makes room past its last row). */
export function writeFindingsTab(claimed: ClaimedTab, tab: FindingsTab, theme: Theme): void {
  const { sheet, fresh, size } = claimed;
  writeLayout(sheet, tab.layout, theme, { fresh, size });
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
