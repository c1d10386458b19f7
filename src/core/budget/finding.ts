// Moved to core/findings (the one Finding shape, a1 and findingAt); these re-exports keep the imports
// of parallel branches compiling for this session.
export { a1, a1Block, columnLetters } from '../findings/a1';
export { findingAt, type PositionedFinding, type Severity } from '../findings/finding';
