// Moved to core/thai/titleYear.ts (measures reads title years too); kept for parallel branches.
export { yearOfTitle } from '../thai/titleYear';
