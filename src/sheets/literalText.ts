// The guard every writer uses: text that Sheets would take for a formula when written with
// setValues() (a leading = + - @, CWE-1236) is written with the quote prefix, which Sheets keeps out
// of the value, so an agency named "=อบต.ก" stays that text.

const FORMULA_START = /^[=+\-@]/;

/** `value` as setValues() must receive it to land as exactly this value. */
export function asLiteralText<T>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/** Every cell of a block through asLiteralText. */
export function literalRows<T>(rows: readonly (readonly T[])[]): (T | string)[][] {
  return rows.map((row) => row.map(asLiteralText));
}
