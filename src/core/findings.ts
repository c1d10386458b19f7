import type { Bilingual } from './bilingual';

export type Severity = 'error' | 'warning' | 'info';

/** The one shape every validator returns; the sheets layer decides how to show it. */
export interface Finding {
  severity: Severity;
  /** Stable machine code, e.g. `budget.subtotal-mismatch`. */
  code: string;
  sheet: string;
  /** A1 address (or range) the finding is about. */
  cell: string;
  message: Bilingual;
  stated?: string | number;
  computed?: string | number;
}

/** True when any finding is an error (the CLI exits 1 on these). */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
