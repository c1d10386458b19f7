// Moved to core/findings (budget and measures need them without importing core/ita); these
// re-exports keep the imports of core/ita working until its call sites move.
export { a1 } from '../findings/a1';
export { findingsOf, type GridProblem } from '../findings/gridProblems';
