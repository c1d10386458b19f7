// The one way the add-in finds a tab it recorded (marks to clear, a tab validated before): by the id
// Sheets gave it, which stays with the tab through a rename and is never given to another tab. The
// name is kept only to say which tab is gone: a tab that merely has the recorded name is another tab
// (the user renamed ours and made a new one with the old name), and must never be written.

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A tab as the add-in recorded it: its id, and its name at the time (for messages). */
export interface RecordedTab {
  id: number;
  name: string;
}

/** The recorded tab, found by id in one call (REF Spreadsheet.getSheetById), or null when deleted. */
export function findSheet(spreadsheet: Spreadsheet, tab: RecordedTab): Sheet | null {
  return spreadsheet.getSheetById(tab.id);
}
