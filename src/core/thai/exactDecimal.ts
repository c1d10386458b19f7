// Moved: the one exact rounding is core/decimal.ts (`roundNumberHalfUp`, `decimalDigitsOf`). This
// file only keeps the old imports of parallel branches compiling for this session; new code imports
// core/decimal.ts.
import { BIG_0 } from '../bigint';
import { roundNumberHalfUp } from '../decimal';

export { type DecimalDigits, decimalDigitsOf } from '../decimal';

/** @deprecated `roundNumberHalfUp(value, places).scaled` (not finite → 0, as before). */
export function scaledHalfUp(value: number, places: number): bigint {
  return Number.isFinite(value) ? roundNumberHalfUp(value, places).scaled : BIG_0;
}
