// How a cell's value is quoted back to the user in a message.

const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';

/**
 * A value as a message quotes it: text in double quotes (so "" and " 85" show what is there),
 * numbers and booleans as written, an empty cell as "". A Date goes through `formatDate` when the
 * caller knows how the sheet shows it (its time zone), else as its ISO instant.
 */
export function quoteValue(value: unknown, formatDate?: (date: Date) => string): string {
  if (value === null || value === undefined) return '""';
  if (typeof value === 'string') return JSON.stringify(value);
  if (isDate(value)) {
    if (Number.isNaN(value.getTime())) return 'Invalid Date';
    return formatDate ? formatDate(value) : value.toISOString();
  }
  return String(value);
}
