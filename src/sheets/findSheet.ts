// The one way the add-in finds a tab it recorded (marks to clear, the findings tab): by the id Sheets
// gave it, which stays with the tab through a rename and is never given to another tab. The name is
// never used to find a tab — a tab that merely has the recorded name is another tab (the user renamed
// ours and made a new one with the old name) and must never be written — only to check one found by
// id before a whole tab is rewritten, and to say which tab is gone.

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A tab as the add-in recorded it: its id, and its name at the time. */
export interface RecordedTab {
  id: number;
  name: string;
}

/**
 * The recorded tab, found by id in one call (REF Spreadsheet.getSheetById), or null when deleted.
 * With `nameMustMatch` (one more call) a tab found by id whose name is no longer the recorded one is
 * null too: for a caller about to clear the whole tab, which then looks further by surer means.
 */
export function findSheet(
  spreadsheet: Spreadsheet,
  tab: RecordedTab,
  options: { nameMustMatch?: boolean } = {},
): Sheet | null {
  const sheet = spreadsheet.getSheetById(tab.id);
  if (!sheet || !options.nameMustMatch) return sheet;
  return sheet.getName() === tab.name ? sheet : null;
}
