// The positioned finding the budget and measures checks return. Its shape is the one the findings
// foundation (core/findings) is converging on, so the lead can swap this type for that one; until
// then it lives here because core/findings.ts still knows a cell only as A1 text.
import type { Bilingual } from '../bilingual';

export type Severity = 'error' | 'warning' | 'info';

/** Something wrong (or worth knowing) at a 0-based cell of a sheet. `cell` is derived from row/column. */
export interface PositionedFinding<Code extends string = string> {
  severity: Severity;
  code: Code;
  sheet: string;
  row: number;
  column: number;
  /** How many rows / columns the finding covers when it is about a block (default 1). */
  rows?: number;
  columns?: number;
  /** A1 address of (row, column), or of the block when rows/columns are given. */
  cell: string;
  message: Bilingual;
  stated?: string | number;
  computed?: string | number;
}

/** A1 address of a 0-based cell position: (0, 0) → A1, (4, 27) → AB5. */
export function a1(row: number, column: number): string {
  let letters = '';
  for (let c = column + 1; c > 0; c = Math.floor((c - 1) / 26))
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}

/** The column letters of a 0-based column: 0 → A, 27 → AB. */
export function columnLetters(column: number): string {
  return a1(0, column).replace(/\d+$/, '');
}

/** A1 of a block: "B3" for one cell, "B3:D5" for several. */
export function a1Block(row: number, column: number, rows = 1, columns = 1): string {
  const start = a1(row, column);
  return rows <= 1 && columns <= 1 ? start : `${start}:${a1(row + rows - 1, column + columns - 1)}`;
}

/** Builds a finding at a cell, deriving its A1 address. */
export function findingAt<Code extends string>(
  base: { severity: Severity; code: Code; sheet: string; message: Bilingual },
  row: number,
  column: number,
  extra: { rows?: number; columns?: number; stated?: string | number; computed?: string | number } = {},
): PositionedFinding<Code> {
  const f: PositionedFinding<Code> = {
    ...base,
    row,
    column,
    cell: a1Block(row, column, extra.rows, extra.columns),
  };
  if (extra.rows !== undefined && extra.rows > 1) f.rows = extra.rows;
  if (extra.columns !== undefined && extra.columns > 1) f.columns = extra.columns;
  if (extra.stated !== undefined) f.stated = extra.stated;
  if (extra.computed !== undefined) f.computed = extra.computed;
  return f;
}
