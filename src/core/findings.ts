// The findings of core/ita, with their positions (every reader now places them; the A1 text is
// derived). Kept as a module so the imports of core/ita and of parallel branches keep working.
import type { FindingCode } from './findings/codes';
import type { PositionedFinding } from './findings/finding';

export type { A1Finding, Severity } from './findings/finding';
export { hasErrors } from './findings/finding';

/** A finding with its 0-based position on its sheet and the A1 text derived from it. */
export type Finding = PositionedFinding<FindingCode>;
