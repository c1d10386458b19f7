import { normalizeText } from '../cells/normalizeText';
import { toArabicDigits } from './digits';

/**
 * Text as staff type it, made uniform for reading: Thai digits become Arabic, no-break and other
 * odd spaces become one plain space, zero-width characters go, the ends are trimmed.
 */
export function normalizeTyped(text: string): string {
  return normalizeText(toArabicDigits(text));
}
