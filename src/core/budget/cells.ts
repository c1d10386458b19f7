// The cell readers moved to core/cells (measures and validation read cells too, and must not import
// budget/); these re-exports keep the imports of parallel branches compiling for this session.
import { BIG_0 } from '../bigint';

export { cellText, isBlankCell, squash, stripHtml } from '../cells/cellText';
export { type Grid, gridWidth, valueAt } from '../cells/grid';

/** Money in satang written as baht with separators and two decimals: 7000000 → "70,000.00". */
export function formatSatang(satang: bigint): string {
  const negative = satang < BIG_0;
  const digits = (negative ? -satang : satang).toString().padStart(3, '0');
  const whole = digits.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${whole}.${digits.slice(-2)}`;
}
