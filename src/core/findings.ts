// The findings of 0.1, located by A1 text only. New code builds findings with ./findings/finding.ts,
// which carry their position; this module keeps the old imports of core/ita working until they move.
import type { A1Finding } from './findings/finding';

export type { Severity } from './findings/finding';
export { hasErrors } from './findings/finding';

/** A finding located by its A1 text (see ./findings/finding.ts for the positioned one). */
export type Finding = A1Finding;
