// A cell as an exact decimal number. The reader lives with the arithmetic (core/decimal.ts); this is
// where the cell readers are found.
export { readDecimal } from '../decimal';
