// Sheets' grid does not grow when a script writes past it: getRange beyond the last row or column
// throws "The coordinates of the range are outside the dimensions of the sheet". A writer makes room
// first. A new sheet is 1000 rows × 26 columns.

/** Rows and columns of a sheet just made by insertSheet(). */
export const NEW_SHEET_SIZE = { rows: 1000, columns: 26 } as const;

/** Inserts rows/columns at the end of `sheet` (whose grid is `size`) so `rows` × `columns` fit. */
export function growGrid(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  size: { rows: number; columns: number },
  rows: number,
  columns: number,
): void {
  if (rows > size.rows) sheet.insertRowsAfter(size.rows, rows - size.rows);
  if (columns > size.columns) sheet.insertColumnsAfter(size.columns, columns - size.columns);
}
