// The tabs the add-in made, found with one developer-metadata finder (not one read per tab), and a tab
// claimed for new output: the add-in's own tab of that kind, cleared, or a new tagged tab. A tab the
// user made is never written: when it has the name, the new tab is "name (2)".
import { GENERATED_TAG } from '../../contract/metadata';
import { NEW_SHEET_SIZE } from './grid';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Past this many tabs named "name (n)", the insertSheet error is not about the name: it is shown. */
const MAX_NAME_TRIES = 50;

export interface GeneratedTab {
  kind: string;
  name: string;
  sheet: Sheet;
}

/** Every tab tagged as the add-in's, with its kind and name. */
export function findGeneratedTabs(spreadsheet: Spreadsheet): GeneratedTab[] {
  const tabs: GeneratedTab[] = [];
  for (const meta of spreadsheet.createDeveloperMetadataFinder().withKey(GENERATED_TAG).find()) {
    const sheet = meta.getLocation().getSheet();
    // Metadata on the spreadsheet, a row or a column is not a tab's tag.
    if (sheet) tabs.push({ kind: meta.getValue() ?? '', name: sheet.getName(), sheet });
  }
  return tabs;
}

/** A tab claimed for output: `fresh` when just inserted, `size` its grid (rows × columns). */
export interface ClaimedTab {
  sheet: Sheet;
  name: string;
  fresh: boolean;
  size: { rows: number; columns: number };
}

/**
 * The tab to write output of `kind` into: the add-in's tab of that kind, emptied (contents, formats
 * and merges), or a new tab tagged with `kind`, named `name` or, when a tab has that name,
 * `name (2)`, `name (3)`, …
 */
export function claimGeneratedTab(
  spreadsheet: Spreadsheet,
  generated: readonly GeneratedTab[],
  kind: string,
  name: string,
): ClaimedTab {
  const previous = generated.find((tab) => tab.kind === kind);
  if (previous) {
    const sheet = previous.sheet;
    sheet.clear();
    const size = { rows: sheet.getMaxRows(), columns: sheet.getMaxColumns() };
    sheet.getRange(1, 1, size.rows, size.columns).breakApart();
    sheet.activate();
    return { sheet, name: previous.name, fresh: false, size };
  }
  // insertSheet refuses a name a tab has (in any letter case) and makes the new tab the active one.
  // Trying names costs one call when the name is free, where looking first would cost two.
  for (let n = 1; ; n++) {
    const free = n === 1 ? name : `${name} (${n})`;
    let sheet: Sheet;
    try {
      sheet = spreadsheet.insertSheet(free);
    } catch (error) {
      if (n >= MAX_NAME_TRIES) throw error;
      continue;
    }
    sheet.addDeveloperMetadata(GENERATED_TAG, kind);
    return { sheet, name: free, fresh: true, size: NEW_SHEET_SIZE };
  }
}
