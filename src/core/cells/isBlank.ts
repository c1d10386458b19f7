import { normalizeText } from './normalizeText';

/** True for what Sheets hands over for an empty cell (or an omitted argument): '', null, undefined. */
export function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined;
}

/**
 * True for an empty cell and for text that holds only spaces or zero-width characters (a cell that
 * looks empty), by the one whitespace rule of normalizeText.
 */
export function looksBlank(value: unknown): boolean {
  return isBlank(value) || (typeof value === 'string' && normalizeText(value) === '');
}
