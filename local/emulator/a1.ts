/** A rectangle of cells, 1-based, inclusive. */
export interface Box {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** Column letters for a 1-based column number (1 → A, 27 → AA). */
export function columnLetters(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** 1-based column number of letters (A → 1). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A1 text of one cell. */
export function cellA1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** A1 text of a box: `B2` for one cell, `B2:C10` otherwise. */
export function boxA1(box: Box): string {
  const first = cellA1(box.row, box.column);
  if (box.numRows === 1 && box.numColumns === 1) return first;
  return `${first}:${cellA1(box.row + box.numRows - 1, box.column + box.numColumns - 1)}`;
}

/** Quotes a sheet name for A1 use when it needs quotes (Sheets does the same). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

/**
 * Parses A1 notation (`B2`, `B2:C10`, `A:A`, `2:5`, optionally `'Sheet name'!B2`) into a sheet
 * name and a box; open-ended rows/columns are bounded by `maxRows`/`maxColumns`.
 */
export function parseA1(
  a1: string,
  maxRows: number,
  maxColumns: number,
): { sheet?: string; box: Box } | undefined {
  let text = a1.trim();
  let sheet: string | undefined;
  const bang = text.lastIndexOf('!');
  if (bang >= 0) {
    sheet = text.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    text = text.slice(bang + 1);
  }
  const [from, to = from] = text.split(':');
  const a = CELL.exec(from);
  const b = CELL.exec(to);
  if (!a || !b || (!a[1] && !a[2]) || (!b[1] && !b[2])) return undefined;
  const c1 = a[1] ? columnNumber(a[1]) : 1;
  const r1 = a[2] ? Number(a[2]) : 1;
  const c2 = b[1] ? columnNumber(b[1]) : maxColumns;
  const r2 = b[2] ? Number(b[2]) : maxRows;
  if (r1 < 1 || r2 < 1) return undefined;
  const row = Math.min(r1, r2);
  const column = Math.min(c1, c2);
  return {
    sheet,
    box: { row, column, numRows: Math.abs(r2 - r1) + 1, numColumns: Math.abs(c2 - c1) + 1 },
  };
}
