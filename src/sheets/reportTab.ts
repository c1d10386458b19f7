// A template tab read once (values and formulas: two calls), and a rendered report written into a
// new tab with the template's look: formats, borders and merges copied from each output row's
// template row in runs (one copyTo per run, a run of repeated block rows being one tiled copy),
// column widths in one copy, values in one call, row heights fitted in one. The number of calls
// depends on the template's shape, never on how many items the data has.
import type { OutputRow, TemplateCell } from '../core/report/template/render';
import { figureColumns, figureColumnWidths, mayWrap, reportRowHeights } from '../core/report/builtin/spec';
import { formatWithPattern } from '../core/report/template/numberFormat';
import { columnLetters } from '../core/findings/a1';
import { runsOf } from '../core/report/theme';
import { growGrid } from './grid';
import { literalText } from './literalText';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface TemplateTab {
  sheet: Sheet;
  /** The range read (A1 to the last cell with content), for reading its formats when needed. */
  range: GoogleAppsScript.Spreadsheet.Range;
  name: string;
  cells: TemplateCell[][];
  columns: number;
}

/** The template's cells from A1 to its last cell with content: values with their formulas. */
export function readTemplateTab(sheet: Sheet, name: string): TemplateTab {
  const range = sheet.getDataRange();
  const values = range.getValues() as TemplateCell['value'][][];
  const formulas = range.getFormulas();
  const cells = values.map((row, r) =>
    row.map((value, c): TemplateCell => (formulas[r][c] ? { value, formula: formulas[r][c] } : { value })),
  );
  return { sheet, range, name, cells, columns: values[0]?.length ?? 1 };
}

/** Whether a grid holds any placeholder or block tag: a tab that does is a template. */
export function looksLikeTemplate(cells: readonly (readonly TemplateCell[])[]): boolean {
  return cells.some((row) => row.some((c) => typeof c.value === 'string' && /\{\{[\s\S]*\}\}/.test(c.value)));
}

/**
 * Output rows → runs to copy formats from: consecutive output rows whose template rows follow one
 * another are one straight run; the same run repeated back to back (the rows of a block, once per
 * item) becomes one tiled copy.
 */
export function formatRuns(
  rows: readonly OutputRow[],
): { from: number; length: number; at: number; times: number }[] {
  const straight: { from: number; length: number; at: number }[] = [];
  rows.forEach((row, i) => {
    const last = straight[straight.length - 1];
    if (last && row.source === last.from + last.length) last.length++;
    else straight.push({ from: row.source, length: 1, at: i });
  });
  const runs: { from: number; length: number; at: number; times: number }[] = [];
  for (const s of straight) {
    const last = runs[runs.length - 1];
    if (
      last &&
      last.from === s.from &&
      last.length === s.length &&
      last.at + last.length * last.times === s.at
    )
      last.times++;
    else runs.push({ ...s, times: 1 });
  }
  return runs;
}

/** Rendered rows as one setValues() block `width` wide: formulas as formulas, text through literalText. */
export function reportValues(rows: readonly OutputRow[], width: number): unknown[][] {
  return rows.map((row) =>
    Array.from({ length: width }, (_, c) => {
      const cell = row.cells[c];
      if (!cell) return '';
      if (cell.formula) return cell.formula;
      return literalText(cell.value);
    }),
  );
}

/**
 * A figure that needs at most this many pixels fits every column a template has: narrower columns
 * than this are not read to be checked (a column of 1–3 digit numbers at 16 pt needs about 55 px).
 */
const FITS_ANY_COLUMN = 60;

interface TemplateLooks {
  /** The width of column `c` (0-based), read once, only when asked for (a call a column). */
  width: (c: number) => number;
  sizes: () => number[][];
  bolds: () => boolean[][];
  formats: () => string[][];
  wraps: () => boolean[][];
}

// A template's column widths and cell looks, read once per template (a set of record tabs reuses them),
// each only when a report needs it: sizes and weights come from one getTextStyles.
const LOOKS = new WeakMap<TemplateTab, TemplateLooks>();

function looksOf(template: TemplateTab): TemplateLooks {
  let looks = LOOKS.get(template);
  if (!looks) {
    const once = <T>(read: () => T): (() => T) => {
      let value: T | undefined;
      return () => (value ??= read());
    };
    const widths = new Map<number, number>();
    const styles = once(() => template.range.getTextStyles());
    looks = {
      width: (c) => {
        let w = widths.get(c);
        if (w === undefined) widths.set(c, (w = template.sheet.getColumnWidth(c + 1)));
        return w;
      },
      sizes: once(() => styles().map((row) => row.map((st) => st.getFontSize() ?? 10))),
      bolds: once(() => styles().map((row) => row.map((st) => st.isBold() === true))),
      formats: once(() => template.range.getNumberFormats()),
      wraps: once(() => template.range.getWraps()),
    };
    LOOKS.set(template, looks);
  }
  return looks;
}

