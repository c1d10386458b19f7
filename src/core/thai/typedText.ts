import { toArabicDigits } from './digits';

/**
 * Text as staff type it, made uniform for reading: Thai digits become Arabic, no-break and other
 * odd spaces become one plain space, zero-width characters go, the ends are trimmed.
 */
export function normalizeTyped(text: string): string {
  return toArabicDigits(text)
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .trim();
}
