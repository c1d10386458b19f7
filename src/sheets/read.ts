// Reading: one getValues() per sheet read, handed to core as a plain grid.

export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A sheet's name and its values from A1 to the last cell with content. */
export interface SheetGrid {
  name: string;
  values: unknown[][];
}

/** The spreadsheet the user has open (an action takes it once and passes it on). */
export function activeSpreadsheet(): Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

function gridOf(sheet: GoogleAppsScript.Spreadsheet.Sheet): SheetGrid {
  return { name: sheet.getName(), values: sheet.getDataRange().getValues() };
}

/**
 * The active sheet's values; `shown()` reads the same range as Sheets shows it (one more call, made
 * only when asked): a score kept as a fraction in a %-formatted cell (0.9263 shown "92.63%") is only
 * told apart by what it shows.
 */
export function readActiveSheet(spreadsheet: Spreadsheet): SheetGrid & { shown(): string[][] } {
  const sheet = spreadsheet.getActiveSheet();
  const range = sheet.getDataRange();
  return { name: sheet.getName(), values: range.getValues(), shown: () => range.getDisplayValues() };
}

/** The values of the sheet named `name`, or undefined when there is none. */
export function readSheetByName(spreadsheet: Spreadsheet, name: string): SheetGrid | undefined {
  const sheet = spreadsheet.getSheetByName(name);
  return sheet ? gridOf(sheet) : undefined;
}

/** A document property (the CLI's --year sets the year), or null. */
export function documentProperty(key: string): string | null {
  return PropertiesService.getDocumentProperties().getProperty(key);
}