/** The template's number formats, read once per template read (rendering and writing share it). */
export function templateNumberFormats(template: TemplateTab): string[][] {
  return looksOf(template).formats();
}

/**
 * Writes `rows` from A1 of `out` (its grid `size`), formatted as the template's rows; the report's
 * column widths when it read them (to size what goes under the report, as its chart), else undefined.
 */
export function writeReportTab(
  template: TemplateTab,
  rows: readonly OutputRow[],
  out: Sheet,
  { size, fresh }: { size: { rows: number; columns: number }; fresh: boolean },
): number[] | undefined {
  const width = template.columns;
  const height = Math.max(1, rows.length);
  growGrid(out, size, height, width);
  // Formats, borders and merges by runs, every range of a side fetched in one range list (two calls
  // a side, however many runs); the first run's two ranges also carry the column widths (every run
  // spans all the template's columns).
  const runs = formatRuns(rows);
  const a1 = (row: number, numRows: number) => `A${row + 1}:${columnLetters(width - 1)}${row + numRows}`;
  const sources = template.sheet.getRangeList(runs.map((run) => a1(run.from, run.length))).getRanges();
  const [all, ...targets] = out
    .getRangeList([a1(0, height), ...runs.map((run) => a1(run.at, run.length * run.times))])
    .getRanges();
  runs.forEach((_, i) => {
    if (i === 0) sources[i].copyTo(targets[i], SpreadsheetApp.CopyPasteType.PASTE_COLUMN_WIDTHS, false);
    sources[i].copyTo(targets[i], SpreadsheetApp.CopyPasteType.PASTE_FORMAT, false);
  });
  // Values after formats: a text cell ('@') keeps its text. Formulas go in as formulas; text that
  // would read as one (= + - @) is quoted by literalText.
  if (rows.length) all.setValues(reportValues(rows, width));
  // A new tab fits its rows to wrapped text by itself, except text in merged cells; a reused one
  // keeps the old heights until told. Rows of text that may wrap are measured as the template lays
  // them out (its widths, font sizes and wraps: read only then, a call per column and two more).
  if (!fresh) out.autoResizeRows(1, height);
  // Columns of figures as wide as the widest figure printed (an amount cut to ### or wrapped
  // mid-number reads as a wrong number): measured from the template's sizes, weights and formats.
  // Only the columns that hold a figure are measured, and only their widths read (a call each),
  // unless wrapped text needs every width for its row heights.
  const looks = looksOf(template);
  const wrap = mayWrap(rows);
  const figures = figureColumns(rows, width);
  const columns = Array.from({ length: width }, (_, c) => c);
  let widths = wrap ? columns.map((c) => looks.width(c)) : [];
  if (figures.length) {
    // What each column's widest figure needs; a column is read (a call) only when its figures need
    // more than any template column is narrow (a ลำดับ of 1…500 fits everywhere).
    const needs = figureColumnWidths(rows, new Array<number>(width).fill(0), {
      sizes: looks.sizes(),
      bolds: looks.bolds(),
      show: (value, source, column) => formatWithPattern(value, looks.formats()[source]?.[column]),
    });
    const fitted = wrap ? [...widths] : new Array<number>(width).fill(0);
    needs.forEach((need, c) => {
      if (need <= FITS_ANY_COLUMN) return;
      const has = looks.width(c);
      fitted[c] = Math.max(has, need);
      if (need > has) out.setColumnWidth(c + 1, need);
    });
    if (wrap) widths = fitted;
  }
  const heights = measuredRowHeights(template, rows, wrap ? widths : undefined);
  if (heights) for (const run of runsOf(heights)) out.setRowHeights(run.start, run.count, run.value);
  return widths.length ? widths : undefined;
}

/**
 * Pixel heights of `rows` when some text may wrap (reportRowHeights over the template's widths —
 * or `widths` when the report widened a column for its figures — font sizes and wraps, each read
 * once for a template: a set measures every tab), else undefined.
 */
export function measuredRowHeights(
  template: TemplateTab,
  rows: readonly OutputRow[],
  widths?: readonly number[],
): number[] | undefined {
  if (!mayWrap(rows)) return undefined;
  const looks = looksOf(template);
  const columns = widths ?? Array.from({ length: template.columns }, (_, c) => looks.width(c));
  return reportRowHeights(rows, columns, looks.sizes(), looks.wraps());
}
