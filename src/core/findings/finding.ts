// The one Finding shape: what is wrong, where (a 0-based position on a named sheet), and the message.
// The A1 text is derived from the position, so marks and the findings tab never parse A1 back.
import type { Bilingual } from '../bilingual';
import { a1Block, positionOfA1 } from './a1';
import { type FindingCode, type FindingParams, findingMessage } from './codes';

export type Severity = 'error' | 'warning' | 'info';

/** Where a finding is: a cell, or a block of `rows` × `columns` from it (0-based). */
export interface Position {
  sheet: string;
  row: number;
  column: number;
  rows?: number;
  columns?: number;
}

export interface Finding extends Position {
  severity: Severity;
  code: FindingCode;
  /** A1 text of the position (derived). */
  cell: string;
  message: Bilingual;
  stated?: string | number;
  computed?: string | number;
}

/** A finding at `at`, its message rendered from the catalog. */
export function finding<C extends FindingCode>(
  severity: Severity,
  code: C,
  at: Position,
  params: FindingParams[C],
  extra: { stated?: string | number; computed?: string | number } = {},
): Finding {
  const position: Position = { sheet: at.sheet, row: at.row, column: at.column };
  if ((at.rows ?? 1) > 1) position.rows = at.rows;
  if ((at.columns ?? 1) > 1) position.columns = at.columns;
  return {
    severity,
    code,
    ...position,
    cell: a1Block(at.row, at.column, at.rows, at.columns),
    message: findingMessage(code, params),
    ...extra,
  };
}

/** True when any finding is an error. */
export function hasErrors(findings: readonly { severity: Severity }[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

/** A finding that still carries only A1 text (core/ita until it is migrated to `finding`). */
export interface A1Finding {
  severity: Severity;
  code: string;
  sheet: string;
  cell: string;
  message: Bilingual;
  stated?: string | number;
  computed?: string | number;
}

/**
 * A finding with its position, its code narrowed to one domain's codes (`PositionedFinding<BudgetCode>`),
 * or text for the codes of core/ita not yet rendered from the catalog.
 */
export type PositionedFinding<Code extends string = FindingCode | string> = Omit<Finding, 'code'> & {
  code: Code;
};

/** A finding at (row, column) whose message is already rendered; its A1 text is derived. */
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

/**
 * Gives an A1-only finding its position (the one place A1 is parsed back, until core/ita builds
 * findings with `finding`). A cell that is not A1 text is placed at A1 of its sheet, and says so.
 */
export function withPosition(f: A1Finding): PositionedFinding {
  if ('row' in f && 'column' in f) return f as unknown as PositionedFinding;
  const at = positionOfA1(f.cell);
  const position = at ?? { row: 0, column: 0 };
  return {
    ...f,
    ...position,
    cell: at ? f.cell : 'A1',
  };
}
