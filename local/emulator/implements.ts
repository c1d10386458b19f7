/**
 * The methods `K` of the Apps Script interface `T`, with their parameters: an emulator class that
 * `implements Implements<GoogleAppsScript.Spreadsheet.Range, 'getValues' | …>` fails to compile when a
 * listed method is missing or takes parameters Apps Script's cannot be passed to. Return types are not
 * compared: emulator objects hand back emulator objects (behind asService proxies), not Google's.
 * An enum member (SpreadsheetApp.BorderStyle) only has to exist: its values are plain strings here.
 */
export type Implements<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => unknown ? (...args: A) => unknown : unknown;
};
