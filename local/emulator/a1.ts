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

/**
 * Which ends of a range A1 notation left open: `A:A` has no rows, `5:7` no columns, `B2:B` no last
 * row. A range made from numbers is bounded everywhere.
 */
export interface Open {
  startRow?: boolean;
  endRow?: boolean;
  startColumn?: boolean;
  endColumn?: boolean;
}

/**
 * A1 text of a box, keeping the form it was asked in: `A:A`, `D:F`, `5:7`, `B2:B` stay so
 * (GFT testsheetsdeveloper.js "A1 Notation Range Parsing"); bounded ranges read `B2` or `B2:C10`.
 */
export function rangeA1(box: Box, open: Open = {}): string {
  if (!open.startRow && !open.endRow && !open.startColumn && !open.endColumn) return boxA1(box);
  const lastRow = box.row + box.numRows - 1;
  const lastColumn = box.column + box.numColumns - 1;
  const start = `${open.startColumn ? '' : columnLetters(box.column)}${open.startRow ? '' : box.row}`;
  const end = `${open.endColumn ? '' : columnLetters(lastColumn)}${open.endRow ? '' : lastRow}`;
  return `${start}:${end}`;
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;
const R1C1 = /^[Rr](\d+)[Cc](\d+)$/;

/**
 * Parses A1 notation (`B2`, `B2:C10`, `A:A`, `2:5`, `B2:B`, `R3C2`, optionally `'Sheet name'!B2`)
 * into a sheet name, a box and the ends left open; open ends reach `maxRows`/`maxColumns`.
 * Inverted corners are put in order (`C5:B2` is `B2:C5`). Anything else (`B`, `A1:5`) is undefined.
 */
export function parseA1(
  a1: string,
  maxRows: number,
  maxColumns: number,
): { sheet?: string; box: Box; open: Open } | undefined {
  let text = a1.trim();
  let sheet: string | undefined;
  const bang = text.lastIndexOf('!');
  if (bang >= 0) {
    sheet = text.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    text = text.slice(bang + 1);
  }
  const parts = text.split(':');
  if (parts.length > 2) return undefined;
  const corners = parts.map((part) => {
    const r1c1 = R1C1.exec(part);
    if (r1c1) return { column: Number(r1c1[2]), row: Number(r1c1[1]) };
    const m = CELL.exec(part);
    if (!m || (!m[1] && !m[2])) return undefined;
    return { column: m[1] ? columnNumber(m[1]) : undefined, row: m[2] ? Number(m[2]) : undefined };
  });
  const [a, b = a] = corners;
  if (!a || !b) return undefined;
  // One cell needs both parts; a pair either names columns at both ends or rows only at both ends.
  if (parts.length === 1 && (a.column === undefined || a.row === undefined)) return undefined;
  if ((a.column === undefined) !== (b.column === undefined)) return undefined;
  if (a.column === undefined && (a.row === undefined || b.row === undefined)) return undefined;
  if (a.row === undefined && b.row !== undefined) return undefined;
  if (a.row === 0 || b.row === 0 || a.column === 0 || b.column === 0) return undefined;
  const open: Open = {
    startRow: a.row === undefined,
    endRow: b.row === undefined,
    startColumn: a.column === undefined,
    endColumn: b.column === undefined,
  };
  const r1 = a.row ?? 1;
  const r2 = b.row ?? maxRows;
  const c1 = a.column ?? 1;
  const c2 = b.column ?? maxColumns;
  return {
    sheet,
    open,
    box: {
      row: Math.min(r1, r2),
      column: Math.min(c1, c2),
      numRows: Math.abs(r2 - r1) + 1,
      numColumns: Math.abs(c2 - c1) + 1,
    },
  };
}
