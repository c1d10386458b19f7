// The one whitespace rule for text read from cells. Staff paste text from Word, PDFs and LINE, which
// brings no-break, thin and ideographic spaces and zero-width characters that look like nothing.

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;

/**
 * Text with zero-width characters removed, every run of spaces of any kind made one plain space,
 * and the ends trimmed: "\u00a0อบต.\u200b  ก " → "อบต. ก". Digits and letters are left as typed.
 */
export function normalizeText(text: string): string {
  return text.replace(ZERO_WIDTH, '').replace(SPACES, ' ').trim();
}
