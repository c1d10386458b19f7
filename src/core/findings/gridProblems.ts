// Problems found in a grid before it is known where the grid sits (a custom function's range, a
// sheet's values from A1): the caller places them on a sheet as findings.
import type { Bilingual } from '../bilingual';
import { a1 } from './a1';
import type { FindingCode } from './codes';
import type { Severity } from './finding';

/** Something wrong in a grid, at a 0-based position of that grid. */
export interface GridProblem {
  severity: Severity;
  code: FindingCode;
  row: number;
  column: number;
  message: Bilingual;
}

/** Grid problems as findings on `sheet`, for a grid whose first cell sits at (top, left), 0-based. */
export function findingsOf(problems: readonly GridProblem[], sheet: string, top = 0, left = 0) {
  return problems.map((p) => ({
    severity: p.severity,
    code: p.code,
    sheet,
    row: top + p.row,
    column: left + p.column,
    cell: a1(top + p.row, left + p.column),
    message: p.message,
  }));
}
