const THAI_ZERO = 0x0e50;

/** The text with every Arabic digit 0–9 replaced by its Thai digit ๐–๙; other characters unchanged. */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(THAI_ZERO + d.charCodeAt(0) - 48));
}

/** The text with every Thai digit ๐–๙ replaced by its Arabic digit 0–9; other characters unchanged. */
export function toArabicDigits(text: string): string {
  return text.replace(/[\u0e50-\u0e59]/g, (d) => String.fromCharCode(48 + d.charCodeAt(0) - THAI_ZERO));
}
