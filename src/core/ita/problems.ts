import type { Bilingual } from '../bilingual';
import type { Finding, Severity } from '../findings';

/** Something wrong in a grid, at a 0-based position of that grid (the caller knows where it sits). */
export interface GridProblem {
  severity: Severity;
  code: string;
  row: number;
  column: number;
  message: Bilingual;
}

/** A1 address of a 0-based cell position: (0, 0) → A1, (4, 27) → AB5. */
export function a1(row: number, column: number): string {
  let letters = '';
  for (let c = column + 1; c > 0; c = Math.floor((c - 1) / 26))
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}

/** Grid problems as findings on `sheet`, for a grid whose first cell sits at (top, left), 0-based. */
export function findingsOf(problems: readonly GridProblem[], sheet: string, top = 0, left = 0): Finding[] {
  return problems.map((p) => ({
    severity: p.severity,
    code: p.code,
    sheet,
    cell: a1(top + p.row, left + p.column),
    message: p.message,
  }));
}
