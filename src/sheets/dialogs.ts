/** A menu as data: items call global handlers by name; `null` is a separator. */
export interface MenuSpec {
  title: string;
  items: ReadonlyArray<{ caption: string; handler: string } | null>;
}

/** Adds the add-on menu. Works in onOpen under AuthMode.NONE (no other service is touched). */
export function addAddonMenu(spec: MenuSpec): void {
  const ui = SpreadsheetApp.getUi();
  const menu = ui.createAddonMenu();
  for (const item of spec.items) {
    if (item === null) menu.addSeparator();
    else menu.addItem(item.caption, item.handler);
  }
  menu.addToUi();
}

/** Shows a message box with an OK button. */
export function alert(title: string, message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, message, ui.ButtonSet.OK);
}

/** The user's locale, e.g. `th` or `en_US` (empty when unknown). */
export function userLocale(): string {
  return Session.getActiveUserLocale() || '';
}

/** A progress note in the corner of the spreadsheet, for work that takes a while. */
export function toast(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  title: string,
  message: string,
): void {
  spreadsheet.toast(message, title);
}

/** Writes to the execution log (Stackdriver in Apps Script); the user never sees it. */
export function logError(text: string): void {
  if (typeof console !== 'undefined') console.error(text);
}
