// Reading sheets: one getValues() per sheet read, handed to core as a plain grid.
import { GENERATED_TAG } from './generated-tab';

/** A sheet's name and its values from A1 to the last cell with content. */
export interface SheetGrid {
  name: string;
  values: unknown[][];
}

function gridOf(sheet: GoogleAppsScript.Spreadsheet.Sheet): SheetGrid {
  return { name: sheet.getName(), values: sheet.getDataRange().getValues() };
}

/**
 * The active sheet's values, and the same range as Sheets shows it: a score kept as a fraction in a
 * %-formatted cell (0.9263 shown "92.63%") is only told apart by what it shows.
 */
export function readActiveSheet(): SheetGrid & { display: string[][]; generated: boolean } {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
  const generated = sheet.getDeveloperMetadata().some((m) => m.getKey() === GENERATED_TAG);
  const range = sheet.getDataRange();
  return { name: sheet.getName(), values: range.getValues(), display: range.getDisplayValues(), generated };
}

/** The values of the sheet named `name`, or undefined when there is none. */
export function readSheetByName(name: string): SheetGrid | undefined {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  return sheet ? gridOf(sheet) : undefined;
}

/** A document property (the CLI's --year sets `ita-sheets.year`), or null. */
export function documentProperty(key: string): string | null {
  return PropertiesService.getDocumentProperties().getProperty(key);
}
