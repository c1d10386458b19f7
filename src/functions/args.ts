import { type Bilingual, bothLanguages } from '../core/bilingual';
import { isBlank } from '../core/cells/isBlank';
import { quoteValue as quoteCell } from '../core/cells/quoteValue';
import { quoteSheetDay } from '../core/thai/sheetDay';
import { type SheetClock, spreadsheetClock } from '../sheets/timeZone';

/** What Sheets hands a custom function for one cell. */
export type Cell = string | number | boolean | Date | null | undefined;
/** A custom-function argument: one cell as a scalar, a range as rows of cells. */
export type Arg = Cell | Cell[][];
/** What a custom function returns: a value, or rows that spill. */
export type Result = Cell | Cell[][];

/** Throws the error Sheets shows on hover: `NAME: Thai / English`. */
export function fail(functionName: string, message: Bilingual): never {
  throw new Error(`${functionName}: ${bothLanguages(message)}`);
}

/** True for what Sheets passes for an empty cell or an omitted argument (the one core/cells rule). */
export { isBlank };

/**
 * True for a Date, also one made in another realm (the local runtime's vm context), where
 * `instanceof Date` is false.
 */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** True when the argument came from a range (a 2D array) rather than a single cell. */
export function isRange(arg: unknown): arg is Cell[][] {
  return Array.isArray(arg);
}

/** A range as rows; a single cell becomes one row of one cell. */
export function rowsOf(arg: Arg): Cell[][] {
  return isRange(arg) ? arg : [[arg]];
}

/**
 * How a value is quoted back to the user in an error message. A date as the sheet shows it, its day
 * in the spreadsheet's zone (๑ ต.ค. ๒๕๖๕ / 1 Oct 2022), never a JavaScript date string or a UTC
 * instant of another day; `clock` is the function's own when it has read one already.
 */
export function quoteValue(value: unknown, clock?: SheetClock): Bilingual {
  if (isDate(value)) {
    if (Number.isNaN(value.getTime())) return { th: 'วันที่ที่ไม่ถูกต้อง', en: 'an invalid date' };
    return quoteSheetDay((clock ?? spreadsheetClock()).dayOf(value));
  }
  const text = quoteCell(value);
  return { th: text, en: text };
}

/**
 * The value of a required argument. Sheets calls `=ITA_GRADE()` with the argument undefined (a
 * blank cell arrives as ''): that is an error naming the argument, never a blank result.
 */
export function required<T>(functionName: string, value: T | undefined, param: string, what: Bilingual): T {
  if (value === undefined) {
    fail(functionName, {
      th: `ไม่ได้ใส่ ${param} (${what.th}) ซึ่งต้องมี`,
      en: `the argument ${param} (${what.en}) is required`,
    });
  }
  return value;
}

/**
 * Fails when a cell of `arg` is a date where numbers are expected, quoting it as the sheet shows it
 * (and where it is in a range): core readers would otherwise print a JavaScript date string.
 */
export function refuseDates(functionName: string, arg: unknown, what: Bilingual): void {
  const rows = Array.isArray(arg) ? (arg as unknown[][]) : [[arg]];
  for (let r = 0; r < rows.length; r++) {
    const c = rows[r].findIndex(isDate);
    if (c < 0) continue;
    const q = quoteValue(rows[r][c]);
    const where = Array.isArray(arg) ? positionInRange(r, c) : undefined;
    fail(functionName, {
      th: `${where ? where.th + ': ' : ''}${what.th}ต้องเป็นตัวเลข ได้วันที่ ${q.th}`,
      en: `${where ? where.en + ': ' : ''}${what.en} must be a number, got the date ${q.en}`,
    });
  }
}

/** Names a cell of a range argument in both languages, for error messages. */
export function positionInRange(row: number, column: number): Bilingual {
  return {
    th: `แถวที่ ${row + 1} คอลัมน์ที่ ${column + 1} ของช่วง`,
    en: `row ${row + 1}, column ${column + 1} of the range`,
  };
}

/**
 * Applies `perCell` to a scalar or to every cell of a range, keeping the shape (a range spills back
 * as a range). Blank cells stay blank. An error thrown for a cell of a range is re-thrown with the
 * cell's position in the range prefixed, so the user can find it.
 */
export function mapCells(functionName: string, arg: Arg, perCell: (value: Cell) => Cell): Result {
  if (!isRange(arg)) return isBlank(arg) ? '' : perCell(arg);
  return arg.map((row, r) =>
    row.map((value, c) => {
      if (isBlank(value)) return '';
      try {
        return perCell(value);
      } catch (error) {
        throw withPosition(functionName, error, positionInRange(r, c));
      }
    }),
  );
}

/**
 * Applies `perRow` to each row of a range (one result row per input row) or to the single row of a
 * scalar. Rows that are entirely blank give a blank result row of `width` cells.
 */
export function mapRows(
  functionName: string,
  arg: Arg,
  width: number,
  perRow: (row: Cell[]) => Cell[],
): Cell[][] {
  return rowsOf(arg).map((row, r) => {
    if (row.every(isBlank)) return new Array<Cell>(width).fill('');
    try {
      return perRow(row);
    } catch (error) {
      if (!isRange(arg)) throw error;
      throw withPosition(functionName, error, {
        th: `แถวที่ ${r + 1} ของช่วง`,
        en: `row ${r + 1} of the range`,
      });
    }
  });
}

function withPosition(functionName: string, error: unknown, where: Bilingual): Error {
  const text = error instanceof Error ? error.message : String(error);
  const prefix = `${functionName}: `;
  const body = text.startsWith(prefix) ? text.slice(prefix.length) : text;
  return new Error(`${prefix}${where.th} / ${where.en}: ${body}`);
}
