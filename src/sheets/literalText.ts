// The one guard every writer of cells uses for text that must stay text. Sheets parses what a script
// writes with setValue(s) as if the user typed it: "=…" becomes a formula (and a leading = + - @ is
// an injection risk, CWE-1236: an agency named "=อบต.ก" must stay that text), "+5"/"-5", "1,000",
// "0812345678", "50%" and "$2.99" numbers, "1/10/2566" a date, "TRUE" a boolean, "#N/A" an error
// (REF Range.setValues; APPS-SCRIPT.md A1 row 2 and A5). A leading apostrophe makes Sheets keep the
// rest as text, and the apostrophe is not part of the value, so quoting text that did not need it
// changes nothing the user sees.

// Text Sheets may read as a formula or an injection (= + - @), text that starts with an apostrophe
// of its own (Sheets would drop it), and leading spaces or control characters.
const FORMULA_LIKE = /^[=+\-@'\s]/;
// Anything that may start a number, a percent, a currency amount, a date or a time.
const NUMBER_LIKE = /^[(]?[$฿€£¥]?[.,]?[0-9๐-๙]/;
const BOOLEAN = /^(true|false)$/i;
const ERROR_LITERAL = /^#(N\/A|REF!|NAME\?|DIV\/0!|NULL!|NUM!|VALUE!|ERROR!)$/i;
// Month names Sheets reads as dates ("Jan 5", "January 2024").
const MONTH_DATE = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i;

/** `value` ready for setValue(s): text Sheets would not keep as written gets a leading apostrophe. */
export function literalText<T>(value: T): T | string {
  if (typeof value !== 'string' || value === '') return value;
  const needsQuote =
    FORMULA_LIKE.test(value) ||
    NUMBER_LIKE.test(value) ||
    BOOLEAN.test(value) ||
    ERROR_LITERAL.test(value) ||
    MONTH_DATE.test(value);
  return needsQuote ? `'${value}` : value;
}

/** Every cell of a block through literalText, for one setValues(). */
export function literalRows<T>(rows: readonly (readonly T[])[]): (T | string)[][] {
  return rows.map((row) => row.map(literalText));
}
