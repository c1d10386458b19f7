// Raw cells as getValues() gives them (numbers, strings, booleans, Dates, '') read as text for
// matching labels. Pasted web text keeps <p>, <br>, <u> and entities; Word keeps line-wrap spaces
// inside words; both are undone here once, so every reader matches labels the same way.
import { toThaiDigits } from '../thai/digits';
import { normalizeTyped } from '../thai/typedText';
import { normalizeText } from './normalizeText';

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text with HTML tags and the common entities removed: "<p>ก&nbsp;ข</p>" → "ก ข". */
export function stripHtml(text: string): string {
  if (!/[<&]/.test(text)) return text;
  return text
    .replace(/<\s*(?:br|\/p|p|\/div|div|li|\/li)\b[^>]*>/gi, ' ')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/&(nbsp|amp|lt|gt|quot|apos|#\d+);/gi, (whole, name: string) => {
      if (name.startsWith('#')) {
        const code = Number(name.slice(1));
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
}

// Tables repeat the same strings ("-", "๒๐,๐๐๐", labels) thousands of times, and every reader
// asks for the same cells more than once: the text of a string is kept, up to a bound.
const TEXT_CACHE_LIMIT = 20000;
let textCache = new Map<string, string>();

/** A cell as one line of text: HTML stripped, Thai digits made Arabic, spaces made single. */
export function cellText(value: unknown): string {
  if (typeof value === 'string') {
    let text = textCache.get(value);
    if (text === undefined) {
      if (textCache.size >= TEXT_CACHE_LIMIT) textCache = new Map();
      text = normalizeTyped(stripHtml(value));
      textCache.set(value, text);
    }
    return text;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return '';
}

/**
 * A cell as the user typed it, for quoting back in a message: HTML stripped and spaces made single
 * like cellText, but Thai digits left Thai ("มี.ค. ๒๕๖๖" stays, so Ctrl+F finds it). Its Thai digits
 * made Arabic give cellText's text, character for character.
 */
export function typedCellText(value: unknown): string {
  if (typeof value === 'string') return normalizeText(stripHtml(value));
  return cellText(value);
}

/** `text` (Arabic digits) in the digits of `typed`: Thai when the user typed any Thai digit. */
export function inTypedDigits(text: string, typed: string): string {
  return /[\u0e50-\u0e59]/.test(typed) ? toThaiDigits(text) : text;
}

/** Text with every space removed, for labels split by line-wrap spaces ("โครง การ"). */
export function squash(text: string): string {
  return text.replace(/ /g, '');
}

/** True for '', whitespace, null/undefined and pasted-HTML leftovers with no text. */
export function isBlankCell(value: unknown): boolean {
  if (value instanceof Date) return false;
  if (typeof value === 'boolean' || typeof value === 'number') return false;
  return cellText(value) === '';
}
