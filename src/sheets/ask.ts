// Questions to the user: a yes/no confirmation and a typed answer (one ui call each).

/** Asks yes or no; true only for Yes. */
export function confirm(title: string, message: string): boolean {
  const ui = SpreadsheetApp.getUi();
  return ui.alert(title, message, ui.ButtonSet.YES_NO) === ui.Button.YES;
}

/** Asks for a line of text; undefined when the user cancels or closes the dialog. */
export function promptText(title: string, message: string): string | undefined {
  const ui = SpreadsheetApp.getUi();
  const response = ui.prompt(title, message, ui.ButtonSet.OK_CANCEL);
  return response.getSelectedButton() === ui.Button.OK ? response.getResponseText() : undefined;
}
